/**
 * What the documents, templates and bitácora methods return (the renderer
 * imports these through shared/api/types). Money in integer centavos, dates
 * 'YYYY-MM-DD', instants ISO-8601 UTC.
 */
import type { DocumentKind, DocumentTypeKey } from '../domain/documents/types';
import type { BitacoraDirection } from '../domain/portabilidad/workflow';

export type DocumentStatus = 'borrador' | 'emitiendo' | 'emitido' | 'enviado' | 'acuse' | 'cancelado';
export type SendMeans = 'mensajeria' | 'correo' | 'entrega_personal';
export type { BitacoraDirection };

/** What staff enter for a letter; everything else comes from the ledger and the profile. */
export interface DocumentData {
  /** Invoices printed in the letter's table (same counterparty). */
  invoiceIds: number[];
  /** Overrides of the addressee taken from the counterparty; empty = use the counterparty's. */
  addressee: { title: string; name: string; position: string; institution: string; address: string };
  signatoryIds: number[];
  ccp: string[];
  drafterInitials: string;
  /** Issuing area printed in the letter (defaults to the institution's short name). */
  area: string;
  caseFolio: string;
  reference: { numero: string; fecha: string; emisor: string };
  plazoDias: number;
  fechaLimite: string;
  observaciones: string;
  documentosFaltantes: string[];
  citacion: { fecha: string; hora: string; lugar: string };
  pago: { montoCents: number; fecha: string; referencia: string; medio: string };
  texto: string;
  /** Asunto of a free oficio or memorándum. */
  asunto: string;
}

export interface DocumentRow {
  id: number;
  docType: DocumentTypeKey;
  typeLabel: string;
  kind: DocumentKind;
  status: DocumentStatus;
  number: string | null;
  date: string;
  asunto: string;
  counterpartyId: number | null;
  counterpartyName: string;
  issuedAt: string | null;
  updatedAt: string;
}

export interface DocumentEvent {
  id: number;
  kind: 'creado' | 'emitido' | 'enviado' | 'acuse' | 'cancelado';
  date: string;
  means: string;
  receivedBy: string;
  assetId: number | null;
  note: string;
  createdAt: string;
}

export interface DocumentDetail extends DocumentRow {
  data: DocumentData;
  templateVersion: number | null;
  pdfSha256: string | null;
  events: DocumentEvent[];
  /** The bitácora entry recorded when it was issued. */
  bitacoraEntryId: number | null;
  /** Invoices in the table, as they read now (for the draft form). */
  invoices: {
    id: number;
    number: string;
    period: string | null;
    issueDate: string;
    amountCents: number;
    balanceCents: number;
  }[];
  /** A draft of a 32x32 case: what it will state from the case on its date, or why it cannot be issued yet. */
  caseFacts: CaseFactsView | null;
}

/** What a case letter states from its case (shown beside the draft), or the fact it is missing. */
export type CaseFactsView =
  | {
      ok: true;
      folio: string;
      /** Σ of what the letter's table states (what is owed, or paid). */
      totalCents: number;
      lines: number;
      /** The amounts come from the hoja de cálculo (no factura yet). */
      fromHoja: boolean;
      reference: { numero: string; fecha: string } | null;
      requerimientos: { numero: string; fecha: string }[];
      /** Last day of the plazo de pago, when the letter states it. */
      fechaLimite: string;
      /** Días naturales since the facturas were sent, when the letter states them. */
      diasTranscurridos: number | null;
    }
  | { ok: false; folio: string; code: string; message: string };

export interface PdfFile {
  fileName: string;
  mime: 'application/pdf';
  dataBase64: string;
  sha256: string;
}

export interface BatchIssueResult {
  issued: { id: number; number: string; counterpartyName: string }[];
  failed: { counterpartyId: number; counterpartyName: string; message: string }[];
  cancelled: boolean;
}

export interface TemplateSummary {
  docType: DocumentTypeKey;
  label: string;
  kind: DocumentKind;
  description: string;
  /** Current version (1 = the factory text, even before anyone saved it). */
  version: number;
  customized: boolean;
  numberFormat: string;
  series: string;
  updatedAt: string | null;
}

export interface TemplateDetail extends TemplateSummary {
  asunto: string;
  body: string;
  defaultNumberFormat: string;
  defaultSeries: string;
  /** Top-level fields this type uses (the editor's help panel lists them first). */
  fields: string[];
  fieldDocs: { name: string; description: string; example: string }[];
  filterDocs: { name: string; description: string; example: string }[];
  history: { version: number; note: string; createdAt: string }[];
  /** Example of the next number with the current format. */
  numberExample: string;
  /** Memorándums: the titular they go to by default (null: none set, or an oficio). */
  defaultAddressee: { title: string; name: string; position: string; institution: string } | null;
}

export interface TemplatePreviewResult {
  asunto: string;
  paragraphs: string[];
  tableAt: number | null;
  bankAt: number | null;
  errors: { code: string; message: string }[];
}

export interface BitacoraFields {
  direction: BitacoraDirection;
  asunto: string;
  documentNumber: string;
  documentDate: string | null;
  addressedTo: string;
  entity: string;
  counterpartyId: number | null;
  fromParty: string;
  deliveredBy: string;
  deliveryDate: string | null;
  origin: string;
  folder: string;
  observations: string;
  caseRef: string;
  docKind: string;
}

export interface BitacoraRow extends BitacoraFields {
  id: number;
  year: number;
  folio: number;
  /** "2026-0042". */
  volante: string;
  documentId: number | null;
  amendmentCount: number;
  attachmentCount: number;
  createdAt: string;
}

export interface BitacoraAttachment {
  id: number;
  assetId: number;
  fileName: string;
  mime: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface BitacoraAmendment {
  id: number;
  reason: string;
  createdAt: string;
  changes: {
    field: keyof BitacoraFields;
    label: string;
    before: string | number | null;
    after: string | number | null;
  }[];
}

export interface BitacoraDetail extends BitacoraRow {
  /** The entry as first recorded. */
  original: BitacoraFields;
  amendments: BitacoraAmendment[];
  attachments: BitacoraAttachment[];
  document: { id: number; number: string | null; status: DocumentStatus } | null;
}

export interface ExportResult {
  fileName: string;
  /** Where the file was written (inside the data folder's exportaciones/). */
  path: string;
  rows: number;
  sizeBytes: number;
}

export interface StoredFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

/** Payload of the 'job.progress' event. */
export interface JobProgress {
  jobId: string;
  method: string;
  done: number;
  total: number;
  label: string;
}
