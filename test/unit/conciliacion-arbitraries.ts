/**
 * fast-check arbitraries of the conciliación property tests: our invoices and
 * their lines over two prefixes, each number written in many ways (separators,
 * case, leading zeros, the default prefix left out).
 */
import fc from 'fast-check';
import {
  classify,
  type ConciliationResult,
  type OurInvoice,
  type StatementLine,
} from '../../shared/domain/cartera/conciliacion';

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

export const oursArb = fc
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

export const theirsArb = fc
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

export const RUNS = 300;
export const run = (o: OurInvoice[], t: StatementLine[]): ConciliationResult => classify(o, t, { defaultPrefix: 'FE' });
