// Días hábiles (domain README §Business days and holidays). Runs under TZ=UTC
// and TZ=America/Mexico_City: no result may depend on the machine's zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import type { Profile } from '../../shared/api/types';
import { builtInOverrides, businessCalendar, termEnd, type HolidayOverride } from '../../shared/domain/business-days';
import { addDays, daysBetween } from '../../shared/domain/dates';

const CO = businessCalendar('CO');
const MX = businessCalendar('MX');

/** DOMAIN.md §10: the Colombian holidays of 2026. */
const CO_2026 = [
  '2026-01-01', '2026-01-12', '2026-03-23', '2026-04-02', '2026-04-03', '2026-05-01', '2026-05-18',
  '2026-06-08', '2026-06-15', '2026-06-29', '2026-07-13', '2026-07-20', '2026-08-07', '2026-08-17',
  '2026-10-12', '2026-11-02', '2026-11-16', '2026-12-08', '2026-12-25',
]; // prettier-ignore

/** Independent oracle: weekday from Date.UTC, holidays from the written list. */
function oracleIsBusinessDay(date: string, holidays: readonly string[]): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(date);
}

const FIRST = '2025-01-01';
const SPAN = daysBetween(FIRST, '2030-12-31');
const dateArb = fc.integer({ min: 0, max: SPAN }).map((k) => addDays(FIRST, k));
const profileArb = fc.constantFrom<Profile>('CO', 'MX');
const overrideArb = fc.record({
  date: dateArb,
  kind: fc.constantFrom<'holiday' | 'workday'>('holiday', 'workday'),
  reason: fc.constant('ajuste de prueba'),
});
const RUNS = 300;

describe('CO: the issue vectors', () => {
  it('5 días hábiles after Friday 2026-07-10 is 2026-07-21 (13 and 20 July are holidays)', () => {
    expect(CO.addBusinessDays('2026-07-10', 5)).toBe('2026-07-21');
    expect(CO.isBusinessDay('2026-07-13')).toBe(false);
    expect(CO.isBusinessDay('2026-07-20')).toBe(false);
    expect(termEnd(CO, '2026-07-10', { days: 5, unit: 'habiles' })).toBe('2026-07-21');
  });

  it('5 días hábiles after Friday 2026-12-04 is 2026-12-14 (8 December)', () => {
    expect(CO.addBusinessDays('2026-12-04', 5)).toBe('2026-12-14');
    expect(CO.businessDaysBetween('2026-12-04', '2026-12-14')).toBe(5);
  });

  it('the 2026 holidays are the handbook list (Easter Sunday dropped, the Ascensión named right)', () => {
    const holidays = CO.holidaysOf(2026);
    expect(holidays.map((h) => h.date)).toEqual(CO_2026);
    expect(holidays).toContainEqual({ date: '2026-05-18', name: 'Ascensión del Señor' });
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      expect(CO.isBusinessDay(d), d).toBe(oracleIsBusinessDay(d, CO_2026));
    }
  });

  it('9 July (Ley 2578 de 2026) moves to Monday from 2026 on, not before', () => {
    expect(CO.isBusinessDay('2025-07-14')).toBe(true);
    expect(CO.isBusinessDay('2027-07-12')).toBe(false);
    expect(CO.isBusinessDay('2030-07-15')).toBe(false);
    expect(builtInOverrides('CO', 2026)).toEqual([expect.objectContaining({ date: '2026-07-13', kind: 'holiday' })]);
    expect(builtInOverrides('CO', 2025)).toEqual([]);
  });
});

describe('MX: Ley Federal del Trabajo art. 74', () => {
  it('statutory holidays of 2026 are not hábiles; 1 Sep, Jueves Santo, 2 Nov and 12 Dec are', () => {
    for (const d of [
      '2026-01-01',
      '2026-02-02',
      '2026-03-16',
      '2026-05-01',
      '2026-09-16',
      '2026-11-16',
      '2026-12-25',
    ]) {
      expect(MX.isBusinessDay(d), d).toBe(false);
    }
    for (const d of ['2026-09-01', '2026-04-02', '2026-11-02', '2025-12-12']) expect(MX.isBusinessDay(d), d).toBe(true);
    expect(MX.holidaysOf(2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-02-02', '2026-03-16', '2026-05-01', '2026-09-16', '2026-11-16', '2026-12-25',
    ]); // prettier-ignore
  });

  it('terms across 16 September, the third Monday of November and Christmas', () => {
    expect(MX.addBusinessDays('2026-09-11', 5)).toBe('2026-09-21');
    expect(MX.addBusinessDays('2026-11-13', 5)).toBe('2026-11-23');
    expect(MX.addBusinessDays('2026-12-22', 5)).toBe('2026-12-30');
  });

  it('the transmisión del Poder Ejecutivo is 1 October every six years from 2024, not 1 December', () => {
    for (const y of [2024, 2030, 2036]) {
      const dates = MX.holidaysOf(y).map((h) => h.date);
      expect(dates).toContain(`${y}-10-01`);
      expect(dates).not.toContain(`${y}-12-01`);
      expect(MX.isBusinessDay(`${y}-10-01`)).toBe(false);
    }
    expect(MX.addBusinessDays('2030-09-30', 1)).toBe('2030-10-02');
    expect(MX.isBusinessDay('2036-12-01')).toBe(true); // a Monday (1 Dec 2024 and 2030 are Sundays)
    expect(MX.isBusinessDay('2030-12-02')).toBe(true);
    expect(MX.isBusinessDay('2026-10-01')).toBe(true);
    expect(MX.holidaysOf(2018).map((h) => h.date)).toContain('2018-12-01'); // before the reform
  });
});

describe('overrides', () => {
  it('a holiday override moves the end; a workday override counts a library holiday', () => {
    const closed = businessCalendar('CO', [{ date: '2026-07-15', kind: 'holiday', reason: 'Cierre de la entidad' }]);
    expect(closed.addBusinessDays('2026-07-10', 5)).toBe('2026-07-22');
    expect(closed.holidaysOf(2026)).toContainEqual({ date: '2026-07-15', name: 'Cierre de la entidad' });
    const open = businessCalendar('CO', [{ date: '2026-07-13', kind: 'workday', reason: 'Prueba' }]);
    expect(open.addBusinessDays('2026-07-10', 5)).toBe('2026-07-17');
    expect(open.holidaysOf(2026).map((h) => h.date)).not.toContain('2026-07-13');
  });

  it("the caller's override wins over a built-in one; weekends stay non-business", () => {
    const cal = businessCalendar('MX', [
      { date: '2030-10-01', kind: 'workday', reason: 'Prueba' },
      { date: '2026-09-19', kind: 'workday', reason: 'Sábado' },
    ]);
    expect(cal.isBusinessDay('2030-10-01')).toBe(true);
    expect(cal.isBusinessDay('2026-09-19')).toBe(false);
  });

  it('a malformed override or count is refused', () => {
    const bad = [
      { date: '2026-02-30', kind: 'holiday', reason: 'x' },
      { date: '2026-02-03', kind: 'feriado', reason: 'x' },
      { date: '2026-02-03', kind: 'holiday', reason: '  ' },
    ] as HolidayOverride[];
    for (const o of bad) expect(() => businessCalendar('CO', [o])).toThrow(DomainError);
    expect(() => CO.addBusinessDays('2026-01-02', -1)).toThrow(DomainError);
    expect(() => CO.addBusinessDays('2026-01-02', 1.5)).toThrow(DomainError);
    expect(() => termEnd(CO, '2026-01-02', { days: -1, unit: 'calendario' })).toThrow(DomainError);
  });
});

describe('properties (2025–2030)', () => {
  it('counting back the días hábiles added gives n', () => {
    fc.assert(
      fc.property(
        profileArb,
        dateArb,
        fc.integer({ min: 0, max: 60 }),
        fc.array(overrideArb, { maxLength: 5 }),
        (p, d, n, o) => {
          const cal = businessCalendar(p, o);
          expect(cal.businessDaysBetween(d, cal.addBusinessDays(d, n))).toBe(n);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a term in días hábiles never ends on a weekend or a holiday, and is the first day with n counted', () => {
    fc.assert(
      fc.property(profileArb, dateArb, fc.integer({ min: 1, max: 60 }), (p, d, n) => {
        const cal = businessCalendar(p);
        const end = cal.addBusinessDays(d, n);
        expect(cal.isBusinessDay(end)).toBe(true);
        expect(cal.holidaysOf(Number(end.slice(0, 4))).map((h) => h.date)).not.toContain(end);
        expect(cal.businessDaysBetween(d, addDays(end, -1))).toBe(n - 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('terms in días calendario add plain days', () => {
    fc.assert(
      fc.property(profileArb, dateArb, fc.integer({ min: 0, max: 400 }), (p, d, n) => {
        const end = termEnd(businessCalendar(p), d, { days: n, unit: 'calendario' });
        expect(end).toBe(addDays(d, n));
        expect(daysBetween(d, end)).toBe(n);
      }),
      { numRuns: RUNS },
    );
  });
});
