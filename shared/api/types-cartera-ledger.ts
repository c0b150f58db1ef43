/** Outputs of the cartera ledger operations (shared/api/contract-cartera-ledger.ts). */
import type { EtapaCobro } from '../domain/cartera/etapas';
import type { ExpedienteEventKind } from '../domain/cartera/expediente';
import type { PostingResult } from './types';

/** A nota crédito/débito's own data, beside its ledger entry. */
export interface NotaDetail {
  entryId: number;
  invoiceId: number;
  kind: 'nota_credito' | 'nota_debito';
  /** Value of TIPOS_NOTA_CREDITO / TIPOS_NOTA_DEBITO. */
  tipo: string;
  /** Its Spanish label. */
  tipoLabel: string;
  supportReference: string;
  /** The scanned support (assets.get), if one was attached. */
  supportAssetId: number | null;
  /** Set when the nota needed (or was given) a recorded approval. */
  approval: { approvedBy: string; reference: string; date: string } | null;
}

export interface NotaResult extends PostingResult {
  nota: NotaDetail;
}

/** One application of a pago por aplicar: the abono it became. */
export interface UnappliedApplication {
  entryId: number;
  invoiceId: number;
  invoiceNumber: string;
  amountCents: number;
  date: string;
}

/** A pago por aplicar with what has been applied and what is left. */
export interface UnappliedPayment {
  id: number;
  counterpartyId: number;
  counterpartyName: string;
  date: string;
  reference: string;
  memo: string;
  amountCents: number;
  appliedCents: number;
  remainingCents: number;
  createdAt: string;
  applications: UnappliedApplication[];
}

export interface UnappliedRegistered {
  /** true when the idempotency key had been used: nothing new was written. */
  replayed: boolean;
  payment: UnappliedPayment;
}

export interface UnappliedApplied extends PostingResult {
  payment: UnappliedPayment;
}

export interface UnappliedList {
  rows: UnappliedPayment[];
  totalAmountCents: number;
  totalRemainingCents: number;
}

/** One event of a debtor's expediente de cobro (domain README §Etapas de cobro). */
export interface CollectionStageEventView {
  id: number;
  kind: ExpedienteEventKind;
  kindLabel: string;
  date: string;
  reason: string;
  /** manual (staff), regla (a term ended), aceleracion (an acuerdo), carta (a letter sent). */
  origin: 'manual' | 'regla' | 'acuerdo' | 'aceleracion' | 'carta';
  agreementId: number | null;
  agreementFolio: string | null;
  documentId: number | null;
  documentNumber: string | null;
  assetId: number | null;
  /** The event an anulación undoes. */
  correctsId: number | null;
  /** Undone by a later anulación. */
  annulled: boolean;
}

/** Where a receivable invoice's collection stands, and how it got there. */
export interface CollectionStageView {
  stage: EtapaCobro;
  label: string;
  /** Null while in the initial stage (no event recorded). */
  since: string | null;
  /** The agreement whose aceleración sent it to this stage, if that is how. */
  agreementId: number | null;
  agreementFolio: string | null;
  events: CollectionStageEventView[];
}
