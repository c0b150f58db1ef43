/** Reading acuerdos de pago: detail with each cuota's state, the list, BDME candidates, cuotas due this week. */
import type { ParsedInput } from '../../../shared/api/contract';
import type {
  AgreementDetail,
  AgreementEventView,
  AgreementRow,
  AgreementStateName,
  BdmeCandidate,
  CuotasDue,
} from '../../../shared/api/types-agreements';
import { CUOTA_STATE_LABELS } from '../../../shared/domain/cartera/cuotas';
import type { NaturalezaJuridica } from '../../../shared/domain/catalogs';
import { addDays } from '../../../shared/domain/dates';
import { sumCents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/agreements';
import type { ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { EVENT_LABELS, requireAgreement, STATE_LABELS, termsOf } from './common';
import { invoiceBalances } from './ledger';
import { standingOf, type Standing } from './status';
import { juridicoOfAgreement } from '../expedientes/stages';

function toRow(a: repo.AgreementRecord, counterpartyName: string, s: Standing): AgreementRow {
  const next = s.status.cuotas.find((c) => c.balanceCents > 0);
  const owed = a.state === 'cumplido' ? 0 : s.owedCents;
  return {
    id: a.id,
    folio: a.folio,
    counterpartyId: a.counterpartyId,
    counterpartyName,
    signingDate: a.signingDate,
    debtCents: a.debtCents,
    financedCents: a.financedCents,
    numeroCuotas: a.numeroCuotas,
    state: a.state,
    stateLabel: STATE_LABELS[a.state],
    acceleratedOn: a.acceleratedOn,
    owedCents: owed,
    overdueCents: a.state === 'cumplido' ? 0 : s.overdueCents,
    nextCuota:
      next && owed > 0 && !s.accelerated
        ? { numero: next.numero, dueDate: next.dueDate, balanceCents: next.balanceCents }
        : null,
  };
}

export function agreementDetail(ctx: ReadContext, id: number, asOf = ctx.today()): AgreementDetail {
  const a = requireAgreement(ctx, id);
  const cp = requireCounterparty(ctx, a.counterpartyId);
  const s = standingOf(ctx, a, asOf);
  const schedule = new Map(repo.cuotasOf(ctx.db, a.id).map((c) => [c.numero, c]));
  const events: AgreementEventView[] = repo.eventsOf(ctx.db, a.id).map((e) => ({
    id: e.id,
    kind: e.kind,
    kindLabel: EVENT_LABELS[e.kind] ?? e.kind,
    date: e.date,
    note: e.note,
    data: JSON.parse(e.data) as Record<string, unknown>,
    toState: e.toState as AgreementStateName,
  }));
  const invoices = invoiceBalances(ctx, a.id);
  const found = s.status.aceleracion;
  return {
    ...toRow(a, cp.name, s),
    asOf,
    counterpartyTaxId: cp.taxId,
    capitalCents: a.capitalCents,
    interestCents: a.interestCents,
    costsCents: a.costsCents,
    cuotaInicialCents: a.cuotaInicialCents,
    termInterestCents: a.termInterestCents,
    dtfRate: a.dtfRate,
    monthlyRate: a.monthlyRate,
    cuantia: a.cuantia,
    terms: termsOf(a),
    invoices: invoices.map((i) => ({
      invoiceId: i.invoiceId,
      number: i.number,
      obligationDate: i.line.obligationDate,
      capitalCents: i.line.capitalCents,
      interestCents: i.line.interestCents,
      ledgerBalanceCents: i.balanceCents,
    })),
    cuotas: s.status.cuotas.map((c) => {
      const row = schedule.get(c.numero)!;
      return {
        numero: c.numero,
        dueDate: c.dueDate,
        cuotaCents: c.cuotaCents,
        capitalCents: row.capitalCents,
        interestCents: row.interestCents,
        balanceAfterCents: row.balanceAfterCents,
        paidCents: c.paidCents,
        balanceCents: c.balanceCents,
        state: c.state,
        stateLabel: CUOTA_STATE_LABELS[c.state],
        paidOn: c.paidOn,
        daysOverdue: c.daysOverdue,
      };
    }),
    payments: repo.paymentsOf(ctx.db, a.id).map((p) => ({
      id: p.id,
      date: p.date,
      amountCents: p.amountCents,
      reference: p.reference,
      postingId: p.postingId,
    })),
    events,
    scheduleBalanceCents: s.status.balanceCents,
    unearnedInterestCents: s.unearnedCents,
    ledgerBalanceCents: sumCents(invoices.map((i) => i.balanceCents)),
    aceleracion: found
      ? { date: found.date, cuotasIncumplidas: found.cuotasIncumplidas, recorded: s.accelerated }
      : null,
    cobroJuridico: juridicoOfAgreement(ctx, a.id, new Map(invoices.map((i) => [i.invoiceId, i.number]))),
  };
}

export function listAgreements(ctx: ReadContext, input: ParsedInput<'agreements.list'>): AgreementRow[] {
  const asOf = input.asOf ?? ctx.today();
  return repo
    .listAgreements(ctx.db, input)
    .map((r) => toRow(r.agreement, r.counterpartyName, standingOf(ctx, r.agreement, asOf)));
}

/** Debtors of accelerated agreements: to report in the Boletín de Deudores Morosos del Estado. */
export function bdmeCandidates(ctx: ReadContext): BdmeCandidate[] {
  return repo.listAgreements(ctx.db, { state: 'acelerado' }).map(({ agreement: a }) => {
    const cp = requireCounterparty(ctx, a.counterpartyId);
    return {
      agreementId: a.id,
      folio: a.folio,
      counterpartyId: cp.id,
      counterpartyName: cp.name,
      taxId: cp.taxId,
      naturalezaJuridica: cp.naturalezaJuridica as NaturalezaJuridica | null,
      acceleratedOn: a.acceleratedOn ?? a.updatedAt.slice(0, 10),
      owedCents: standingOf(ctx, a, ctx.today()).owedCents,
      alreadyReported: cp.bdme,
    };
  });
}

/** Cuotas of vigente agreements due from asOf through the next 6 days (7 days), with what is left of each. */
export function dueThisWeek(ctx: ReadContext, input: ParsedInput<'agreements.dueThisWeek'>): CuotasDue {
  const from = input.asOf ?? ctx.today();
  const to = addDays(from, 6);
  const standings = new Map<number, Standing>();
  const rows = repo.cuotasDueBetween(ctx.db, from, to).flatMap((r) => {
    const id = r.cuota.agreementId;
    if (!standings.has(id)) standings.set(id, standingOf(ctx, requireAgreement(ctx, id), from));
    const c = standings.get(id)!.status.cuotas.find((x) => x.numero === r.cuota.numero)!;
    if (c.balanceCents === 0) return [];
    return [
      {
        agreementId: id,
        folio: r.folio,
        counterpartyId: r.counterpartyId,
        counterpartyName: r.counterpartyName,
        numero: c.numero,
        dueDate: c.dueDate,
        cuotaCents: c.cuotaCents,
        balanceCents: c.balanceCents,
        state: c.state,
      },
    ];
  });
  return { from, to, rows, totalCents: sumCents(rows.map((r) => r.balanceCents)) };
}
