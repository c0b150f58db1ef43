import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { requireIsoDate } from '../../shared/domain/dates';
import { classifyDeadline, DEADLINES, type DeadlineCategory } from '../../shared/domain/portabilidad/deadline-board';
import {
  beforeGarantiaDay,
  COMPROBANTE_REMINDER_ACTION,
  dateOfDay,
  dayNumber,
  DEFAULT_COMPROBANTE_REMINDER_DAYS,
  GARANTIA_DAY,
  garantiaAvailability,
  garantiaAvailableFrom,
  isPaymentOverdue,
  nextComprobanteReminder,
  paymentDueDate,
  PlazoErrorCodes,
  REQUERIMIENTO_COBRANZA_DAYS,
  requerimientoCobranzaDueDate,
} from '../../shared/domain/portabilidad/deadlines';

/** Independent oracle: the UTC calendar of Date, one day = 86 400 000 ms. */
function oracleAdd(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

const isoArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function thrownBy(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('no lanzó');
}

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

describe('day-counting convention (día 0 = reference date)', () => {
  it('the reference date is day 0, day N is N calendar days later', () => {
    expect(dateOfDay('2026-01-15', 0)).toBe('2026-01-15');
    expect(dateOfDay('2026-01-15', 1)).toBe('2026-01-16');
    expect(dateOfDay('2026-01-15', 120)).toBe('2026-05-15');
    expect(dateOfDay('2026-01-15', -1)).toBe('2026-01-14');
    expect(dayNumber('2026-01-15', '2026-01-15')).toBe(0);
    expect(dayNumber('2026-01-15', '2026-05-14')).toBe(119);
    expect(dayNumber('2026-01-15', '2026-05-15')).toBe(120);
    expect(dayNumber('2026-01-15', '2026-01-10')).toBe(-5);
  });

  it.each([
    ['2025-12-15', 30, '2026-01-14'], // year boundary
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-31', 30, '2026-03-02'], // February of a common year
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-01-30', 30, '2028-02-29'], // leap day
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-02-28', 365, '2029-02-27'], // a leap year has 366 days
    ['2027-11-01', 120, '2028-02-29'],
    ['2026-11-01', 120, '2027-03-01'],
    ['2099-12-31', 60, '2100-03-01'], // 2100 is not a leap year
    ['2000-02-28', 1, '2000-02-29'], // 2000 is
  ])('%s + %i días naturales = %s', (desde, n, esperado) => {
    expect(dateOfDay(desde, n)).toBe(esperado);
    expect(dayNumber(desde, esperado)).toBe(n);
  });

  it('agrees with the UTC calendar and round-trips (property)', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -400, max: 400 }), (desde, n) => {
        const f = dateOfDay(desde, n);
        expect(f).toBe(oracleAdd(desde, n));
        expect(dayNumber(desde, f)).toBe(n);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('requireIsoDate: invalid dates are refused in Spanish', () => {
  it.each(['2026-02-30', '2027-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])(
    '%s does not exist',
    (bad) => {
      const e = thrownBy(() => requireIsoDate(bad, 'Fecha de radicación'));
      expect(e.code).toBe(PlazoErrorCodes.fechaInvalida);
      expect(e.message).toBe(`Fecha de radicación no válida: "${bad}" no existe en el calendario.`);
    },
  );

  it.each(['15/01/2026', '2026-1-15', '', '2026-01-15T00:00:00Z', ' 2026-01-15'])('%j is not AAAA-MM-DD', (bad) => {
    expect(() => requireIsoDate(bad, 'Fecha de envío de las facturas')).toThrow(
      /^Fecha de envío de las facturas no válida: .* \(se espera AAAA-MM-DD\)\.$/,
    );
  });

  it('refuses non-strings and years outside 1900–2999', () => {
    expect(() => requireIsoDate(undefined)).toThrow('Fecha no válida: undefined (se espera AAAA-MM-DD).');
    expect(() => requireIsoDate(20260115)).toThrow(/se espera AAAA-MM-DD/);
    expect(() => requireIsoDate('0026-01-15')).toThrow(/fuera del intervalo admitido \(1900–2999\)/);
    expect(() => requireIsoDate('3000-01-01')).toThrow(/fuera del intervalo admitido/);
    expect(requireIsoDate('2028-02-29')).toBe('2028-02-29');
  });

  it('every public rule validates its dates', () => {
    const calls: (() => unknown)[] = [
      () => dateOfDay('2026-02-30', 1),
      () => dayNumber('2026-01-15', '2026-02-30'),
      () => paymentDueDate('2026-02-30', 30),
      () => isPaymentOverdue('2026-02-27', '2026-02-29'),
      () => requerimientoCobranzaDueDate('2026-02-29'),
      () => requerimientoCobranzaDueDate('2026-2-27'),
      () => beforeGarantiaDay('2026-01-15', '2026-02-31'),
      () => garantiaAvailableFrom('2026-01-32'),
      () => garantiaAvailability({ facturasSentOn: '2026-01-15', balanceCents: 1, today: 'hoy' }),
      () => nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2026-06-31', today: '2026-07-01' }),
      () =>
        nextComprobanteReminder({
          wait: 'pago',
          waitStartedOn: '2026-06-01',
          lastReminderOn: '2026-06-31',
          today: '2026-07-01',
        }),
      () => classifyDeadline('2026-02-29', '2026-02-01'),
      () => classifyDeadline('2026-03-01', '2026-02-29'),
    ];
    for (const call of calls) {
      const e = thrownBy(call);
      expect(e.code).toBe(PlazoErrorCodes.fechaInvalida);
      expect(e.message).toMatch(/no válida: /);
    }
  });
});

describe('plazo de pago (per invoice, from radicación)', () => {
  it('fecha límite = radicación + plazo, días naturales', () => {
    expect(paymentDueDate('2026-01-28', 30)).toBe('2026-02-27');
    expect(paymentDueDate('2026-01-28', 0)).toBe('2026-01-28');
    expect(paymentDueDate('2027-12-20', 45)).toBe('2028-02-03');
    expect(paymentDueDate('2028-02-14', 15)).toBe('2028-02-29');
  });

  it('refuses a plazo that is not a whole number of days in range, in Spanish', () => {
    for (const bad of [-1, 1.5, 366, Number.NaN, Number.POSITIVE_INFINITY]) {
      const e = thrownBy(() => paymentDueDate('2026-01-28', bad));
      expect(e.code).toBe(PlazoErrorCodes.diasInvalidos);
      expect(e.message).toMatch(/^El plazo de pago debe ser un número entero de días naturales entre 0 y 365/);
    }
    expect(() => dateOfDay('2026-01-28', 0.5)).toThrow(/El número de días debe ser un entero/);
  });

  it('payment on the fecha límite is on time; the next day it is vencido', () => {
    expect(isPaymentOverdue('2026-02-27', '2026-02-26')).toBe(false);
    expect(isPaymentOverdue('2026-02-27', '2026-02-27')).toBe(false);
    expect(isPaymentOverdue('2026-02-27', '2026-02-28')).toBe(true);
  });
});

describe('requerimiento de cobranza + notificación a la autoridad nacional (5 días naturales)', () => {
  it('acceptance: plazo ending 2026-02-27 → due by 2026-03-04', () => {
    expect(REQUERIMIENTO_COBRANZA_DAYS).toBe(5);
    expect(requerimientoCobranzaDueDate('2026-02-27')).toBe('2026-03-04');
    // The window opens the day the plazo is vencido.
    expect(isPaymentOverdue('2026-02-27', '2026-02-28')).toBe(true);
    expect(dateOfDay('2026-02-27', 1)).toBe('2026-02-28');
  });

  it.each([
    ['2028-02-27', '2028-02-28', '2028-03-03'], // leap February
    ['2028-02-24', '2028-02-25', '2028-02-29'],
    ['2027-02-24', '2027-02-25', '2027-03-01'],
    ['2026-12-29', '2026-12-30', '2027-01-03'], // year boundary
    ['2026-04-30', '2026-05-01', '2026-05-05'],
  ])('plazo ending %s → window %s … %s', (limite, desde, hasta) => {
    expect(isPaymentOverdue(limite, desde)).toBe(true);
    expect(dateOfDay(limite, 1)).toBe(desde);
    expect(requerimientoCobranzaDueDate(limite)).toBe(hasta);
  });
});

describe('solicitud de ejecución de garantía (día 120, only while unpaid)', () => {
  const unpaid = { facturasSentOn: '2026-01-15', balanceCents: 500_000_00 };

  it('acceptance: facturas sent 2026-01-15 → available 2026-05-15', () => {
    expect(GARANTIA_DAY).toBe(120);
    expect(garantiaAvailableFrom('2026-01-15')).toBe('2026-05-15');
  });

  it('acceptance: refused on day 119 (2026-05-14) with the date it becomes available', () => {
    const r = garantiaAvailability({ ...unpaid, today: '2026-05-14' });
    expect(r).toEqual({
      available: false,
      reason: 'antes_del_dia_120',
      availableFrom: '2026-05-15',
      dayNumber: 119,
      daysLeft: 1,
      message:
        'La solicitud de ejecución de garantía procede a partir del 15 de mayo de 2026 (día 120 natural desde el envío de las facturas, el 15 de enero de 2026); el 14 de mayo de 2026 es el día 119.',
    });
    // The workflow guard and the letter ask the same rule: the same words.
    expect(beforeGarantiaDay('2026-01-15', '2026-05-14')).toBe(r.available ? null : r.message);
  });

  it('acceptance: allowed on day 120 and after', () => {
    expect(garantiaAvailability({ ...unpaid, today: '2026-05-15' })).toEqual({
      available: true,
      availableFrom: '2026-05-15',
      dayNumber: 120,
    });
    expect(garantiaAvailability({ ...unpaid, today: '2026-05-16' }).available).toBe(true);
    expect(garantiaAvailability({ ...unpaid, today: '2027-01-15' }).available).toBe(true);
    expect(beforeGarantiaDay('2026-01-15', '2026-05-15')).toBeNull();
  });

  it('refused on the sending day and before it', () => {
    expect(garantiaAvailability({ ...unpaid, today: '2026-01-15' })).toMatchObject({
      available: false,
      dayNumber: 0,
      daysLeft: 120,
    });
    expect(garantiaAvailability({ ...unpaid, today: '2026-01-01' })).toMatchObject({
      available: false,
      dayNumber: -14,
      daysLeft: 134,
    });
  });

  it('refused when paid, even after day 120', () => {
    for (const balanceCents of [0, -1]) {
      const r = garantiaAvailability({ ...unpaid, balanceCents, today: '2026-06-01' });
      expect(r).toMatchObject({
        available: false,
        reason: 'pagada',
        availableFrom: '2026-05-15',
        dayNumber: 137,
        message: 'La solicitud de ejecución de garantía no procede: las facturas están pagadas (saldo en cero).',
      });
    }
  });

  it.each([
    ['2027-11-01', '2028-02-29'], // lands on the leap day
    ['2026-11-01', '2027-03-01'],
    ['2025-09-30', '2026-01-28'], // crosses the year
    ['2028-02-29', '2028-06-28'], // starts on the leap day
  ])('facturas sent %s → available %s (day 119 refused, day 120 allowed)', (envio, desde) => {
    expect(garantiaAvailableFrom(envio)).toBe(desde);
    const dia119 = dateOfDay(envio, 119);
    expect(garantiaAvailability({ facturasSentOn: envio, balanceCents: 1, today: dia119 }).available).toBe(false);
    expect(garantiaAvailability({ facturasSentOn: envio, balanceCents: 1, today: desde }).available).toBe(true);
  });

  it('availability is monotonic in time: once available, available on every later day (property)', () => {
    fc.assert(
      fc.property(
        isoArb,
        fc.integer({ min: -30, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 10_000_000_00 }),
        (envio, d, k, saldo) => {
          const hoy = oracleAdd(envio, d);
          const later = oracleAdd(hoy, k);
          const a = garantiaAvailability({ facturasSentOn: envio, balanceCents: saldo, today: hoy });
          const b = garantiaAvailability({ facturasSentOn: envio, balanceCents: saldo, today: later });
          if (a.available) expect(b.available).toBe(true);
          // And it is exactly "day ≥ 120", with the refusal naming the same date.
          expect(a.available).toBe(d >= 120);
          expect(a.availableFrom).toBe(oracleAdd(envio, 120));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('recordatorios while a comprobante de pago is awaited', () => {
  it('first reminder everyDays after the start of the wait (default 7)', () => {
    expect(DEFAULT_COMPROBANTE_REMINDER_DAYS).toBe(7);
    expect(nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2026-03-02', today: '2026-03-05' })).toEqual({
      date: '2026-03-09',
      due: false,
      daysWithoutComprobante: 3,
      action: COMPROBANTE_REMINDER_ACTION.pago,
    });
    expect(nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2026-03-02', today: '2026-03-09' }).due).toBe(true);
    expect(nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2026-03-02', today: '2026-03-08' }).due).toBe(false);
  });

  it('stays due until made; making it moves the next one everyDays later', () => {
    const sinHacer = nextComprobanteReminder({
      wait: 'cobro',
      waitStartedOn: '2026-03-02',
      everyDays: 5,
      today: '2026-03-20',
    });
    expect(sinHacer).toMatchObject({ date: '2026-03-07', due: true, daysWithoutComprobante: 18 });
    expect(sinHacer.action).toBe(
      'Solicite al estado deudor el comprobante de pago o búsquelo en el estado de cuenta bancario.',
    );
    expect(
      nextComprobanteReminder({
        wait: 'cobro',
        waitStartedOn: '2026-03-02',
        lastReminderOn: '2026-03-20',
        everyDays: 5,
        today: '2026-03-20',
      }),
    ).toMatchObject({ date: '2026-03-25', due: false });
    // A reminder older than the current wait (from an earlier one) does not count.
    expect(
      nextComprobanteReminder({
        wait: 'cobro',
        waitStartedOn: '2026-03-02',
        lastReminderOn: '2026-01-10',
        everyDays: 5,
        today: '2026-03-03',
      }).date,
    ).toBe('2026-03-07');
  });

  it('crosses month, year and leap-day boundaries in días naturales', () => {
    expect(nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2028-02-22', today: '2028-02-22' }).date).toBe(
      '2028-02-29',
    );
    expect(nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2026-12-28', today: '2026-12-28' }).date).toBe(
      '2027-01-04',
    );
  });

  it('refuses an interval that is not a positive whole number of days', () => {
    for (const everyDays of [0, -7, 2.5]) {
      const e = thrownBy(() =>
        nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2026-03-02', everyDays, today: '2026-03-02' }),
      );
      expect(e.code).toBe(PlazoErrorCodes.diasInvalidos);
      expect(e.message).toMatch(
        /^El intervalo entre recordatorios debe ser un número entero de días naturales entre 1 y 365/,
      );
    }
  });
});

describe('Tablero "Vencimientos" classifier', () => {
  it.each<[string, DeadlineCategory, number, number, number, string]>([
    ['2026-02-20', 'vencido', -10, 0, 10, 'Venció hace 10 días'],
    ['2026-03-01', 'vencido', -1, 0, 1, 'Venció ayer'],
    ['2026-03-02', 'hoy', 0, 0, 0, 'Vence hoy'],
    ['2026-03-03', 'esta_semana', 1, 1, 0, 'Vence mañana'],
    ['2026-03-05', 'esta_semana', 3, 3, 0, 'Vence en 3 días'],
    ['2026-03-09', 'esta_semana', 7, 7, 0, 'Vence en 7 días'], // last day of the rolling week
    ['2026-03-10', 'proximo', 8, 8, 0, 'Vence en 8 días'],
    ['2026-06-30', 'proximo', 120, 120, 0, 'Vence en 120 días'],
  ])('due %s, hoy 2026-03-02 → %s (%i)', (fecha, categoria, d, restantes, vencidos, etiqueta) => {
    expect(classifyDeadline(fecha, '2026-03-02')).toEqual({
      category: categoria,
      days: d,
      daysLeft: restantes,
      daysOverdue: vencidos,
      label: etiqueta,
    });
  });

  it('counts across February of a leap year and the year end', () => {
    expect(classifyDeadline('2028-03-01', '2028-02-28')).toMatchObject({ category: 'esta_semana', days: 2 });
    expect(classifyDeadline('2027-03-01', '2027-02-28')).toMatchObject({ category: 'esta_semana', days: 1 });
    expect(classifyDeadline('2026-12-31', '2027-01-02')).toMatchObject({
      category: 'vencido',
      daysOverdue: 2,
      label: 'Venció hace 2 días',
    });
  });

  it('categories follow the dates: urgency order = date order (property)', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), (hoy, da, db) => {
        const a = classifyDeadline(oracleAdd(hoy, da), hoy);
        const b = classifyDeadline(oracleAdd(hoy, db), hoy);
        expect(a.days).toBe(da);
        expect(a.daysLeft - a.daysOverdue).toBe(da);
        const rank = (c: DeadlineCategory) => ['vencido', 'hoy', 'esta_semana', 'proximo'].indexOf(c);
        if (da <= db) expect(rank(a.category)).toBeLessThanOrEqual(rank(b.category));
      }),
      { numRuns: 2_000 },
    );
  });

  it('every deadline kind has a label and an action for the Tablero', () => {
    expect(Object.keys(DEADLINES).sort()).toEqual(['comprobante', 'garantia', 'plazo_pago', 'requerimiento_cobranza']);
    for (const p of Object.values(DEADLINES)) {
      expect(p.label).not.toBe('');
      expect(p.action).not.toBe('');
    }
    expect(DEADLINES.garantia.meaning).toBe('disponible_desde');
    expect(DEADLINES.requerimiento_cobranza.meaning).toBe('vence');
  });
});

describe('time zone and daylight saving never shift a day', () => {
  // Mexico City had DST until 2022 (2021: 4 Apr / 31 Oct); New York, Madrid and Lord Howe (30-minute DST) still do.
  const zones = [
    'America/Mexico_City',
    'America/Bogota',
    'America/New_York',
    'Europe/Madrid',
    'Australia/Lord_Howe',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'UTC',
  ];

  function everything(): unknown {
    return {
      garantia: garantiaAvailableFrom('2026-01-15'),
      dia119: garantiaAvailability({ facturasSentOn: '2026-01-15', balanceCents: 1, today: '2026-05-14' }),
      dia120: garantiaAvailability({ facturasSentOn: '2026-01-15', balanceCents: 1, today: '2026-05-15' }),
      requerimiento: { hasta: requerimientoCobranzaDueDate('2026-02-27') },
      mxDst2021: [dateOfDay('2021-04-01', 5), dateOfDay('2021-10-29', 5), dayNumber('2021-04-03', '2021-04-05')],
      usDst2026: [dateOfDay('2026-03-07', 1), dateOfDay('2026-03-01', 10), dayNumber('2026-10-31', '2026-11-02')],
      euDst2026: [dateOfDay('2026-03-28', 1), dateOfDay('2026-10-20', 15), dayNumber('2026-03-29', '2026-03-30')],
      plazo: paymentDueDate('2026-03-01', 30),
      tablero: classifyDeadline('2026-03-09', '2026-03-08'),
      recordatorio: nextComprobanteReminder({ wait: 'pago', waitStartedOn: '2026-03-05', today: '2026-03-12' }),
    };
  }

  it.each(zones)('same results with TZ=%s', (tz) => {
    process.env.TZ = 'UTC';
    const utcOffset = new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset();
    const expected = everything();
    process.env.TZ = tz;
    if (tz !== 'UTC') {
      // The zone really changed for this process (otherwise the test proves nothing).
      expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).not.toBe(utcOffset);
    }
    expect(everything()).toEqual(expected);
    expect(everything()).toMatchObject({
      garantia: '2026-05-15',
      requerimiento: { hasta: '2026-03-04' },
      mxDst2021: ['2021-04-06', '2021-11-03', 2],
      usDst2026: ['2026-03-08', '2026-03-11', 2],
      euDst2026: ['2026-03-29', '2026-11-04', 1],
      plazo: '2026-03-31',
      tablero: { category: 'esta_semana', days: 1 },
      recordatorio: { date: '2026-03-12', due: true },
    });
  });
});
