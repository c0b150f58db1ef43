/**
 * The DTF table (Configuración → Tablas): one effective annual rate per month,
 * typed as a percentage ("8.6") and stored as a decimal fraction ("0.086"),
 * the form the interest rules read (shared/domain/cartera/dtf-interest).
 * It is configuration: a month may be corrected; a signed agreement keeps the
 * figures it was signed with.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { DtfList, DtfRow, DtfSaved } from '../../../shared/api/types-agreements';
import { Dec } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/agreements';
import type { ServiceContext, ReadContext } from '../../core/context';

function toRow(r: { period: string; rate: string }): DtfRow {
  return { period: r.period, rate: r.rate, percent: new Dec(r.rate).mul(100).toFixed() };
}

/** The table as the interest rules take it. */
export function dtfTable(ctx: ReadContext): Map<string, string> {
  return new Map(repo.listDtf(ctx.db).map((r) => [r.period, r.rate]));
}

export function listDtf(ctx: ReadContext): DtfList {
  return { rows: repo.listDtf(ctx.db).map(toRow) };
}

export function saveDtf(ctx: ServiceContext, input: ParsedInput<'cartera.dtf.save'>): DtfSaved {
  const now = ctx.now().toISOString();
  for (const r of input.rates) repo.upsertDtf(ctx.db, r.period, new Dec(r.rate).div(100).toFixed(), now);
  return { saved: input.rates.length, ...listDtf(ctx) };
}
