// Conciliación (DOMAIN.md §6.5; shared/domain/cartera/conciliacion/): properties of classify over random
// statements, every number written in many ways.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConciliationClass, type ConciliationResult } from '../../shared/domain/cartera/conciliacion';
import { oursArb, run, RUNS, theirsArb } from './conciliacion-arbitraries';

const DIFFERENCE_CLASSES: ConciliationClass[] = [
  'valor_diferente',
  'pagada_por_aplicar',
  'glosa_pendiente',
  'glosa_aceptada',
  'glosa_conciliada',
];

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
});
