/**
 * Fixtures of the Circular 030 tests (shared/domain/cartera/circular030/): a
 * control record, two invoices, the file they make (written out by hand), the
 * refusal check, and helpers that edit one line or field of that file.
 */
import { expect } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import type { Circular030ErrorCodes } from '../../shared/api/errors-cartera';
import type { Circular030Invoice } from '../../shared/domain/cartera/circular030';

export const CONTROL = {
  ipsNit: '890.123.456-2',
  ipsName: 'Clínica Señora de la Paz, S.A.S.',
  startDate: '2026-01-01',
  cutDate: '2026-03-31',
};

export const FE_1024: Circular030Invoice & { indicator: 'I' } = {
  payerIdType: 'NI',
  payerNit: '800123456-5',
  payerName: 'EPS Sanitas Ñandú',
  ipsIdType: 'NI',
  ipsNit: '890123456',
  cobroType: 'F',
  prefix: 'fe',
  number: ' 1024 ',
  indicator: 'I',
  valueCents: 123_456,
  issueDate: '2026-01-15',
  radicacionDate: '2026-01-20',
  devolucionDate: null,
  paymentsCents: 5,
  acceptedGlosaCents: 0,
  glosaAnswered: false,
  balanceCents: 123_451,
  juridico: false,
  juridicoStage: '0',
};

export const A_77: Circular030Invoice & { indicator: 'A' } = {
  payerIdType: 'NI',
  payerNit: '900123456',
  payerName: 'Secretaría de Salud\r\nDepartamental',
  ipsIdType: 'NI',
  ipsNit: '890123456',
  cobroType: 'F',
  prefix: '',
  number: 'A-77',
  indicator: 'A',
  valueCents: 10_000_000_000,
  issueDate: '2025-06-30',
  radicacionDate: null,
  devolucionDate: '2025-07-10',
  paymentsCents: 2_500_000_000,
  acceptedGlosaCents: 1_234_567,
  glosaAnswered: true,
  balanceCents: 7_498_765_433,
  juridico: true,
  juridicoStage: '2',
};

export const EXPECTED =
  '1,NI,890123456,CLINICA SENORA DE LA PAZ S.A.S.,2026-01-01,2026-03-31,2\r\n' +
  '2,1,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,1024,I,1234.56,2026-01-15,2026-01-20,,0.05,0.00,NO,1234.51,NO,0\r\n' +
  '2,2,NI,900123456,SECRETARIA DE SALUD DEPARTAMENTAL,NI,890123456,F,,A-77,A,100000000.00,2025-06-30,,2025-07-10,25000000.00,12345.67,SI,74987654.33,SI,2\r\n';

type Circular030ErrorCode = (typeof Circular030ErrorCodes)[keyof typeof Circular030ErrorCodes];

/** The message of the DomainError `fn` throws (and that it is one, with `code`). */
export function refusal(fn: () => unknown, code: Circular030ErrorCode): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(code);
    return (e as Error).message;
  }
  throw new Error('no error was thrown');
}

/** EXPECTED with line `n` (1-based) passed through `edit`. */
export function editLine(n: number, edit: (fields: string[]) => string[]): string {
  const lines = EXPECTED.split('\r\n');
  lines[n - 1] = edit(lines[n - 1]!.split(',')).join(',');
  return lines.join('\r\n');
}

export function setField(n: number, index: number, value: string): string {
  return editLine(n, (f) => f.map((v, i) => (i === index ? value : v)));
}
