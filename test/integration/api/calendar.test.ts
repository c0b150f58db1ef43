/**
 * The api tests of calendar.* (días hábiles and the user's adjustments in Configuración): see support.ts.
 * The calendar is the institution's country's: CO here unless said otherwise.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarErrorCodes, SettingsErrorCodes } from '../../../shared/api/errors-settings';
import { call, cleanupTemp, createTempDb, expectErr, expectUnchanged, setupCo, setupMx } from '../helpers';
import { type ApiTables, describeApi, tableCount } from './support';

afterEach(cleanupTemp);

function co() {
  const t = createTempDb();
  setupCo(t.dispatch);
  return t;
}

const tables: ApiTables<'calendar'> = {
  happy: {
    'calendar.year': (t) => {
      setupCo(t.dispatch);
      const y = call(t.dispatch, 'calendar.year', { year: 2026 });
      expect(y.profile).toBe('CO');
      // The 18 CO holidays of 2026 (DOMAIN §10), 9 July moved to Monday 13 July included.
      expect(y.holidays.map((h) => h.date)).toEqual([
        '2026-01-01',
        '2026-01-12',
        '2026-03-23',
        '2026-04-02',
        '2026-04-03',
        '2026-05-01',
        '2026-05-18',
        '2026-06-08',
        '2026-06-15',
        '2026-06-29',
        '2026-07-13',
        '2026-07-20',
        '2026-08-07',
        '2026-08-17',
        '2026-10-12',
        '2026-11-02',
        '2026-11-16',
        '2026-12-08',
        '2026-12-25',
      ]);
      expect(y.overrides).toEqual([]);
    },
    'calendar.addBusinessDays': (t) => {
      setupCo(t.dispatch);
      expect(call(t.dispatch, 'calendar.addBusinessDays', { from: '2026-07-10', days: 5 }).date).toBe('2026-07-21');
      expect(call(t.dispatch, 'calendar.addBusinessDays', { from: '2026-12-04', days: 5 }).date).toBe('2026-12-14');
    },
    'calendar.addOverride': (t) => {
      setupCo(t.dispatch);
      const y = call(t.dispatch, 'calendar.addOverride', {
        date: '2026-12-24',
        kind: 'holiday',
        reason: 'Decreto de la gerencia: día compensado',
      });
      expect(y.holidays).toContainEqual({
        date: '2026-12-24',
        name: 'Decreto de la gerencia: día compensado',
        source: 'ajuste',
      });
      expect(y.overrides).toMatchObject([{ date: '2026-12-24', kind: 'holiday' }]);
      // 5 días hábiles after Friday 18 December now skip 24 as well as 25 December.
      expect(call(t.dispatch, 'calendar.addBusinessDays', { from: '2026-12-18', days: 5 }).date).toBe('2026-12-29');
    },
    'calendar.retireOverride': (t) => {
      setupCo(t.dispatch);
      const added = call(t.dispatch, 'calendar.addOverride', {
        date: '2026-12-08',
        kind: 'workday',
        reason: 'Jornada laboral por cierre',
      });
      expect(added.holidays.map((h) => h.date)).not.toContain('2026-12-08');
      expect(added.cancelled.map((h) => h.date)).toContain('2026-12-08');
      expect(call(t.dispatch, 'calendar.addBusinessDays', { from: '2026-12-04', days: 5 }).date).toBe('2026-12-11');
      const y = call(t.dispatch, 'calendar.retireOverride', {
        id: added.overrides[0]!.id,
        reason: 'Se anuló la jornada',
      });
      expect(y.overrides).toEqual([]);
      expect(y.holidays.map((h) => h.date)).toContain('2026-12-08');
      expect(call(t.dispatch, 'calendar.addBusinessDays', { from: '2026-12-04', days: 5 }).date).toBe('2026-12-14');
      // Append-only: the retirement is a second row.
      expect(tableCount(t, 'business_day_overrides')).toBe(2);
    },
  },
  badInput: {
    'calendar.year': { input: { year: 1500 }, message: /año/ },
    'calendar.addBusinessDays': { input: { from: '2026-02-30', days: 5 } },
    'calendar.addOverride': { input: { date: '2026-12-24', kind: 'feriado', reason: 'x' }, message: /inhábil/ },
    'calendar.retireOverride': { input: { id: 1, reason: '  ' }, message: /motivo/ },
  },
  refusals: {
    'calendar.addOverride': [
      {
        code: CalendarErrorCodes.overrideUseless,
        input: () => ({ date: '2026-12-25', kind: 'holiday', reason: 'Navidad' }),
      },
    ],
    'calendar.retireOverride': [
      { code: CalendarErrorCodes.overrideNotFound, input: () => ({ id: 99, reason: 'No existe' }) },
    ],
  },
  validJobInput: {},
};

describeApi('calendar', tables);

describe('calendar: the adjustments', () => {
  it('before the institution exists there is no country, so no calendar: refused in Spanish', () => {
    const t = createTempDb();
    expectErr(t.dispatch('calendar.year', { year: 2026 }), SettingsErrorCodes.noInstitution);
    expectUnchanged(t, (d) =>
      expectErr(
        d('calendar.addOverride', { date: '2026-12-24', kind: 'holiday', reason: 'x' }),
        SettingsErrorCodes.noInstitution,
      ),
    );
  });

  it('CO: the Ascensión has its own name, Easter Sunday is no holiday', () => {
    const y = call(co().dispatch, 'calendar.year', { year: 2026 });
    expect(y.holidays.find((h) => h.date === '2026-05-18')?.name).toBe('Ascensión del Señor');
    expect(y.holidays.map((h) => h.date)).not.toContain('2026-04-05');
  });

  it('MX: the inauguration holiday is 1 October 2030, not 1 December (the app corrects the library)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const y = call(t.dispatch, 'calendar.year', { year: 2030 });
    expect(y.holidays).toContainEqual(expect.objectContaining({ date: '2030-10-01', source: 'correccion' }));
    expect(y.holidays.map((h) => h.date)).not.toContain('2030-12-01');
    expect(y.cancelled.map((h) => h.date)).toContain('2030-12-01');
  });

  it('a second adjustment on the same day, a weekend day, a working day made working: refused, nothing written', () => {
    const t = co();
    call(t.dispatch, 'calendar.addOverride', { date: '2026-12-24', kind: 'holiday', reason: 'Día compensado' });
    for (const [input, code, message] of [
      [
        { date: '2026-12-24', kind: 'workday', reason: 'Otra' },
        CalendarErrorCodes.overrideExists,
        /ya tiene un ajuste/,
      ],
      [
        { date: '2026-12-26', kind: 'holiday', reason: 'Sábado' },
        CalendarErrorCodes.overrideUseless,
        /sábado o domingo/,
      ],
      [
        { date: '2026-12-23', kind: 'workday', reason: 'Hábil' },
        CalendarErrorCodes.overrideUseless,
        /ya es un día hábil/,
      ],
    ] as const) {
      expectUnchanged(t, () => {
        const err = expectErr(t.dispatch('calendar.addOverride', input), code);
        expect(err.message).toMatch(message);
      });
    }
  });

  it('a retired adjustment cannot be retired again, and the database refuses editing or deleting one', () => {
    const t = co();
    const y = call(t.dispatch, 'calendar.addOverride', { date: '2026-12-24', kind: 'holiday', reason: 'Compensado' });
    const id = y.overrides[0]!.id;
    call(t.dispatch, 'calendar.retireOverride', { id, reason: 'Error' });
    expectErr(t.dispatch('calendar.retireOverride', { id, reason: 'Otra vez' }), CalendarErrorCodes.overrideNotFound);
    expect(() => t.sqlite.prepare("UPDATE business_day_overrides SET reason = 'x'").run()).toThrow(/no se modifica/);
    expect(() => t.sqlite.prepare('DELETE FROM business_day_overrides').run()).toThrow(/no se elimina/);
    expect(() =>
      t.sqlite
        .prepare(
          "INSERT INTO business_day_overrides (date, kind, reason, retires_id, created_at) VALUES ('2026-12-24', 'holiday', 'x', ?, 'now')",
        )
        .run(id),
    ).toThrow(/UNIQUE constraint failed/);
    expect(() =>
      t.sqlite
        .prepare(
          "INSERT INTO business_day_overrides (date, kind, reason, retires_id, created_at) VALUES ('2026-12-31', 'workday', 'x', ?, 'now')",
        )
        .run(id),
    ).toThrow(/ajuste no válido/);
  });
});
