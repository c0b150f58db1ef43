/**
 * Fixtures of the conciliación tests (shared/domain/cartera/conciliacion/):
 * builders of our invoices and their lines, the refusal check, and one invoice
 * of each class (OURS × THEIRS).
 */
import { expect } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import type { OurInvoice, StatementLine } from '../../shared/domain/cartera/conciliacion';

export function ours(
  invoiceId: number,
  number: string,
  valueCents: number,
  more: Partial<OurInvoice> = {},
): OurInvoice {
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

export function theirs(
  line: number,
  number: string,
  balanceCents: number,
  more: Partial<StatementLine> = {},
): StatementLine {
  return { line, number, valueCents: null, paidCents: null, glosaCents: null, balanceCents, ...more };
}

export function expectDomainError(fn: () => unknown, code: string, message: RegExp): void {
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

/**
 * One invoice of each class. Amounts in centavos; FE-1003's payment has an odd
 * centavo so the totals are checked to the centavo.
 */
export const OURS: OurInvoice[] = [
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

export const THEIRS: StatementLine[] = [
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
