/**
 * expedientes.*: the expediente de cobro of each debtor (domain README §Etapas de cobro): its stage, events
 * and running terms; events recorded by hand (with reason) and the moves the rules make when a term ends.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import { id, isoDate, jobId, requiredText, scanInput } from './schemas';
import type { ExportResult } from './types';
import type { CollectionStageEventView } from './types-cartera-ledger';
import type { DeadlineCategory } from './types';
import { ETAPAS_COBRO, type EtapaCobro } from '../domain/cartera/etapas';
import { EXPEDIENTE_EVENT_KINDS, type ExpedienteEventKind } from '../domain/cartera/expediente';
import type { ExpedienteDeadline } from '../domain/cartera/expediente-plazos';

export interface ExpedienteView {
  counterpartyId: number;
  counterpartyName: string;
  /** Null: no expediente yet (its invoices count as cobro persuasivo). */
  stage: EtapaCobro | null;
  label: string;
  since: string | null;
  conciliadoOn: string | null;
  citacionOn: string | null;
  /** The last cobro persuasivo: its dates (end null while it is open); null when there was none. */
  persuasivo: { start: string; end: string | null } | null;
  /** Receivables with balance past their due date, and the oldest due date (the 180 days run from it). */
  overdueCents: number;
  overdueCount: number;
  oldestDueDate: string | null;
  deadlines: ExpedienteDeadline[];
  /** The events that may be recorded now, each with why not when it may not. */
  next: { kind: ExpedienteEventKind; label: string; refusal: string | null }[];
  events: CollectionStageEventView[];
}

export interface ExpedienteRow {
  counterpartyId: number;
  counterpartyName: string;
  stage: EtapaCobro | null;
  label: string;
  since: string | null;
  overdueCents: number;
  oldestDueDate: string | null;
  next: ExpedienteDeadline | null;
}

export interface ExpedienteDeadlineItem extends ExpedienteDeadline {
  counterpartyId: number;
  counterpartyName: string;
  category: DeadlineCategory;
  when: string;
}

export interface ExpedienteMoves {
  moved: {
    counterpartyId: number;
    counterpartyName: string;
    kind: ExpedienteEventKind;
    date: string;
    reason: string;
  }[];
}

const KINDS = Object.keys(EXPEDIENTE_EVENT_KINDS) as [ExpedienteEventKind, ...ExpedienteEventKind[]];
const STAGES = Object.keys(ETAPAS_COBRO) as [EtapaCobro, ...EtapaCobro[]];

export const expedientesMethods = {
  'expedientes.list': read<{ rows: ExpedienteRow[] }>()(
    z.object({ stage: z.enum(STAGES, { message: 'Etapa no válida' }).optional() }).strict(),
  ),
  'expedientes.get': read<ExpedienteView>()(z.object({ counterpartyId: id }).strict()),
  'expedientes.deadlines': read<ExpedienteDeadlineItem[]>()(
    z.object({ horizonDays: z.number().int().min(0).max(365).default(30) }).strict(),
  ),
  'expedientes.record': write<ExpedienteView>()(
    z
      .object({
        counterpartyId: id,
        kind: z.enum(KINDS, { message: 'Tipo de evento no válido' }),
        date: isoDate,
        reason: requiredText('El motivo', 1000),
        /** For an anulación: the event it undoes. */
        correctsId: id.optional(),
        documentId: id.optional(),
        scan: scanInput.optional(),
      })
      .strict()
      .refine((v) => (v.kind === 'anulacion') === (v.correctsId !== undefined), {
        message: 'Indique el evento que se anula (y sólo en una anulación)',
        path: ['correctsId'],
      }),
  ),
  'expedientes.review': write<ExpedienteMoves>()(z.object({}).strict().default({})),
  /** The informe de cierre of the debtor's last cobro persuasivo (PDF in exportaciones/). */
  'expedientes.informeCierre': job<ExportResult>()(z.object({ counterpartyId: id, jobId }).strict()),
};
