/**
 * The BDME at a semestral cut (domain README §BDME): the debtors to report — their receivables more than six
 * months overdue at the cut above 5 SMMLV of the cut's year (the ledger as it stood then), and those with an
 * agreement breached by then and still owing — and those to retire since the last cut reported. A cut already
 * reported is shown as it was recorded, not computed again.
 */
import type { BdmeCutRow, BdmeCutView, BdmeDebtorRow, BdmeRetirementRow } from '../../../shared/api/bdme';
import {
  BDME_REASONS,
  bdmeCandidates,
  bdmeRetirements,
  bdmeSixMonthsBefore,
  type BdmeReason,
} from '../../../shared/domain/cartera/bdme';
import * as repo from '../../../db/repositories/bdme';
import type { ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { thresholdUnitAt } from '../settings/reference-unit';

const parseReasons = (json: string) => JSON.parse(json) as BdmeReason[];

function debtorRow(
  ctx: ReadContext,
  d: { debtorId: number; reasons: BdmeReason[]; overdueCents: number; overdueObligations: number },
): BdmeDebtorRow {
  const cp = requireCounterparty(ctx, d.debtorId);
  return {
    counterpartyId: cp.id,
    name: cp.name,
    taxId: cp.taxId,
    reasons: d.reasons,
    reasonLabels: d.reasons.map((r) => BDME_REASONS[r]),
    overdueCents: d.overdueCents,
    overdueObligations: d.overdueObligations,
  };
}

function retirementRow(ctx: ReadContext, r: { debtorId: number; previousReasons: BdmeReason[] }): BdmeRetirementRow {
  const cp = requireCounterparty(ctx, r.debtorId);
  return { counterpartyId: cp.id, name: cp.name, taxId: cp.taxId, previousReasons: r.previousReasons };
}

/** Who was reported at a recorded cut (its inclusions). */
function reportedAt(ctx: ReadContext, cutId: number) {
  return repo
    .debtorsOfCut(ctx.db, cutId)
    .filter((d) => d.novedad === 'incluido')
    .map((d) => ({ debtorId: d.counterpartyId, reasons: parseReasons(d.reasons) }));
}

/** The cut as the ledger says it today (for a cut not reported yet). */
function computed(ctx: ReadContext, cutDate: string): Omit<BdmeCutView, 'reported'> {
  const smmlvCents = thresholdUnitAt(ctx, cutDate).valueCents;
  const byDebtor = new Map<number, { dueDate: string; balanceCents: number }[]>();
  for (const o of repo.obligationsAt(ctx.sqlite, cutDate)) {
    const list = byDebtor.get(o.counterpartyId) ?? [];
    list.push(o);
    byDebtor.set(o.counterpartyId, list);
  }
  const r = bdmeCandidates({
    cutDate,
    smmlvCents,
    debtors: [...byDebtor].map(([debtorId, obligations]) => ({ debtorId, obligations })),
    breachedAgreementDebtorIds: repo.breachedAt(ctx.sqlite, cutDate),
  });
  const previous = repo.cutBefore(ctx.db, cutDate);
  const retirements = previous ? bdmeRetirements(reportedAt(ctx, previous.id), r.candidates) : [];
  return {
    cutDate,
    sixMonthsBefore: r.sixMonthsBefore,
    smmlvCents,
    thresholdCents: r.thresholdCents,
    candidates: r.candidates.map((c) => debtorRow(ctx, c)),
    retirements: retirements.map((x) => retirementRow(ctx, x)),
    previousCut: previous?.cutDate ?? null,
  };
}

export function bdmeCut(ctx: ReadContext, cutDate: string): BdmeCutView {
  const recorded = repo.cutOn(ctx.db, cutDate);
  if (!recorded) return { ...computed(ctx, cutDate), reported: null };
  const debtors = repo.debtorsOfCut(ctx.db, recorded.id);
  return {
    cutDate,
    sixMonthsBefore: bdmeSixMonthsBefore(cutDate),
    smmlvCents: recorded.smmlvCents,
    thresholdCents: recorded.thresholdCents,
    candidates: debtors
      .filter((d) => d.novedad === 'incluido')
      .map((d) =>
        debtorRow(ctx, {
          debtorId: d.counterpartyId,
          reasons: parseReasons(d.reasons),
          overdueCents: d.overdueCents,
          overdueObligations: d.obligations,
        }),
      ),
    retirements: debtors
      .filter((d) => d.novedad === 'retirado')
      .map((d) => retirementRow(ctx, { debtorId: d.counterpartyId, previousReasons: parseReasons(d.reasons) })),
    previousCut: repo.cutBefore(ctx.db, cutDate)?.cutDate ?? null,
    reported: { fileName: recorded.fileName, createdAt: recorded.createdAt },
  };
}

export function listCuts(ctx: ReadContext): BdmeCutRow[] {
  return repo.listCuts(ctx.db).map((c) => {
    const debtors = repo.debtorsOfCut(ctx.db, c.id);
    return {
      cutDate: c.cutDate,
      fileName: c.fileName,
      included: debtors.filter((d) => d.novedad === 'incluido').length,
      retired: debtors.filter((d) => d.novedad === 'retirado').length,
      createdAt: c.createdAt,
    };
  });
}
