// Conciliación / acta de depuración (DOMAIN.md §6.5; shared/domain/cartera/conciliacion.ts header).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCodes } from '../../shared/api/errors';
import { CarteraErrorCodes } from '../../shared/api/errors-cartera';
import {
  agreedBalance,
  classify,
  CLASS_LABELS,
  CONCILIATION_CLASSES,
  normalizeInvoiceKey,
  splitInvoiceNumber,
  type ConciliationClass,
  type ConciliationResult,
  type OurInvoice,
  type StatementLine,
} from '../../shared/domain/cartera/conciliacion';

function ours(invoiceId: number, number: string, valueCents: number, more: Partial<OurInvoice> = {}): OurInvoice {
  return {
    invoiceId,
    number,
    valueCents,
    balanceCents: valueCents,
    paymentsCents: 0,
    acceptedGlosaCents: 0,
    radicacionDate: '2026-01-10',
    ...more,
  };
}

function theirs(line: number, number: string, balanceCents: number, more: Partial<StatementLine> = {}): StatementLine {
  return { line, number, valueCents: null, paidCents: null, glosaCents: null, balanceCents, ...more };
}

function expectDomainError(fn: () => unknown, code: string, message: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DomainError);
  expect((caught as DomainError).code).toBe(code);
  expect((caught as DomainError).message).toMatch(message);
}

describe('invoice numbers', () => {
  it('FE-1001, FE 1001, fe1001, FE_1001, FE.1001, fe-001001, Fé-1001 and 1001 (default FE) are one key', () => {
    const key = normalizeInvoiceKey('FE-1001');
    expect(key).toBe('FE|1001');
    for (const raw of ['FE 1001', 'FE1001', 'fe1001', 'FE_1001', 'FE.1001', 'fe-001001', 'FE-001001', ' Fé - 1001 '])
      expect(normalizeInvoiceKey(raw), raw).toBe(key);
    expect(normalizeInvoiceKey('1001', 'FE')).toBe(key);
    expect(normalizeInvoiceKey('001001', 'fe')).toBe(key);
    expect(normalizeInvoiceKey('FE-1001', 'FV')).toBe(key); // a written prefix wins over the default
  });

  it('another prefix or another number is another invoice', () => {
    expect(normalizeInvoiceKey('FV-1001')).not.toBe(normalizeInvoiceKey('FE-1001'));
    expect(normalizeInvoiceKey('FE-10010')).not.toBe(normalizeInvoiceKey('FE-1001'));
    expect(normalizeInvoiceKey('1001')).toBe('|1001'); // no default: no prefix
    expect(normalizeInvoiceKey('1001')).not.toBe(normalizeInvoiceKey('FE-1001'));
  });

  it('splits prefix and number; letters after the digits stay in the number', () => {
    expect(splitInvoiceNumber('FE-001001')).toEqual({ prefix: 'FE', number: '1001' });
    expect(splitInvoiceNumber('A12B')).toEqual({ prefix: 'A', number: '12B' });
    expect(splitInvoiceNumber('a-0012-b')).toEqual({ prefix: 'A', number: '12B' });
    expect(splitInvoiceNumber('FE-000')).toEqual({ prefix: 'FE', number: '0' });
    expect(splitInvoiceNumber('Anticipo')).toEqual({ prefix: '', number: 'ANTICIPO' });
    expect(normalizeInvoiceKey('anticipo', 'FE')).toBe('|ANTICIPO');
    expect(normalizeInvoiceKey('12B', 'A')).toBe(normalizeInvoiceKey('A-12-B'));
  });

  it('refuses a number with no letter or digit', () => {
    expectDomainError(() => splitInvoiceNumber(' - '), ErrorCodes.invalidInput, /no tiene letras ni cifras/);
  });
});

/**
 * One invoice of each class. Amounts in centavos; FE-1003's payment has an odd
 * centavo so the totals are checked to the centavo.
 */
const OURS: OurInvoice[] = [
  ours(1, 'FE-1001', 100_000_000),
  ours(2, 'FE-1002', 50_000_000, { balanceCents: 0, paymentsCents: 50_000_000 }),
  ours(3, 'FE-1003', 80_000_000),
  ours(4, 'FE-1004', 60_000_000, { glosaPendingCents: 10_000_000 }),
  ours(5, 'FE-1005', 40_000_000),
  ours(6, 'FE-1006', 40_000_000, { balanceCents: 38_000_000, acceptedGlosaCents: 2_000_000 }),
  ours(7, 'FE-1007', 20_000_000),
  ours(8, 'FE-1008', 15_000_000, { radicacionDate: '2026-02-01' }),
  ours(9, 'FE-1009', 10_000_000),
  ours(10, 'FE-1010', 7_000_000, { radicacionDate: '2026-01-15' }),
  ours(11, 'FE-1011', 5_000_000, { radicacionDate: null }),
  ours(12, 'FE-1012', 12_000_000),
  ours(13, 'FE-1013', 30_000_000, { balanceCents: 25_000_000, acceptedGlosaCents: 5_000_000 }),
  ours(14, 'FE-1014', 4_000_000, { radicacionDate: '2026-02-01', devolucionDate: '2026-03-01' }),
];

const THEIRS: StatementLine[] = [
  theirs(1, 'FE1001', 100_000_000),
  theirs(2, 'fe-1002', 0, { paidCents: 50_000_000 }),
  theirs(3, 'FE 1003', 49_999_999, { valueCents: 80_000_000, paidCents: 30_000_001, glosaCents: 0 }),
  theirs(4, '1004', 50_000_000, { valueCents: 60_000_000, paidCents: 0, glosaCents: 10_000_000, glosaState: 'pendiente' }),
  theirs(5, 'FE-1005', 35_000_000, { glosaCents: 5_000_000, glosaState: 'aceptada' }),
  theirs(6, 'FE-1006', 37_000_000, { glosaCents: 3_000_000, glosaState: 'conciliada' }),
  theirs(7, 'FE-1007', 20_000_000, { devuelta: true, radicada: true }),
  theirs(8, 'FE-1008', 0, { radicada: false }),
  theirs(9, 'FE-1009', 9_000_000, { valueCents: 9_000_000, paidCents: 0, glosaCents: 0 }),
  theirs(10, 'FE-2001', 3_000_000),
  theirs(11, 'FE_1012', 6_000_000),
  theirs(12, 'FE-1013', 20_000_000, { valueCents: 30_000_000, paidCents: 0, glosaCents: 5_000_000, glosaState: 'aceptada' }),
  theirs(13, 'FE-3001', 0),
  theirs(14, 'FE.01012', 6_000_000),
]; // prettier-ignore

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

describe('classify: inputs', () => {
  it('a statement line may give its prefix apart (Circular 030), or repeat it in the number', () => {
    const r = classify(
      [ours(1, 'FE-1001', 100_00), ours(2, 'FE2-7', 100_00)],
      [theirs(1, '001001', 100_00, { prefix: 'FE' }), theirs(2, 'FE2-7', 100_00, { prefix: 'FE2' })],
    );
    expect(r.rows.map((x) => [x.key, x.class, x.lines])).toEqual([
      ['FE|1001', 'pendiente_de_pago', [1]],
      ['FE|27', 'pendiente_de_pago', [2]],
    ]);
  });

  it('refuses a line whose number has another prefix than the line says', () => {
    expectDomainError(
      () => classify([], [theirs(7, 'FV-1001', 100, { prefix: 'FE' })]),
      ErrorCodes.invalidInput,
      /Línea 7: .*prefijo FV.*prefijo FE/,
    );
  });

  it('refuses two of our invoices with one key, and a repeated line number', () => {
    expectDomainError(
      () => classify([ours(1, 'FE-1001', 100), ours(2, 'FE-01001', 100)], []),
      ErrorCodes.duplicate,
      /FE-1001 y FE-01001 .*mismo número/,
    );
    expectDomainError(
      () => classify([], [theirs(3, 'FE-1', 100), theirs(3, 'FE-2', 100)]),
      ErrorCodes.invalidInput,
      /línea 3 .*repetida/,
    );
  });

  it('refuses amounts that are not whole centavos and invalid dates', () => {
    expectDomainError(
      () => classify([ours(1, 'FE-1', 100.5)], []),
      CarteraErrorCodes.importeInvalido,
      /Factura FE-1: valor/,
    );
    expectDomainError(() => classify([], [theirs(2, 'FE-1', 1, { paidCents: -1 })]), CarteraErrorCodes.importeInvalido, /Línea 2: pagos/); // prettier-ignore
    expect(() => classify([ours(1, 'FE-1', 100, { radicacionDate: '2026-02-30' })], [])).toThrow(DomainError);
  });
});

describe('agreedBalance', () => {
  const result = classify(OURS, THEIRS, { defaultPrefix: 'FE' });

  it('uses the agreed balance where there is one, ours elsewhere, and lists the notas', () => {
    const agreed = new Map([
      ['FE|1003', 49_999_999], // apply the payment: nota crédito 30.000.001
      ['FE|1005', 35_000_000], // post the accepted glosa
      ['FE|1002', 1_000_000], // a glosa lifted after the nota: nota débito
      ['FE|1001', 100_000_000], // agreed as it is: no nota
    ]);
    const a = agreedBalance(result, agreed);
    expect(a.rows).toHaveLength(OURS.length);
    expect(a.adjustments).toEqual([
      { key: 'FE|1002', number: 'FE-1002', ourInvoiceId: 2, adjustmentCents: 1_000_000, nota: 'nota_debito', amountCents: 1_000_000 },
      { key: 'FE|1003', number: 'FE-1003', ourInvoiceId: 3, adjustmentCents: -30_000_001, nota: 'nota_credito', amountCents: 30_000_001 },
      { key: 'FE|1005', number: 'FE-1005', ourInvoiceId: 5, adjustmentCents: -5_000_000, nota: 'nota_credito', amountCents: 5_000_000 },
    ]); // prettier-ignore
    expect(a.ourTotalCents).toBe(416_000_000);
    expect(a.agreedTotalCents).toBe(416_000_000 - 30_000_001 - 5_000_000 + 1_000_000);
    expect(a.adjustmentTotalCents).toBe(-34_000_001);
    expect(a.rows.find((r) => r.key === 'FE|1001')).toMatchObject({ agreed: true, adjustmentCents: 0 });
    expect(a.rows.find((r) => r.key === 'FE|1004')).toMatchObject({ agreed: false, agreedCents: 60_000_000 });
  });

  it('a solo suya row cannot be adjusted: it requires registering the invoice', () => {
    const a = agreedBalance(result, new Map([['FE|2001', 3_000_000]]));
    expect(a.requiresRegistration).toEqual([
      expect.objectContaining({ key: 'FE|2001', class: 'solo_suya', lines: [10], agreedCents: 3_000_000 }),
    ]);
    expect(a.adjustments).toEqual([]);
    expect(agreedBalance(result, new Map()).requiresRegistration.map((r) => r.key)).toEqual(['FE|2001']);
  });

  it('refuses a negative agreed balance, one above the invoice value, and an unknown key', () => {
    expectDomainError(
      () => agreedBalance(result, new Map([['FE|1001', -1]])),
      CarteraErrorCodes.importeInvalido,
      /FE-1001 no puede ser negativo/,
    );
    expectDomainError(
      () => agreedBalance(result, new Map([['FE|1001', 100_000_001]])),
      CarteraErrorCodes.importeInvalido,
      /FE-1001 \(\$ 1\.000\.000,01\) supera su valor \(\$ 1\.000\.000,00\)/,
    );
    expect(agreedBalance(result, new Map([['FE|1001', 100_000_000]])).adjustments).toEqual([]); // the value itself is allowed
    expectDomainError(() => agreedBalance(result, new Map([['FE|9999', 0]])), ErrorCodes.notFound, /FE 9999/);
  });
});

// ---------------------------------------------------------------------------
// Properties

const PREFIXES = ['FE', 'FV'] as const;
const keyArb = fc.record({ prefix: fc.constantFrom(...PREFIXES), n: fc.integer({ min: 1, max: 12 }) });
/** A way of writing the number: separators, case, leading zeros, the default prefix left out. */
const writingArb = fc.record({
  sep: fc.constantFrom('-', ' ', '', '_', '.'),
  lower: fc.boolean(),
  zeros: fc.integer({ min: 0, max: 3 }),
  omitDefault: fc.boolean(),
});
type Writing = typeof writingArb extends fc.Arbitrary<infer W> ? W : never;
function write(k: { prefix: string; n: number }, w: Writing): string {
  const prefix = w.lower ? k.prefix.toLowerCase() : k.prefix;
  const number = '0'.repeat(w.zeros) + String(k.n);
  return k.prefix === 'FE' && w.omitDefault ? number : `${prefix}${w.sep}${number}`;
}
const dateArb = fc.option(fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'), { nil: null });
const amount = (max: number) => fc.integer({ min: 0, max });

const oursArb = fc
  .uniqueArray(
    fc.record({
      k: keyArb,
      w: writingArb,
      value: amount(1_000_000),
      balance: fc.integer({ min: -10_000, max: 1_000_000 }),
      payments: amount(1_000_000),
      accepted: amount(100_000),
      radicacion: dateArb,
      devolucion: dateArb,
    }),
    { selector: (o) => `${o.k.prefix}|${o.k.n}`, maxLength: 10 },
  )
  .map((list) =>
    list.map((o, i): OurInvoice => ({
      invoiceId: i + 1,
      number: write(o.k, o.w),
      valueCents: o.value,
      balanceCents: o.balance,
      paymentsCents: o.payments,
      acceptedGlosaCents: o.accepted,
      radicacionDate: o.radicacion,
      devolucionDate: o.devolucion,
    })),
  );

const theirsArb = fc
  .array(
    fc.record({
      k: keyArb,
      w: writingArb,
      balance: fc.integer({ min: -10_000, max: 1_000_000 }),
      value: fc.option(amount(1_000_000), { nil: null }),
      paid: fc.option(amount(1_000_000), { nil: null }),
      glosa: fc.option(amount(100_000), { nil: null }),
      glosaState: fc.constantFrom('pendiente', 'aceptada', 'conciliada', null),
      devuelta: fc.option(fc.boolean(), { nil: undefined }),
      radicada: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 14 },
  )
  .map((list) =>
    list.map((l, i): StatementLine => ({
      line: 2 * i + 3, // line numbers of a file with a header, not 1..n
      number: write(l.k, l.w),
      balanceCents: l.balance,
      valueCents: l.value,
      paidCents: l.paid,
      glosaCents: l.glosa,
      glosaState: l.glosaState,
      devuelta: l.devuelta,
      radicada: l.radicada,
    })),
  );

const DIFFERENCE_CLASSES: ConciliationClass[] = [
  'valor_diferente',
  'pagada_por_aplicar',
  'glosa_pendiente',
  'glosa_aceptada',
  'glosa_conciliada',
];
const RUNS = 300;
const run = (o: OurInvoice[], t: StatementLine[]): ConciliationResult => classify(o, t, { defaultPrefix: 'FE' });

describe('properties', () => {
  it('every invoice of either side is in exactly one row, and Σ differences = ourTotal − theirTotal', () => {
    fc.assert(
      fc.property(oursArb, theirsArb, (o, t) => {
        const r = run(o, t);
        const ids = r.rows.flatMap((x) => (x.ourInvoiceId === null ? [] : [x.ourInvoiceId]));
        expect([...ids].sort((a, b) => a - b)).toEqual(o.map((x) => x.invoiceId));
        const lines = r.rows.flatMap((x) => x.lines);
        expect([...lines].sort((a, b) => a - b)).toEqual(t.map((x) => x.line));
        // Independent oracle: plain integer sums of the inputs (all far below 2^53).
        const ourTotal = o.reduce((s, x) => s + x.balanceCents, 0);
        const theirTotal = t.reduce((s, x) => s + x.balanceCents, 0);
        expect(r.totals.ourTotalCents).toBe(ourTotal);
        expect(r.totals.theirTotalCents).toBe(theirTotal);
        expect(r.rows.reduce((s, x) => s + x.differenceCents, 0)).toBe(ourTotal - theirTotal);
        expect(r.totals.differenceCents).toBe(ourTotal - theirTotal);
        const byClass = Object.values(r.totals.byClass);
        expect(byClass.reduce((s, c) => s + c.count, 0)).toBe(r.rows.length);
        expect(byClass.reduce((s, c) => s + c.differenceCents, 0)).toBe(ourTotal - theirTotal);
        expect(new Set(r.rows.map((x) => x.key)).size).toBe(r.rows.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('each row is consistent with its class', () => {
    fc.assert(
      fc.property(oursArb, theirsArb, (o, t) => {
        for (const x of run(o, t).rows) {
          const both = x.ourInvoiceId !== null && x.lines.length > 0;
          expect(x.differenceCents).toBe((x.ourBalanceCents ?? 0) - (x.theirBalanceCents ?? 0));
          if (DIFFERENCE_CLASSES.includes(x.class)) expect(both && x.differenceCents !== 0).toBe(true);
          if (x.class === 'pendiente_de_pago') expect(both && x.differenceCents === 0 && x.ourBalanceCents! > 0).toBe(true); // prettier-ignore
          if (x.class === 'solo_suya') expect(x.ourInvoiceId === null && x.theirBalanceCents !== 0).toBe(true);
          if (x.class === 'solo_nuestra') expect(x.lines.length === 0 && x.ourBalanceCents !== 0).toBe(true);
          if (x.class === 'pagada_por_aplicar') expect(x.differenceCents).toBeGreaterThan(0);
          expect(x.warnings.length > 0).toBe(x.lines.length > 1);
          expect(x.explanation.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the class of each key does not depend on the order of either list', () => {
    fc.assert(
      fc.property(oursArb, theirsArb, (o, t) => {
        const classes = (r: ConciliationResult) => new Map(r.rows.map((x) => [x.key, x.class]));
        expect(classes(run([...o].reverse(), [...t].reverse()))).toEqual(classes(run(o, t)));
      }),
      { numRuns: RUNS },
    );
  });

  it('agreedBalance: Σ adjustments = agreed total − our total, each nota with the sign of its adjustment', () => {
    fc.assert(
      fc.property(
        oursArb,
        theirsArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }),
        (o, t, fractions) => {
          const r = run(o, t);
          const agreed = new Map<string, number>();
          r.rows.forEach((x, i) => {
            const f = fractions[i % fractions.length]!;
            if (x.ourInvoiceId !== null && f < 0.6) agreed.set(x.key, Math.floor((f / 0.6) * x.ourValueCents!));
          });
          const a = agreedBalance(r, agreed);
          expect(a.rows).toHaveLength(o.length);
          expect(a.ourTotalCents).toBe(o.reduce((s, x) => s + x.balanceCents, 0));
          const agreedTotal = a.rows.reduce((s, x) => s + (agreed.get(x.key) ?? x.ourBalanceCents), 0);
          expect(a.agreedTotalCents).toBe(agreedTotal);
          expect(a.adjustments.reduce((s, x) => s + x.adjustmentCents, 0)).toBe(agreedTotal - a.ourTotalCents);
          expect(a.adjustmentTotalCents).toBe(agreedTotal - a.ourTotalCents);
          for (const adj of a.adjustments) {
            expect(adj.adjustmentCents).not.toBe(0);
            expect(adj.nota).toBe(adj.adjustmentCents < 0 ? 'nota_credito' : 'nota_debito');
            expect(adj.amountCents).toBe(Math.abs(adj.adjustmentCents));
          }
          expect(a.requiresRegistration.map((x) => x.key)).toEqual(
            r.rows.filter((x) => x.class === 'solo_suya').map((x) => x.key),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
