/**
 * Issuing a document (borrador → emitido) and drafts' previews.
 *
 * PDF rendering is async and SQLite transactions are synchronous, so issuing
 * runs in three steps: (1) one IMMEDIATE transaction validates the draft,
 * takes the next number of its series and year (the trigger refuses anything
 * but MAX+1) and freezes the letter exactly as it will print (status
 * 'emitiendo'); (2) the PDF is rendered outside any transaction; (3) a second
 * transaction stores the PDF with its SHA-256, marks it 'emitido', and writes
 * the timeline event and the bitácora entry. Numbers are gap-free and never
 * reused: if the process dies between (1) and (3) the document keeps its
 * number in 'emitiendo', and issuing it again renders the same frozen letter
 * to the same bytes and finishes the job.
 */
import { DocumentErrorCodes } from '../../../shared/api/errors-documents';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { BatchIssueResult, DocumentData, DocumentDetail, PdfFile } from '../../../shared/api/types';
import { yearOf } from '../../../shared/domain/dates';
import { formatDocumentNumber } from '../../../shared/domain/documents/number-format';
import { documentType, type DocumentTypeDef, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import * as repo from '../../../db/repositories/documents';
import { openInvoiceIdsOf } from '../../../db/repositories/invoices';
import { insertAsset } from '../../../db/repositories/settings';
import type { JobContext, ServiceContext } from '../../core/context';
import { toApiError } from '../../core/dispatch';
import { recordEntry } from '../bitacora';
import { OVERDUE_ONLY_TYPES, recordLetter } from '../expedientes/letters';
import { renderLetterPdf } from '../../adapters/pdf/letter';
import type { LetterModel } from '../../adapters/pdf/letter-model';
import { requireInstitution } from '../settings/service';
import type { LetterContext } from '../templates/context';
import { renderTemplate } from '../templates/engine';
import { effectiveTemplate, ensureTemplateRow, numberingFor, pdfFile } from '../templates/service';
import {
  checkDraftInput,
  detail,
  DocumentErrors,
  insertDraft,
  parseData,
  pdf,
  pdfFileName,
  requireDocument,
} from './drafts';
import { freezeLetter, hydrateLetter, type FrozenLetter } from './frozen-letter';
import { addresseeLines } from './letter-addressee';
import { buildLetterContext } from './letter-context';
import type { LetterSource } from './letter-source';

/** Letters about what we owe use our payable invoices. */
const PAYABLE_TYPES: DocumentTypeKey[] = [
  'memo_solicitud_pago',
  'notificacion_pago_acreedor',
  'solicitud_documentacion_faltante',
];

function sourceOf(d: repo.DocumentRecord): LetterSource {
  return {
    docType: d.docType as DocumentTypeKey,
    counterpartyId: d.counterpartyId,
    date: d.date,
    data: parseData(d.data),
    caseId: d.caseId,
    documentId: d.id,
  };
}

function fail(message: string): never {
  throw new DomainError(DocumentErrorCodes.incomplete, message);
}

/** What must be true of a letter before it gets an official number (the facts it states were checked building its context). */
function checkReadyToIssue(
  ctx: ServiceContext,
  d: repo.DocumentRecord,
  frozen: FrozenLetter,
  context: LetterContext,
): void {
  const type = documentType(d.docType);
  if (d.date > ctx.today())
    fail(`La fecha del documento (${d.date}) es posterior a hoy: no se emiten documentos con fecha futura.`);
  if (type.kind === 'acuerdo') {
    if (!frozen.addressee.name)
      fail(
        'Falta el representante legal del deudor, que firma el acuerdo: captúrelo en la ficha de la entidad (titular) o en el paso «Destinatario» del documento.',
      );
    if (!frozen.tables?.length)
      fail(
        'El acuerdo de pago imprime su calendario de cuotas: la plantilla debe llevar la marca {{ acuerdo.tabla_cuotas }} en su propio párrafo.',
      );
  }
  if (type.fields.includes('asunto') && !context.asunto.trim())
    fail('Escriba el asunto del documento: se imprime como «Asunto:» bajo el número.');
  if (!frozen.addressee.name) fail(MISSING_ADDRESSEE[type.addressee]);
  if (type.invoiceTable && type.fields.includes('facturas') && !frozen.table) {
    fail(
      `${capitalize(type.withArticle)} lleva la tabla de facturas: agregue al menos una factura (y la marca {{ tabla }} en la plantilla).`,
    );
  }
  if (type.bankBlock && !frozen.bank) {
    fail(
      'Faltan los datos bancarios que este documento imprime: capture la cuenta o CLABE en Configuración → Institución (o de la entidad acreedora en pagos).',
    );
  }
  if (frozen.signers.length === 0) fail('Falta el firmante: registre al menos uno en Configuración → Firmantes.');
  if (type.fields.includes('requerimientos') && context.requerimientos.length === 0) {
    fail(
      `${capitalize(type.withArticle)} cita los requerimientos anteriores y no hay ninguno emitido con fecha igual o anterior para sus facturas: emita primero el requerimiento de pago.`,
    );
  }
  if (REFERENCE_REQUIRED.has(type.key) && (!context.oficio_referencia.numero || !context.oficio_referencia.fecha)) {
    fail(
      `Falta el oficio de referencia (número y fecha) que cita ${type.withArticle}: captúrelo al editar el borrador.`,
    );
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const MISSING_ADDRESSEE: Record<DocumentTypeDef['addressee'], string> = {
  counterparty:
    'Falta el nombre del destinatario: captúrelo en la ficha de la entidad (titular a quien se dirigen los oficios) o en el paso «Destinatario» del documento.',
  national_authority:
    'Falta el titular de la autoridad nacional a quien se dirige este oficio: captúrelo en Configuración → Institución (nombre, cargo y domicilio) o en el paso «Destinatario».',
  internal:
    'Falta el nombre del destinatario del memorándum (titular de la dirección a la que se dirige): captúrelo en Configuración → Plantillas o en el paso «Destinatario».',
};

/** Letters whose text cites the oficio de referencia unconditionally. */
const REFERENCE_REQUIRED = new Set<DocumentTypeKey>([
  'memo_subsanacion',
  'consulta_pago',
  'notificacion_autoridad',
  'memo_solicitud_pago',
  'solicitud_documentacion_faltante',
]);

/** Step 1, inside a write transaction. Returns the frozen letter. */
function reserveNumber(ctx: ServiceContext, d: repo.DocumentRecord): FrozenLetter {
  // The recipient may have been deactivated since the draft was written.
  checkDraftInput(ctx, d.docType as DocumentTypeKey, d.counterpartyId);
  const inst = requireInstitution(ctx);
  const type = documentType(d.docType);
  const src = sourceOf(d);
  const tpl = ensureTemplateRow(ctx, type.key);
  const { numberFormat, series } = numberingFor(ctx, type.key);
  const year = yearOf(d.date);
  const seq = repo.lastSeq(ctx.db, series, year) + 1;
  const number = formatDocumentNumber(numberFormat, seq, year);
  const clash = repo.documentWithNumber(ctx.db, number);
  if (clash) {
    throw new DomainError(
      DocumentErrorCodes.repeatedNumber,
      `El número ${number} ya lo tiene otro documento (${documentType(clash.docType).label}). Dos series con el mismo formato repetirían números: ` +
        'revise la numeración en Configuración → Plantillas.',
    );
  }
  const issuedAt = ctx.now().toISOString();
  const context = buildLetterContext(ctx, src, number);
  const rendered = renderTemplate(tpl, context);
  const frozen = freezeLetter(inst, type, context, rendered, {
    number,
    watermark: null,
    createdAt: issuedAt,
    addressLines: addresseeLines(ctx, src),
    ccp: src.data.ccp,
    drafterInitials: src.data.drafterInitials,
  });
  checkReadyToIssue(ctx, d, frozen, context);
  repo.updateDocument(ctx.db, d.id, {
    status: 'emitiendo',
    series,
    year,
    seq,
    number,
    asunto: rendered.asunto,
    letter: JSON.stringify(frozen),
    templateId: tpl.id,
    issuedAt,
    updatedAt: issuedAt,
  });
  return frozen;
}

/** Step 3, inside a write transaction. */
function completeIssue(ctx: ServiceContext, id: number, bytes: Buffer): void {
  const d = requireDocument(ctx, id);
  if (d.status !== 'emitiendo')
    throw new DomainError(
      DocumentErrors.state,
      `El documento ${d.number ?? id} ya no está en emisión (estado: ${d.status}).`,
    );
  const frozen = JSON.parse(d.letter!) as FrozenLetter;
  const now = ctx.now().toISOString();
  const asset = insertAsset(ctx.db, { kind: 'documento', mime: 'application/pdf', data: bytes, createdAt: now });
  repo.updateDocument(ctx.db, id, { status: 'emitido', pdfAssetId: asset.id, pdfSha256: asset.sha256, updatedAt: now });
  repo.insertEvent(ctx.db, {
    documentId: id,
    kind: 'emitido',
    date: d.date,
    note: `Número ${d.number}`,
    createdAt: now,
  });
  const type = documentType(d.docType);
  const data = parseData(d.data);
  const a = frozen.addressee;
  const person = [a.title, a.name].filter(Boolean).join(' ');
  recordEntry(ctx, {
    direction: 'enviado',
    asunto: d.asunto,
    documentNumber: d.number!,
    documentDate: d.date,
    addressedTo: [person, a.position].filter(Boolean).join(', ') || a.institution,
    entity: repo.counterpartyName(ctx.db, d.counterpartyId) || a.institution,
    counterpartyId: d.counterpartyId,
    fromParty: frozen.signers[0]?.name ?? frozen.meta.author,
    deliveredBy: '',
    deliveryDate: null,
    origin: frozen.placeAndDate.split(',')[0] ?? '',
    folder: '',
    observations: '',
    caseRef: data.caseFolio,
    docKind: type.label,
    documentId: id,
  });
  recordLetter(ctx, d, type.label);
}

/** Steps 1–3 for one document; also finishes one left in 'emitiendo'. */
async function issueOne(
  job: JobContext,
  id: number,
  prepare?: (ctx: ServiceContext) => repo.DocumentRecord,
): Promise<number> {
  const { docId, model } = job.write((ctx) => {
    const d = prepare ? prepare(ctx) : requireDocument(ctx, id);
    if (d.status === 'borrador') return { docId: d.id, model: hydrateLetter(ctx, reserveNumber(ctx, d)) };
    if (d.status === 'emitiendo')
      return { docId: d.id, model: hydrateLetter(ctx, JSON.parse(d.letter!) as FrozenLetter) };
    throw new DomainError(DocumentErrors.state, `El documento ${d.number ?? d.id} ya fue emitido.`);
  });
  const bytes = await renderLetterPdf(model);
  job.write((ctx) => completeIssue(ctx, docId, bytes));
  return docId;
}

export async function issueJob(job: JobContext, input: ParsedInput<'documents.issue'>): Promise<DocumentDetail> {
  job.checkCancelled();
  job.progress(0, 1, 'Asignando número y generando el PDF…');
  const id = await issueOne(job, input.id);
  job.progress(1, 1, 'Documento emitido');
  return job.read((ctx) => detail(ctx, id));
}

export async function previewJob(job: JobContext, input: ParsedInput<'documents.preview'>): Promise<PdfFile> {
  const model: LetterModel | PdfFile = job.read((ctx) => {
    const d = requireDocument(ctx, input.id);
    if (d.status !== 'borrador' && d.pdfAssetId !== null) return pdf(ctx, { id: d.id });
    if (d.status !== 'borrador') return hydrateLetter(ctx, JSON.parse(d.letter!) as FrozenLetter);
    const inst = requireInstitution(ctx);
    const src = sourceOf(d);
    const type = documentType(d.docType);
    const context = buildLetterContext(ctx, src, 'BORRADOR');
    const rendered = renderTemplate(effectiveTemplate(ctx, type.key), context);
    return hydrateLetter(
      ctx,
      freezeLetter(inst, type, context, rendered, {
        number: null,
        watermark: 'BORRADOR',
        createdAt: job.now().toISOString(),
        addressLines: addresseeLines(ctx, src),
        ccp: src.data.ccp,
        drafterInitials: src.data.drafterInitials,
      }),
    );
  });
  if ('dataBase64' in model) return model;
  job.checkCancelled();
  const bytes = await renderLetterPdf(model);
  return pdfFile(pdfFileName(`borrador-${input.id}`), bytes);
}

/** Open invoices (balance > 0) of a counterparty for a batch letter, oldest first (overdue only for the cobro's letters). */
function openInvoiceIds(ctx: ServiceContext, counterpartyId: number, docType: DocumentTypeKey, date: string): number[] {
  const direction = PAYABLE_TYPES.includes(docType) ? 'payable' : 'receivable';
  // The cobro's letters carry the estado de cuenta of what is overdue on their date.
  const overdueOn = OVERDUE_ONLY_TYPES.includes(docType) ? date : undefined;
  return openInvoiceIdsOf(ctx.db, counterpartyId, direction, 500, overdueOn);
}

/**
 * One letter per recipient, each its own draft + number + PDF. A recipient
 * that cannot get its letter (no open invoices, inactive…) is reported and
 * skipped without writing anything for it; cancelling stops before the next
 * recipient (letters already issued stay issued: their numbers are taken).
 */
export async function issueBatchJob(
  job: JobContext,
  input: ParsedInput<'documents.issueBatch'>,
): Promise<BatchIssueResult> {
  const result: BatchIssueResult = { issued: [], failed: [], cancelled: false };
  const ids = [...new Set(input.counterpartyIds)];
  job.progress(0, ids.length, 'Preparando…');
  for (const [i, counterpartyId] of ids.entries()) {
    if (job.signal.aborted) {
      result.cancelled = true;
      break;
    }
    const name = job.read((ctx) => repo.counterpartyName(ctx.db, counterpartyId)) || `Entidad ${counterpartyId}`;
    try {
      const id = await issueOne(job, 0, (ctx) => {
        const data: DocumentData = input.includeOpenInvoices
          ? { ...input.data, invoiceIds: openInvoiceIds(ctx, counterpartyId, input.docType, input.date) }
          : input.data;
        return insertDraft(ctx, input.docType, counterpartyId, input.date, data);
      });
      const number = job.read((ctx) => requireDocument(ctx, id).number ?? '');
      result.issued.push({ id, number, counterpartyName: name });
    } catch (err) {
      result.failed.push({ counterpartyId, counterpartyName: name, message: toApiError(err, undefined).message });
    }
    job.progress(i + 1, ids.length, `${i + 1} de ${ids.length}: ${name}`);
  }
  return result;
}
