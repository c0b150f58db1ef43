/**
 * Turns a document definition into PDF bytes with the shared pdfmake setup.
 * A definition is single-use: pdfmake mutates it while laying it out.
 */
import type { DocDefinition } from './doc-types';
import { pdfmakeWithFonts } from './fonts';

export function renderPdf(doc: DocDefinition): Promise<Buffer> {
  return pdfmakeWithFonts().createPdf(doc).getBuffer();
}
