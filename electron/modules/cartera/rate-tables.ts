/**
 * The monthly rate tables (Acuerdos de pago → Tasas): the DTF, and the DIAN's tasa de interés moratorio
 * that a contrato de transacción may use for its intereses de mora instead. One effective annual rate per
 * month, typed as a percentage ("8.6") and stored as a decimal fraction ("0.086"), the form the interest
 * rules read (shared/domain/cartera/dtf-interest). They are configuration: a month may be corrected; a signed
 * agreement keeps the figures it was signed with.
 */
import type { DtfList, DtfRow, DtfSaved } from '../../../shared/api/types-agreements';
import { Dec } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/agreements';
import type { ServiceContext, ReadContext } from '../../core/context';

export type { RateTableName } from '../../../db/repositories/agreements';

function toRow(r: { period: string; rate: string }): DtfRow {
  return { period: r.period, rate: r.rate, percent: new Dec(r.rate).mul(100).toFixed() };
}

/** A table as the interest rules take it. */
export function rateTable(ctx: ReadContext, name: repo.RateTableName): Map<string, string> {
  return new Map(repo.listRates(ctx.db, name).map((r) => [r.period, r.rate]));
}

export function listRateTable(ctx: ReadContext, name: repo.RateTableName): DtfList {
  return { rows: repo.listRates(ctx.db, name).map(toRow) };
}

export function saveRateTable(
  ctx: ServiceContext,
  name: repo.RateTableName,
  rates: readonly { period: string; rate: string }[],
): DtfSaved {
  const now = ctx.now().toISOString();
  for (const r of rates) repo.upsertRate(ctx.db, name, r.period, new Dec(r.rate).div(100).toFixed(), now);
  return { saved: rates.length, ...listRateTable(ctx, name) };
}
