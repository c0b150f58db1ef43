/**
 * cartera.aging and cartera.agingDetail (domain README §Edades): the cartera por
 * edades per counterparty as of a date, with cuantía (in the institution's
 * unit of reference in force on the as-of date: SMMLV, UMA mensual or salario
 * mínimo mensual), naturaleza jurídica, riesgo and priority by nearness to
 * prescription.
 *
 * Balances are the ledger's (the invoice_balances projection), read in one
 * grouped pass; the as-of date decides the ages. Every bucket is a Σ of
 * integer centavos, so each row's buckets sum to its balance and, without
 * filters, the report total equals Σ ledger balances of the direction.
 * The rules themselves live in shared/domain/cartera/*.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type {
  AgingCounterparty,
  AgingDetail,
  AgingReport,
  AgingRowOut,
  AgingTotals,
} from '../../../shared/api/types-cartera-reports';
import { NATURALEZA_JURIDICA, type NaturalezaJuridica } from '../../../shared/domain/catalogs';
import {
  AGING_BUCKETS,
  agingOfCounterparty,
  emptyBuckets,
  sumAging,
  type AgingBucket,
  type AgingBuckets,
} from '../../../shared/domain/cartera/aging';
import { amountInUnits, cuantiaOf, type Cuantia } from '../../../shared/domain/cartera/cuantia';
import { prescripcionOf, prioritizeByPrescripcion } from '../../../shared/domain/cartera/prescripcion';
import { ETAPAS_COBRO, type EtapaCobro } from '../../../shared/domain/cartera/etapas';
import { riesgoOf } from '../../../shared/domain/cartera/riesgo';
import { sumCents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/cartera-reports';
import { isPastCut, type ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { thresholdUnitOrNotice } from '../settings/reference-unit';
import { stagesOf } from '../expedientes/stages';

const NATURALEZA_LABEL = new Map<string, string>(NATURALEZA_JURIDICA.map((n) => [n.value, n.label]));

export function toAgingCounterparty(c: repo.CounterpartyInfo): AgingCounterparty {
  return {
    counterpartyId: c.id,
    name: c.name,
    taxId: c.taxId,
    kind: c.kind,
    naturalezaJuridica: c.naturalezaJuridica as NaturalezaJuridica | null,
    naturalezaJuridicaLabel: c.naturalezaJuridica
      ? (NATURALEZA_LABEL.get(c.naturalezaJuridica) ?? c.naturalezaJuridica)
      : '',
    intervenida: Boolean(c.intervenida),
    enLiquidacion: Boolean(c.enLiquidacion),
    bdme: Boolean(c.bdme),
  };
}

export function counterpartyInfo(ctx: ReadContext, id: number): repo.CounterpartyInfo {
  requireCounterparty(ctx, id);
  return repo.counterpartiesById(ctx.sqlite, [id]).get(id)!;
}

/** The cuantía of a total in the unit in force (its monthly value), and the total in units; nulls without the unit. */
export function cuantiaFor(
  totalCents: number,
  unit: { valueCents: number } | null,
): { cuantia: Cuantia | null; totalSmmlv: string | null } {
  if (!unit) return { cuantia: null, totalSmmlv: null };
  return { cuantia: cuantiaOf(totalCents, unit.valueCents), totalSmmlv: amountInUnits(totalCents, unit.valueCents) };
}

/** Totals of rows that carry buckets: Σ per bucket, total = Σ buckets, vencido = total − no vencida. */
export function agingTotals(items: readonly { buckets: AgingBuckets }[], invoiceCount: number): AgingTotals {
  const s = sumAging(items);
  return { ...s, vencidoCents: vencidoOf(s.buckets), invoiceCount };
}

function vencidoOf(b: AgingBuckets): number {
  return sumCents(AGING_BUCKETS.filter((x) => x.key !== 'no_vencida').map((x) => b[x.key]));
}

/** An age inside each bucket, for riesgo from grouped sums: the bucket's upper bound (361 for the open one). */
const AGE_OF_BUCKET = Object.fromEntries(
  AGING_BUCKETS.map((b) => [b.key, Number.isFinite(b.maxDays) ? b.maxDays : 361]),
) as Record<AgingBucket, number>;

export function aging(ctx: ReadContext, input: ParsedInput<'cartera.aging'>): AgingReport {
  const asOf = input.asOf ?? ctx.today();
  if (input.counterpartyId !== undefined) requireCounterparty(ctx, input.counterpartyId);
  const { unit, unitLabel, avisos } = thresholdUnitOrNotice(ctx, asOf);
  const groups = repo.agingGroups(ctx.sqlite, {
    asOf,
    historical: isPastCut(ctx, asOf),
    direction: input.direction,
    ...(input.counterpartyId === undefined ? {} : { counterpartyId: input.counterpartyId }),
  });
  const byCp = new Map<number, repo.AgingGroup[]>();
  for (const g of groups) {
    const list = byCp.get(g.counterpartyId);
    if (list) list.push(g);
    else byCp.set(g.counterpartyId, [g]);
  }
  const info = repo.counterpartiesById(ctx.sqlite, [...byCp.keys()]);

  const unranked = [...byCp.entries()].map(([cpId, gs]) => {
    const cp = info.get(cpId)!;
    const buckets = emptyBuckets();
    for (const g of gs) buckets[g.bucket] = g.balance;
    const totalCents = sumCents(AGING_BUCKETS.map((b) => buckets[b.key]));
    const r = riesgoOf({
      enLiquidacion: Boolean(cp.enLiquidacion),
      invoices: gs.map((g) => ({ balanceCents: g.positive, ageDays: AGE_OF_BUCKET[g.bucket] })),
    });
    const positiveDues = gs.map((g) => g.oldestPositiveDue).filter((d): d is string => d !== null);
    const oldestDueDate = (positiveDues.length > 0 ? positiveDues : gs.map((g) => g.oldestDue)).reduce((a, b) =>
      b < a ? b : a,
    );
    return {
      ...toAgingCounterparty(cp),
      invoiceCount: gs.reduce((n, g) => n + g.invoices, 0),
      buckets,
      totalCents,
      balanceCents: totalCents,
      vencidoCents: vencidoOf(buckets),
      ...cuantiaFor(totalCents, unit),
      riesgo: r.riesgo,
      riesgoMotivo: r.motivo,
      dueDate: oldestDueDate,
      oldestDueDate,
    };
  });
  const ranked = prioritizeByPrescripcion(unranked, asOf, input.prescripcionAnios);
  const all: AgingRowOut[] = ranked.map(({ balanceCents: _b, dueDate: _d, ...row }) => row);
  const rows = all.filter(
    (r) =>
      (input.naturalezaJuridica === undefined || r.naturalezaJuridica === input.naturalezaJuridica) &&
      (input.riesgo === undefined || r.riesgo === input.riesgo) &&
      (input.cuantia === undefined || r.cuantia === input.cuantia),
  );
  return {
    asOf,
    direction: input.direction,
    prescripcionAnios: input.prescripcionAnios,
    smmlv: unit,
    unitLabel,
    avisos,
    rows,
    totals: agingTotals(
      rows,
      rows.reduce((n, r) => n + r.invoiceCount, 0),
    ),
    filtered: rows.length !== all.length,
  };
}

/** A counterparty's invoices (balance ≠ 0, or all) as aging rows with their prescription. */
export function agingInvoices(
  ctx: ReadContext,
  q: {
    counterpartyId: number;
    direction: repo.Direction;
    asOf: string;
    prescripcionAnios: number;
    includePaid?: boolean;
  },
) {
  const invoices = repo.invoicesOfCounterparty(ctx.sqlite, { ...q, historical: isPastCut(ctx, q.asOf) });
  const a = agingOfCounterparty(invoices, q.asOf);
  // Stages are of collection: receivables only.
  const stages =
    q.direction === 'receivable'
      ? stagesOf(
          ctx,
          a.rows.map((r) => r.invoiceId),
          q.asOf,
        )
      : new Map<number, EtapaCobro>();
  const rows = a.rows.map((r) => {
    const etapa = stages.get(r.invoiceId) ?? null;
    return {
      ...r,
      ...prescripcionOf(r.dueDate, q.asOf, q.prescripcionAnios),
      etapa,
      etapaLabel: etapa ? ETAPAS_COBRO[etapa] : '',
    };
  });
  return { rows, totals: agingTotals(rows, rows.filter((r) => r.balanceCents !== 0).length) };
}

export function agingDetail(ctx: ReadContext, input: ParsedInput<'cartera.agingDetail'>): AgingDetail {
  const asOf = input.asOf ?? ctx.today();
  const cp = counterpartyInfo(ctx, input.counterpartyId);
  const { rows, totals } = agingInvoices(ctx, {
    counterpartyId: cp.id,
    direction: input.direction,
    asOf,
    prescripcionAnios: input.prescripcionAnios,
  });
  const r = riesgoOf({ enLiquidacion: Boolean(cp.enLiquidacion), invoices: rows });
  const { unit, unitLabel } = thresholdUnitOrNotice(ctx, asOf);
  return {
    asOf,
    direction: input.direction,
    prescripcionAnios: input.prescripcionAnios,
    counterparty: toAgingCounterparty(cp),
    rows,
    totals,
    riesgo: r.riesgo,
    riesgoMotivo: r.motivo,
    ...cuantiaFor(totals.totalCents, unit),
    unitLabel,
  };
}
