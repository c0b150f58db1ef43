// Cruce de cuentas (domain README §Deterioro, castigo and cruce; manual §3.4.4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { CierreErrorCodes } from '../../shared/api/errors-cierre';
import { cruceDeCuentas, maxCruceCents, type CruceInvoice } from '../../shared/domain/cartera/cruce';
import { addDays } from '../../shared/domain/dates';

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

const RECEIVABLES: CruceInvoice[] = [
  { invoiceId: 2, dueDate: '2026-02-10', balanceCents: 500 },
  { invoiceId: 1, dueDate: '2026-01-10', balanceCents: 300 },
];
const PAYABLES: CruceInvoice[] = [
  { invoiceId: 10, dueDate: '2026-03-01', balanceCents: 600 },
  { invoiceId: 11, dueDate: '2026-01-05', balanceCents: 400 },
];

describe('cruceDeCuentas', () => {
  it('offsets by default the smaller total, oldest due first on each side, as paired lines', () => {
    const r = cruceDeCuentas({ receivables: RECEIVABLES, payables: PAYABLES });
    expect([r.amountCents, r.receivableTotalCents, r.payableTotalCents]).toEqual([800, 800, 1_000]);
    expect(r.credits.map((l) => [l.invoiceId, l.amountCents, l.remainingBalanceCents])).toEqual([
      [1, 300, 0],
      [2, 500, 0],
    ]);
    expect(r.debits.map((l) => [l.invoiceId, l.amountCents, l.remainingBalanceCents])).toEqual([
      [11, 400, 0],
      [10, 400, 200],
    ]);
    expect(r.pairs).toEqual([
      { receivableId: 1, payableId: 11, amountCents: 300 },
      { receivableId: 2, payableId: 11, amountCents: 100 },
      { receivableId: 2, payableId: 10, amountCents: 400 },
    ]);
  });

  it('offsets a smaller amount given, touching only the oldest invoices', () => {
    const r = cruceDeCuentas({ receivables: RECEIVABLES, payables: PAYABLES, amountCents: 350 });
    expect(r.credits.map((l) => [l.invoiceId, l.amountCents])).toEqual([
      [1, 300],
      [2, 50],
    ]);
    expect(r.debits.map((l) => [l.invoiceId, l.amountCents])).toEqual([[11, 350]]);
  });

  it('orders equal due dates by invoice id and gives no line to an invoice without balance', () => {
    const r = cruceDeCuentas({
      receivables: [
        { invoiceId: 7, dueDate: '2026-01-01', balanceCents: 100 },
        { invoiceId: 5, dueDate: '2026-01-01', balanceCents: 100 },
        { invoiceId: 3, dueDate: '2025-01-01', balanceCents: 0 },
      ],
      payables: [{ invoiceId: 9, dueDate: '2026-01-01', balanceCents: 150 }],
    });
    expect(r.credits.map((l) => [l.invoiceId, l.amountCents])).toEqual([
      [5, 100],
      [7, 50],
    ]);
  });

  it('refuses an amount above either side, zero, negative, or with nothing to offset', () => {
    const both = { receivables: RECEIVABLES, payables: PAYABLES };
    expect(codeOf(() => cruceDeCuentas({ ...both, amountCents: 801 }))).toBe(CierreErrorCodes.cruceImporteInvalido);
    expect(() => cruceDeCuentas({ ...both, amountCents: 801 })).toThrow('supera lo que la entidad nos debe');
    const swapped = {
      receivables: PAYABLES.map((p) => ({ ...p, invoiceId: p.invoiceId + 100 })),
      payables: RECEIVABLES,
    };
    expect(() => cruceDeCuentas({ ...swapped, amountCents: 900 })).toThrow('supera lo que le debemos a la entidad');
    expect(codeOf(() => cruceDeCuentas({ ...both, amountCents: 0 }))).toBe(CierreErrorCodes.cruceImporteInvalido);
    expect(codeOf(() => cruceDeCuentas({ ...both, amountCents: -5 }))).toBe(CierreErrorCodes.cruceImporteInvalido);
    expect(() => cruceDeCuentas({ receivables: RECEIVABLES, payables: [] })).toThrow('No hay saldos que cruzar');
  });

  it('refuses an invoice given twice', () => {
    expect(codeOf(() => cruceDeCuentas({ receivables: RECEIVABLES, payables: [...PAYABLES, RECEIVABLES[0]!] }))).toBe(
      CierreErrorCodes.cruceFacturaRepetida,
    );
  });

  it('maxCruceCents is the smaller total', () => {
    expect(maxCruceCents(RECEIVABLES, PAYABLES)).toBe(800);
  });
});

const sideArb = (firstId: number) =>
  fc
    .array(
      fc.record({ days: fc.integer({ min: 0, max: 720 }), balanceCents: fc.integer({ min: 0, max: 50_000_000_000 }) }),
      { maxLength: 12 },
    )
    .map((xs) =>
      xs.map((x, i) => ({
        invoiceId: firstId + i,
        dueDate: addDays('2025-01-01', x.days),
        balanceCents: x.balanceCents,
      })),
    );

describe('properties', () => {
  it('both sides sum exactly to the amount, no line exceeds its balance, oldest invoices are emptied first', () => {
    fc.assert(
      fc.property(sideArb(1), sideArb(1_000), fc.integer({ min: 1, max: 1_000_000 }), (rec, pay, per) => {
        const max = maxCruceCents(rec, pay);
        fc.pre(max > 0);
        // An amount in 1..max, chosen without floating point.
        const amount = 1 + ((per * 7_919) % max);
        const plans = [
          cruceDeCuentas({ receivables: rec, payables: pay, amountCents: amount }),
          cruceDeCuentas({ receivables: rec, payables: pay }),
        ];
        for (const r of plans) {
          const sum = (ls: { amountCents: number }[]) => ls.reduce((s, l) => s + l.amountCents, 0);
          expect(sum(r.credits)).toBe(r.amountCents);
          expect(sum(r.debits)).toBe(r.amountCents);
          expect(sum(r.pairs)).toBe(r.amountCents);
          for (const l of [...r.credits, ...r.debits]) {
            expect(l.amountCents).toBeGreaterThan(0);
            expect(l.amountCents).toBeLessThanOrEqual(l.balanceCents);
            expect(l.remainingBalanceCents).toBe(l.balanceCents - l.amountCents);
          }
          // Only the last line of a side may be partial: the ones before it are emptied.
          for (const ls of [r.credits, r.debits]) {
            ls.slice(0, -1).forEach((l) => expect(l.remainingBalanceCents).toBe(0));
            for (let i = 1; i < ls.length; i++) expect(ls[i - 1]!.dueDate <= ls[i]!.dueDate).toBe(true);
          }
        }
        expect(cruceDeCuentas({ receivables: rec, payables: pay }).amountCents).toBe(max);
        expect(codeOf(() => cruceDeCuentas({ receivables: rec, payables: pay, amountCents: max + 1 }))).toBe(
          CierreErrorCodes.cruceImporteInvalido,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
