import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import {
  ACCION_RECORDATORIO_COMPROBANTE,
  antesDelDia120,
  clasificarVencimiento,
  DIA_EJECUCION_GARANTIA,
  diaNatural,
  DIAS_RECORDATORIO_COMPROBANTE_POR_DEFECTO,
  DIAS_REQUERIMIENTO_COBRANZA,
  evaluarEjecucionGarantia,
  fechaDelDiaNatural,
  fechaLimitePago,
  fechaLimiteRequerimientoCobranza,
  garantiaDisponibleDesde,
  PLAZOS,
  PlazoErrorCodes,
  plazoPagoVencido,
  proximoRecordatorioComprobante,
  validarFecha,
  ventanaRequerimientoCobranza,
  type CategoriaVencimiento,
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
    expect(fechaDelDiaNatural('2026-01-15', 0)).toBe('2026-01-15');
    expect(fechaDelDiaNatural('2026-01-15', 1)).toBe('2026-01-16');
    expect(fechaDelDiaNatural('2026-01-15', 120)).toBe('2026-05-15');
    expect(fechaDelDiaNatural('2026-01-15', -1)).toBe('2026-01-14');
    expect(diaNatural('2026-01-15', '2026-01-15')).toBe(0);
    expect(diaNatural('2026-01-15', '2026-05-14')).toBe(119);
    expect(diaNatural('2026-01-15', '2026-05-15')).toBe(120);
    expect(diaNatural('2026-01-15', '2026-01-10')).toBe(-5);
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
    expect(fechaDelDiaNatural(desde, n)).toBe(esperado);
    expect(diaNatural(desde, esperado)).toBe(n);
  });

  it('agrees with the UTC calendar and round-trips (property)', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -400, max: 400 }), (desde, n) => {
        const f = fechaDelDiaNatural(desde, n);
        expect(f).toBe(oracleAdd(desde, n));
        expect(diaNatural(desde, f)).toBe(n);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('validarFecha: invalid dates are refused in Spanish', () => {
  it.each(['2026-02-30', '2027-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])(
    '%s does not exist',
    (bad) => {
      const e = thrownBy(() => validarFecha(bad, 'Fecha de radicación'));
      expect(e.code).toBe(PlazoErrorCodes.fechaInvalida);
      expect(e.message).toBe(`Fecha de radicación no válida: "${bad}" no existe en el calendario.`);
    },
  );

  it.each(['15/01/2026', '2026-1-15', '', '2026-01-15T00:00:00Z', ' 2026-01-15'])('%j is not AAAA-MM-DD', (bad) => {
    expect(() => validarFecha(bad, 'Fecha de envío de las facturas')).toThrow(
      /^Fecha de envío de las facturas no válida: .* \(se espera AAAA-MM-DD\)\.$/,
    );
  });

  it('refuses non-strings and years outside 1900–2999', () => {
    expect(() => validarFecha(undefined)).toThrow('Fecha no válida: undefined (se espera AAAA-MM-DD).');
    expect(() => validarFecha(20260115)).toThrow(/se espera AAAA-MM-DD/);
    expect(() => validarFecha('0026-01-15')).toThrow(/fuera del intervalo admitido \(1900–2999\)/);
    expect(() => validarFecha('3000-01-01')).toThrow(/fuera del intervalo admitido/);
    expect(validarFecha('2028-02-29')).toBe('2028-02-29');
  });

  it('every public rule validates its dates', () => {
    const calls: (() => unknown)[] = [
      () => fechaDelDiaNatural('2026-02-30', 1),
      () => diaNatural('2026-01-15', '2026-02-30'),
      () => fechaLimitePago('2026-02-30', 30),
      () => plazoPagoVencido('2026-02-27', '2026-02-29'),
      () => ventanaRequerimientoCobranza('2026-02-29'),
      () => fechaLimiteRequerimientoCobranza('2026-2-27'),
      () => antesDelDia120('2026-01-15', '2026-02-31'),
      () => garantiaDisponibleDesde('2026-01-32'),
      () => evaluarEjecucionGarantia({ fechaEnvioFacturas: '2026-01-15', saldoPendienteCents: 1, hoy: 'hoy' }),
      () => proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2026-06-31', hoy: '2026-07-01' }),
      () =>
        proximoRecordatorioComprobante({
          espera: 'pago',
          inicioEspera: '2026-06-01',
          ultimoRecordatorio: '2026-06-31',
          hoy: '2026-07-01',
        }),
      () => clasificarVencimiento('2026-02-29', '2026-02-01'),
      () => clasificarVencimiento('2026-03-01', '2026-02-29'),
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
    expect(fechaLimitePago('2026-01-28', 30)).toBe('2026-02-27');
    expect(fechaLimitePago('2026-01-28', 0)).toBe('2026-01-28');
    expect(fechaLimitePago('2027-12-20', 45)).toBe('2028-02-03');
    expect(fechaLimitePago('2028-02-14', 15)).toBe('2028-02-29');
  });

  it('refuses a plazo that is not a whole number of days in range, in Spanish', () => {
    for (const bad of [-1, 1.5, 366, Number.NaN, Number.POSITIVE_INFINITY]) {
      const e = thrownBy(() => fechaLimitePago('2026-01-28', bad));
      expect(e.code).toBe(PlazoErrorCodes.diasInvalidos);
      expect(e.message).toMatch(/^El plazo de pago debe ser un número entero de días naturales entre 0 y 365/);
    }
    expect(() => fechaDelDiaNatural('2026-01-28', 0.5)).toThrow(/El número de días debe ser un entero/);
  });

  it('payment on the fecha límite is on time; the next day it is vencido', () => {
    expect(plazoPagoVencido('2026-02-27', '2026-02-26')).toBe(false);
    expect(plazoPagoVencido('2026-02-27', '2026-02-27')).toBe(false);
    expect(plazoPagoVencido('2026-02-27', '2026-02-28')).toBe(true);
  });
});

describe('requerimiento de cobranza + notificación a la autoridad nacional (5 días naturales)', () => {
  it('acceptance: plazo ending 2026-02-27 → due by 2026-03-04', () => {
    expect(DIAS_REQUERIMIENTO_COBRANZA).toBe(5);
    expect(fechaLimiteRequerimientoCobranza('2026-02-27')).toBe('2026-03-04');
    expect(ventanaRequerimientoCobranza('2026-02-27')).toEqual({ desde: '2026-02-28', hasta: '2026-03-04' });
  });

  it.each([
    ['2028-02-27', '2028-02-28', '2028-03-03'], // leap February
    ['2028-02-24', '2028-02-25', '2028-02-29'],
    ['2027-02-24', '2027-02-25', '2027-03-01'],
    ['2026-12-29', '2026-12-30', '2027-01-03'], // year boundary
    ['2026-04-30', '2026-05-01', '2026-05-05'],
  ])('plazo ending %s → window %s … %s', (limite, desde, hasta) => {
    expect(ventanaRequerimientoCobranza(limite)).toEqual({ desde, hasta });
  });
});

describe('solicitud de ejecución de garantía (día 120, only while unpaid)', () => {
  const unpaid = { fechaEnvioFacturas: '2026-01-15', saldoPendienteCents: 500_000_00 };

  it('acceptance: facturas sent 2026-01-15 → available 2026-05-15', () => {
    expect(DIA_EJECUCION_GARANTIA).toBe(120);
    expect(garantiaDisponibleDesde('2026-01-15')).toBe('2026-05-15');
  });

  it('acceptance: refused on day 119 (2026-05-14) with the date it becomes available', () => {
    const r = evaluarEjecucionGarantia({ ...unpaid, hoy: '2026-05-14' });
    expect(r).toEqual({
      disponible: false,
      motivo: 'antes_del_dia_120',
      disponibleDesde: '2026-05-15',
      diaNatural: 119,
      diasFaltantes: 1,
      mensaje:
        'La solicitud de ejecución de garantía procede a partir del 15 de mayo de 2026 (día 120 natural desde el envío de las facturas, el 15 de enero de 2026); el 14 de mayo de 2026 es el día 119.',
    });
    // The workflow guard and the letter ask the same rule: the same words.
    expect(antesDelDia120('2026-01-15', '2026-05-14')).toBe(r.disponible ? null : r.mensaje);
  });

  it('acceptance: allowed on day 120 and after', () => {
    expect(evaluarEjecucionGarantia({ ...unpaid, hoy: '2026-05-15' })).toEqual({
      disponible: true,
      disponibleDesde: '2026-05-15',
      diaNatural: 120,
    });
    expect(evaluarEjecucionGarantia({ ...unpaid, hoy: '2026-05-16' }).disponible).toBe(true);
    expect(evaluarEjecucionGarantia({ ...unpaid, hoy: '2027-01-15' }).disponible).toBe(true);
    expect(antesDelDia120('2026-01-15', '2026-05-15')).toBeNull();
  });

  it('refused on the sending day and before it', () => {
    expect(evaluarEjecucionGarantia({ ...unpaid, hoy: '2026-01-15' })).toMatchObject({
      disponible: false,
      diaNatural: 0,
      diasFaltantes: 120,
    });
    expect(evaluarEjecucionGarantia({ ...unpaid, hoy: '2026-01-01' })).toMatchObject({
      disponible: false,
      diaNatural: -14,
      diasFaltantes: 134,
    });
  });

  it('refused when paid, even after day 120', () => {
    for (const saldoPendienteCents of [0, -1]) {
      const r = evaluarEjecucionGarantia({ ...unpaid, saldoPendienteCents, hoy: '2026-06-01' });
      expect(r).toMatchObject({
        disponible: false,
        motivo: 'pagada',
        disponibleDesde: '2026-05-15',
        diaNatural: 137,
        mensaje: 'La solicitud de ejecución de garantía no procede: las facturas están pagadas (saldo en cero).',
      });
    }
  });

  it.each([
    ['2027-11-01', '2028-02-29'], // lands on the leap day
    ['2026-11-01', '2027-03-01'],
    ['2025-09-30', '2026-01-28'], // crosses the year
    ['2028-02-29', '2028-06-28'], // starts on the leap day
  ])('facturas sent %s → available %s (day 119 refused, day 120 allowed)', (envio, desde) => {
    expect(garantiaDisponibleDesde(envio)).toBe(desde);
    const dia119 = fechaDelDiaNatural(envio, 119);
    expect(
      evaluarEjecucionGarantia({ fechaEnvioFacturas: envio, saldoPendienteCents: 1, hoy: dia119 }).disponible,
    ).toBe(false);
    expect(evaluarEjecucionGarantia({ fechaEnvioFacturas: envio, saldoPendienteCents: 1, hoy: desde }).disponible).toBe(
      true,
    );
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
          const a = evaluarEjecucionGarantia({ fechaEnvioFacturas: envio, saldoPendienteCents: saldo, hoy });
          const b = evaluarEjecucionGarantia({ fechaEnvioFacturas: envio, saldoPendienteCents: saldo, hoy: later });
          if (a.disponible) expect(b.disponible).toBe(true);
          // And it is exactly "day ≥ 120", with the refusal naming the same date.
          expect(a.disponible).toBe(d >= 120);
          expect(a.disponibleDesde).toBe(oracleAdd(envio, 120));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('recordatorios while a comprobante de pago is awaited', () => {
  it('first reminder cadaDias after the start of the wait (default 7)', () => {
    expect(DIAS_RECORDATORIO_COMPROBANTE_POR_DEFECTO).toBe(7);
    expect(proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2026-03-02', hoy: '2026-03-05' })).toEqual({
      fecha: '2026-03-09',
      pendiente: false,
      diasSinComprobante: 3,
      accion: ACCION_RECORDATORIO_COMPROBANTE.pago,
    });
    expect(
      proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2026-03-02', hoy: '2026-03-09' }).pendiente,
    ).toBe(true);
    expect(
      proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2026-03-02', hoy: '2026-03-08' }).pendiente,
    ).toBe(false);
  });

  it('stays due until made; making it moves the next one cadaDias later', () => {
    const sinHacer = proximoRecordatorioComprobante({
      espera: 'cobro',
      inicioEspera: '2026-03-02',
      cadaDias: 5,
      hoy: '2026-03-20',
    });
    expect(sinHacer).toMatchObject({ fecha: '2026-03-07', pendiente: true, diasSinComprobante: 18 });
    expect(sinHacer.accion).toBe(
      'Solicite al estado deudor el comprobante de pago o búsquelo en el estado de cuenta bancario.',
    );
    expect(
      proximoRecordatorioComprobante({
        espera: 'cobro',
        inicioEspera: '2026-03-02',
        ultimoRecordatorio: '2026-03-20',
        cadaDias: 5,
        hoy: '2026-03-20',
      }),
    ).toMatchObject({ fecha: '2026-03-25', pendiente: false });
    // A reminder older than the current wait (from an earlier one) does not count.
    expect(
      proximoRecordatorioComprobante({
        espera: 'cobro',
        inicioEspera: '2026-03-02',
        ultimoRecordatorio: '2026-01-10',
        cadaDias: 5,
        hoy: '2026-03-03',
      }).fecha,
    ).toBe('2026-03-07');
  });

  it('crosses month, year and leap-day boundaries in días naturales', () => {
    expect(
      proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2028-02-22', hoy: '2028-02-22' }).fecha,
    ).toBe('2028-02-29');
    expect(
      proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2026-12-28', hoy: '2026-12-28' }).fecha,
    ).toBe('2027-01-04');
  });

  it('refuses an interval that is not a positive whole number of days', () => {
    for (const cadaDias of [0, -7, 2.5]) {
      const e = thrownBy(() =>
        proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2026-03-02', cadaDias, hoy: '2026-03-02' }),
      );
      expect(e.code).toBe(PlazoErrorCodes.diasInvalidos);
      expect(e.message).toMatch(
        /^El intervalo entre recordatorios debe ser un número entero de días naturales entre 1 y 365/,
      );
    }
  });
});

describe('Tablero "Vencimientos" classifier', () => {
  it.each<[string, CategoriaVencimiento, number, number, number, string]>([
    ['2026-02-20', 'vencido', -10, 0, 10, 'Venció hace 10 días'],
    ['2026-03-01', 'vencido', -1, 0, 1, 'Venció ayer'],
    ['2026-03-02', 'hoy', 0, 0, 0, 'Vence hoy'],
    ['2026-03-03', 'esta_semana', 1, 1, 0, 'Vence mañana'],
    ['2026-03-05', 'esta_semana', 3, 3, 0, 'Vence en 3 días'],
    ['2026-03-09', 'esta_semana', 7, 7, 0, 'Vence en 7 días'], // last day of the rolling week
    ['2026-03-10', 'proximo', 8, 8, 0, 'Vence en 8 días'],
    ['2026-06-30', 'proximo', 120, 120, 0, 'Vence en 120 días'],
  ])('due %s, hoy 2026-03-02 → %s (%i)', (fecha, categoria, d, restantes, vencidos, etiqueta) => {
    expect(clasificarVencimiento(fecha, '2026-03-02')).toEqual({
      categoria,
      dias: d,
      diasRestantes: restantes,
      diasVencidos: vencidos,
      etiqueta,
    });
  });

  it('counts across February of a leap year and the year end', () => {
    expect(clasificarVencimiento('2028-03-01', '2028-02-28')).toMatchObject({ categoria: 'esta_semana', dias: 2 });
    expect(clasificarVencimiento('2027-03-01', '2027-02-28')).toMatchObject({ categoria: 'esta_semana', dias: 1 });
    expect(clasificarVencimiento('2026-12-31', '2027-01-02')).toMatchObject({
      categoria: 'vencido',
      diasVencidos: 2,
      etiqueta: 'Venció hace 2 días',
    });
  });

  it('categories follow the dates: urgency order = date order (property)', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), (hoy, da, db) => {
        const a = clasificarVencimiento(oracleAdd(hoy, da), hoy);
        const b = clasificarVencimiento(oracleAdd(hoy, db), hoy);
        expect(a.dias).toBe(da);
        expect(a.diasRestantes - a.diasVencidos).toBe(da);
        const rank = (c: CategoriaVencimiento) => ['vencido', 'hoy', 'esta_semana', 'proximo'].indexOf(c);
        if (da <= db) expect(rank(a.categoria)).toBeLessThanOrEqual(rank(b.categoria));
      }),
      { numRuns: 2_000 },
    );
  });

  it('every deadline kind has a label and an action for the Tablero', () => {
    expect(Object.keys(PLAZOS).sort()).toEqual(['comprobante', 'garantia', 'plazo_pago', 'requerimiento_cobranza']);
    for (const p of Object.values(PLAZOS)) {
      expect(p.etiqueta).not.toBe('');
      expect(p.accion).not.toBe('');
    }
    expect(PLAZOS.garantia.significado).toBe('disponible_desde');
    expect(PLAZOS.requerimiento_cobranza.significado).toBe('vence');
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
      garantia: garantiaDisponibleDesde('2026-01-15'),
      dia119: evaluarEjecucionGarantia({ fechaEnvioFacturas: '2026-01-15', saldoPendienteCents: 1, hoy: '2026-05-14' }),
      dia120: evaluarEjecucionGarantia({ fechaEnvioFacturas: '2026-01-15', saldoPendienteCents: 1, hoy: '2026-05-15' }),
      requerimiento: ventanaRequerimientoCobranza('2026-02-27'),
      mxDst2021: [
        fechaDelDiaNatural('2021-04-01', 5),
        fechaDelDiaNatural('2021-10-29', 5),
        diaNatural('2021-04-03', '2021-04-05'),
      ],
      usDst2026: [
        fechaDelDiaNatural('2026-03-07', 1),
        fechaDelDiaNatural('2026-03-01', 10),
        diaNatural('2026-10-31', '2026-11-02'),
      ],
      euDst2026: [
        fechaDelDiaNatural('2026-03-28', 1),
        fechaDelDiaNatural('2026-10-20', 15),
        diaNatural('2026-03-29', '2026-03-30'),
      ],
      plazo: fechaLimitePago('2026-03-01', 30),
      tablero: clasificarVencimiento('2026-03-09', '2026-03-08'),
      recordatorio: proximoRecordatorioComprobante({ espera: 'pago', inicioEspera: '2026-03-05', hoy: '2026-03-12' }),
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
      tablero: { categoria: 'esta_semana', dias: 1 },
      recordatorio: { fecha: '2026-03-12', pendiente: true },
    });
  });
});
