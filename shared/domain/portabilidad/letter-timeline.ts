/**
 * What a letter of a 32x32 case is built from and what it states: the case's
 * timeline (papers received, numbered letters, invoices with their ledger
 * entries, the hoja de cálculo) and the facts ./letter-facts.ts derives from
 * it. Types only.
 */
import type { IsoDate } from '../dates';
import type { DocumentTypeKey } from '../documents/types';
import type { Cents } from '../money';

/** A paper the case received with its number (bitácora «recibido» entries of the case), in the order received. */
export interface ReceivedPaper {
  /** The paper that opened the case (the validation oficio, the solicitud de pago). */
  opening: boolean;
  numero: string;
  /** Date of the paper itself. */
  fecha: IsoDate;
  emisor: string;
  /** Day it arrived. */
  receivedOn: IsoDate;
}

/** A letter of the case with its official number (issued or being issued), never a cancelled one. */
export interface NumberedLetter {
  id: number;
  docType: DocumentTypeKey;
  numero: string;
  fecha: IsoDate;
  /** Its place in the numbering series: orders letters of the same date. */
  seq: number;
}

export interface InvoiceEntry {
  /** Ledger order. */
  id: number;
  date: IsoDate;
  /** Ledger kind; a reversal says what it reverses: 'reversal_abono'. */
  kind: string;
  amountCents: Cents;
  /** The transfer or receipt number of an abono. */
  reference: string;
}

export interface CaseInvoice {
  id: number;
  number: string;
  /** The hoja de cálculo (or concept) the factura covers. */
  concept: string;
  period: string | null;
  issueDate: IsoDate;
  amountCents: Cents;
  entries: readonly InvoiceEntry[];
}

/** A line of the case's current hoja de cálculo. */
export interface HojaLine {
  periodo: string;
  importeCents: Cents;
  factura: string | null;
}

export interface CaseTimeline {
  folio: string;
  direction: 'cobro' | 'pago';
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  /** Shown in the refusal: «pagado», «impagable»… */
  closeLabel: string;
  periodFrom: string | null;
  periodTo: string | null;
  facturasSentOn: IsoDate | null;
  /** Last day of the plazo de pago recorded when the facturas were sent. */
  plazoEndsOn: IsoDate | null;
  papers: readonly ReceivedPaper[];
  /** The current hoja de cálculo imported into the case: its name (file without extension) and lines. */
  hoja: { name: string; lines: readonly HojaLine[] } | null;
  invoices: readonly CaseInvoice[];
  letters: readonly NumberedLetter[];
}

/** An oficio a letter cites. */
export interface OficioRef {
  numero: string;
  fecha: IsoDate;
  /** Who signed / sent it (area or institution). */
  emisor: string;
}

/** One line of a letter's table, as the template sees it (`facturas[]`). */
export interface FactRow {
  /** Hoja de cálculo (SICOMPENSA) the line covers, e.g. "HC-JAL-0725-014". */
  hoja: string;
  /** Service period 'YYYY-MM'. */
  mes: string;
  /** Factura / documento oficial de cobro number ('' for a hoja line not yet invoiced). */
  numero: string;
  /** Issue date ('' for a hoja line). */
  fecha: IsoDate;
  /** What the letter states for the line, centavos: in a case letter the balance owed (or the hoja's amount) or what was paid; otherwise the original amount. */
  monto: Cents;
  /** Balance at the letter's date, centavos. */
  saldo: Cents;
  /** Days overdue at the letter's date (0 when not due). */
  dias_vencidos: number;
}

export interface CaseLetterFacts {
  rows: FactRow[];
  /** Σ rows.monto. */
  total: Cents;
  /** Σ rows.saldo. */
  saldo: Cents;
  periodo: string;
  periodo_fin: string;
  /** The oficio the letter cites, when its type cites one and the case has it. */
  reference: OficioRef | null;
  requerimientos: OficioRef[];
  fecha_limite: IsoDate | '';
  plazo_dias: number;
  dias_transcurridos: number;
  pago: { monto: Cents; fecha: IsoDate | ''; referencia: string } | null;
}

export type FactsResult = { ok: true; facts: CaseLetterFacts } | { ok: false; code: string; message: string };
