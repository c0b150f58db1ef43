/** Output types of the API. Money is always integer centavos (`…Cents`). */
import type { CounterpartyKind, EntryKind, NaturalezaJuridica, NaturalezaObligacion } from '../domain/catalogs';
import type { CollectionStageView, NotaDetail } from './types-cartera-ledger';

export interface Contact {
  name: string;
  position: string;
  phone: string;
  email: string;
}
export type Profile = 'MX' | 'CO';
export type Direction = 'receivable' | 'payable';
export type ReferenceUnitKind = 'SMMLV' | 'UMA' | 'SM';

export interface Institution {
  profile: Profile;
  locale: 'es-MX' | 'es-CO';
  currency: 'MXN' | 'COP';
  name: string;
  shortName: string;
  regime: string;
  taxId: string;
  ownStateCode: string | null;
  city: string;
  cityLine: string;
  address: string;
  phone: string;
  email: string;
  letterheadLines: string[];
  slogan: string;
  logoLeftAssetId: number | null;
  logoRightAssetId: number | null;
  bankDenomination: string;
  bankName: string;
  bankAccount: string;
  bankClabe: string;
  bankAccountType: string;
  defaultPaymentTermDays: number;
  /** Calendar days of cobro prejurídico (default 90). */
  prejuridicoDays: number;
  nationalAuthorityName: string;
  /** Titular to whom the notification and the garantía request go. */
  nationalAuthorityTitle: string;
  nationalAuthorityAddressee: string;
  nationalAuthorityPosition: string;
  /** One printed line per line (or «;»). */
  nationalAuthorityAddress: string;
  referenceUnitKind: ReferenceUnitKind;
  setupCompletedAt: string | null;
  updatedAt: string;
}

export interface Signatory {
  id: number;
  title: string;
  name: string;
  position: string;
  initials: string;
  sortOrder: number;
  active: boolean;
}

export interface ReferenceUnit {
  kind: ReferenceUnitKind;
  year: number;
  /** As published: SMMLV monthly; UMA and salario mínimo daily. */
  valueCents: number;
  /** In force from / to, inclusive (YYYY-MM-DD): SMMLV and salario mínimo the calendar year; UMA 1 February → 31 January. */
  validFrom: string;
  validTo: string;
  /** Where the figure comes from (decree, DOF publication), or ''. */
  source: string;
}

export interface Settings {
  institution: Institution | null;
  signatories: Signatory[];
  referenceUnits: ReferenceUnit[];
}

export interface AppStatus {
  setupCompleted: boolean;
  profile: Profile | null;
  locale: 'es-MX' | 'es-CO';
  schemaVersion: number;
  counts: { counterparties: number; invoices: number; entries: number };
  /** The business date («hoy») every default date and deadline uses, YYYY-MM-DD. */
  today: string;
  /** A host pinned it (--today / CYP_TODAY); the screen says so. */
  todayPinned: boolean;
}

export interface Counterparty {
  id: number;
  kind: CounterpartyKind;
  name: string;
  shortName: string;
  taxId: string;
  naturalezaJuridica: NaturalezaJuridica | null;
  inegiCode: string | null;
  abbreviation: string;
  addresseeTitle: string;
  addresseeName: string;
  addresseePosition: string;
  street: string;
  colony: string;
  city: string;
  stateName: string;
  postalCode: string;
  phone: string;
  email: string;
  contacts: Contact[];
  bankName: string;
  bankAccount: string;
  bankClabe: string;
  bankDenomination: string;
  intervenida: boolean;
  enLiquidacion: boolean;
  bdme: boolean;
  notes: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CounterpartyRow {
  id: number;
  kind: CounterpartyKind;
  name: string;
  abbreviation: string;
  inegiCode: string | null;
  taxId: string;
  addresseeName: string;
  city: string;
  naturalezaJuridica: NaturalezaJuridica | null;
  intervenida: boolean;
  enLiquidacion: boolean;
  bdme: boolean;
  active: boolean;
}

export interface Page<T> {
  rows: T[];
  page: number;
  pageSize: number;
  /** Matching rows, counted up to `totalCap`; `totalCapped` says the real number is larger. */
  total: number;
  totalCapped: boolean;
}

export interface CounterpartyDetail extends Counterparty {
  balances: BalanceSummary;
}

export interface BalanceSummary {
  receivableCents: number;
  payableCents: number;
  /** receivable − payable: what the compensation would settle. */
  netCents: number;
}

/** anulada: the cargo itself was reversed (the invoice was cancelled), so nothing is owed. */
export type InvoiceStatus = 'pendiente' | 'vencida' | 'pagada' | 'anulada';

export interface InvoiceRow {
  id: number;
  counterpartyId: number;
  counterpartyName: string;
  direction: Direction;
  number: string;
  concept: string;
  period: string | null;
  issueDate: string;
  dueDate: string;
  amountCents: number;
  balanceCents: number;
  status: InvoiceStatus;
}

export interface LedgerEntry {
  id: number;
  postingId: number;
  invoiceId: number;
  kind: EntryKind;
  amountCents: number;
  date: string;
  reference: string;
  memo: string;
  reversesEntryId: number | null;
  reversedByEntryId: number | null;
  reason: string;
  createdAt: string;
}

/** An invoice's naturaleza de la obligación: in force, as registered, and its corrections (oldest first). */
export interface NaturalezaView {
  value: NaturalezaObligacion;
  label: string;
  registered: NaturalezaObligacion;
  corrections: { naturaleza: NaturalezaObligacion; label: string; reason: string; createdAt: string }[];
}

export interface InvoiceDetail extends InvoiceRow {
  radicacionDate: string | null;
  naturaleza: NaturalezaView;
  createdAt: string;
  entries: LedgerEntry[];
  /** Tipo, soporte and aprobación of its notas crédito/débito (by entryId). */
  notas: NotaDetail[];
  /** Etapa de cobro of a receivable invoice (null for payables). */
  etapa: CollectionStageView | null;
  /** The vigente or acelerado acuerdo de pago it is paid through: no direct abonos, notas or reversals meanwhile. */
  agreement: { id: number; folio: string } | null;
}

export interface PostingResult {
  postingId: number;
  /** true when the idempotency key had been used: nothing new was written. */
  replayed: boolean;
  entries: LedgerEntry[];
}

export interface InvoiceCreated extends PostingResult {
  invoice: InvoiceDetail;
}

export interface CheckReport {
  ok: boolean;
  integrity: string;
  foreignKeyViolations: number;
  problems: string[];
  counts: { postings: number; entries: number; invoices: number };
}

export interface DemoResult {
  counterparties: number;
  invoices: number;
  entries: number;
}
export * from './types-documents';
export * from './types-cases';
export * from './types-imports';
export * from './types-agreements';
export * from './types-cartera-ledger';
export * from './types-cartera-reports';
