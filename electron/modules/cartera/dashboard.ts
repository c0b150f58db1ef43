/**
 * cartera.dashboard: the Tablero's figures as of the business date, each from
 * the place that already answers it, so the Tablero and the screen it leads
 * to never disagree:
 *
 * - recaudo: the abonos to receivables per month over the last 12 calendar
 *   months, net of their reversals (db/repositories/dashboard.ts);
 * - cartera por edades: the totals of cartera.aging (receivables, today, no
 *   filters) in its buckets (domain README §Edades);
 * - posición neta 32x32 (perfil MX): por cobrar, por pagar and neto per state
 *   exactly as portabilidad.view computes them today (the same queries,
 *   db/repositories/portabilidad.ts), without the oldest invoice and the
 *   deadlines the view also reads, which double its cost on a big file;
 * - cartas sin acuse: documents emitidos or enviados, oldest first.
 *
 * Money stays in integer centavos.
 */
import type { CarteraDashboard, DashboardLetter } from '../../../shared/api/types-cartera-reports';
import { AGING_BUCKETS } from '../../../shared/domain/cartera/aging';
import { PRESCRIPCION_ANIOS_POR_DEFECTO } from '../../../shared/domain/cartera/prescripcion';
import { daysBetween, daysInMonth } from '../../../shared/domain/dates';
import { documentType, isDocumentTypeKey } from '../../../shared/domain/documents/types';
import { sumCents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/dashboard';
import * as portabilidad from '../../../db/repositories/portabilidad';
import type { ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';
import { aging } from './aging';

/** Months of the recaudo chart, the current one included. */
export const RECAUDO_MONTHS = 12;
/** States shown in the net position chart: more would not read as bars. */
export const NET_STATES_LIMIT = 10;
/** Letters listed under «Cartas sin acuse». */
export const LETTERS_LIMIT = 8;

const pad = (n: number) => String(n).padStart(2, '0');

/** The `count` calendar months ending with the month of `today`, oldest first; the last one ends on `today`. */
export function monthsUpTo(today: string, count: number): { period: string; from: string; to: string }[] {
  const y = Number.parseInt(today.slice(0, 4), 10);
  const m = Number.parseInt(today.slice(5, 7), 10);
  const out: { period: string; from: string; to: string }[] = [];
  for (let k = count - 1; k >= 0; k--) {
    // Month index counted from year 0 keeps the arithmetic in integers across year boundaries.
    const idx = y * 12 + (m - 1) - k;
    const yy = Math.floor(idx / 12);
    const mm = (idx % 12) + 1;
    const period = `${yy}-${pad(mm)}`;
    out.push({ period, from: `${period}-01`, to: k === 0 ? today : `${period}-${pad(daysInMonth(yy, mm))}` });
  }
  return out;
}

function recaudo(ctx: ReadContext, today: string): CarteraDashboard['recaudo'] {
  const months = monthsUpTo(today, RECAUDO_MONTHS);
  const from = months[0]!.from;
  const byPeriod = new Map(repo.collectedByMonth(ctx.sqlite, { from, to: today }).map((r) => [r.period, r.cents]));
  const rows = months.map((mo) => ({ ...mo, collectedCents: byPeriod.get(mo.period) ?? 0 }));
  return { from, to: today, months: rows, totalCents: sumCents(rows.map((r) => r.collectedCents)) };
}

function agingSummary(ctx: ReadContext): CarteraDashboard['aging'] {
  const report = aging(ctx, { direction: 'receivable', prescripcionAnios: PRESCRIPCION_ANIOS_POR_DEFECTO });
  const t = report.totals;
  return {
    buckets: AGING_BUCKETS.map((b) => ({ bucket: b.key, label: b.label, balanceCents: t.buckets[b.key] })),
    totalCents: t.totalCents,
    vencidoCents: t.vencidoCents,
    invoiceCount: t.invoiceCount,
  };
}

function netPosition(ctx: ReadContext, ownStateCode: string | null): NonNullable<CarteraDashboard['netPosition']> {
  // As portabilidad.view for today: the other states, each with Σ of its open balances (the ledger's projection).
  const sums = new Map(portabilidad.openSumsAt(ctx.sqlite, ctx.today(), false).map((s) => [s.counterparty_id, s]));
  const rows = portabilidad.otherStates(ctx.sqlite, ownStateCode).map((st) => {
    const receivableCents = sums.get(st.id)?.receivable ?? 0;
    const payableCents = sums.get(st.id)?.payable ?? 0;
    return {
      counterpartyId: st.id,
      name: st.name,
      abbreviation: st.abbreviation,
      inegiCode: st.inegi_code,
      receivableCents,
      payableCents,
      netCents: receivableCents - payableCents,
    };
  });
  const nonZero = rows.filter((r) => r.netCents !== 0);
  // Largest |net| first (either side of the 32x32 weighs the same), then by INEGI code for a stable order.
  const sorted = [...nonZero].sort(
    (a, b) => Math.abs(b.netCents) - Math.abs(a.netCents) || a.inegiCode.localeCompare(b.inegiCode),
  );
  const total = (f: (r: (typeof rows)[number]) => number) => sumCents(rows.map(f));
  return {
    states: sorted.slice(0, NET_STATES_LIMIT),
    limit: NET_STATES_LIMIT,
    stateCount: nonZero.length,
    receivableCents: total((r) => r.receivableCents),
    payableCents: total((r) => r.payableCents),
    netCents: total((r) => r.netCents),
  };
}

function letters(ctx: ReadContext, today: string): CarteraDashboard['letters'] {
  const oldest: DashboardLetter[] = repo.oldestWaitingLetters(ctx.sqlite, LETTERS_LIMIT).map((d) => ({
    documentId: d.id,
    number: d.number,
    docType: d.docType,
    docTypeLabel: isDocumentTypeKey(d.docType) ? documentType(d.docType).label : d.docType,
    status: d.status,
    date: d.date,
    sentOn: d.sentOn,
    asunto: d.asunto,
    counterpartyId: d.counterpartyId,
    counterpartyName: d.counterpartyName,
    daysWaiting: Math.max(0, daysBetween(d.sentOn ?? d.date, today)),
  }));
  return { count: repo.lettersWaitingCount(ctx.sqlite), limit: LETTERS_LIMIT, oldest };
}

export function dashboard(ctx: ReadContext): CarteraDashboard {
  const inst = requireInstitution(ctx);
  const today = ctx.today();
  return {
    asOf: today,
    recaudo: recaudo(ctx, today),
    aging: agingSummary(ctx),
    netPosition: inst.profile === 'MX' ? netPosition(ctx, inst.ownStateCode) : null,
    letters: letters(ctx, today),
  };
}
