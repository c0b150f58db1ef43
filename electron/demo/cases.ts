/**
 * Demo 32x32 cases for the first run (perfil MX): a few cobros and one pago
 * at different steps, so the Tablero's Vencimientos, the 32x32 view and the
 * case screens show real work — a requerimiento waiting for an answer, a
 * plazo de pago ending this week, one already overdue, a payment to a
 * creditor waiting for its comprobante. Dates count back from today; the
 * letters they draft stay as borradores in Documentos.
 */
import { type z } from 'zod';
import { contract, type Input, type Method, type ParsedInput } from '../../shared/api/contract';
import { addDays } from '../../shared/domain/dates';
import type { ServiceContext } from '../core/context';
import * as cases from '../modules/cases/service';

function parse<M extends Method>(method: M, raw: Input<M>): ParsedInput<M> {
  return (contract[method].input as z.ZodType).parse(raw) as ParsedInput<M>;
}

interface Step {
  action: string;
  daysAgo: number;
  extra?: Partial<Input<'cases.act'>>;
}

interface DemoCase {
  direction: 'cobro' | 'pago';
  openedDaysAgo: number;
  paper: { numero: string; deParteDe: string };
  steps: Step[];
}

const CASES: DemoCase[] = [
  {
    direction: 'cobro',
    openedDaysAgo: 40,
    paper: { numero: 'DGCVM/0412/{año}', deParteDe: 'Dirección de Validación Médica' },
    steps: [{ action: 'enviar_requerimiento', daysAgo: 38 }],
  },
  {
    direction: 'cobro',
    openedDaysAgo: 75,
    paper: { numero: 'DGCVM/0388/{año}', deParteDe: 'Dirección de Validación Médica' },
    steps: [
      { action: 'enviar_requerimiento', daysAgo: 73 },
      { action: 'registrar_aceptacion', daysAgo: 60 },
      { action: 'solicitar_factura', daysAgo: 58 },
      { action: 'registrar_factura', daysAgo: 30 },
      // Plazo of 30 days from 27 days ago: it ends in three days.
      { action: 'enviar_factura', daysAgo: 27, extra: { plazoPagoDias: 30 } },
    ],
  },
  {
    direction: 'cobro',
    openedDaysAgo: 110,
    paper: { numero: 'DGCVM/0301/{año}', deParteDe: 'Dirección de Validación Médica' },
    steps: [
      { action: 'enviar_requerimiento', daysAgo: 108 },
      { action: 'registrar_aceptacion', daysAgo: 95 },
      { action: 'solicitar_factura', daysAgo: 93 },
      { action: 'registrar_factura', daysAgo: 70 },
      // Ended two days ago: the requerimiento de cobranza is due within five days.
      { action: 'enviar_factura', daysAgo: 32, extra: { plazoPagoDias: 30 } },
    ],
  },
  {
    direction: 'pago',
    openedDaysAgo: 25,
    paper: { numero: 'DCGS/M/0157/{año}', deParteDe: 'Dirección de Contratación y Garantía de Servicios' },
    steps: [{ action: 'solicitar_pago', daysAgo: 20 }],
  },
];

/** States with open invoices in the direction, not in a case, each with its invoices oldest first. */
function openInvoicesByState(
  ctx: ServiceContext,
  direction: 'receivable' | 'payable',
): Map<number, { id: number; issueDate: string }[]> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT i.counterparty_id AS cp, i.id, i.issue_date AS issueDate FROM invoices i
       JOIN invoice_balances b ON b.invoice_id = i.id
       JOIN counterparties c ON c.id = i.counterparty_id AND c.kind = 'entidad_federativa'
       WHERE i.direction = ? AND b.balance_cents > 0 AND NOT EXISTS (SELECT 1 FROM case_invoices ci WHERE ci.invoice_id = i.id)
       ORDER BY i.counterparty_id, i.issue_date, i.id`,
    )
    .all(direction) as { cp: number; id: number; issueDate: string }[];
  const by = new Map<number, { id: number; issueDate: string }[]>();
  for (const r of rows) by.set(r.cp, [...(by.get(r.cp) ?? []), { id: r.id, issueDate: r.issueDate }]);
  return by;
}

export function loadDemoCases(ctx: ServiceContext): number {
  const today = ctx.today();
  const pools = { cobro: openInvoicesByState(ctx, 'receivable'), pago: openInvoicesByState(ctx, 'payable') };
  let opened = 0;
  for (const d of CASES) {
    const openedOn = addDays(today, -d.openedDaysAgo);
    // A state whose invoices were issued before the case opened; each state gets one demo case.
    const pick = [...pools[d.direction].entries()].find(([, invs]) => invs.some((i) => i.issueDate < openedOn));
    if (!pick) continue;
    const [counterpartyId, invs] = pick;
    pools.cobro.delete(counterpartyId);
    pools.pago.delete(counterpartyId);
    const c = cases.open(
      ctx,
      parse('cases.open', {
        direction: d.direction,
        counterpartyId,
        invoiceIds: invs
          .filter((i) => i.issueDate < openedOn)
          .slice(0, 3)
          .map((i) => i.id),
        date: openedOn,
        description:
          d.direction === 'cobro'
            ? 'Atenciones a afiliados de la entidad validadas por la Dirección de Validación Médica'
            : 'Solicitud de pago de atenciones a nuestros afiliados',
        paper: {
          numero: d.paper.numero.replace('{año}', openedOn.slice(0, 4)),
          fecha: addDays(openedOn, -2),
          deParteDe: d.paper.deParteDe,
        },
      }),
    );
    for (const s of d.steps)
      cases.act(ctx, parse('cases.act', { id: c.id, action: s.action, date: addDays(today, -s.daysAgo), ...s.extra }));
    opened++;
  }
  return opened;
}
