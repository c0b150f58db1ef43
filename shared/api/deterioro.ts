/**
 * deterioro.*: the impairment of the receivables at a quarterly cut (domain README §Deterioro, castigo and
 * cruce): the TES table, a debtor's estimate previewed and recorded (its adjustment on the contra-account), and
 * the debtors at a cut with their balance, accumulated deterioro and net book value.
 */
import { z } from 'zod';
import { read, write } from './method';
import { percent } from './agreements';
import { cents, id, isoDate, requiredText, text } from './schemas';
import type { DeterioroAdjustment, DeterioroResult } from '../domain/cartera/deterioro';

const cutDate = isoDate.refine((d) => ['03-31', '06-30', '09-30', '12-31'].includes(d.slice(5)), {
  message: 'El corte del deterioro es trimestral: 31 de marzo, 30 de junio, 30 de septiembre o 31 de diciembre',
});

const nonNegative = cents.refine((v) => v >= 0, 'El importe no puede ser negativo');

const estimateInput = z
  .object({
    counterpartyId: id,
    cutDate,
    /** Pending glosa inside the balance: the part evaluated separately. */
    glosaCents: nonNegative.default(0),
    parts: z
      .array(
        z.object({
          kind: z.enum(['saldo', 'glosa'], { message: 'Parte no válida: saldo o glosa' }),
          expectedCents: nonNegative,
          expectedDate: isoDate,
        }),
      )
      .max(60, 'Como máximo 60 recaudos esperados'),
    liquidatedWithoutRecovery: z.boolean().default(false),
  })
  .strict();

export interface TesRow {
  validFrom: string;
  rate: string;
  percent: string;
  source: string;
}

export interface DeterioroPreview {
  counterpartyId: number;
  counterpartyName: string;
  cutDate: string;
  /** The debtor's receivable balance at the cut. */
  balanceCents: number;
  tes: TesRow;
  result: DeterioroResult;
  /** Accumulated before this estimate (entries dated up to the cut), and the entry that brings it to the estimate. */
  accumulatedBeforeCents: number;
  adjustment: DeterioroAdjustment;
  /** Balance − the estimate's deterioro: what the receivable is worth in the books. */
  netBookValueCents: number;
}

export interface DeterioroRow {
  counterpartyId: number;
  name: string;
  balanceCents: number;
  accumulatedCents: number;
  netBookValueCents: number;
  /** The estimate in force at this cut, if any. */
  estimate: { deterioroCents: number; share: string; createdAt: string } | null;
}

export const deterioroMethods = {
  'deterioro.tesList': read<{ rows: TesRow[] }>()(z.object({}).strict().default({})),
  'deterioro.tesSave': write<{ rows: TesRow[] }>()(
    z
      .object({
        validFrom: isoDate,
        rate: percent,
        source: requiredText('La fuente de la tasa TES (emisor, plazo, fecha)', 300),
      })
      .strict(),
  ),
  /** The estimate computed, not recorded. */
  'deterioro.preview': read<DeterioroPreview>()(estimateInput),
  /** The estimate recorded with its adjustment on the contra-account (one transaction). */
  'deterioro.record': write<DeterioroPreview & { estimateId: number }>()(
    estimateInput.extend({ note: text(1000).default('') }),
  ),
  /** The debtors with a receivable balance at the cut: balance, accumulated deterioro, net book value. */
  'deterioro.list': read<{
    cutDate: string;
    rows: DeterioroRow[];
    totals: Omit<DeterioroRow, 'counterpartyId' | 'name' | 'estimate'>;
  }>()(z.object({ cutDate }).strict()),
} as const;
