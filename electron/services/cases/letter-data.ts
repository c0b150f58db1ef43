/**
 * What a letter drafted by a 32x32 case knows from the case, so that it can
 * be issued as drafted (DOMAIN.md §5): the oficio it answers or follows up
 * (its number and date), the payment it notifies, and who signs a
 * requerimiento (head of Financiamiento y Balance, area director, director
 * general: the first three active signers, in their order).
 *
 * The reference comes from the case's papers: the paper that opened it, the
 * latest paper received (the debtor's answer), or a letter of the case
 * already issued (the oficio de envío de facturas a consulta follows up).
 * Filled when the letter is drafted and again, if still blank, when it is
 * issued — a follow-up drafted together with the letter it cites (the
 * notificación a la autoridad with the requerimiento de cobranza) finds the
 * number once that one is issued.
 */
import type { DocumentData } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { documentType } from '../../../shared/domain/documents/types';
import { caseBalance, type CaseRecord } from '../../../db/repositories/cases';
import type { ServiceContext } from '../../context';

type Source = 'apertura' | 'ultimo_recibido' | DocumentTypeKey;

/** Which paper each case letter cites as «oficio de referencia». */
export const REFERENCE_SOURCE: Partial<Record<DocumentTypeKey, Source>> = {
  requerimiento_pago: 'apertura',
  re_requerimiento: 'apertura',
  memo_subsanacion: 'ultimo_recibido',
  oficio_envio_factura: 'apertura',
  consulta_pago: 'oficio_envio_factura',
  requerimiento_cobranza: 'oficio_envio_factura',
  notificacion_autoridad: 'requerimiento_cobranza',
  solicitud_ejecucion_garantia: 'oficio_envio_factura',
  memo_solicitud_pago: 'apertura',
  solicitud_documentacion_faltante: 'ultimo_recibido',
  notificacion_pago_acreedor: 'apertura',
};

/** How the source is named when it is missing (for the Spanish refusal). */
export function referenceSourceLabel(source: Source): string {
  if (source === 'apertura') return 'el oficio que abrió el caso (regístrelo con su número y fecha)';
  if (source === 'ultimo_recibido') return 'el último oficio recibido en el caso (registre su número y fecha al capturar la acción)';
  return `el ${documentType(source).label.toLowerCase()} del caso, que aún no se emite`;
}

/** Requerimientos carry three signatures (procedimiento 32x32, actividad 2). */
const SIGNERS_OF: Partial<Record<DocumentTypeKey, number>> = { requerimiento_pago: 3, re_requerimiento: 3, requerimiento_cobranza: 3 };

interface Paper {
  numero: string;
  fecha: string;
  emisor: string;
}

function receivedPaper(ctx: ServiceContext, c: CaseRecord, which: 'first' | 'last'): Paper | null {
  const row = ctx.sqlite
    .prepare(
      `SELECT document_number AS numero, document_date AS fecha, COALESCE(NULLIF(from_party, ''), entity) AS emisor FROM bitacora_current
       WHERE case_ref = ? AND direction = 'recibido' AND document_number <> '' AND document_date IS NOT NULL
       ORDER BY id ${which === 'first' ? 'ASC' : 'DESC'} LIMIT 1`,
    )
    .get(c.folio) as Paper | undefined;
  return row ?? null;
}

function issuedLetter(ctx: ServiceContext, c: CaseRecord, docType: DocumentTypeKey): Paper | null {
  const row = ctx.sqlite
    .prepare(
      `SELECT number AS numero, date AS fecha FROM documents
       WHERE case_id = ? AND doc_type = ? AND number IS NOT NULL AND status <> 'cancelado' ORDER BY seq DESC, id DESC LIMIT 1`,
    )
    .get(c.id, docType) as { numero: string; fecha: string } | undefined;
  return row ? { ...row, emisor: '' } : null;
}

export function caseReference(ctx: ServiceContext, c: CaseRecord, docType: DocumentTypeKey): Paper | null {
  const source = REFERENCE_SOURCE[docType];
  if (!source) return null;
  if (source === 'apertura') return receivedPaper(ctx, c, 'first');
  if (source === 'ultimo_recibido') return receivedPaper(ctx, c, 'last');
  return issuedLetter(ctx, c, source);
}

/** The case's payments (postings of its actions): total, latest date and references. */
function casePayment(ctx: ServiceContext, c: CaseRecord): DocumentData['pago'] | null {
  const r = ctx.sqlite
    .prepare(
      `SELECT -SUM(e.amount_cents) AS total, MAX(p.date) AS fecha, GROUP_CONCAT(DISTINCT p.reference) AS refs
       FROM postings p JOIN ledger_entries e ON e.posting_id = p.id
       WHERE p.memo = ? AND e.kind = 'abono'`,
    )
    .get(`Caso ${c.folio}`) as { total: number | null; fecha: string | null; refs: string | null };
  if (!r.total) return null;
  return { montoCents: r.total, fecha: r.fecha ?? '', referencia: (r.refs ?? '').split(',').join(', ').slice(0, 100), medio: 'transferencia electrónica' };
}

/**
 * The case's data for a letter, over what the letter already has: a blank
 * reference, an unset payment and an empty list of signers are filled; what
 * someone typed is kept.
 */
export function completeFromCase(ctx: ServiceContext, c: CaseRecord, docType: DocumentTypeKey, data: DocumentData): DocumentData {
  const out: DocumentData = { ...data };
  if (!out.reference.numero) {
    const ref = caseReference(ctx, c, docType);
    if (ref) out.reference = { numero: ref.numero, fecha: ref.fecha, emisor: out.reference.emisor || ref.emisor };
  }
  if (out.pago.montoCents === 0) {
    if (docType === 'notificacion_pago_acreedor') out.pago = casePayment(ctx, c) ?? out.pago;
    // The guarantee is paid as cuota social: what the case still owes.
    if (docType === 'memo_notificacion_pago') out.pago = { ...out.pago, montoCents: caseBalance(ctx.db, c.id) };
  }
  const signers = SIGNERS_OF[docType];
  if (signers && out.signatoryIds.length === 0) {
    out.signatoryIds = (ctx.sqlite.prepare(`SELECT id FROM signatories WHERE active = 1 ORDER BY sort_order, id LIMIT ?`).all(signers) as { id: number }[]).map((s) => s.id);
  }
  return out;
}
