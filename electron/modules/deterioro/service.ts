/**
 * The deterioro of a debtor at a quarterly cut (domain README §Deterioro, castigo and cruce): its receivable
 * balance at the cut (entries dated up to it), the user's expected recoveries discounted at the TES in force on
 * the cut (shared/domain/cartera/deterioro.ts), and the entry on the contra-account that brings the accumulated
 * deterioro to the new estimate — an increase or a reversal; the invoices' balances never change.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { DeterioroPreview, DeterioroRow, TesRow } from '../../../shared/api/deterioro';
import { DomainError } from '../../../shared/api/errors';
import { CierreErrorCodes } from '../../../shared/api/errors-cierre';
import { adjustment, deterioroOf } from '../../../shared/domain/cartera/deterioro';
import { formatDate } from '../../../shared/domain/dates';
import { Dec } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/deterioro';
import type { ReadContext, ServiceContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';

const toTes = (r: repo.TesRecord): TesRow => ({
  validFrom: r.validFrom,
  rate: r.rate,
  percent: new Dec(r.rate).mul(100).toFixed(),
  source: r.source,
});

export const listTes = (ctx: ReadContext) => ({ rows: repo.listTes(ctx.db).map(toTes) });

export function saveTes(ctx: ServiceContext, input: ParsedInput<'deterioro.tesSave'>) {
  repo.upsertTes(ctx.db, {
    validFrom: input.validFrom,
    rate: new Dec(input.rate).div(100).toFixed(),
    source: input.source,
    updatedAt: ctx.now().toISOString(),
  });
  return listTes(ctx);
}

export function previewDeterioro(ctx: ReadContext, input: ParsedInput<'deterioro.preview'>): DeterioroPreview {
  const cp = requireCounterparty(ctx, input.counterpartyId);
  const tes = repo.tesAt(ctx.db, input.cutDate);
  if (!tes)
    throw new DomainError(
      CierreErrorCodes.tesFaltante,
      `No hay tasa TES vigente al ${formatDate(input.cutDate)}: regístrela con su fuente en Cartera → Deterioro → Tasas TES.`,
      { cutDate: input.cutDate },
    );
  const balanceCents = repo.balancesAt(ctx.sqlite, input.cutDate, cp.id)[0]?.balanceCents ?? 0;
  if (balanceCents <= 0)
    throw new DomainError(
      CierreErrorCodes.sinSaldo,
      `${cp.name} no tiene saldo por cobrar al ${formatDate(input.cutDate)}: no hay deterioro que estimar.`,
    );
  const result = deterioroOf({
    balanceCents,
    glosaCents: input.glosaCents,
    parts: input.parts,
    cutDate: input.cutDate,
    tesRate: tes.rate,
    liquidatedWithoutRecovery: input.liquidatedWithoutRecovery,
  });
  const accumulatedBeforeCents = repo.accumulatedAt(ctx.db, cp.id, input.cutDate);
  return {
    counterpartyId: cp.id,
    counterpartyName: cp.name,
    cutDate: input.cutDate,
    balanceCents,
    tes: toTes(tes),
    result,
    accumulatedBeforeCents,
    adjustment: adjustment(accumulatedBeforeCents, result.deterioroCents),
    netBookValueCents: balanceCents - result.deterioroCents,
  };
}

export function recordDeterioro(
  ctx: ServiceContext,
  input: ParsedInput<'deterioro.record'>,
): DeterioroPreview & { estimateId: number } {
  const p = previewDeterioro(ctx, input);
  // A later cut already estimated built on this one's accumulated figure: correcting the past is refused.
  const later = repo.latestCutOf(ctx.db, input.counterpartyId);
  if (later && later > input.cutDate)
    throw new DomainError(
      CierreErrorCodes.corteAnterior,
      `${p.counterpartyName} ya tiene deterioro estimado al ${formatDate(later)}: el corte del ${formatDate(input.cutDate)} no se estima de nuevo.`,
    );
  const row = repo.insertEstimate(
    ctx.db,
    {
      counterpartyId: p.counterpartyId,
      cutDate: input.cutDate,
      balanceCents: p.balanceCents,
      glosaCents: input.glosaCents,
      parts: JSON.stringify(input.parts),
      liquidated: input.liquidatedWithoutRecovery,
      tesRate: p.tes.rate,
      pvCents: p.result.pvCents,
      deterioroCents: p.result.deterioroCents,
      note: input.note,
      createdAt: ctx.now().toISOString(),
    },
    p.adjustment.amountCents,
  );
  return { ...p, estimateId: row.id };
}

export function listDeterioro(ctx: ReadContext, input: ParsedInput<'deterioro.list'>) {
  const accumulated = repo.accumulatedAll(ctx.db, input.cutDate);
  const inForce = new Map(repo.estimatesAt(ctx.db, input.cutDate).map((e) => [e.counterpartyId, e]));
  const rows: DeterioroRow[] = repo.balancesAt(ctx.sqlite, input.cutDate).map((b) => {
    const acc = accumulated.get(b.counterpartyId) ?? 0;
    const e = inForce.get(b.counterpartyId);
    return {
      counterpartyId: b.counterpartyId,
      name: b.name,
      balanceCents: b.balanceCents,
      accumulatedCents: acc,
      netBookValueCents: b.balanceCents - acc,
      estimate: e
        ? {
            deterioroCents: e.deterioroCents,
            share: e.balanceCents > 0 ? new Dec(e.deterioroCents).div(e.balanceCents).toFixed(4) : '0.0000',
            createdAt: e.createdAt,
          }
        : null,
    };
  });
  const sum = (f: (r: DeterioroRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    cutDate: input.cutDate,
    rows,
    totals: {
      balanceCents: sum((r) => r.balanceCents),
      accumulatedCents: sum((r) => r.accumulatedCents),
      netBookValueCents: sum((r) => r.netBookValueCents),
    },
  };
}
