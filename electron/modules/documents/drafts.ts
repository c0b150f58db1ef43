/** Documents: list, detail, drafts (the only editable state) and the stored PDF. */
import type { ParsedInput } from '../../../shared/api/contract';
import { DocumentErrorCodes as DocumentErrors } from '../../../shared/api/errors-documents';
import { documentData } from '../../../shared/api/documents';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type {
  CaseFactsView,
  DocumentData,
  DocumentDetail,
  DocumentEvent,
  DocumentRow,
  Page,
  PdfFile,
} from '../../../shared/api/types';
import { caseLetterFacts, LETTER_FACTS } from '../../../shared/domain/portabilidad/letter-facts';
import { entryIdOfDocument } from '../../../db/repositories/bitacora';
import { getCase } from '../../../db/repositories/cases';
import { caseTimeline } from '../../../db/repositories/case-timeline';
import { documentType, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import * as repo from '../../../db/repositories/documents';
import { getAsset } from '../../../db/repositories/settings';
import { memoAddresseeOf } from '../../../db/repositories/templates';
import { invoicesByIds } from '../../../db/repositories/invoices';
import { balancesOfInvoices } from '../../../db/repositories/ledger';
import type { ServiceContext, ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { requireInstitution } from '../settings/service';
import { pdfFile } from '../templates/service';

export { DocumentErrors };

export function requireDocument(ctx: ReadContext, id: number): repo.DocumentRecord {
  const d = repo.getDocument(ctx.db, id);
  if (!d) throw new DomainError(ErrorCodes.notFound, `No existe el documento ${id}.`);
  return d;
}

export function parseData(json: string): DocumentData {
  return documentData.parse(JSON.parse(json));
}

function toRow(ctx: ReadContext, d: repo.DocumentRecord, counterpartyName?: string): DocumentRow {
  const type = documentType(d.docType);
  return {
    id: d.id,
    docType: type.key,
    typeLabel: type.label,
    kind: type.kind,
    status: d.status,
    number: d.number,
    date: d.date,
    asunto: d.asunto || type.label,
    counterpartyId: d.counterpartyId,
    counterpartyName: counterpartyName ?? repo.counterpartyName(ctx.db, d.counterpartyId),
    issuedAt: d.issuedAt,
    updatedAt: d.updatedAt,
  };
}

export function detail(ctx: ReadContext, id: number): DocumentDetail {
  const d = requireDocument(ctx, id);
  const data = parseData(d.data);
  const rows = data.invoiceIds.length ? invoicesByIds(ctx.db, data.invoiceIds) : [];
  const balances = balancesOfInvoices(ctx.db, data.invoiceIds);
  const events: DocumentEvent[] = repo.eventsOf(ctx.db, id).map((e) => ({
    id: e.id,
    kind: e.kind,
    date: e.date,
    means: e.means,
    receivedBy: e.receivedBy,
    assetId: e.assetId,
    note: e.note,
    createdAt: e.createdAt,
  }));
  return {
    ...toRow(ctx, d),
    data,
    caseFacts: d.status === 'borrador' ? caseFactsView(ctx, d) : null,
    templateVersion: repo.templateVersionOf(ctx.db, d.templateId),
    pdfSha256: d.pdfSha256,
    events,
    bitacoraEntryId: entryIdOfDocument(ctx.db, id),
    invoices: data.invoiceIds
      .map((iid) => rows.find((r) => r.id === iid))
      .filter((r): r is NonNullable<typeof r> => r !== undefined)
      .map((r) => ({
        id: r.id,
        number: r.number,
        period: r.period,
        issueDate: r.issueDate,
        amountCents: r.amountCents,
        balanceCents: balances.get(r.id) ?? 0,
      })),
  };
}

/** What a draft of a 32x32 case will state from the case on its date, or the fact it is missing. */
function caseFactsView(ctx: ReadContext, d: repo.DocumentRecord): CaseFactsView | null {
  const docType = d.docType as DocumentTypeKey;
  if (d.caseId === null || !LETTER_FACTS[docType]) return null;
  const c = getCase(ctx.db, d.caseId);
  if (!c) return null;
  const t = caseTimeline(ctx.sqlite, c);
  const r = caseLetterFacts(t, docType, d.date, d.id);
  if (!r.ok) return { ok: false, folio: c.folio, code: r.code, message: r.message };
  const f = r.facts;
  const ref = (x: { numero: string; fecha: string }) => ({ numero: x.numero, fecha: x.fecha });
  return {
    ok: true,
    folio: c.folio,
    totalCents: f.total,
    lines: f.rows.length,
    fromHoja: f.rows.length > 0 && f.rows.every((row) => row.fecha === ''),
    reference: f.reference ? ref(f.reference) : null,
    requerimientos: f.requerimientos.map(ref),
    fechaLimite: f.fecha_limite,
    diasTranscurridos: LETTER_FACTS[docType]!.daysSinceSent ? f.dias_transcurridos : null,
  };
}

export function list(ctx: ReadContext, input: ParsedInput<'documents.list'>): Page<DocumentRow> {
  const { rows, total } = repo.listDocuments(ctx.db, {
    ...input,
    search: input.search || undefined,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    rows: rows.map((r) => toRow(ctx, { ...(r as unknown as repo.DocumentRecord) }, r.counterpartyName)),
    page: input.page,
    pageSize: input.pageSize,
    total,
    totalCapped: false,
  };
}

/** The letters a 32x32 case drafted, newest first. */
export function rowsOfCase(ctx: ReadContext, caseId: number): DocumentRow[] {
  return repo
    .listDocuments(ctx.db, { caseId, limit: 500, offset: 0 })
    .rows.map((r) => toRow(ctx, r as unknown as repo.DocumentRecord, r.counterpartyName));
}

export function get(ctx: ReadContext, input: ParsedInput<'documents.get'>): DocumentDetail {
  return detail(ctx, input.id);
}

/** The type must exist in the institution's profile; the recipient must exist and be active. */
export function checkDraftInput(ctx: ServiceContext, docType: DocumentTypeKey, counterpartyId: number | null): void {
  const inst = requireInstitution(ctx);
  const type = documentType(docType);
  if (!type.profiles.includes(inst.profile)) {
    throw new DomainError(
      DocumentErrors.wrongProfile,
      `El tipo «${type.label}» no se usa en el perfil ${inst.profile} de esta institución.`,
    );
  }
  if (counterpartyId !== null) {
    const cp = requireCounterparty(ctx, counterpartyId);
    if (!cp.active)
      throw new DomainError(
        DocumentErrors.inactiveEntity,
        `La entidad «${cp.name}» está inactiva; actívela antes de dirigirle documentos.`,
      );
  }
}

export function insertDraft(
  ctx: ServiceContext,
  docType: DocumentTypeKey,
  counterpartyId: number | null,
  date: string,
  data: DocumentData,
  /** The list's asunto until the letter is issued; default: the type's label. */
  asunto = documentType(docType).label,
): repo.DocumentRecord {
  checkDraftInput(ctx, docType, counterpartyId);
  const withAddressee = withMemoAddressee(ctx, docType, data);
  return repo.insertDraft(
    ctx.db,
    { docType, counterpartyId, date, asunto, data: JSON.stringify(withAddressee) },
    ctx.now().toISOString(),
  );
}

/** A memorándum without an addressee goes to its type's default titular (Configuración → Plantillas). */
function withMemoAddressee(ctx: ServiceContext, docType: DocumentTypeKey, data: DocumentData): DocumentData {
  if (documentType(docType).kind !== 'memorandum' || data.addressee.name) return data;
  const a = memoAddresseeOf(ctx.db, docType);
  return a ? { ...data, addressee: { ...data.addressee, ...a } } : data;
}

export function createDraft(ctx: ServiceContext, input: ParsedInput<'documents.createDraft'>): DocumentDetail {
  return detail(ctx, insertDraft(ctx, input.docType, input.counterpartyId, input.date, input.data).id);
}

function requireDraft(ctx: ServiceContext, id: number): repo.DocumentRecord {
  const d = requireDocument(ctx, id);
  if (d.status !== 'borrador') {
    throw new DomainError(
      DocumentErrors.notDraft,
      `El documento ${d.number ?? id} ya fue emitido: no se modifica. Si hay un error, cancélelo con un motivo y emita otro.`,
    );
  }
  return d;
}

export function updateDraft(ctx: ServiceContext, input: ParsedInput<'documents.updateDraft'>): DocumentDetail {
  const d = requireDraft(ctx, input.id);
  checkDraftInput(ctx, d.docType as DocumentTypeKey, input.counterpartyId);
  repo.updateDocument(ctx.db, d.id, {
    counterpartyId: input.counterpartyId,
    date: input.date,
    data: JSON.stringify(input.data),
    updatedAt: ctx.now().toISOString(),
  });
  return detail(ctx, d.id);
}

export function discardDraft(ctx: ServiceContext, input: ParsedInput<'documents.discardDraft'>): { id: number } {
  requireDraft(ctx, input.id);
  repo.deleteDraft(ctx.db, input.id);
  return { id: input.id };
}

/** "DGF/0042/2026" → "DGF-0042-2026.pdf". */
export function pdfFileName(number: string): string {
  return `${number.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '')}.pdf`;
}

/** The PDF stored at issue: every reprint returns these same bytes. */
export function pdf(ctx: ReadContext, input: ParsedInput<'documents.pdf'>): PdfFile {
  const d = requireDocument(ctx, input.id);
  if (d.status === 'borrador')
    throw new DomainError(DocumentErrors.notIssued, 'El documento es un borrador: use la vista previa.');
  if (d.pdfAssetId === null || d.pdfSha256 === null) {
    throw new DomainError(
      DocumentErrors.notIssued,
      `La emisión del documento ${d.number ?? ''} no terminó: vuelva a emitirlo para generar su PDF (conserva su número).`,
    );
  }
  const a = getAsset(ctx.db, d.pdfAssetId);
  if (!a) throw new DomainError(ErrorCodes.notFound, 'No se encontró el PDF del documento.');
  return pdfFile(pdfFileName(d.number ?? `documento-${d.id}`), a.data, a.sha256);
}
