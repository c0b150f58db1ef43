import { describe, expect, it } from 'vitest';
import {
  formatDocumentNumber,
  NumberFormatError,
  validateNumberFormat,
} from '../../../shared/domain/documents/number-format';

describe('formatDocumentNumber', () => {
  it.each([
    ['DGF/{n:4}/{año}', 42, 2026, 'DGF/0042/2026'],
    ['MEMO/{n:4}/{anio}', 7, 2026, 'MEMO/0007/2026'],
    ['{n}', 42, 2026, '42'],
    ['OF-{n:3}-{aa}', 5, 2026, 'OF-005-26'],
    ['OF-{n:3}-{aa}', 5, 2007, 'OF-005-07'],
    ['REPSS/DF/{n:2}/{año}', 12345, 2026, 'REPSS/DF/12345/2026'],
    ['{año}-{n:5}', 1, 2025, '2025-00001'],
  ])('%s · %d · %d → %s', (format, n, year, expected) => {
    expect(formatDocumentNumber(format, n, year)).toBe(expected);
  });

  it('rejects an invalid format, number or year with a Spanish message', () => {
    expect(() => formatDocumentNumber('DGF/{año}', 1, 2026)).toThrow(NumberFormatError);
    expect(() => formatDocumentNumber('DGF/{n}', 0, 2026)).toThrow(/consecutivo/u);
    expect(() => formatDocumentNumber('DGF/{n}', 1.5, 2026)).toThrow(/consecutivo/u);
    expect(() => formatDocumentNumber('DGF/{n}', 1, 26)).toThrow(/Año no válido/u);
  });
});

describe('validateNumberFormat', () => {
  it.each(['DGF/{n:4}/{año}', 'MEMO/{n:4}/{anio}', '{n}', 'A-{n}-{aa}'])('accepts %s', (f) => {
    expect(validateNumberFormat(f)).toBeNull();
  });

  it.each([
    ['', /vacío/u],
    ['DGF/{año}', /debe incluir el consecutivo/u],
    ['{n}/{n:4}', /una sola vez/u],
    ['DGF/{folio}/{año}', /«\{folio\}» no se reconoce/u],
    ['DGF/{n:0}', /relleno/u],
    ['DGF/{n:4/{año}', /no se reconoce|sin cerrar/u],
    ['DGF/{n}}', /sin cerrar/u],
    ['DGF/{N}', /no se reconoce/u],
  ])('rejects %j', (f, msg) => {
    expect(validateNumberFormat(f)).toMatch(msg);
  });
});
