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
 * stand today: the view does not rebuild a case's history at the cut.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { CaseErrorCodes } from '../../../shared/api/errors-cases';
import { DomainError } from '../../../shared/api/errors';
import type { PortabilidadRow, PortabilidadView } from '../../../shared/api/types';
import { daysBetween } from '../../../shared/domain/dates';
import { classifyDeadline } from '../../../shared/domain/portabilidad/deadline-board';
import { sumCents } from '../../../shared/domain/money';
import { isPastCut, type ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';

interface Sums {
  counterparty_id: number;
  receivable: number;
  payable: number;
  overdue_receivable: number;
  overdue_payable: number;
  /** The earliest due date on or after the cut among the open invoices (null if none). */
  next_due: string | null;
}

export function view(ctx: ReadContext, input: ParsedInput<'portabilidad.view'>): PortabilidadView {
  const inst = requireInstitution(ctx);
  if (inst.profile !== 'MX') throw new DomainError(CaseErrorCodes.soloMx, 'La vista 32x32 es del perfil MX.');
  const asOf = input.asOf ?? ctx.today();
  const states = ctx.sqlite
    .prepare(
      `SELECT id, name, abbreviation, inegi_code FROM counterparties WHERE kind = 'entidad_federativa' AND inegi_code IS NOT ? ORDER BY inegi_code`,
    )
    .all(inst.ownStateCode) as { id: number; name: string; abbreviation: string; inegi_code: string }[];
  const historical = isPastCut(ctx, asOf);
  // The invoices with a balance owed at the cut (balance > 0), each with its balance.
  const open = historical
    ? `(SELECT e.invoice_id, SUM(e.amount_cents) AS balance_cents FROM ledger_entries e WHERE e.date <= @asOf GROUP BY e.invoice_id) b
       JOIN invoices i ON i.id = b.invoice_id
       WHERE b.balance_cents > 0 AND i.issue_date <= @asOf`
    : `invoice_balances b JOIN invoices i ON i.id = b.invoice_id
       WHERE b.balance_cents > 0`;
  // One grouped pass over the open invoices: the sums and the next plazo de pago (the projection keeps balance > 0 rows indexed).
  const sums = new Map(
    (
      ctx.sqlite
        .prepare(
          `SELECT i.counterparty_id,
                  SUM(CASE WHEN i.direction = 'receivable' THEN b.balance_cents ELSE 0 END) AS receivable,
                  SUM(CASE WHEN i.direction = 'payable' THEN b.balance_cents ELSE 0 END) AS payable,
                  SUM(CASE WHEN i.direction = 'receivable' AND i.due_date < @asOf THEN b.balance_cents ELSE 0 END) AS overdue_receivable,
                  SUM(CASE WHEN i.direction = 'payable' AND i.due_date < @asOf THEN b.balance_cents ELSE 0 END) AS overdue_payable,
                  MIN(CASE WHEN i.due_date >= @asOf THEN i.due_date END) AS next_due
           FROM ${open}
           GROUP BY i.counterparty_id`,
        )
        .all({ asOf }) as Sums[]
    ).map((s) => [s.counterparty_id, s]),
  );
  const oldest = new Map(
    (
      ctx.sqlite
        .prepare(
          `SELECT counterparty_id, id, number, issue_date, direction FROM (
             SELECT i.counterparty_id, i.id, i.number, i.issue_date, i.direction,
                    ROW_NUMBER() OVER (PARTITION BY i.counterparty_id ORDER BY i.issue_date, i.id) AS rn
             FROM ${open})
           WHERE rn = 1`,
        )
        .all({ asOf }) as {
        counterparty_id: number;
        id: number;
        number: string;
        issue_date: string;
        direction: 'receivable' | 'payable';
      }[]
    ).map((r) => [r.counterparty_id, r]),
  );
  // Cases as they stand today (not rebuilt at the cut): the pending deadlines of the open cases, and their count.
  const caseDeadline = new Map(
    (
      ctx.sqlite
        .prepare(
          `SELECT counterparty_id, case_id, due_on, label FROM (
             SELECT c.counterparty_id, d.case_id, d.due_on, d.label,
                    ROW_NUMBER() OVER (PARTITION BY c.counterparty_id ORDER BY d.due_on, d.id) AS rn
             FROM case_deadlines d JOIN cases c ON c.id = d.case_id
             WHERE d.cleared_on IS NULL AND c.closed_on IS NULL AND d.meaning = 'vence')
           WHERE rn = 1`,
        )
        .all() as { counterparty_id: number; case_id: number; due_on: string; label: string }[]
    ).map((r) => [r.counterparty_id, r]),
  );
  const openCases = new Map(
    (
      ctx.sqlite
        .prepare(`SELECT counterparty_id, COUNT(*) AS n FROM cases WHERE closed_on IS NULL GROUP BY counterparty_id`)
        .all() as { counterparty_id: number; n: number }[]
    ).map((r) => [r.counterparty_id, r.n]),
  );

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
