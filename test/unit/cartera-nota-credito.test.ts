import { describe, expect, it } from 'vitest';
import {
  notaCreditoExceededLimits,
  notaCreditoRequiresApproval,
  NotaRuleCodes,
  TIPOS_NOTA_CREDITO,
  validateNota,
  type NotaInput,
} from '../../shared/domain/cartera/nota-credito';
import { formatMoney } from '../../shared/domain/money';

const SMMLV_2025 = 142_350_000; // 1,423,500.00
const FIVE_SMMLV = 5 * SMMLV_2025; // 7,117,500.00

const errorAdmin = (amountCents: number, invoiceAmountCents: number) => ({
  tipo: 'error_administrativo' as const,
  amountCents,
  invoiceAmountCents,
  unitCents: SMMLV_2025,
  unitPluralLabel: 'SMMLV',
});

describe('nota crédito por error administrativo: ≤ 5 SMMLV and ≤ 25 % of the invoice', () => {
  it('exactly at both limits applies directly', () => {
    expect(notaCreditoRequiresApproval(errorAdmin(FIVE_SMMLV, 4 * FIVE_SMMLV))).toBe(false);
  });

  it('one centavo over 5 SMMLV needs approval (the invoice is large enough for 25 %)', () => {
    expect(notaCreditoExceededLimits(errorAdmin(FIVE_SMMLV + 1, 100 * FIVE_SMMLV))).toEqual([
      'supera 5 SMMLV (7117500.00)',
    ]);
  });

  it('25 % of the invoice: just inside applies, one centavo over needs approval', () => {
    // Invoice 10,000.01: 25 % = 2,500.0025 → 2,500.00 is inside, 2,500.01 is over.
    expect(notaCreditoRequiresApproval(errorAdmin(250_000, 1_000_001))).toBe(false);
    expect(notaCreditoRequiresApproval(errorAdmin(250_001, 1_000_001))).toBe(true);
    expect(notaCreditoRequiresApproval(errorAdmin(250_000, 1_000_000))).toBe(false);
    expect(
      notaCreditoExceededLimits(errorAdmin(250_001, 1_000_000), { formatAmount: (c) => formatMoney(c, 'es-CO') }),
    ).toEqual(['supera el 25 % del valor de la factura ($ 10.000,00)']);
  });

  it('the unit is the one passed, named as passed: 5 UMA mensuales of 2026 (3,566.22 each)', () => {
    const uma = {
      tipo: 'error_administrativo' as const,
      invoiceAmountCents: 100_000_000,
      unitCents: 356_622,
      unitPluralLabel: 'UMA mensuales',
    };
    expect(notaCreditoExceededLimits({ ...uma, amountCents: 5 * 356_622 })).toEqual([]);
    expect(
      notaCreditoExceededLimits(
        { ...uma, amountCents: 5 * 356_622 + 1 },
        { formatAmount: (c) => formatMoney(c, 'es-MX') },
      ),
    ).toEqual(['supera 5 UMA mensuales ($17,831.10)']);
  });

  it('over both limits, both are named', () => {
    expect(notaCreditoExceededLimits(errorAdmin(FIVE_SMMLV + 1, 4 * FIVE_SMMLV))).toHaveLength(2);
  });

  it('the other notas crédito have no limit (a servicio no prestado may be 100 % of the invoice)', () => {
    for (const { value } of TIPOS_NOTA_CREDITO.filter((t) => t.value !== 'error_administrativo')) {
      expect(
        notaCreditoRequiresApproval({
          tipo: value,
          amountCents: 1_000_000_000,
          invoiceAmountCents: 1_000_000_000,
          unitCents: SMMLV_2025,
          unitPluralLabel: 'SMMLV',
        }),
      ).toBe(false);
    }
  });
});

describe('validateNota', () => {
  const credito = (over: Partial<Extract<NotaInput, { clase: 'credito' }>> = {}): NotaInput => ({
    clase: 'credito',
    ...errorAdmin(250_000, 1_000_000),
    supportReference: 'Acta de conciliación 12/2025',
    approvalRecorded: false,
    ...over,
  });

  it('just inside: applies directly', () => {
    expect(validateNota(credito())).toEqual({ aplicacion: 'directa', errores: [] });
  });

  it('just outside without approval: the rule is reported; with the recorded approval it applies', () => {
    expect(validateNota(credito({ amountCents: 250_001 }))).toEqual({
      aplicacion: 'con_aprobacion',
      errores: [
        {
          codigo: NotaRuleCodes.aprobacionRequerida,
          campo: 'approvalRecorded',
          mensaje:
            'La nota crédito por error administrativo supera el 25 % del valor de la factura (10000.00): solo procede con aprobación registrada.',
        },
      ],
    });
    expect(validateNota(credito({ amountCents: 250_001, approvalRecorded: true }))).toEqual({
      aplicacion: 'con_aprobacion',
      errores: [],
    });
  });

  it('every nota needs a support reference and a positive amount', () => {
    expect(validateNota(credito({ supportReference: '  ', amountCents: 0 })).errores.map((e) => e.codigo)).toEqual([
      NotaRuleCodes.importeInvalido,
      NotaRuleCodes.soporteRequerido,
    ]);
    expect(
      validateNota({ clase: 'debito', tipo: 'devolucion', amountCents: 5_000, supportReference: null }).errores.map(
        (e) => e.codigo,
      ),
    ).toEqual([NotaRuleCodes.soporteRequerido]);
    expect(validateNota({ clase: 'debito', tipo: 'glosa', amountCents: 5_000, supportReference: 'Oficio 45' })).toEqual(
      { aplicacion: 'directa', errores: [] },
    );
  });
});
