/** Outputs of the acuerdos de pago and the DTF table (shared/api/contract-agreements.ts). */
import type { Cuantia } from '../domain/cartera/cuantia';
import type { CuotaState } from '../domain/cartera/cuotas';
import type { ReglaIncumplida } from '../domain/cartera/validation';
import type { NaturalezaJuridica } from '../domain/catalogs';
import type { LedgerEntry } from './types';

export type { ReglaIncumplida };

/** An acuerdo de pago or a contrato de transacción (domain README §Etapas de cobro: cobro prejurídico). */
export type AgreementKind = 'acuerdo' | 'contrato_transaccion';

/** One month of a rate table (DTF or the DIAN's interés moratorio). */
export interface DtfRow {
  period: string;
  /** Effective annual rate as stored: decimal fraction ("0.086"). */
  rate: string;
  /** The same as a percentage ("8.6"), as the user types it. */
  percent: string;
}

export interface DtfList {
  rows: DtfRow[];
}

export interface DtfSaved extends DtfList {
  saved: number;
}

/** A month of delay of one invoice: its days, the month's DTF and the unrounded interest. */
export interface MoraStretchView {
  period: string;
  days: number;
  rate: string;
  interestExact: string;
}

export interface AgreementInvoiceLine {
  invoiceId: number;
  number: string;
  /** The invoice's due date: interest runs from the next day. */
  obligationDate: string;
  capitalCents: number;
  /** Its share of the agreement's interest of mora (the total is rounded once; the shares add up to it). */
  interestCents: number;
  days: number;
  stretches: MoraStretchView[];
}

export interface ScheduleCuotaView {
  /** 0 = cuota inicial. */
  numero: number;
  dueDate: string;
  cuotaCents: number;
  capitalCents: number;
  interestCents: number;
  balanceAfterCents: number;
}

export interface AgreementTermsRecord {
  approval: { approvedBy: string; reference: string; date: string } | null;
  prescriptionWaiver: { reference: string; date: string } | null;
  bdmeCertificate: { reference: string; date: string } | null;
  guarantee: { type: string; description: string } | null;
  /** 'dtf': intereses de plazo at the signing month's DTF; 'cero': 0 % as the agreement says. */
  termRate: 'dtf' | 'cero';
  /** A contrato de transacción or an acuerdo de pago (agreements signed before the choice are acuerdos). */
  kind?: AgreementKind;
  /** The table of the intereses de mora (agreements signed before the choice used the DTF). */
  moraRate?: 'dtf' | 'dian';
  /** Who signed for the debtor (agreements signed before it was asked have none). */
  debtorSigner?: { name: string; position: string } | null;
}

/** The wizard's live preview: the debt, the schedule and every rule the proposal breaks. */
export interface AgreementPreview {
  counterpartyId: number;
  counterpartyName: string;
  naturalezaJuridica: NaturalezaJuridica | null;
  signingDate: string;
  kind: AgreementKind;
  /** «Acuerdo de pago» or «Contrato de transacción». */
  kindLabel: string;
  moraRate: 'dtf' | 'dian';
  /** «DTF» or «interés moratorio DIAN»: the table of the intereses de mora. */
  moraRateLabel: string;
  invoices: AgreementInvoiceLine[];
  capitalCents: number;
  interestCents: number;
  costsCents: number;
  debtCents: number;
  minimumCuotaInicialCents: number;
  cuotaInicialCents: number;
  financedCents: number;
  numeroCuotas: number;
  cuantia: Cuantia;
  cuantiaLabel: string;
  /** Monthly value of the unit of reference in force on the signing date (SMMLV; UMA or salario mínimo mensual for MX). */
  smmlvCents: number;
  /** The debt in that unit, two decimals (display only). */
  debtInSmmlv: string;
  /** That unit's name: "SMMLV", "UMA mensual", "salario mínimo mensual". */
  unitLabel: string;
  /** Maximum cuotas for the cuantía without an extension. */
  maxCuotas: number;
  /** Effective annual rate of the intereses de plazo ("0" at 0 %) and its monthly equivalent (12 decimals). */
  termAnnualRate: string;
  monthlyRate: string | null;
  /** null when the schedule cannot be built (a rule on the amounts is broken). */
  schedule: ScheduleCuotaView[] | null;
  fixedCuotaCents: number | null;
  termInterestCents: number | null;
  /** debt + intereses de plazo = Σ cuotas. */
  totalCents: number | null;
  guaranteeExempt: boolean;
  bdmeBreachedAgreement: boolean;
  rules: ReglaIncumplida[];
  canSign: boolean;
}

export type AgreementStateName = 'vigente' | 'cumplido' | 'acelerado';

export interface AgreementRow {
  id: number;
  folio: string;
  counterpartyId: number;
  counterpartyName: string;
  signingDate: string;
  debtCents: number;
  financedCents: number;
  numeroCuotas: number;
  state: AgreementStateName;
  stateLabel: string;
  acceleratedOn: string | null;
  /** What the debtor owes under the agreement as of the date (after an aceleración: the whole balance due). */
  owedCents: number;
  /** Of it, what is past due (after an aceleración: all of it). */
  overdueCents: number;
  nextCuota: { numero: number; dueDate: string; balanceCents: number } | null;
}

export interface CuotaView extends ScheduleCuotaView {
  paidCents: number;
  balanceCents: number;
  state: CuotaState;
  stateLabel: string;
  paidOn: string | null;
  daysOverdue: number;
}

export interface AgreementPaymentView {
  id: number;
  date: string;
  amountCents: number;
  reference: string;
  postingId: number | null;
}

export interface AgreementEventView {
  id: number;
  kind: string;
  kindLabel: string;
  date: string;
  note: string;
  data: Record<string, unknown>;
  toState: AgreementStateName;
}

export interface AgreementDetail extends AgreementRow {
  asOf: string;
  counterpartyTaxId: string;
  capitalCents: number;
  interestCents: number;
  costsCents: number;
  cuotaInicialCents: number;
  termInterestCents: number;
  dtfRate: string;
  monthlyRate: string;
  cuantia: Cuantia;
  terms: AgreementTermsRecord;
  invoices: {
    invoiceId: number;
    number: string;
    obligationDate: string;
    capitalCents: number;
    interestCents: number;
    ledgerBalanceCents: number;
  }[];
  cuotas: CuotaView[];
  payments: AgreementPaymentView[];
  events: AgreementEventView[];
  /** Σ of the schedule still unpaid (before any aceleración discount). */
  scheduleBalanceCents: number;
  /** Intereses de plazo not owed after the aceleración (credited in the ledger). */
  unearnedInterestCents: number;
  /** Σ of the invoices' ledger balances now: equals owedCents while nothing else touches them. */
  ledgerBalanceCents: number;
  /** Two cuotas incumplidas as of the date (recorded or, while vigente, about to be recorded by agreements.review). */
  aceleracion: { date: string; cuotasIncumplidas: number[]; recorded: boolean } | null;
  /** The invoices this agreement's aceleración sent to cobro jurídico (and still there by it). */
  cobroJuridico: { since: string; invoices: string[] } | null;
}

export interface AgreementCreated extends AgreementDetail {
  replayed: boolean;
  postingId: number;
}

export interface AgreementPaid {
  replayed: boolean;
  payment: AgreementPaymentView;
  entries: LedgerEntry[];
  /** Events this payment recorded (aceleración before it, cumplido after it). */
  recordedEvents: string[];
  agreement: AgreementDetail;
}

export interface AgreementsReviewed {
  asOf: string;
  accelerated: { id: number; folio: string; date: string; cuotasIncumplidas: number[] }[];
}

export interface BdmeCandidate {
  agreementId: number;
  folio: string;
  counterpartyId: number;
  counterpartyName: string;
  taxId: string;
  naturalezaJuridica: NaturalezaJuridica | null;
  acceleratedOn: string;
  owedCents: number;
  /** The counterparty is already flagged as reported in the BDME. */
  alreadyReported: boolean;
}

export interface CuotaDue {
  agreementId: number;
  folio: string;
  counterpartyId: number;
  counterpartyName: string;
  numero: number;
  dueDate: string;
  cuotaCents: number;
  balanceCents: number;
  state: CuotaState;
}

export interface CuotasDue {
  from: string;
  to: string;
  rows: CuotaDue[];
  totalCents: number;
}
