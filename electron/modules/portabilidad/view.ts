/**
 * The 32x32 view (domain README §The 32x32 view): for each of the other 31 states, open
 * receivables and payables, the net position, what is overdue, the oldest
 * unpaid invoice and the next deadline (a case's pending deadline, else the
 * next plazo de pago of an open invoice).
 *
 * Balances at the cut («Posición al»), as the cartera aging reads them
 * (db/repositories/cartera-reports.ts): for today (or a later date), the
 * ledger's projection (invoice_balances); for a past cut, only the invoices
 * issued up to it, each at Σ of its entries dated up to it — an invoice issued
 * after the cut is not owed at the cut, and a payment received after it still
 * is. Every money figure (por cobrar, por pagar, neto, vencido), the oldest
 * unpaid invoice and the next plazo of an open invoice come from those
 * balances. The cases (open cases, their pending deadlines) are read as they
 * stand today: the view does not rebuild a case's history at the cut. The
 * queries: db/repositories/portabilidad.ts.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { CaseErrorCodes } from '../../../shared/api/errors-cases';
import { DomainError } from '../../../shared/api/errors';
import type { PortabilidadRow, PortabilidadView } from '../../../shared/api/types';
import { daysBetween } from '../../../shared/domain/dates';
import { classifyDeadline } from '../../../shared/domain/portabilidad/deadline-board';
import { sumCents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/portabilidad';
import { isPastCut, type ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';

export function view(ctx: ReadContext, input: ParsedInput<'portabilidad.view'>): PortabilidadView {
  const inst = requireInstitution(ctx);
  if (inst.profile !== 'MX') throw new DomainError(CaseErrorCodes.soloMx, 'La vista 32x32 es del perfil MX.');
  const asOf = input.asOf ?? ctx.today();
  const states = repo.otherStates(ctx.sqlite, inst.ownStateCode);
  const historical = isPastCut(ctx, asOf);
  // Balances at the cut: the sums and next plazo de pago, and the oldest unpaid invoice, per counterparty.
  const sums = new Map(repo.openSumsAt(ctx.sqlite, asOf, historical).map((s) => [s.counterparty_id, s]));
  const oldest = new Map(repo.oldestUnpaidAt(ctx.sqlite, asOf, historical).map((r) => [r.counterparty_id, r]));
  // Cases as they stand today (not rebuilt at the cut): the pending deadlines of the open cases, and their count.
  const caseDeadline = new Map(repo.nextCaseDeadlines(ctx.sqlite).map((r) => [r.counterparty_id, r]));
  const openCases = new Map(repo.openCaseCounts(ctx.sqlite).map((r) => [r.counterparty_id, r.n]));

  const rows: PortabilidadRow[] = states.map((st) => {
    const s = sums.get(st.id);
    const o = oldest.get(st.id);
    const cd = caseDeadline.get(st.id);
    const due = s?.next_due ?? null;
    const next = cd
      ? { date: cd.due_on, label: cd.label, caseId: cd.case_id }
      : due
        ? { date: due, label: 'Fin del plazo de pago de una factura', caseId: null }
        : null;
    const nextDeadline = next ? { ...next, category: classifyDeadline(next.date, asOf).category } : null;
    const receivableCents = s?.receivable ?? 0;
    const payableCents = s?.payable ?? 0;
    const overdue = (s?.overdue_receivable ?? 0) + (s?.overdue_payable ?? 0);
    const urgency = overdue > 0 ? 'vencido' : (nextDeadline?.category ?? 'sin_pendientes');
    return {
      counterpartyId: st.id,
      name: st.name,
      abbreviation: st.abbreviation,
      inegiCode: st.inegi_code,
      receivableCents,
      payableCents,
      netCents: receivableCents - payableCents,
      overdueReceivableCents: s?.overdue_receivable ?? 0,
      overduePayableCents: s?.overdue_payable ?? 0,
      oldestUnpaid: o
        ? {
            invoiceId: o.id,
            number: o.number,
            issueDate: o.issue_date,
            direction: o.direction,
            daysOpen: Math.max(0, daysBetween(o.issue_date, asOf)),
          }
        : null,
      nextDeadline,
      openCases: openCases.get(st.id) ?? 0,
      urgency,
    };
  });
  const total = (f: (r: PortabilidadRow) => number) => sumCents(rows.map(f));
  return {
    asOf,
    rows,
    totals: {
      receivableCents: total((r) => r.receivableCents),
      payableCents: total((r) => r.payableCents),
      netCents: total((r) => r.netCents),
      overdueReceivableCents: total((r) => r.overdueReceivableCents),
      overduePayableCents: total((r) => r.overduePayableCents),
      openCases: rows.reduce((n, r) => n + r.openCases, 0),
    },
  };
}
