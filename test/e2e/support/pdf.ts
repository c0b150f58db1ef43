/** The issued letter read back: the PDF downloaded from the viewer, its text through pdftotext. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { flat, pdfPages } from '../../fixtures/pdf/poppler';

/** Clicks the PDF viewer's «Guardar» and returns the downloaded file's path and bytes. */
export async function downloadPdf(
  page: Page,
  dir: string,
): Promise<{ file: string; bytes: Buffer; suggested: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pdf-save').click()]);
  const suggested = dl.suggestedFilename();
  const file = path.join(dir, suggested);
  await dl.saveAs(file);
  return { file, bytes: fs.readFileSync(file), suggested };
}

/** The PDF's text (pdftotext -raw), whitespace collapsed. */
export function pdfText(file: string): string {
  return flat(pdfPages(file, '-raw').join(' '));
}
