/**
 * The page every landscape report prints on (Carta, 792 × 612 pt): the
 * institution and its letterhead lines on the left, the title and subtitle
 * on the right, «<title> · Generado el …» and «Página X de Y» in the footer.
 * The 32x32 view and the cartera reports (aging, estado de cuenta) differ
 * only in their tables and in how wide their title runs.
 */
import type { Content, DocDefinition } from './doc-types';
import { generatedAtLabel } from './bitacora-cards';
import { PDF_FONT } from './fonts';
import { pdfInfo } from './metadata';

/** DocDefinition (doc-types.ts) in landscape, with the title in the content instead of a page header. */
export type LandscapeDocDefinition = Omit<DocDefinition, 'pageOrientation' | 'header'> & {
  pageOrientation: 'landscape';
};

/** The reports' page and table style: Carta landscape (792 × 612 pt), sizes in pt. */
export const REPORT = {
  width: 792,
  marginX: 24,
  cellPadX: 2.5,
  line: 0.5,
  bodySize: 6.5,
  headSize: 6,
  tinySize: 7,
  headerFill: '#1f3864',
  totalFill: '#dce6f1',
  zebraFill: '#f5f7fa',
  gridColor: '#c8ccd2',
  muted: '#595959',
  negative: '#b00020',
} as const;

export interface LandscapePage {
  title: string;
  subtitle: string;
  /** Room for the title block on the right (pt); the institution takes the rest. */
  titleWidth: number;
  institutionName: string;
  letterheadLines?: string[];
  /** ISO instant of the export: fixed → same bytes. */
  generatedAt: string;
  subject: string;
  keywords: string;
  /** The report's tables and notes, under the title block. */
  content: Content[];
}

export function landscapePage(p: LandscapePage): LandscapeDocDefinition {
  const generated = generatedAtLabel(p.generatedAt);
  return {
    pageSize: 'LETTER',
    pageOrientation: 'landscape',
    pageMargins: [REPORT.marginX, 26, REPORT.marginX, 40],
    version: '1.4',
    language: 'es',
    info: pdfInfo({
      title: p.title,
      author: p.institutionName,
      subject: p.subject,
      keywords: p.keywords,
      createdAt: p.generatedAt,
    }),
    defaultStyle: { font: PDF_FONT, fontSize: REPORT.bodySize, lineHeight: 1.05, color: '#000000' },
    images: {},
    footer: (page, pages) => ({
      margin: [REPORT.marginX, 14, REPORT.marginX, 0],
      columns: [
        {
          width: '*',
          text: `${p.title}  ·  Generado el ${generated}`,
          fontSize: REPORT.tinySize,
          color: REPORT.muted,
        },
        {
          width: 90,
          text: `Página ${page} de ${pages}`,
          fontSize: REPORT.tinySize,
          color: REPORT.muted,
          alignment: 'right',
        },
      ],
    }),
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: p.institutionName, bold: true, fontSize: 10 },
              ...(p.letterheadLines ?? [])
                .filter((l) => l.trim() !== '')
                .map((text): Content => ({ text, fontSize: 7.5, color: REPORT.muted })),
            ],
          },
          {
            width: p.titleWidth,
            stack: [
              { text: p.title, bold: true, fontSize: 13, alignment: 'right', color: REPORT.headerFill },
              { text: p.subtitle, fontSize: 8, alignment: 'right', color: REPORT.muted, margin: [0, 2, 0, 0] },
            ],
          },
        ],
        columnGap: 12,
        margin: [0, 0, 0, 8],
      },
      ...p.content,
    ],
  };
}
