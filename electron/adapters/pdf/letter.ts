/**
 * The printed letter (oficio, memorándum, requerimiento…) as a pdfmake
 * document: Carta size, letterhead and footer on every page, the blocks of
 * domain README §Letters in the order of the Requerimiento de Pago original (Anexo 01 of
 * the 32x32 procedure). `buildLetterDoc` is pure; `renderLetterPdf` makes the
 * bytes, identical for the same model.
 */
import type { Content, DocDefinition } from './doc-types';
import { PDF_FONT } from './fonts';
import type { LetterModel } from './letter-model';
import { pdfInfo } from './metadata';
import { renderPdf } from './render';
import {
  addresseeBlock,
  bankBlock,
  bankInsertIndex,
  closingBlock,
  headingBlock,
  letterTable,
  paragraphs,
  referenceBlock,
} from './letter-blocks';
import {
  BODY_SIZE,
  MARGIN_X,
  bottomMargin,
  footer,
  letterNumberLine,
  letterhead,
  logoDataUrl,
  topMargin,
} from './letter-page';

// ── The document ────────────────────────────────────────────────────────────

export function buildLetterDoc(model: LetterModel): DocDefinition {
  const images: Record<string, string> = {};
  if (model.letterhead.logoLeft) images.logoLeft = logoDataUrl(model.letterhead.logoLeft, 'izquierdo');
  if (model.letterhead.logoRight) images.logoRight = logoDataUrl(model.letterhead.logoRight, 'derecho');

  const at = !model.bank
    ? model.bodyAfter.length
    : model.bankAt !== undefined
      ? Math.max(0, Math.min(model.bankAt, model.bodyAfter.length))
      : bankInsertIndex(model.bodyAfter);
  // What goes among the paragraphs after the table: the bank block, then any further tables, each after its paragraph.
  const clamp = (i: number) => Math.max(0, Math.min(i, model.bodyAfter.length));
  const inserts: { at: number; nodes: Content[] }[] = [
    ...(model.bank ? [{ at, nodes: [bankBlock(model.bank)] }] : []),
    ...(model.tables ?? []).map((t) => ({ at: clamp(t.at), nodes: letterTable(t.table) })),
  ].sort((a, b) => a.at - b.at);
  let cursor = 0;
  const among: Content[] = [];
  for (const ins of inserts) {
    among.push(...paragraphs(model.bodyAfter.slice(cursor, ins.at)), ...ins.nodes);
    cursor = ins.at;
  }
  if (inserts.length === 0) {
    among.push(...paragraphs(model.bodyAfter));
    cursor = model.bodyAfter.length;
  }
  const body: Content[] = [...paragraphs(model.bodyBefore), ...(model.table ? letterTable(model.table) : []), ...among];
  const tail = paragraphs(model.bodyAfter.slice(cursor));
  // The closing takes the last paragraph (or the bank block, or the amount in
  // words) with it; never a long table, which must be free to break.
  const lastOfBody = body.at(-1);
  const movable =
    lastOfBody !== undefined && !(typeof lastOfBody === 'object' && lastOfBody.table && !lastOfBody.unbreakable);
  const last = tail.pop() ?? (movable ? body.pop()! : null);
  const opening = model.heading ? headingBlock(model.heading) : addresseeBlock(model);
  const content: Content[] = [referenceBlock(model), opening, ...body, ...tail, closingBlock(model, last)];

  return {
    pageSize: 'LETTER',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, topMargin(model.letterhead.lines), MARGIN_X, bottomMargin(model.footer)],
    version: '1.4',
    language: 'es',
    info: pdfInfo({
      title: model.meta.title,
      author: model.meta.author,
      subject: model.asunto,
      keywords: letterNumberLine(model),
      createdAt: model.meta.createdAt,
    }),
    defaultStyle: { font: PDF_FONT, fontSize: BODY_SIZE, lineHeight: 1.1, color: '#000000' },
    images,
    header: letterhead(model, model.letterhead.logoLeft !== null, model.letterhead.logoRight !== null),
    footer: footer(model),
    ...(model.watermark ? { watermark: { text: model.watermark, color: '#9a9a9a', opacity: 0.18, bold: true } } : {}),
    content,
  };
}

export function renderLetterPdf(model: LetterModel): Promise<Buffer> {
  return renderPdf(buildLetterDoc(model));
}
