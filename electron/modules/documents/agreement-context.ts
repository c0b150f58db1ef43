/**
 * The `acuerdo` of a letter of type acuerdo_pago: the agreement named by the
 * document's folio (DocumentData.caseFolio = "ACU-2025-0001"), with its
 * debt, terms and schedule exactly as signed (they never change).
 */
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { DocumentErrorCodes } from '../../../shared/api/errors-documents';
import type { AgreementTermsRecord } from '../../../shared/api/types-agreements';
import { integerToWords } from '../../../shared/domain/amount-in-words';
import { CUANTIAS } from '../../../shared/domain/cartera/cuantia';
import { Dec } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/agreements';
import type { CounterpartyRecord } from '../../../db/repositories/counterparties';
import type { ReadContext } from '../../core/context';
import { emptyAcuerdo, type AcuerdoContext } from '../templates/context';

/** "0.086" → "8,6 %"; "0.006898…" with 4 decimals → "0,6898 %". */
function percent(fraction: string, decimals?: number): string {
  const p = new Dec(fraction || '0').times(100);
  const text = decimals === undefined ? p.toString() : p.toFixed(decimals);
  return `${text.replace('.', ',')} %`;
}

export function acuerdoContext(
  ctx: ReadContext,
  folio: string,
  cp: CounterpartyRecord | undefined,
  address: string,
): AcuerdoContext {
  const a = folio ? repo.getAgreementByFolio(ctx.db, folio) : undefined;
  if (!a)
    throw new DomainError(
      ErrorCodes.notFound,
      `No existe el acuerdo de pago «${folio}» que cita este documento: genérelo desde el acuerdo.`,
    );
  if (cp && cp.id !== a.counterpartyId)
    throw new DomainError(
      DocumentErrorCodes.foreignAgreement,
      `El acuerdo ${a.folio} es de otra entidad: el documento sólo puede dirigirse a su deudor.`,
    );
  const terms = JSON.parse(a.terms) as AgreementTermsRecord;
  const transaccion = terms.kind === 'contrato_transaccion';
  const cuotas = repo.cuotasOf(ctx.db, a.id).map((q) => ({
    numero: q.numero,
    fecha: q.dueDate,
    cuota: q.cuotaCents,
    capital: q.capitalCents,
    interes: q.interestCents,
    saldo: q.balanceAfterCents,
  }));
  const monthly = cuotas.filter((q) => q.numero > 0);
  const sinIntereses = terms.termRate === 'cero';
  return {
    ...emptyAcuerdo(),
    folio: a.folio,
    tipo: transaccion ? 'contrato de transacción' : 'acuerdo de pago',
    tipo_titulo: transaccion ? 'Contrato de transacción' : 'Acuerdo de pago',
    tasa_mora:
      terms.moraRate === 'dian'
        ? 'la tasa de interés moratorio establecida para los impuestos administrados por la Dirección de Impuestos y Aduanas Nacionales (DIAN)'
        : 'la tasa DTF',
    fecha_firma: a.signingDate,
    facturas: repo.invoicesOf(ctx.db, a.id).map((r) => ({
      numero: r.number,
      vencimiento: r.line.obligationDate,
      capital: r.line.capitalCents,
      intereses: r.line.interestCents,
      total: r.line.capitalCents + r.line.interestCents,
    })),
    capital: a.capitalCents,
    intereses_mora: a.interestCents,
    costas: a.costsCents,
    deuda: a.debtCents,
    cuota_inicial: a.cuotaInicialCents,
    porcentaje_inicial: percent(a.debtCents > 0 ? new Dec(a.cuotaInicialCents).div(a.debtCents).toString() : '0', 2),
    financiado: a.financedCents,
    numero_cuotas: a.numeroCuotas,
    numero_cuotas_letras: integerToWords(a.numeroCuotas).toLocaleLowerCase('es'),
    cuota_fija: monthly[0]?.cuota ?? 0,
    fecha_primera_cuota: monthly[0]?.fecha ?? '',
    fecha_ultima_cuota: monthly.at(-1)?.fecha ?? '',
    periodo_dtf: a.signingDate.slice(0, 7),
    tasa_dtf: sinIntereses ? '0 %' : percent(a.dtfRate),
    tasa_mensual: sinIntereses ? '0 %' : percent(a.monthlyRate, 4),
    sin_intereses_plazo: sinIntereses,
    intereses_plazo: a.termInterestCents,
    total: a.debtCents + a.termInterestCents,
    cuantia: CUANTIAS[a.cuantia].label,
    cuotas,
    garantia: { tipo: terms.guarantee?.type ?? '', descripcion: terms.guarantee?.description ?? '' },
    sin_garantia: !terms.guarantee || (!terms.guarantee.type.trim() && !terms.guarantee.description.trim()),
    renuncia_prescripcion: {
      referencia: terms.prescriptionWaiver?.reference ?? '',
      fecha: terms.prescriptionWaiver?.date ?? '',
    },
    aprobacion: {
      aprobado_por: terms.approval?.approvedBy ?? '',
      referencia: terms.approval?.reference ?? '',
      fecha: terms.approval?.date ?? '',
    },
    deudor: {
      nombre: cp?.name ?? '',
      nit: cp?.taxId ?? '',
      // Who signed for the debtor, as the agreement recorded it; older agreements: the entidad's titular.
      representante: terms.debtorSigner?.name ?? [cp?.addresseeTitle, cp?.addresseeName].filter(Boolean).join(' '),
      cargo: terms.debtorSigner?.position ?? (cp?.addresseePosition || 'Representante legal'),
      direccion: address,
      telefono: cp?.phone ?? '',
      correo: cp?.email ?? '',
    },
  };
}
