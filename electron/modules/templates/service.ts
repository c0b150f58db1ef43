/**
 * Configuración → Plantillas: one template per document type, versioned
 * (saving adds a version; the factory text is version 1), its number format
 * and series, a live text preview and a PDF preview on example data.
 */
import { createHash } from 'node:crypto';
import { TemplateErrorCodes } from '../../../shared/api/errors-templates';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type {
  Institution,
  PdfFile,
  TemplateDetail,
  TemplatePreviewResult,
  TemplateSummary,
} from '../../../shared/api/types';
import { formatDocumentNumber } from '../../../shared/domain/documents/number-format';
import {
  documentType,
  documentTypesFor,
  fieldsOf,
  type DocumentTypeDef,
  type DocumentTypeKey,
} from '../../../shared/domain/documents/types';
import { yearOf } from '../../../shared/domain/dates';
import * as repo from '../../../db/repositories/templates';
import { getInstitution } from '../../../db/repositories/settings';
import type { JobContext, ServiceContext, ReadContext } from '../../core/context';
import { freezeLetter, hydrateLetter } from '../documents/frozen-letter';
import { renderLetterPdf } from '../../adapters/pdf/letter';
import { requireInstitution, toInstitution } from '../settings/service';
import type { LetterContext } from './context';
import { FIELD_DOCS } from './field-docs';
import { sampleLetterContext } from './sample-context';
import { defaultTemplate } from './defaults';
import { FILTER_DOCS, previewTemplate, renderTemplate, type LetterTemplate } from './engine';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface EffectiveTemplate extends LetterTemplate {
  /** null while the factory text was never stored. */
  id: number | null;
  version: number;
  customized: boolean;
  createdAt: string | null;
}

/** Notes of versions that hold a factory text nobody edited. */
const FACTORY_NOTES = new Set(['Texto de fábrica', 'Texto de fábrica restaurado', 'Texto de fábrica actualizado']);

/**
 * The stored version still holds an older factory text that staff never
 * edited: the current factory text replaces it (as a new version), so
 * corrections of the defaults reach every installation.
 */
function outdatedFactoryText(row: repo.TemplateRecord, factory: LetterTemplate): boolean {
  return FACTORY_NOTES.has(row.note) && (row.asunto !== factory.asunto || row.body !== factory.body);
}

export function effectiveTemplate(ctx: ReadContext, docType: DocumentTypeKey): EffectiveTemplate {
  const row = repo.latestTemplate(ctx.db, docType);
  const factory = defaultTemplate(docType);
  if (row && !outdatedFactoryText(row, factory)) {
    const customized = row.asunto !== factory.asunto || row.body !== factory.body;
    return {
      id: row.id,
      version: row.version,
      asunto: row.asunto,
      body: row.body,
      customized,
      createdAt: row.createdAt,
    };
  }
  return { id: null, version: row ? row.version + 1 : 1, ...factory, customized: false, createdAt: null };
}

/** The stored current version (the factory text is stored the first time it is used, and again when it changed). */
export function ensureTemplateRow(ctx: ServiceContext, docType: DocumentTypeKey): repo.TemplateRecord {
  const row = repo.latestTemplate(ctx.db, docType);
  const factory = defaultTemplate(docType);
  if (row && !outdatedFactoryText(row, factory)) return row;
  return repo.insertTemplate(ctx.db, {
    docType,
    version: row ? row.version + 1 : 1,
    ...factory,
    note: row ? 'Texto de fábrica actualizado' : 'Texto de fábrica',
    createdAt: ctx.now().toISOString(),
  });
}

/** Series shared by default: all oficios one consecutive, all memorándums another (Anexo 01: "OFICIO ___/año"). */
export function defaultSeries(type: DocumentTypeDef): string {
  return type.kind;
}

export function numberingFor(ctx: ReadContext, docType: DocumentTypeKey): { numberFormat: string; series: string } {
  const row = repo.numberingOf(ctx.db, docType);
  const type = documentType(docType);
  return row
    ? { numberFormat: row.numberFormat, series: row.series }
    : { numberFormat: type.defaultNumberFormat, series: defaultSeries(type) };
}

function profileOf(ctx: ReadContext): 'MX' | 'CO' {
  return getInstitution(ctx.db)?.profile ?? 'MX';
}

function requireTypeInProfile(ctx: ReadContext, docType: DocumentTypeKey): DocumentTypeDef {
  const type = documentType(docType);
  const profile = profileOf(ctx);
  if (!type.profiles.includes(profile)) {
    throw new DomainError(
      TemplateErrorCodes.typeNotAvailable,
      `El tipo «${type.label}» no se usa en el perfil ${profile} de esta institución.`,
    );
  }
  return type;
}

function summary(ctx: ReadContext, type: DocumentTypeDef): TemplateSummary {
  const t = effectiveTemplate(ctx, type.key);
  const n = numberingFor(ctx, type.key);
  return {
    docType: type.key,
    label: type.label,
    kind: type.kind,
    description: type.description,
    version: t.version,
    customized: t.customized,
    numberFormat: n.numberFormat,
    series: n.series,
    updatedAt: t.createdAt,
  };
}

export function list(ctx: ReadContext): TemplateSummary[] {
  return documentTypesFor(profileOf(ctx)).map((t) => summary(ctx, t));
}

function detail(ctx: ReadContext, docType: DocumentTypeKey): TemplateDetail {
  const type = requireTypeInProfile(ctx, docType);
  const t = effectiveTemplate(ctx, docType);
  const s = summary(ctx, type);
  const history = repo.templateHistory(ctx.db, docType);
  const fields = fieldsOf(docType);
  return {
    ...s,
    asunto: t.asunto,
    body: t.body,
    defaultNumberFormat: type.defaultNumberFormat,
    defaultSeries: defaultSeries(type),
    fields,
    fieldDocs: [...FIELD_DOCS],
    filterDocs: [...FILTER_DOCS],
    history: history.length > 0 ? history : [{ version: 1, note: 'Texto de fábrica', createdAt: '' }],
    numberExample: formatDocumentNumber(s.numberFormat, 42, yearOf(ctx.today())),
    defaultAddressee: type.kind === 'memorandum' ? repo.memoAddresseeOf(ctx.db, docType) : null,
  };
}

export function saveAddressee(ctx: ServiceContext, input: ParsedInput<'templates.saveAddressee'>): TemplateDetail {
  const type = requireTypeInProfile(ctx, input.docType);
  if (type.kind !== 'memorandum') {
    throw new DomainError(
      TemplateErrorCodes.notAMemorandum,
      `${capitalize(type.withArticle)} se dirige a ${type.addressee === 'national_authority' ? 'la autoridad nacional (Configuración → Institución)' : 'la entidad (titular de su ficha)'}, no a un destinatario predeterminado de memorándum.`,
    );
  }
  repo.saveMemoAddressee(ctx.db, type.key, input.addressee, ctx.now().toISOString());
  return detail(ctx, type.key);
}

export function get(ctx: ReadContext, input: ParsedInput<'templates.get'>): TemplateDetail {
  return detail(ctx, input.docType);
}

/** Example data with this institution's own name, bank and signers, so the preview looks like its letters. */
export function previewContext(ctx: ReadContext): { inst: Institution | null; context: LetterContext } {
  const row = getInstitution(ctx.db);
  const inst = row ? toInstitution(row) : null;
  const sample = sampleLetterContext(inst?.profile ?? 'MX');
  if (!inst) return { inst, context: sample };
  return {
    inst,
    context: {
      ...sample,
      institucion: {
        ...sample.institucion,
        nombre: inst.name,
        siglas: inst.shortName,
        area: inst.shortName || sample.institucion.area,
        ciudad: inst.cityLine || inst.city || sample.institucion.ciudad,
        direccion: inst.address,
        telefono: inst.phone,
        correo: inst.email,
      },
      banco:
        inst.bankAccount || inst.bankClabe
          ? {
              denominacion: inst.bankDenomination || inst.name,
              banco: inst.bankName,
              cuenta: inst.bankAccount,
              clabe: inst.bankClabe,
              tipo_cuenta: inst.bankAccountType,
            }
          : sample.banco,
      autoridad_nacional: inst.nationalAuthorityName || sample.autoridad_nacional,
    },
  };
}

export function preview(ctx: ReadContext, input: ParsedInput<'templates.preview'>): TemplatePreviewResult {
  requireTypeInProfile(ctx, input.docType);
  const p = previewTemplate({ asunto: input.asunto, body: input.body }, previewContext(ctx).context);
  return {
    asunto: p.asunto,
    paragraphs: p.paragraphs,
    tableAt: p.tableAt,
    bankAt: p.bankAt,
    errors: p.errors.map((e) => ({ code: e.code, message: e.message })),
  };
}

export async function previewPdfJob(job: JobContext, input: ParsedInput<'templates.previewPdf'>): Promise<PdfFile> {
  const model = job.read((ctx) => {
    const type = requireTypeInProfile(ctx, input.docType);
    const inst = requireInstitution(ctx);
    const { context } = previewContext(ctx);
    const rendered = renderTemplate({ asunto: input.asunto, body: input.body }, context);
    const frozen = freezeLetter(inst, type, context, rendered, {
      number: context.numero,
      watermark: 'VISTA PREVIA',
      createdAt: job.now().toISOString(),
      addressLines: context.destinatario.direccion ? [context.destinatario.direccion] : [],
      ccp: ['Expediente.'],
      drafterInitials: '',
    });
    return hydrateLetter(ctx, frozen);
  });
  job.checkCancelled();
  const bytes = await renderLetterPdf(model);
  return pdfFile(`vista-previa-${input.docType}.pdf`, bytes);
}

export function pdfFile(fileName: string, bytes: Buffer, sha256?: string): PdfFile {
  const hash = sha256 ?? createHash('sha256').update(bytes).digest('hex');
  return { fileName, mime: 'application/pdf', dataBase64: bytes.toString('base64'), sha256: hash };
}

function saveVersion(ctx: ServiceContext, docType: DocumentTypeKey, tpl: LetterTemplate, note: string): TemplateDetail {
  requireTypeInProfile(ctx, docType);
  const current = ensureTemplateRow(ctx, docType);
  if (current.asunto === tpl.asunto && current.body === tpl.body) {
    throw new DomainError(
      TemplateErrorCodes.noChanges,
      'La plantilla no tiene cambios respecto de la versión vigente; no se guardó una versión nueva.',
    );
  }
  const check = previewTemplate(tpl, previewContext(ctx).context);
  if (check.errors.length > 0) {
    throw new DomainError(
      TemplateErrorCodes.hasErrors,
      `La plantilla tiene errores y no se guardó: ${check.errors.map((e) => e.message).join(' ')}`,
      { errors: check.errors },
    );
  }
  repo.insertTemplate(ctx.db, {
    docType,
    version: current.version + 1,
    asunto: tpl.asunto,
    body: tpl.body,
    note,
    createdAt: ctx.now().toISOString(),
  });
  return detail(ctx, docType);
}

export function save(ctx: ServiceContext, input: ParsedInput<'templates.save'>): TemplateDetail {
  return saveVersion(
    ctx,
    input.docType,
    { asunto: input.asunto, body: input.body },
    input.note || 'Edición de la plantilla',
  );
}

export function restoreDefault(ctx: ServiceContext, input: ParsedInput<'templates.restoreDefault'>): TemplateDetail {
  return saveVersion(ctx, input.docType, defaultTemplate(input.docType), 'Texto de fábrica restaurado');
}

/** Two formats that print the same number for some consecutive ({año} and {anio}, {n} and {n:1}…). */
function samePrintedNumbers(a: string, b: string): boolean {
  const year = 2026;
  return [1, 9, 42, 999, 1000, 9999, 10000, 123456].some(
    (n) => formatDocumentNumber(a, n, year) === formatDocumentNumber(b, n, year),
  );
}

export function saveNumbering(ctx: ServiceContext, input: ParsedInput<'templates.saveNumbering'>): TemplateDetail {
  const type = requireTypeInProfile(ctx, input.docType);
  // Two series printing the same format would give two documents the same number.
  for (const other of documentTypesFor(profileOf(ctx))) {
    if (other.key === type.key) continue;
    const n = numberingFor(ctx, other.key);
    if (n.series !== input.series && samePrintedNumbers(n.numberFormat, input.numberFormat)) {
      throw new DomainError(
        TemplateErrorCodes.repeatedFormat,
        `El formato ${input.numberFormat} ya lo usa la serie «${n.series}» (${other.label}): dos series con el mismo formato repetirían números. Use otro formato o la misma serie.`,
      );
    }
  }
  repo.upsertNumbering(ctx.db, input.docType, input.numberFormat, input.series, ctx.now().toISOString());
  return detail(ctx, input.docType);
}
