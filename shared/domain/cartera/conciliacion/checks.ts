/** Input guards of the conciliation: every amount, number and date of both sides, before classifying. */
import { requireIsoDate } from '../../dates';
import { requireCents, requireWhole } from '../validation';
import type { OurInvoice, StatementLine } from './types';

export function checkOurs(o: OurInvoice): OurInvoice {
  const n = `Factura ${o.number}`;
  requireWhole(o.invoiceId, `${n}: identificador`, 1, Number.MAX_SAFE_INTEGER);
  requireCents(o.valueCents, `${n}: valor`);
  requireCents(o.balanceCents, `${n}: saldo`, null);
  requireCents(o.paymentsCents, `${n}: pagos aplicados`);
  requireCents(o.acceptedGlosaCents, `${n}: glosa aceptada`);
  if (o.glosaPendingCents != null) requireCents(o.glosaPendingCents, `${n}: glosa pendiente`);
  if (o.radicacionDate != null) requireIsoDate(o.radicacionDate, `${n}: fecha de radicación`);
  if (o.devolucionDate != null) requireIsoDate(o.devolucionDate, `${n}: fecha de devolución`);
  return o;
}

export function checkLine(l: StatementLine): StatementLine {
  requireWhole(l.line, 'Número de línea del estado', 1, Number.MAX_SAFE_INTEGER);
  const n = `Línea ${l.line}`;
  requireCents(l.balanceCents, `${n}: saldo`, null);
  if (l.valueCents !== null) requireCents(l.valueCents, `${n}: valor`);
  if (l.paidCents !== null) requireCents(l.paidCents, `${n}: pagos`);
  if (l.glosaCents !== null) requireCents(l.glosaCents, `${n}: glosa`);
  return l;
}
