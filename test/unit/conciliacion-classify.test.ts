// Conciliación (DOMAIN.md §6.5; shared/domain/cartera/conciliacion/rules.ts): one invoice of each class, totals,
// explanations, and the precedence of the rules.
import { describe, expect, it } from 'vitest';
import {
  classify,
  CLASS_LABELS,
  CONCILIATION_CLASSES,
  type ConciliationClass,
  type OurInvoice,
  type StatementLine,
} from '../../shared/domain/cartera/conciliacion';
import { OURS, ours, THEIRS, theirs } from './conciliacion-fixtures';

const EXPECTED: Record<string, ConciliationClass> = {
  'FE|1001': 'pendiente_de_pago',
  'FE|1002': 'coincide',
  'FE|1003': 'pagada_por_aplicar',
  'FE|1004': 'glosa_pendiente',
  'FE|1005': 'glosa_aceptada',
  'FE|1006': 'glosa_conciliada',
  'FE|1007': 'devolucion',
  'FE|1008': 'no_radicada',
  'FE|1009': 'valor_diferente',
  'FE|1010': 'solo_nuestra',
  'FE|1011': 'no_radicada',
  'FE|1012': 'pendiente_de_pago',
  'FE|1013': 'valor_diferente',
  'FE|1014': 'devolucion',
  'FE|2001': 'solo_suya',
  'FE|3001': 'coincide',
};

describe('classify: one invoice of each class', () => {
  const result = classify(OURS, THEIRS, { defaultPrefix: 'FE', debtorLabel: 'la EPS' });
  const row = (key: string) => result.rows.find((r) => r.key === key)!;

  it('puts each invoice in its class', () => {
    expect(Object.fromEntries(result.rows.map((r) => [r.key, r.class]))).toEqual(EXPECTED);
    expect(new Set(result.rows.map((r) => r.class))).toEqual(new Set(CONCILIATION_CLASSES));
  });

  it('totals are exact to the centavo, per class and overall', () => {
    expect(result.totals.ourTotalCents).toBe(416_000_000);
    expect(result.totals.theirTotalCents).toBe(335_999_999);
    expect(result.totals.differenceCents).toBe(80_000_001);
    const counts = Object.fromEntries(CONCILIATION_CLASSES.map((c) => [c, result.totals.byClass[c].count]));
    expect(counts).toEqual({
      coincide: 2,
      pendiente_de_pago: 2,
      valor_diferente: 2,
      pagada_por_aplicar: 1,
      glosa_pendiente: 1,
      glosa_aceptada: 1,
      glosa_conciliada: 1,
      devolucion: 2,
      no_radicada: 2,
      solo_nuestra: 1,
      solo_suya: 1,
    });
    const diffs = Object.fromEntries(CONCILIATION_CLASSES.map((c) => [c, result.totals.byClass[c].differenceCents]));
    expect(diffs).toEqual({
      coincide: 0,
      pendiente_de_pago: 0,
      valor_diferente: 6_000_000,
      pagada_por_aplicar: 30_000_001,
      glosa_pendiente: 10_000_000,
      glosa_aceptada: 5_000_000,
      glosa_conciliada: 1_000_000,
      devolucion: 4_000_000,
      no_radicada: 20_000_000,
      solo_nuestra: 7_000_000,
      solo_suya: -3_000_000,
    });
    expect(result.totals.byClass.no_radicada).toEqual({
      count: 2,
      ourCents: 20_000_000,
      theirCents: 0,
      differenceCents: 20_000_000,
    });
  });

  it('rows carry both sides, the line numbers and ours − theirs', () => {
    expect(row('FE|1003')).toMatchObject({
      number: 'FE-1003',
      ourInvoiceId: 3,
      lines: [3],
      ourBalanceCents: 80_000_000,
      theirBalanceCents: 49_999_999,
      ourValueCents: 80_000_000,
      differenceCents: 30_000_001,
      warnings: [],
    });
    expect(row('FE|2001')).toMatchObject({
      ourInvoiceId: null,
      lines: [10],
      ourBalanceCents: null,
      differenceCents: -3_000_000,
    });
    expect(row('FE|1010')).toMatchObject({ lines: [], theirBalanceCents: null, differenceCents: 7_000_000 });
  });

  it('a key on two of their lines is summed, with a warning naming both lines', () => {
    expect(row('FE|1012')).toMatchObject({ lines: [11, 14], theirBalanceCents: 12_000_000, differenceCents: 0 });
    expect(row('FE|1012').warnings).toEqual([expect.stringMatching(/aparece 2 veces .*líneas 11, 14/)]);
  });

  it('explains each row in Spanish with the amounts', () => {
    expect(row('FE|1003').explanation).toContain('La EPS registra pagos por $ 300.000,01 que no hemos aplicado.');
    expect(row('FE|1004').explanation).toContain('La EPS registra glosa pendiente por $ 100.000,00');
    expect(row('FE|1004').explanation).toContain('pendiente de respuesta por $ 100.000,00');
    expect(row('FE|1005').explanation).toContain('Falta la nota crédito por $ 50.000,00.');
    expect(row('FE|1006').explanation).toContain('Falta la nota crédito por $ 10.000,00.');
    expect(row('FE|1009').explanation).toContain('La EPS registra la factura por $ 90.000,00 y nuestra cartera por $ 100.000,00.');
    expect(row('FE|1013').explanation).toContain('Quedan $ 50.000,00 sin explicar');
    expect(row('FE|1008').explanation).toContain('no registra la radicación');
    expect(row('FE|1014').explanation).toContain('devolvió la factura el 01/03/2026');
    expect(row('FE|1001').explanation).toContain('pendiente de pago');
  }); // prettier-ignore

  it('labels every class in Spanish', () => {
    expect(CLASS_LABELS.solo_nuestra).toBe('Sólo en nuestra cartera');
    expect(CLASS_LABELS.solo_suya).toBe('Sólo en su estado');
    expect(CLASS_LABELS.devolucion).toBe('Devolución');
    expect(Object.keys(CLASS_LABELS).sort()).toEqual([...CONCILIATION_CLASSES].sort());
  });
});

describe('classify: precedence', () => {
  const one = (o: OurInvoice, ...lines: StatementLine[]) => classify([o], lines, { defaultPrefix: 'FE' }).rows[0]!;

  it('payments come before glosa: both explain, pagada por aplicar wins', () => {
    const r = one(
      ours(1, 'FE-1', 1_000_00),
      theirs(1, 'FE-1', 700_00, { paidCents: 100_00, glosaCents: 200_00, glosaState: 'pendiente' }),
    );
    expect(r.class).toBe('pagada_por_aplicar');
    expect(r.explanation).toContain('glosa pendiente por');
  });

  it('a cause that moves the balances the other way explains nothing', () => {
    // Their balance is higher than ours: their pending glosa cannot explain it.
    const r = one(ours(1, 'FE-1', 1_000_00), theirs(1, 'FE-1', 1_200_00, { glosaCents: 100_00 }));
    expect(r.class).toBe('valor_diferente');
    // Their payments are lower than ours: not pagada por aplicar.
    const r2 = one(
      ours(1, 'FE-1', 1_000_00, { balanceCents: 600_00, paymentsCents: 400_00 }),
      theirs(1, 'FE-1', 500_00, { paidCents: 100_00, glosaCents: 400_00, glosaState: 'aceptada' }),
    );
    expect(r2.class).toBe('glosa_aceptada');
  });

  it('a glosa aceptada our ledger already carries is no cause; a glosa state not given is pendiente', () => {
    expect(
      one(
        ours(1, 'FE-1', 1_000_00, { balanceCents: 900_00, acceptedGlosaCents: 100_00 }),
        theirs(1, 'FE-1', 900_00, { glosaCents: 100_00, glosaState: 'aceptada' }),
      ).class,
    ).toBe('pendiente_de_pago');
    expect(one(ours(1, 'FE-1', 1_000_00), theirs(1, 'FE-1', 900_00, { glosaCents: 100_00 })).class).toBe(
      'glosa_pendiente',
    );
  });

  it('devuelta comes before no radicada and before equal balances; only while we carry a balance', () => {
    const flags = { devuelta: true, radicada: false };
    expect(one(ours(1, 'FE-1', 500_00), theirs(1, 'FE-1', 500_00, flags)).class).toBe('devolucion');
    expect(one(ours(1, 'FE-1', 500_00), theirs(1, 'FE-1', 500_00, { radicada: false })).class).toBe('no_radicada');
    expect(one(ours(1, 'FE-1', 500_00, { balanceCents: 0 }), theirs(1, 'FE-1', 0, flags)).class).toBe('coincide');
    expect(one(ours(1, 'FE-1', 500_00), theirs(1, 'FE-1', 500_00, { radicada: null })).class).toBe('pendiente_de_pago');
  });

  it('equal balances: pendiente de pago when owed, coincide when not', () => {
    expect(one(ours(1, 'FE-1', 500_00), theirs(1, 'FE-1', 500_00)).class).toBe('pendiente_de_pago');
    const credit = ours(1, 'FE-1', 500_00, { balanceCents: -20_00, paymentsCents: 520_00 });
    expect(one(credit, theirs(1, 'FE-1', -20_00)).class).toBe('coincide');
  });

  it('ours only: zero balance coincide; a devolución not radicated again; no radicación; otherwise solo nuestra', () => {
    const alone = (o: OurInvoice) => classify([o], []).rows[0]!.class;
    expect(alone(ours(1, 'FE-1', 500_00, { balanceCents: 0 }))).toBe('coincide');
    expect(alone(ours(1, 'FE-1', 500_00, { devolucionDate: '2026-01-20' }))).toBe('devolucion');
    expect(alone(ours(1, 'FE-1', 500_00, { devolucionDate: '2026-01-05' }))).toBe('solo_nuestra'); // radicated again 01-10
    expect(alone(ours(1, 'FE-1', 500_00, { radicacionDate: null }))).toBe('no_radicada');
    expect(alone(ours(1, 'FE-1', 500_00))).toBe('solo_nuestra');
  });

  it('duplicate lines merge their flags: devuelta if any, the least advanced glosa state', () => {
    const r = one(
      ours(1, 'FE-1', 1_000_00),
      theirs(1, 'FE-1', 400_00, { glosaCents: 100_00, glosaState: 'conciliada' }),
      theirs(2, 'FE-0001', 400_00, { glosaCents: 100_00, glosaState: 'pendiente' }),
    );
    expect(r.class).toBe('glosa_pendiente');
    expect(r.theirBalanceCents).toBe(800_00);
    const d = one(ours(1, 'FE-1', 1_000_00), theirs(1, 'FE-1', 500_00), theirs(2, 'FE1', 500_00, { devuelta: true }));
    expect(d.class).toBe('devolucion');
  });
});
