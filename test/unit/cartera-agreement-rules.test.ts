import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATURALEZA_JURIDICA_VALUES, SMMLV_SEED } from '../../shared/domain/catalogs';
import {
  AgreementRuleCodes,
  guaranteeExempt,
  maxCuotasFor,
  validateAgreement,
  type AgreementProposal,
} from '../../shared/domain/cartera/agreement-rules';
import { formatMoney } from '../../shared/domain/money';

const RUNS = 10_000;
const SMMLV_2025 = 142_350_000;

/** The agreement: debt 10,206,307.84 (mínima cuantía: under 40 SMMLV = 56,940,000.00), 4 cuotas, with a guarantee. */
const ok: AgreementProposal = {
  debtCents: 1_020_630_784,
  cuotaInicialCents: 255_157_696,
  numeroCuotas: 4,
  unitCents: SMMLV_2025,
  naturalezaJuridica: 'eps_subsidiada',
  bdmeBreachedAgreement: false,
  bdmeCertificate: false,
  extensionApproval: false,
  prescriptionWaiver: false,
  guarantee: { type: 'Pagaré', description: 'Pagaré en blanco con carta de instrucciones' },
};

const codes = (p: Partial<AgreementProposal>) => validateAgreement({ ...ok, ...p }).map((r) => r.codigo);

describe('validateAgreement', () => {
  it('the issue’s agreement breaks no rule', () => {
    expect(validateAgreement(ok)).toEqual([]);
  });

  it('cuota inicial: exactly 25 % passes, one centavo less does not (message with amounts, field named)', () => {
    expect(codes({ debtCents: 1_000_001, cuotaInicialCents: 250_001 })).toEqual([]); // 25 % = 250,000.25 → 250,001
    const [rule] = validateAgreement(
      { ...ok, debtCents: 1_000_001, cuotaInicialCents: 250_000 },
      { formatAmount: (c) => formatMoney(c, 'es-CO') },
    );
    expect(rule).toEqual({
      codigo: AgreementRuleCodes.cuotaInicialInsuficiente,
      campo: 'cuotaInicialCents',
      mensaje: 'La cuota inicial debe ser al menos el 25 % de la deuda: mínimo $ 2.500,01 (propuesta: $ 2.500,00).',
    });
  });

  it('a cuota inicial covering the whole debt leaves nothing to finance', () => {
    expect(codes({ cuotaInicialCents: ok.debtCents })).toEqual([AgreementRuleCodes.sinSaldoFinanciado]);
  });

  it.each([
    ['mínima (≤ 40 SMMLV)', 40 * SMMLV_2025, 4],
    ['menor (> 40 and ≤ 150)', 40 * SMMLV_2025 + 1, 8],
    ['menor at 150', 150 * SMMLV_2025, 8],
    ['mayor (> 150)', 150 * SMMLV_2025 + 1, 12],
  ])(
    'term by cuantía %s (debt %i centavos): %i cuotas pass, one more needs approval and waiver',
    (_label, debt, max) => {
      const inicial = Math.ceil(debt / 4);
      expect(codes({ debtCents: debt, cuotaInicialCents: inicial, numeroCuotas: max })).toEqual([]);
      expect(codes({ debtCents: debt, cuotaInicialCents: inicial, numeroCuotas: max + 1 })).toEqual([
        AgreementRuleCodes.plazoRequiereAprobacion,
        AgreementRuleCodes.plazoRequiereRenuncia,
      ]);
    },
  );

  it('the maxima by cuantía', () => {
    expect([maxCuotasFor('minima'), maxCuotasFor('menor'), maxCuotasFor('mayor')]).toEqual([4, 8, 12]);
  });

  it('beyond the cuantía maximum: approval alone is not enough, the waiver alone neither, both pass', () => {
    expect(codes({ numeroCuotas: 5, extensionApproval: true })).toEqual([AgreementRuleCodes.plazoRequiereRenuncia]);
    expect(codes({ numeroCuotas: 5, prescriptionWaiver: true })).toEqual([AgreementRuleCodes.plazoRequiereAprobacion]);
    expect(codes({ numeroCuotas: 60, extensionApproval: true, prescriptionWaiver: true })).toEqual([]);
    const [rule] = validateAgreement({ ...ok, numeroCuotas: 5, prescriptionWaiver: true });
    expect(rule!.mensaje).toBe(
      '5 cuotas superan el máximo de 4 para una deuda de mínima cuantía: registre la aprobación de la Gerencia para ampliar el plazo.',
    );
  });

  it('never more than 60 cuotas, even with approval and waiver; a count must be a whole number ≥ 1', () => {
    expect(codes({ numeroCuotas: 61, extensionApproval: true, prescriptionWaiver: true })).toEqual([
      AgreementRuleCodes.plazoMaximo,
    ]);
    expect(codes({ numeroCuotas: 0 })).toEqual([AgreementRuleCodes.numeroCuotasInvalido]);
    expect(codes({ numeroCuotas: 2.5 })).toEqual([AgreementRuleCodes.numeroCuotasInvalido]);
  });

  it('BDME for a breached agreement needs the recorded certificate', () => {
    expect(codes({ bdmeBreachedAgreement: true })).toEqual([AgreementRuleCodes.bdmeSinCertificado]);
    expect(codes({ bdmeBreachedAgreement: true, bdmeCertificate: true })).toEqual([]);
  });

  it('guarantee: type and description required', () => {
    expect(codes({ guarantee: null })).toEqual([AgreementRuleCodes.garantiaRequerida]);
    const [rule] = validateAgreement({ ...ok, guarantee: { type: 'Pagaré', description: '  ' } });
    expect(rule!.mensaje).toMatch(/^El acuerdo requiere garantía: indique la descripción\./);
    expect(validateAgreement({ ...ok, guarantee: null })[0]!.mensaje).toMatch(/indique el tipo y la descripción/);
  });

  it('a public debtor paying in two halves within a year needs no guarantee; a private one does; three payments do', () => {
    const halves = { guarantee: null, debtCents: 1_000_001, cuotaInicialCents: 500_001, numeroCuotas: 1 };
    expect(codes({ ...halves, naturalezaJuridica: 'ente_territorial' })).toEqual([]);
    expect(codes({ ...halves, naturalezaJuridica: 'secretaria_salud', cuotaInicialCents: 500_000 })).toEqual([]);
    expect(codes({ ...halves, naturalezaJuridica: 'ips_privada' })).toEqual([AgreementRuleCodes.garantiaRequerida]);
    expect(codes({ ...halves, naturalezaJuridica: 'persona_natural' })).toEqual([AgreementRuleCodes.garantiaRequerida]);
    expect(codes({ ...halves, naturalezaJuridica: 'ente_territorial', numeroCuotas: 2 })).toEqual([
      AgreementRuleCodes.garantiaRequerida,
    ]);
    expect(codes({ ...halves, naturalezaJuridica: 'ente_territorial', cuotaInicialCents: 600_000 })).toEqual([
      AgreementRuleCodes.garantiaRequerida,
    ]);
  });

  it('every broken rule at once, in form order', () => {
    expect(codes({ cuotaInicialCents: 1, numeroCuotas: 9, bdmeBreachedAgreement: true, guarantee: null })).toEqual([
      AgreementRuleCodes.cuotaInicialInsuficiente,
      AgreementRuleCodes.plazoRequiereAprobacion,
      AgreementRuleCodes.plazoRequiereRenuncia,
      AgreementRuleCodes.bdmeSinCertificado,
      AgreementRuleCodes.garantiaRequerida,
    ]);
    expect(codes({ debtCents: 0, cuotaInicialCents: 0 })).toEqual([AgreementRuleCodes.deudaInvalida]);
  });

  const proposal = fc.record({
    debtCents: fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000_000_000 })),
    sharePct: fc.integer({ min: 0, max: 100 }),
    nudge: fc.integer({ min: -2, max: 2 }),
    numeroCuotas: fc.integer({ min: 1, max: 70 }),
    unitCents: fc.constantFrom(...SMMLV_SEED.map(([, v]) => v)),
    naturalezaJuridica: fc.constantFrom(...NATURALEZA_JURIDICA_VALUES),
    bdmeBreachedAgreement: fc.boolean(),
    bdmeCertificate: fc.boolean(),
    extensionApproval: fc.boolean(),
    prescriptionWaiver: fc.boolean(),
    guarantee: fc.option(
      fc.record({
        type: fc.constantFrom('', 'Pagaré', 'Garantía bancaria'),
        description: fc.constantFrom('', ' ', 'Descripción'),
      }),
    ),
  });

  function toProposal(x: typeof proposal extends fc.Arbitrary<infer T> ? T : never): AgreementProposal {
    const cuotaInicialCents = Math.max(0, Math.floor((x.debtCents * x.sharePct) / 100) + x.nudge);
    const { sharePct: _s, nudge: _n, ...rest } = x;
    return { ...rest, cuotaInicialCents };
  }

  /** Independent oracle of the cuantía maximum, in BigInt. */
  function oracleMax(debt: number, smmlv: number): number {
    return BigInt(debt) <= 40n * BigInt(smmlv) ? 4 : BigInt(debt) <= 150n * BigInt(smmlv) ? 8 : 12;
  }

  it('property: an accepted agreement has a cuota inicial ≥ 25 % and leaves a balance to finance', () => {
    fc.assert(
      fc.property(proposal, (x) => {
        const p = toProposal(x);
        const accepted = validateAgreement(p).length === 0;
        const enough = 4n * BigInt(p.cuotaInicialCents) >= BigInt(p.debtCents) && p.cuotaInicialCents < p.debtCents;
        return !accepted || enough;
      }),
      { numRuns: RUNS },
    );
  });

  it('property: number of cuotas ≤ the cuantía maximum unless an approval (and the waiver) is recorded, never > 60', () => {
    fc.assert(
      fc.property(proposal, (x) => {
        const p = toProposal(x);
        const found = validateAgreement(p).map((r) => r.codigo);
        const max = oracleMax(p.debtCents, p.unitCents);
        const accepted = found.length === 0;
        if (accepted && p.numeroCuotas > 60) return false;
        if (accepted && p.numeroCuotas > max && !(p.extensionApproval && p.prescriptionWaiver)) return false;
        // The rule is reported exactly when it is broken.
        const needsApproval = p.numeroCuotas > max && p.numeroCuotas <= 60 && !p.extensionApproval;
        return needsApproval === found.includes(AgreementRuleCodes.plazoRequiereAprobacion);
      }),
      { numRuns: RUNS },
    );
  });

  it('property: the guarantee is required exactly when the debtor is not public or does not pay in two halves', () => {
    fc.assert(
      fc.property(proposal, (x) => {
        const p = toProposal(x);
        const hasGuarantee = Boolean(p.guarantee?.type.trim() && p.guarantee.description.trim());
        const flagged = validateAgreement(p).some((r) => r.codigo === AgreementRuleCodes.garantiaRequerida);
        const publicDebtor = [
          'ips_publica',
          'ente_territorial',
          'establecimiento_publico',
          'regimen_especial',
          'secretaria_salud',
        ].includes(p.naturalezaJuridica!);
        const twoHalves = p.numeroCuotas === 1 && Math.abs(2 * p.cuotaInicialCents - p.debtCents) <= 1;
        return (
          flagged === (!hasGuarantee && !(publicDebtor && twoHalves)) &&
          guaranteeExempt(p) === (publicDebtor && twoHalves)
        );
      }),
      { numRuns: RUNS },
    );
  });
});
