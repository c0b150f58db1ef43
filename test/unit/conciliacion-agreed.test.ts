// Conciliación: the acta's agreed balances (DOMAIN.md §6.5; shared/domain/cartera/conciliacion/agreed.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CarteraErrorCodes, ConciliacionErrorCodes } from '../../shared/api/errors-cartera';
import { agreedBalance, classify } from '../../shared/domain/cartera/conciliacion';
import { oursArb, run, RUNS, theirsArb } from './conciliacion-arbitraries';
import { expectDomainError, OURS, THEIRS } from './conciliacion-fixtures';

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
      ConciliacionErrorCodes.valorAcordadoInvalido,
      /FE-1001 no puede ser negativo/,
    );
    expectDomainError(
      () => agreedBalance(result, new Map([['FE|1001', 100_000_001]])),
      ConciliacionErrorCodes.valorAcordadoInvalido,
      /FE-1001 \(\$ 1\.000\.000,01\) supera su valor \(\$ 1\.000\.000,00\)/,
    );
    expectDomainError(
      () => agreedBalance(result, new Map([['FE|1001', 0.5]])),
      CarteraErrorCodes.importeInvalido,
      /saldo acordado de la factura FE-1001 debe ser un número entero de centavos/,
    );
    expect(agreedBalance(result, new Map([['FE|1001', 100_000_000]])).adjustments).toEqual([]); // the value itself is allowed
    expectDomainError(
      () => agreedBalance(result, new Map([['FE|9999', 0]])),
      ConciliacionErrorCodes.claveDesconocida,
      /FE 9999/,
    );
  });
});

describe('properties', () => {
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
