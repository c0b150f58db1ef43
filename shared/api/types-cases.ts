/** What the 32x32 case methods return. Money in integer centavos; dates 'YYYY-MM-DD'. */
import type { DeadlineCategory, DeadlineKind } from '../domain/portabilidad/deadline-board';
import type { DocumentRow } from './types-documents';

export type { DeadlineCategory, DeadlineKind };
export type CaseDirection = 'cobro' | 'pago';

export interface CaseDeadline {
  id: number;
  kind: DeadlineKind;
  meaning: 'vence' | 'disponible_desde';
  label: string;
  dueOn: string;
  clearedOn: string | null;
  /** Cleared because a later step set it again (a new date of the same deadline), not because it was attended. */
  replaced: boolean;
}

export interface CaseRow {
  id: number;
  folio: string;
  direction: CaseDirection;
  counterpartyId: number;
  counterpartyName: string;
  state: string;
  stateLabel: string;
  openedOn: string;
  closedOn: string | null;
  closeReason: 'pagado' | 'impagable' | 'garantia_ejecutada' | null;
  balanceCents: number;
  /** The earliest pending deadline. */
  nextDeadline: CaseDeadline | null;
}

export interface CaseEvent {
  id: number;
  action: string;
  actionLabel: string;
  fromState: string | null;
  toState: string;
  toStateLabel: string;
  date: string;
  note: string;
  /** What the action produced: drafted documents, bitácora entries, deadlines. */
  effects: { kind: string; label: string; documentId?: number; bitacoraEntryId?: number }[];
  createdAt: string;
}

export interface CaseDetail extends CaseRow {
  stateHint: string;
  periodFrom: string | null;
  periodTo: string | null;
  description: string;
  facturasSentOn: string | null;
  impagableMotivo: string;
  /** Amounts declared impagable, each with its reason (they appear in the impagables report). */
  impagables: CaseImpagable[];
  /** The buttons of the case screen: allowed now, or disabled with the reason. */
  actions: { action: string; label: string; ok: boolean; reason?: string }[];
  events: CaseEvent[];
  deadlines: CaseDeadline[];
  invoices: {
    id: number;
    number: string;
    period: string | null;
    issueDate: string;
    dueDate: string;
    amountCents: number;
    balanceCents: number;
  }[];
  documents: DocumentRow[];
}

/** One line of the Tablero's Vencimientos. */
export interface DeadlineItem {
  deadlineId: number;
  caseId: number;
  folio: string;
  direction: CaseDirection;
  counterpartyName: string;
  kind: DeadlineKind;
  meaning: 'vence' | 'disponible_desde';
  label: string;
  dueOn: string;
  category: DeadlineCategory;
  /** "Venció hace 3 días", "Vence hoy"… */
  when: string;
  /** What to do. */
  action: string;
}

/** One state of the 32x32 view (domain README §The 32x32 view). */
export interface PortabilidadRow {
  counterpartyId: number;
  name: string;
  abbreviation: string;
  inegiCode: string;
  /** What they owe us (open receivables). */
  receivableCents: number;
  /** What we owe them (open payables). */
  payableCents: number;
  /** receivable − payable: positive, they owe us on balance (compensación neta). */
  netCents: number;
  overdueReceivableCents: number;
  overduePayableCents: number;
  oldestUnpaid: {
    invoiceId: number;
    number: string;
    issueDate: string;
    direction: 'receivable' | 'payable';
    daysOpen: number;
  } | null;
  nextDeadline: { date: string; label: string; caseId: number | null; category: DeadlineCategory } | null;
  openCases: number;
  /** For the row colour. */
  urgency: DeadlineCategory | 'sin_pendientes';
}

export interface PortabilidadView {
  asOf: string;
  rows: PortabilidadRow[];
  totals: {
    receivableCents: number;
    payableCents: number;
    netCents: number;
    overdueReceivableCents: number;
    overduePayableCents: number;
    openCases: number;
  };
}

export interface CaseImpagable {
  id: number;
  invoiceId: number | null;
  invoiceNumber: string | null;
  concepto: string;
  amountCents: number;
  motivo: string;
  declaredOn: string;
}
