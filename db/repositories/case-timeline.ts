import type { ReadableSqlite } from '../open';
/**
 * A 32x32 case's timeline as its letters read it (shared/domain/portabilidad/
 * letter-facts.ts): the papers it received, the letters it numbered, its
 * current hoja de cálculo, its invoices with every entry, the recorded envío
 * of the facturas and the plazo de pago set then. Read-only.
 */
import type {
  CaseTimeline,
  HojaLine,
  InvoiceEntry,
  NumberedLetter,
  ReceivedPaper,
} from '../../shared/domain/portabilidad/letter-facts';
import type { DocumentTypeKey } from '../../shared/domain/documents/types';

import type { CaseRecord } from './cases';
import { CURRENT } from './imports';

const CLOSE_LABELS: Record<string, string> = {
  pagado: 'pagado',
  impagable: 'impagable',
  garantia_ejecutada: 'garantía ejecutada',
};

/** Statuses of a letter that has its official number and stands (not cancelled). */
export const NUMBERED_STATUSES = ['emitiendo', 'emitido', 'enviado', 'acuse'] as const;

function papersOf(sqlite: ReadableSqlite, c: CaseRecord): ReceivedPaper[] {
  // The paper that opened the case is the bitácora entry its opening event recorded.
  const opening = sqlite
    .prepare(`SELECT effects FROM case_events WHERE case_id = ? AND action = 'abrir' ORDER BY id LIMIT 1`)
    .get(c.id) as { effects: string } | undefined;
  const openingIds = new Set(
    (JSON.parse(opening?.effects ?? '[]') as { bitacoraEntryId?: number }[])
      .map((e) => e.bitacoraEntryId)
      .filter((x) => x !== undefined),
  );
  const rows = sqlite
    .prepare(
      `SELECT id, document_number AS numero, document_date AS fecha, COALESCE(NULLIF(from_party, ''), entity) AS emisor,
              COALESCE(delivery_date, document_date) AS receivedOn
       FROM bitacora_current
       WHERE case_ref = ? AND direction = 'recibido' AND document_number <> '' AND document_date IS NOT NULL
       ORDER BY id`,
    )
    .all(c.folio) as (Omit<ReceivedPaper, 'opening'> & { id: number })[];
  return rows.map(({ id, ...p }) => ({ ...p, opening: openingIds.has(id) }));
}

function lettersOf(sqlite: ReadableSqlite, caseId: number): NumberedLetter[] {
  return sqlite
    .prepare(
      `SELECT id, doc_type AS docType, number AS numero, date AS fecha, seq FROM documents
       WHERE case_id = ? AND number IS NOT NULL AND status IN (${NUMBERED_STATUSES.map((s) => `'${s}'`).join(', ')})
       ORDER BY date, seq, id`,
    )
    .all(caseId) as (NumberedLetter & { docType: DocumentTypeKey })[];
}

function hojaOf(sqlite: ReadableSqlite, caseId: number): CaseTimeline['hoja'] {
  const batch = sqlite
    .prepare(
      `SELECT b.id, b.file_name AS fileName FROM import_batches b WHERE b.case_id = ? AND b.kind = 'hoja' AND ${CURRENT} ORDER BY b.id DESC LIMIT 1`,
    )
    .get(caseId) as { id: number; fileName: string } | undefined;
  if (!batch) return null;
  const lines = sqlite
    .prepare(
      `SELECT periodo, importe_cents AS importeCents, NULLIF(factura, '') AS factura FROM import_hoja_rows WHERE batch_id = ? ORDER BY row`,
    )
    .all(batch.id) as HojaLine[];
  return { name: batch.fileName.replace(/\.[^.]+$/u, ''), lines };
}

function invoicesOf(sqlite: ReadableSqlite, caseId: number): CaseTimeline['invoices'] {
  const invoices = sqlite
    .prepare(
      `SELECT i.id, i.number, i.concept, i.period, i.issue_date AS issueDate, i.amount_cents AS amountCents
       FROM case_invoices ci JOIN invoices i ON i.id = ci.invoice_id WHERE ci.case_id = ? ORDER BY i.issue_date, i.id`,
    )
    .all(caseId) as {
    id: number;
    number: string;
    concept: string;
    period: string | null;
    issueDate: string;
    amountCents: number;
  }[];
  const entries = sqlite.prepare(
    // A reversal says what it reverses, so a reversed abono is not counted as paid.
    `SELECT e.id, e.date, CASE WHEN e.kind = 'reversal' THEN 'reversal_' || r.kind ELSE e.kind END AS kind, e.amount_cents AS amountCents, e.reference
     FROM ledger_entries e LEFT JOIN ledger_entries r ON r.id = e.reverses_entry_id
     WHERE e.invoice_id = ? ORDER BY e.id`,
  );
  return invoices.map((i) => ({ ...i, entries: entries.all(i.id) as InvoiceEntry[] }));
}

export function caseTimeline(sqlite: ReadableSqlite, c: CaseRecord): CaseTimeline {
  const plazo = sqlite
    .prepare(
      `SELECT due_on AS dueOn FROM case_deadlines WHERE case_id = ? AND kind = 'plazo_pago' ORDER BY id DESC LIMIT 1`,
    )
    .get(c.id) as { dueOn: string } | undefined;
  return {
    folio: c.folio,
    direction: c.direction,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    closeLabel: c.closeReason ? (CLOSE_LABELS[c.closeReason] ?? c.closeReason) : '',
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    facturasSentOn: c.facturasSentOn,
    plazoEndsOn: plazo?.dueOn ?? null,
    papers: papersOf(sqlite, c),
    hoja: hojaOf(sqlite, c.id),
    invoices: invoicesOf(sqlite, c.id),
    letters: lettersOf(sqlite, c.id),
  };
}
