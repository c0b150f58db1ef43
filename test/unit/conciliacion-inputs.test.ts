// Conciliación (DOMAIN.md §6.5; shared/domain/cartera/conciliacion/keys.ts): invoice numbers and keys, and what
// classify refuses in its inputs.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { CarteraErrorCodes, ConciliacionErrorCodes } from '../../shared/api/errors-cartera';
import { classify, normalizeInvoiceKey, splitInvoiceNumber } from '../../shared/domain/cartera/conciliacion';
import { expectDomainError, ours, theirs } from './conciliacion-fixtures';

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
    expectDomainError(
      () => splitInvoiceNumber(' - '),
      ConciliacionErrorCodes.numeroFacturaInvalido,
      /no tiene letras ni cifras/,
    );
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
      ConciliacionErrorCodes.prefijoContradictorio,
      /Línea 7: .*prefijo FV.*prefijo FE/,
    );
  });

  it('refuses two of our invoices with one key, and a repeated line number', () => {
    expectDomainError(
      () => classify([ours(1, 'FE-1001', 100), ours(2, 'FE-01001', 100)], []),
      ConciliacionErrorCodes.facturaDuplicada,
      /FE-1001 y FE-01001 .*mismo número/,
    );
    expectDomainError(
      () => classify([ours(1, 'FE-1001', 100), ours(1, 'FE-1002', 100)], []),
      ConciliacionErrorCodes.facturaRepetida,
      /FE-1002 \(id 1\) está repetida/,
    );
    expectDomainError(
      () => classify([], [theirs(3, 'FE-1', 100), theirs(3, 'FE-2', 100)]),
      ConciliacionErrorCodes.lineaRepetida,
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
