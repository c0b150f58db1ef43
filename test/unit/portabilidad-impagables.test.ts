/**
 * The impagable amounts of a cobro (shared/domain/portabilidad/impagables.ts):
 * defaults, the lines asked for, and each refusal with its Spanish reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultImpagables,
  LISTA_VACIA_IMPAGABLES,
  resolveImpagables,
  SIN_MONTOS_IMPAGABLES,
  type CaseInvoiceBalance,
  type ImpagableRequest,
} from '../../shared/domain/portabilidad/impagables';

const INVOICES: CaseInvoiceBalance[] = [
  { id: 10, number: 'QRO-0725-014', balanceCents: 84_500_000 },
  { id: 11, number: 'QRO-0825-009', balanceCents: 38_956_789 },
  { id: 12, number: 'QRO-0925-001', balanceCents: 0 },
];
const line = (l: Partial<ImpagableRequest>): ImpagableRequest => ({
  invoiceId: null,
  concepto: '',
  amountCents: 100,
  motivo: '',
  ...l,
});
const reason = (r: ReturnType<typeof resolveImpagables>) => (r.ok ? null : r.reason);

describe('defaults', () => {
  it('without lines: every invoice with a balance, for its balance, with the action motivo', () => {
    const r = resolveImpagables(undefined, INVOICES, '  Pacientes sin afiliación vigente ');
    expect(r).toEqual({
      ok: true,
      lines: [
        { invoiceId: 10, concepto: '', amountCents: 84_500_000, motivo: 'Pacientes sin afiliación vigente' },
        { invoiceId: 11, concepto: '', amountCents: 38_956_789, motivo: 'Pacientes sin afiliación vigente' },
      ],
      totalCents: 123_456_789,
    });
  });

  it('defaultImpagables leaves the motivo empty when none is given (the form prefills the lines)', () => {
    expect(defaultImpagables(INVOICES).map((l) => [l.invoiceId, l.amountCents, l.motivo])).toEqual([
      [10, 84_500_000, ''],
      [11, 38_956_789, ''],
    ]);
  });

  it('no invoice with a balance and no lines: refused, asking for the amounts', () => {
    expect(reason(resolveImpagables(undefined, [INVOICES[2]!], 'x'))).toBe(SIN_MONTOS_IMPAGABLES);
    expect(reason(resolveImpagables(undefined, [], 'x'))).toBe(SIN_MONTOS_IMPAGABLES);
    expect(SIN_MONTOS_IMPAGABLES).toMatch(/indique los montos impagables/);
  });

  it('an empty list is refused (it is not "the defaults")', () => {
    expect(reason(resolveImpagables([], INVOICES, 'x'))).toBe(LISTA_VACIA_IMPAGABLES);
  });
});

describe('lines asked for', () => {
  it('part of an invoice, the rest of it for another reason, and an amount with its concepto', () => {
    const r = resolveImpagables(
      [
        line({ invoiceId: 10, amountCents: 500_000, motivo: 'Duplicado en el listado' }),
        line({ invoiceId: 10, amountCents: 84_000_000, concepto: ' resto ' }),
        line({ concepto: 'HC-QRO-1025 línea 3', amountCents: 12_345 }),
      ],
      INVOICES,
      'Sin afiliación',
    );
    expect(r).toEqual({
      ok: true,
      lines: [
        { invoiceId: 10, concepto: '', amountCents: 500_000, motivo: 'Duplicado en el listado' },
        { invoiceId: 10, concepto: 'resto', amountCents: 84_000_000, motivo: 'Sin afiliación' },
        { invoiceId: null, concepto: 'HC-QRO-1025 línea 3', amountCents: 12_345, motivo: 'Sin afiliación' },
      ],
      totalCents: 84_512_345,
    });
  });

  it('the whole balance of an invoice is allowed; one centavo more is not', () => {
    expect(resolveImpagables([line({ invoiceId: 11, amountCents: 38_956_789 })], INVOICES, 'x').ok).toBe(true);
    expect(reason(resolveImpagables([line({ invoiceId: 11, amountCents: 38_956_790 })], INVOICES, 'x'))).toBe(
      'Línea 1: el monto impagable de la factura QRO-0825-009 ($389,567.90) excede su saldo ($389,567.89).',
    );
  });

  it('lines of one invoice may not add up to more than its balance', () => {
    const r = resolveImpagables(
      [line({ invoiceId: 11, amountCents: 38_000_000 }), line({ invoiceId: 11, amountCents: 956_790 })],
      INVOICES,
      'x',
    );
    expect(reason(r)).toBe('Las líneas de la factura QRO-0825-009 suman $389,567.90 y su saldo es $389,567.89.');
  });

  it.each([
    [line({ invoiceId: 99 }), 'Línea 1: la factura indicada no pertenece a este caso; elija una de sus facturas.'],
    [
      line({ invoiceId: 12 }),
      'Línea 1: la factura QRO-0925-001 no tiene saldo pendiente; no hay monto que declarar impagable.',
    ],
    [
      line({ concepto: ' ' }),
      'Línea 1: indique el concepto del monto (por ejemplo, la línea de la hoja de cálculo o el periodo) o elija una factura del caso.',
    ],
    [line({ concepto: 'x', amountCents: 0 }), 'Línea 1: el monto impagable debe ser mayor que cero.'],
    [line({ concepto: 'x', amountCents: -5 }), 'Línea 1: el monto impagable debe ser mayor que cero.'],
    [line({ concepto: 'x', amountCents: 1.5 }), 'Línea 1: el monto impagable debe ser mayor que cero.'],
  ])('refused: %j', (bad, message) => {
    expect(reason(resolveImpagables([bad], INVOICES, 'x'))).toBe(message);
  });

  it('a line without motivo needs the action motivo; the position of the bad line is named', () => {
    expect(
      reason(resolveImpagables([line({ concepto: 'a', motivo: 'propio' }), line({ concepto: 'b' })], INVOICES, ' ')),
    ).toBe('Línea 2: indique el motivo por el que el monto es impagable.');
  });

  it('property: any split of the balances into positive parts is accepted and totals its sum', () => {
    const invoices = fc.array(fc.integer({ min: 1, max: 10_000_000_000 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        invoices,
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (balances, fractions) => {
          const inv = balances.map((b, i) => ({ id: i + 1, number: `F-${i + 1}`, balanceCents: b }));
          const lines: ImpagableRequest[] = [];
          for (const i of inv) {
            let left = i.balanceCents;
            for (const f of fractions) {
              const part = Math.min(left, Math.max(1, Math.floor(i.balanceCents * f)));
              if (part <= 0) break;
              lines.push(line({ invoiceId: i.id, amountCents: part }));
              left -= part;
            }
          }
          const r = resolveImpagables(lines, inv, 'motivo');
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.totalCents).toBe(lines.reduce((a, l) => a + l.amountCents, 0));
        },
      ),
    );
  });
});
