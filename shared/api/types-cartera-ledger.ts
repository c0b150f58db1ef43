/** Outputs of the cartera ledger operations (shared/api/contract-cartera-ledger.ts). */
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
