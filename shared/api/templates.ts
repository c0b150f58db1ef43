/**
 * templates.*: each document type's template, addressee and numbering.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import { text, requiredText, jobId } from './schemas';
import type * as T from './types';
import { validateNumberFormat } from '../domain/documents/number-format';
import { docType } from './documents';

const numberFormat = z
  .string()
  .trim()
  .min(1, 'Escriba el formato del número')
  .max(60)
  .superRefine((v, ctx) => {
    const problem = validateNumberFormat(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const templatesMethods = {
  'templates.list': read<T.TemplateSummary[]>()(z.object({}).strict().default({})),
  'templates.get': read<T.TemplateDetail>()(z.object({ docType })),
  'templates.preview': read<T.TemplatePreviewResult>()(
    z.object({ docType, asunto: z.string().max(2000), body: z.string().max(50_000) }),
  ),
  'templates.previewPdf': job<T.PdfFile>()(
    z.object({ docType, asunto: z.string().max(2000), body: z.string().max(50_000), jobId }),
  ),
  'templates.save': write<T.TemplateDetail>()(
    z.object({
      docType,
      asunto: requiredText('El asunto', 2000),
      body: requiredText('El texto de la plantilla', 50_000),
      note: text(300).default(''),
    }),
  ),
  'templates.restoreDefault': write<T.TemplateDetail>()(z.object({ docType })),
  /** Memorándums: the titular of the directorate they go to by default (empty name: none). */
  'templates.saveAddressee': write<T.TemplateDetail>()(
    z.object({
      docType,
      addressee: z.object({
        title: text(40).default(''),
        name: text(200).default(''),
        position: text(300).default(''),
        institution: text(300).default(''),
      }),
    }),
  ),
  'templates.saveNumbering': write<T.TemplateDetail>()(
    z.object({
      docType,
      numberFormat,
      series: requiredText('La serie', 40).regex(/^[a-z0-9_-]+$/i, 'La serie admite letras, números, - y _'),
    }),
  ),
} as const;
