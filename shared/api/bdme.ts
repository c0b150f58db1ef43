/**
 * bdme.*: the Boletín de Deudores Morosos del Estado (domain README §BDME): the debtors to report at a semestral
 * cut (31 May, 30 November) and those to retire since the last cut reported; the cut recorded with its workbook.
 */
import { z } from 'zod';
import { job, read } from './method';
import { isoDate, jobId } from './schemas';
import type { BdmeReason } from '../domain/cartera/bdme';

const cutDate = isoDate.refine((d) => ['05-31', '11-30'].includes(d.slice(5)), {
  message: 'El corte del BDME es semestral: 31 de mayo o 30 de noviembre',
});

export interface BdmeDebtorRow {
  counterpartyId: number;
  name: string;
  taxId: string;
  reasons: BdmeReason[];
  /** «Obligaciones con más de seis meses de mora…», «Incumplimiento de acuerdo de pago». */
  reasonLabels: string[];
  /** Σ of its obligations more than six months overdue at the cut (0 when reported only for a breached agreement). */
  overdueCents: number;
  overdueObligations: number;
}

export interface BdmeRetirementRow {
  counterpartyId: number;
  name: string;
  taxId: string;
  previousReasons: BdmeReason[];
}

export interface BdmeCutView {
  cutDate: string;
  /** Obligations due before this day count (more than six months overdue at the cut). */
  sixMonthsBefore: string;
  smmlvCents: number;
  /** 5 SMMLV of the cut's year: the overdue sum must exceed it. */
  thresholdCents: number;
  candidates: BdmeDebtorRow[];
  /** Reported at the previous cut and no longer candidates (paid or cured): to retire. */
  retirements: BdmeRetirementRow[];
  previousCut: string | null;
  /** The cut as reported, when it was: its workbook and date. */
  reported: { fileName: string; createdAt: string } | null;
}

export interface BdmeCutRow {
  cutDate: string;
  fileName: string;
  included: number;
  retired: number;
  createdAt: string;
}

export interface BdmeReportResult {
  fileName: string;
  path: string;
  rows: number;
  sizeBytes: number;
  cut: BdmeCutView;
}

export const bdmeMethods = {
  /** The debtors to report and to retire at a cut, computed from the ledger at that date (or as reported). */
  'bdme.cut': read<BdmeCutView>()(z.object({ cutDate }).strict()),
  /** The cuts reported, newest first. */
  'bdme.cuts': read<BdmeCutRow[]>()(z.object({}).strict().default({})),
  /** Records the cut (once) and writes its workbook for the Contaduría in exportaciones/ (job). */
  'bdme.report': job<BdmeReportResult>()(z.object({ cutDate, jobId }).strict()),
} as const;
