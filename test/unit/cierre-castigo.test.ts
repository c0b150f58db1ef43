// Castigo de cartera (domain README §Deterioro, castigo and cruce; manual §3.6.5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { CastigoRuleCodes, CierreErrorCodes } from '../../shared/api/errors-cierre';
import {
  CAUSALES_CASTIGO,
  castigoPlan,
  isCausalCastigo,
  validateCastigo,
  type CastigoDocuments,
} from '../../shared/domain/cartera/castigo';

const RUNS = 300;

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('no DomainError thrown');
}

const DOCS: CastigoDocuments = {
  causal: 'prescrita',
  actaNumero: 'CSC-007',
  actaFecha: '2026-11-20',
  resolucionNumero: '0456',
  resolucionFecha: '2026-12-01',
};

describe('the legal causes of castigo', () => {
  it('are the nine conditions of manual §3.6.5.1, in their order, each with a Spanish label', () => {
    expect(Object.keys(CAUSALES_CASTIGO)).toEqual([
      'sin_titulo_ejecutivo',
      'extinguida',
      'prescrita',
      'no_imputable',
      'costo_beneficio',
      'entidad_liquidada',
      'incapacidad_economica',
      'fallecido_sin_bienes',
      'sin_bienes_ni_noticia',
    ]);
    expect(Object.values(CAUSALES_CASTIGO).every((l) => l.length > 10)).toBe(true);
    expect(CAUSALES_CASTIGO.sin_bienes_ni_noticia).toMatch(/cinco \(5\) años/);
    expect(isCausalCastigo('prescrita')).toBe(true);
    expect(isCausalCastigo('toString')).toBe(false);
    expect(isCausalCastigo('otra')).toBe(false);
  });
});

describe('castigoPlan', () => {
  it('charges the accumulated deterioro first and only the excess to expense', () => {
    expect(castigoPlan({ balanceCents: 100_000, accumulatedDeterioroCents: 60_000, amountCents: 100_000 })).toEqual({
      amountCents: 100_000,
      againstDeterioroCents: 60_000,
      againstResultCents: 40_000,
      remainingBalanceCents: 0,
      remainingDeterioroCents: 0,
    });
  });

  it('allows a partial castigo, covered by the deterioro, leaving the rest of both', () => {
    expect(castigoPlan({ balanceCents: 100_000, accumulatedDeterioroCents: 60_000, amountCents: 25_000 })).toEqual({
      amountCents: 25_000,
      againstDeterioroCents: 25_000,
      againstResultCents: 0,
      remainingBalanceCents: 75_000,
      remainingDeterioroCents: 35_000,
    });
  });

  it('without deterioro everything goes to expense', () => {
    expect(castigoPlan({ balanceCents: 500, accumulatedDeterioroCents: 0, amountCents: 500 }).againstResultCents).toBe(
      500,
    );
  });

  it('refuses an amount of zero, negative or above the balance', () => {
    const base = { balanceCents: 100_000, accumulatedDeterioroCents: 0 };
    expect(codeOf(() => castigoPlan({ ...base, amountCents: 0 }))).toBe(CierreErrorCodes.castigoImporteInvalido);
    expect(codeOf(() => castigoPlan({ ...base, amountCents: -1 }))).toBe(CierreErrorCodes.castigoImporteInvalido);
    expect(codeOf(() => castigoPlan({ ...base, amountCents: 100_001 }))).toBe(CierreErrorCodes.castigoImporteInvalido);
    expect(() => castigoPlan({ ...base, amountCents: 100_001 })).toThrow('supera el saldo');
  });
});

describe('validateCastigo', () => {
  it('accepts complete documents, the resolution on the acta day or later', () => {
    expect(validateCastigo(DOCS)).toEqual([]);
    expect(validateCastigo({ ...DOCS, resolucionFecha: DOCS.actaFecha })).toEqual([]);
  });

  it('returns every missing document at once, each on its field', () => {
    const r = validateCastigo({
      causal: ' ',
      actaNumero: null,
      actaFecha: null,
      resolucionNumero: '',
      resolucionFecha: null,
    });
    expect(r.map((x) => [x.codigo, x.campo])).toEqual([
      [CastigoRuleCodes.causalRequerida, 'causal'],
      [CastigoRuleCodes.actaNumeroRequerido, 'actaNumero'],
      [CastigoRuleCodes.actaFechaInvalida, 'actaFecha'],
      [CastigoRuleCodes.resolucionNumeroRequerido, 'resolucionNumero'],
      [CastigoRuleCodes.resolucionFechaInvalida, 'resolucionFecha'],
    ]);
    expect(r.every((x) => x.mensaje.length > 0)).toBe(true);
  });

  it('refuses an unknown cause, an impossible date and a resolution before the acta', () => {
    expect(validateCastigo({ ...DOCS, causal: 'cartera_vieja' }).map((x) => x.codigo)).toEqual([
      CastigoRuleCodes.causalDesconocida,
    ]);
    expect(validateCastigo({ ...DOCS, actaFecha: '2026-02-30' }).map((x) => x.codigo)).toEqual([
      CastigoRuleCodes.actaFechaInvalida,
    ]);
    const before = validateCastigo({ ...DOCS, resolucionFecha: '2026-11-19' });
    expect(before.map((x) => [x.codigo, x.campo])).toEqual([
      [CastigoRuleCodes.resolucionAnteriorAlActa, 'resolucionFecha'],
    ]);
    expect(before[0]!.mensaje).toBe(
      'La resolución (19/11/2026) no puede ser anterior al acta del comité que recomienda el castigo (20/11/2026).',
    );
  });
});

describe('properties', () => {
  it('never above the balance; against deterioro + against result = amount; deterioro consumed first', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 9_000_000_000_000 })
          .chain((balance) => fc.tuple(fc.constant(balance), fc.integer({ min: 1, max: balance }))),
        fc.nat({ max: 9_000_000_000_000 }),
        ([balance, amount], deterioro) => {
          const p = castigoPlan({ balanceCents: balance, accumulatedDeterioroCents: deterioro, amountCents: amount });
          expect(p.againstDeterioroCents + p.againstResultCents).toBe(amount);
          expect(p.againstDeterioroCents).toBe(Math.min(amount, deterioro));
          expect(p.againstResultCents).toBeGreaterThanOrEqual(0);
          expect(p.remainingBalanceCents).toBe(balance - amount);
          expect(p.remainingBalanceCents).toBeGreaterThanOrEqual(0);
          expect(p.remainingDeterioroCents).toBe(deterioro - p.againstDeterioroCents);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('any amount above the balance is refused', () => {
    fc.assert(
      fc.property(fc.nat({ max: 9_000_000_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (balance, over) => {
        expect(
          codeOf(() =>
            castigoPlan({ balanceCents: balance, accumulatedDeterioroCents: 0, amountCents: balance + over }),
          ),
        ).toBe(CierreErrorCodes.castigoImporteInvalido);
      }),
      { numRuns: RUNS },
    );
  });
});
