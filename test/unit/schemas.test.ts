import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS } from '../../shared/domain/money';
import type { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { institutionInput } from '../../shared/api/settings';
import { cents, idempotencyKey, isoDate, period, positiveCents } from '../../shared/api/schemas';

/** Words a Spanish validation message carries (the zod locale is set to es in schemas.ts). */
const SPANISH =
  /obligatori|no válid|inválid|debe|Fecha|Periodo|Importe|Indique|Elija|esperaba|al menos|como máximo|dígitos/i;

/** Parses, asserts failure, and returns the issues (each message must be Spanish). */
function issuesOf(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  expect(r.success, `debió rechazar ${JSON.stringify(value)}`).toBe(false);
  const issues = r.error!.issues;
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) expect(i.message).toMatch(SPANISH);
  return issues;
}
const messagesOf = (schema: z.ZodType, value: unknown) => issuesOf(schema, value).map((i) => i.message);

describe('isoDate', () => {
  it.each(['2024-02-29', '2026-01-01', '2026-12-31', '2000-02-29', '1999-04-30'])('accepts %s', (d) => {
    expect(isoDate.parse(d)).toBe(d);
  });

  it.each([
    ['2023-02-29', 'Fecha inexistente en el calendario'],
    ['1900-02-29', 'Fecha inexistente en el calendario'],
    ['2026-13-01', 'Fecha inexistente en el calendario'],
    ['2026-00-10', 'Fecha inexistente en el calendario'],
    ['2026-04-31', 'Fecha inexistente en el calendario'],
    ['2026-01-00', 'Fecha inexistente en el calendario'],
    ['2026-1-1', 'Fecha no válida: use AAAA-MM-DD'],
    ['01/02/2026', 'Fecha no válida: use AAAA-MM-DD'],
    ['2026-01-01T00:00:00Z', 'Fecha no válida: use AAAA-MM-DD'],
    ['', 'Fecha no válida: use AAAA-MM-DD'],
  ])('rejects %j with %j', (d, message) => {
    expect(messagesOf(isoDate, d)).toContain(message);
  });

  it('rejects a non-string with a Spanish message', () => {
    issuesOf(isoDate, 20240101);
    issuesOf(isoDate, null);
  });

  it('agrees with the calendar for every day of 1901–2099 it is offered (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(isoDate.safeParse(text).success).toBe(d <= daysInMonth);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('period', () => {
  it.each(['2026-01', '2026-12', '1999-09'])('accepts %s', (p) => {
    expect(period.parse(p)).toBe(p);
  });

  it.each(['2026-13', '2026-00', '2026-1', '2026-01-01', '26-01', ''])('rejects %j', (p) => {
    expect(messagesOf(period, p)).toEqual(['Periodo no válido: use AAAA-MM']);
  });
});

describe('cents', () => {
  it.each([MAX_CENTS + 1, -MAX_CENTS - 1, Number.MAX_SAFE_INTEGER])('rejects %d, beyond MAX_CENTS', (v) => {
    expect(cents.safeParse(v).success).toBe(false);
  });

  it.each([0, 1, -1, 123_456_789, MAX_CENTS, -MAX_CENTS])('accepts %d', (v) => {
    expect(cents.parse(v)).toBe(v);
  });

  it('rejects fractional centavos', () => {
    expect(messagesOf(cents, 1.5)).toContain(
      'El importe debe ser un número entero de centavos dentro del rango permitido',
    );
    issuesOf(cents, 0.1 + 0.2);
  });

  it.each([2 ** 53, -(2 ** 53), 1e20])('rejects the unsafe integer %d', (v) => {
    expect(messagesOf(cents, v)).toContain(
      'El importe debe ser un número entero de centavos dentro del rango permitido',
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '100', null])('rejects %j', (v) => {
    issuesOf(cents, v);
  });

  it('positiveCents rejects zero and negatives', () => {
    expect(messagesOf(positiveCents, 0)).toEqual(['El importe debe ser mayor que cero']);
    expect(messagesOf(positiveCents, -5)).toEqual(['El importe debe ser mayor que cero']);
    expect(positiveCents.parse(1)).toBe(1);
  });
});

describe('idempotencyKey', () => {
  it('needs 8 to 100 characters', () => {
    expect(idempotencyKey.parse('12345678')).toBe('12345678');
    expect(messagesOf(idempotencyKey, '1234567')).toEqual([
      'La clave de idempotencia debe tener al menos 8 caracteres',
    ]);
    expect(messagesOf(idempotencyKey, 'x'.repeat(101))).toEqual([
      'La clave de idempotencia admite como máximo 100 caracteres',
    ]);
  });
});

describe("contract['invoices.create'].input", () => {
  const schema = contract['invoices.create'].input;
  const valid = {
    counterpartyId: 3,
    direction: 'receivable',
    number: 'FAC-2026-001',
    issueDate: '2026-01-15',
    amountCents: 1_234_567_89,
    idempotencyKey: 'inv-0001-abcd',
  };

  it('accepts a valid invoice and fills the defaults', () => {
    expect(schema.parse(valid)).toEqual({
      ...valid,
      concept: '',
      period: null,
      radicacionDate: null,
      dueDate: null,
      naturaleza: 'servicios_salud',
    });
  });

  it('rejects a missing idempotencyKey', () => {
    const { idempotencyKey: _omitted, ...rest } = valid;
    const issues = issuesOf(schema, rest);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['idempotencyKey']);
  });

  it('rejects amountCents 0, negative and fractional', () => {
    for (const amountCents of [0, -100]) {
      const issues = issuesOf(schema, { ...valid, amountCents });
      expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['amountCents', 'El importe debe ser mayor que cero'],
      ]);
    }
    expect(issuesOf(schema, { ...valid, amountCents: 10.5 }).map((i) => i.path.join('.'))).toContain('amountCents');
  });

  it('rejects a blank number and an impossible date', () => {
    expect(messagesOf(schema, { ...valid, number: '   ' })).toEqual(['El número de factura: campo obligatorio']);
    expect(messagesOf(schema, { ...valid, issueDate: '2026-02-30' })).toEqual(['Fecha inexistente en el calendario']);
    expect(messagesOf(schema, { ...valid, period: '2026-13' })).toEqual(['Periodo no válido: use AAAA-MM']);
  });
});

describe("contract['ledger.registerPayment'].input", () => {
  const schema = contract['ledger.registerPayment'].input;
  const valid = {
    date: '2026-03-01',
    reference: 'SPEI 0042',
    allocations: [{ invoiceId: 1, amountCents: 5_000 }],
    idempotencyKey: 'pay-0001-abcd',
  };

  it('accepts a valid payment', () => {
    expect(schema.parse(valid)).toEqual({ ...valid, memo: '' });
  });

  it('rejects empty allocations', () => {
    const issues = issuesOf(schema, { ...valid, allocations: [] });
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['allocations', 'Indique al menos una factura']]);
  });

  it('rejects a zero allocation and a missing reference', () => {
    expect(
      issuesOf(schema, { ...valid, allocations: [{ invoiceId: 1, amountCents: 0 }] }).map((i) => i.path.join('.')),
    ).toEqual(['allocations.0.amountCents']);
    const messages = messagesOf(schema, { ...valid, reference: '' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^La referencia del pago .*: campo obligatorio$/);
  });
});

describe('institutionInput', () => {
  it('requires ownStateCode for profile MX', () => {
    const issues = issuesOf(institutionInput, { profile: 'MX', name: 'Servicios de Salud del Estado' });
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['ownStateCode', 'Elija la entidad federativa de la institución'],
    ]);
    expect(
      issuesOf(institutionInput, { profile: 'MX', name: 'Servicios de Salud', ownStateCode: null }).map((i) =>
        i.path.join('.'),
      ),
    ).toEqual(['ownStateCode']);
  });

  it('accepts MX with a state code, and CO without one', () => {
    expect(institutionInput.parse({ profile: 'MX', name: 'Servicios de Salud', ownStateCode: '14' }).ownStateCode).toBe(
      '14',
    );
    const co = institutionInput.parse({ profile: 'CO', name: 'ESE Hospital San Rafael' });
    expect(co.ownStateCode).toBeNull();
    expect(co.defaultPaymentTermDays).toBe(30);
  });

  it.each(['00', '33', '1', 'JAL'])('rejects the state code %j', (code) => {
    expect(messagesOf(institutionInput, { profile: 'MX', name: 'Servicios de Salud', ownStateCode: code })).toContain(
      'Clave INEGI de entidad no válida (01–32)',
    );
  });

  it('requires a name and rejects a bad CLABE', () => {
    expect(messagesOf(institutionInput, { profile: 'CO', name: '  ' })).toEqual([
      'El nombre de la institución: campo obligatorio',
    ]);
    expect(messagesOf(institutionInput, { profile: 'CO', name: 'ESE', bankClabe: '123' })).toEqual([
      'La CLABE tiene 18 dígitos',
    ]);
    // Eighteen digits whose control digit is wrong (the right one for these 17 is 7).
    expect(messagesOf(institutionInput, { profile: 'CO', name: 'ESE', bankClabe: '012320001123456789' })).toEqual([
      'CLABE no válida: su dígito de control (el último) no corresponde a los 17 anteriores; revísela',
    ]);
    expect(institutionInput.safeParse({ profile: 'CO', name: 'ESE', bankClabe: '012320001123456787' }).success).toBe(
      true,
    );
  });
});
