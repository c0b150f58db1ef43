/**
 * The guards of the cobro 32x32 workflow (./workflow-cobro.ts): each a named
 * condition on the action's context, null when it holds, else the Spanish
 * reason. Every day count comes from ./deadlines.ts.
 */
import { addDays, isIsoDate } from '../dates';
import { dateInWords } from '../date-words';
import { beforeGarantiaDay, GARANTIA_DAY, isPaymentOverdue, MAX_PLAZO_PAGO_DAYS } from './deadlines';
import { resolveImpagables } from './impagables';
import { paymentGuard, textRequired, type Guard } from './workflow';

export const COBRO_GUARDS = {
  observaciones: textRequired(
    'observaciones',
    'observaciones',
    'Describa las observaciones del estado deudor: se citan en el memorándum de subsanación.',
  ),
  motivo: textRequired(
    'motivo_impagable',
    'motivo',
    'Indique el motivo por el que los montos son impagables: aparece en el reporte de impagables.',
  ),
  impagables: {
    id: 'montos_impagables',
    description:
      'Los montos impagables son facturas del caso (cada una hasta su saldo) o importes con su concepto, cada uno con su motivo; sin montos indicados, las facturas con saldo por su saldo.',
    check: (ctx) => {
      if (ctx.caseInvoices === undefined) return 'Faltan las facturas del caso para calcular los montos impagables.';
      const r = resolveImpagables(ctx.impagables, ctx.caseInvoices, ctx.motivo ?? '');
      return r.ok ? null : r.reason;
    },
  },
  plazoPagoDias: {
    id: 'plazo_pago_dias',
    description: `El plazo de pago es un número entero de días naturales de 1 a ${MAX_PLAZO_PAGO_DAYS}.`,
    check: (ctx) =>
      ctx.plazoPagoDias !== undefined &&
      Number.isSafeInteger(ctx.plazoPagoDias) &&
      ctx.plazoPagoDias > 0 &&
      ctx.plazoPagoDias <= MAX_PLAZO_PAGO_DAYS
        ? null
        : `Indique el plazo de pago en días naturales (un número entero de 1 a ${MAX_PLAZO_PAGO_DAYS}).`,
  },
  plazoVencido: {
    id: 'plazo_vencido',
    description: 'El plazo de pago ya terminó (hoy es posterior a su último día).',
    check: (ctx) => {
      const end = ctx.plazoEndsOn;
      if (!isIsoDate(end)) return 'Falta la fecha en que termina el plazo de pago del caso.';
      if (isPaymentOverdue(end, ctx.today)) return null;
      return `El plazo de pago termina el ${dateInWords(end)}: se considera vencido a partir del ${dateInWords(addDays(end, 1))}.`;
    },
  },
  garantiaDia120: {
    id: 'garantia_dia_120',
    description: `Han pasado al menos ${GARANTIA_DAY} días naturales desde el envío de las facturas.`,
    check: (ctx) => {
      const sent = ctx.facturasSentOn;
      if (!isIsoDate(sent))
        return 'Falta la fecha de envío de las facturas: el plazo de la garantía se cuenta desde ese día.';
      return beforeGarantiaDay(sent, ctx.today);
    },
  },
  saldoPendiente: {
    id: 'saldo_pendiente',
    description: 'El caso tiene saldo pendiente (la garantía solo se solicita mientras no se haya pagado).',
    check: (ctx) => {
      const b = ctx.balanceCents;
      if (b === undefined || !Number.isSafeInteger(b)) return 'Falta el saldo pendiente del caso.';
      return b > 0
        ? null
        : 'El caso no tiene saldo pendiente: la garantía solo se solicita mientras el deudor no haya pagado.';
    },
  },
  pago: paymentGuard,
} satisfies Record<string, Guard>;
