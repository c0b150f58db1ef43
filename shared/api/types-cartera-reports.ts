/**
 * Output types of the cartera reports (shared/api/contract-cartera-reports.ts):
 * the aging and classification report (domain README §Edades), its drill-down and
 * what the estado de cuenta prints. Money in integer centavos; the totals are
 * the backend's, the screen never sums.
 */
import type { NaturalezaJuridica } from '../domain/catalogs';
import type { AgingBucket, AgingBuckets } from '../domain/cartera/aging';
import type { Cuantia } from '../domain/cartera/cuantia';
import type { EtapaCobro } from '../domain/cartera/etapas';
import type { Riesgo } from '../domain/cartera/riesgo';
import type { ThresholdUnit } from '../domain/reference-unit';

export type { AgingBucket, AgingBuckets, Cuantia, Riesgo, ThresholdUnit };
export type CarteraDirection = 'receivable' | 'payable';

export interface AgingCounterparty {
  counterpartyId: number;
  name: string;
  taxId: string;
  kind: string;
  naturalezaJuridica: NaturalezaJuridica | null;
  /** "EPS régimen subsidiado", or '' when not recorded. */
  naturalezaJuridicaLabel: string;
  intervenida: boolean;
  enLiquidacion: boolean;
  bdme: boolean;
}

export interface AgingRowOut extends AgingCounterparty {
  /** Invoices with a balance other than zero. */
  invoiceCount: number;
  buckets: AgingBuckets;
  /** Σ buckets = the counterparty's balance in the ledger (this direction). */
  totalCents: number;
  /** Σ of the buckets past due (age ≥ 1). */
  vencidoCents: number;
  /** Cuantía of the total in the unit of reference in force on the as-of date (SMMLV; UMA or salario mínimo mensual); null when that unit is missing. */
  cuantia: Cuantia | null;
  /** The total in that unit, "41.25" (the name says SMMLV for history: it is the report's `unitLabel`). */
  totalSmmlv: string | null;
  riesgo: Riesgo;
  riesgoMotivo: string;
  /** Oldest due date with a balance owed: what prescribes first. */
  oldestDueDate: string;
  fechaPrescripcion: string;
  diasParaPrescribir: number;
  prescrita: boolean;
  /** 1 = the most urgent (nearest to prescription), over the whole report before filters. */
  prioridad: number;
}

export interface AgingTotals {
  buckets: AgingBuckets;
  totalCents: number;
  vencidoCents: number;
  invoiceCount: number;
}

export interface AgingReport {
  asOf: string;
  direction: CarteraDirection;
  prescripcionAnios: number;
  /**
   * The unit of reference in force on the as-of date used for the cuantía (its
   * monthly value in valueCents), or null (then every cuantía is null and
   * `avisos` says why). Named smmlv for history: for MX it is the UMA or the salario mínimo.
   */
  smmlv: ThresholdUnit | null;
  /** The unit's name for headers ("SMMLV", "UMA mensual", "salario mínimo mensual"), known even when the unit is missing. */
  unitLabel: string;
  /** Notices for the screen (a missing unit of reference…). */
  avisos: string[];
  /** Sorted by prioridad. */
  rows: AgingRowOut[];
  /** Σ of the rows shown; without filters it equals Σ ledger balances of the direction. */
  totals: AgingTotals;
  /** Whether a filter (naturaleza, riesgo, cuantía) left rows out. */
  filtered: boolean;
}

/** An invoice with its balance at the cut. */
export interface InvoiceBalance {
  invoiceId: number;
  number: string;
  concept: string;
  issueDate: string;
  radicacionDate: string | null;
  dueDate: string;
  amountCents: number;
  balanceCents: number;
}

export interface AgingInvoiceRow extends InvoiceBalance {
  ageDays: number;
  bucket: AgingBucket;
  /** More than 360 days overdue with a balance owed (domain README §Edades). */
  riesgoAlto: boolean;
  fechaPrescripcion: string;
  diasParaPrescribir: number;
  prescrita: boolean;
  /** Etapa de cobro at the cut (its events dated up to it); null for payables (we do not collect those). */
  etapa: EtapaCobro | null;
  etapaLabel: string;
}

export interface AgingDetail {
  asOf: string;
  direction: CarteraDirection;
  prescripcionAnios: number;
  counterparty: AgingCounterparty;
  /** Oldest due date first. */
  rows: AgingInvoiceRow[];
  totals: AgingTotals;
  riesgo: Riesgo;
  riesgoMotivo: string;
  cuantia: Cuantia | null;
  /** The total in the unit of reference in force on the as-of date. */
  totalSmmlv: string | null;
  /** That unit's name ("SMMLV", "UMA mensual", "salario mínimo mensual"). */
  unitLabel: string;
}

/** One ledger entry as the estado de cuenta prints it. */
export interface EstadoCuentaEntry {
  entryId: number;
  date: string;
  kind: string;
  /** "Cargo", "Abono", "Nota crédito", "Reversión"… */
  kindLabel: string;
  reference: string;
  memo: string;
  /** Signed effect on the balance: + charges, − abonos and notas crédito. */
  amountCents: number;
  /** Invoice balance after this entry. */
  runningBalanceCents: number;
  reversesEntryId: number | null;
}

export interface EstadoCuentaInvoice extends AgingInvoiceRow {
  entries: EstadoCuentaEntry[];
}

export interface EstadoCuenta {
  asOf: string;
  direction: CarteraDirection;
  counterparty: AgingCounterparty & { address: string };
  invoices: EstadoCuentaInvoice[];
  /** The counterparty's aging: buckets, total (= its ledger balance), riesgo, cuantía. */
  aging: AgingTotals & {
    riesgo: Riesgo;
    riesgoMotivo: string;
    cuantia: Cuantia | null;
    totalSmmlv: string | null;
    unitLabel: string;
  };
  /** Σ of the listed invoices' face value. */
  facturadoCents: number;
  /** Σ charges (positive entries) and Σ credits (negative entries, as a positive figure) over the invoices listed. */
  cargosCents: number;
  abonosCents: number;
  entryCount: number;
}

/** A Circular 030 file the app generated: its cut, what it reported and how many of each indicator. */
export interface Circular030Cut {
  id: number;
  cutDate: string;
  startDate: string;
  fileName: string;
  recordCount: number;
  balanceCents: number;
  sha256: string;
  createdAt: string;
  counts: { I: number; A: number; E: number };
}

export interface Circular030Result {
  fileName: string;
  path: string;
  rows: number;
  sizeBytes: number;
  cut: Circular030Cut;
}

/** One month of the Tablero's recaudo: the abonos to receivables dated in it, net of the reversals dated in it. */
export interface DashboardRecaudoMonth {
  /** 'YYYY-MM'. */
  period: string;
  /** First and last day of the month counted (the last one is the business date in the current month). */
  from: string;
  to: string;
  collectedCents: number;
}

export interface DashboardAgingBucket {
  bucket: AgingBucket;
  /** "1 a 30 días", as the aging report names it. */
  label: string;
  balanceCents: number;
}

/** A state's net position as the 32x32 view gives it (portabilidad.view). */
export interface DashboardNetState {
  counterpartyId: number;
  name: string;
  abbreviation: string;
  inegiCode: string;
  receivableCents: number;
  payableCents: number;
  /** receivable − payable: positive, the state owes us on net. */
  netCents: number;
}

/** An issued letter still waiting for its acuse (emitido or enviado). */
export interface DashboardLetter {
  documentId: number;
  number: string | null;
  docType: string;
  /** "Requerimiento de pago". */
  docTypeLabel: string;
  status: 'emitido' | 'enviado';
  /** Letter date. */
  date: string;
  /** Latest «enviado» date, if it was sent. */
  sentOn: string | null;
  asunto: string;
  counterpartyId: number | null;
  counterpartyName: string | null;
  /** Calendar days since it was sent (or, unsent, since its date) to the business date. */
  daysWaiting: number;
}

/** cartera.dashboard: what the Tablero charts, every amount in integer centavos, as of the business date. */
export interface CarteraDashboard {
  asOf: string;
  /** The last 12 calendar months up to asOf (oldest first, every month present, zero included). */
  recaudo: { from: string; to: string; months: DashboardRecaudoMonth[]; totalCents: number };
  /** The receivable cartera por edades as cartera.aging gives it (today, no filters), in AGING_BUCKETS order. */
  aging: {
    buckets: DashboardAgingBucket[];
    totalCents: number;
    vencidoCents: number;
    invoiceCount: number;
  };
  /** Perfil MX: the states with a net position other than zero, largest |net| first (at most `limit`); null in CO. */
  netPosition: {
    states: DashboardNetState[];
    limit: number;
    /** States with a non-zero net position (more than `states.length` when the list was cut). */
    stateCount: number;
    receivableCents: number;
    payableCents: number;
    netCents: number;
  } | null;
  /** Letters issued or sent without acuse: how many, and the oldest first (at most `limit`). */
  letters: { count: number; limit: number; oldest: DashboardLetter[] };
}
