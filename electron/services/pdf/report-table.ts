/**
 * A landscape report as PDF (Carta): the institution and the title on top,
 * one or more tables built from the report's columns (../excel/report-columns.ts,
 * the same the Excel export prints) with the header repeated on every page and
 * the backend's totals row, and "Página X de Y" in the footer. Used by the
 * cartera por edades and the estado de cuenta. `buildReportDoc` is pure;
 * `renderReportPdf` makes the bytes (same input → same bytes).
 */
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney, type MoneyLocale } from '../../../shared/domain/money';
import { totalsRowOf, type ReportColumn } from '../excel/report-columns';
import type { CellInput, ColumnKind } from '../excel/stream-sheet';
import { generatedAtLabel } from './bitacora-cards';
import type { Alignment, Content, TableCell, TableLayout, Width } from './doc-types';
import { PDF_FONT, pdfmakeWithFonts } from './fonts';
import { pdfInfo } from './metadata';
import type { LandscapeDocDefinition } from './portabilidad-view';

const PAGE_WIDTH = 792;
const MARGIN_X = 24;
const CELL_PAD_X = 2.5;
const LINE = 0.5;
const BODY_SIZE = 6.5;
const HEAD_SIZE = 6;
const TINY_SIZE = 7;
/** Text columns this wide in Excel take the room left and wrap. */
const ELASTIC_EXCEL_WIDTH = 20;
const MIN_ELASTIC_WIDTH = 50;
/** Room for "1.234.567,89" at the body size. */
const MIN_MONEY_WIDTH = 42;
const HEADER_FILL = '#1f3864';
const TOTAL_FILL = '#dce6f1';
const ZEBRA_FILL = '#f5f7fa';
const GRID_COLOR = '#c8ccd2';
const MUTED = '#595959';
const NEGATIVE = '#b00020';

const ALIGN: Record<ColumnKind, Alignment> = { text: 'left', money: 'right', integer: 'right', number: 'right', date: 'center', datetime: 'center' };

export interface ReportSection<R, T> {
  /** A line above the table (e.g. "Factura FE-12 · vence 10/01/2026"). */
  heading?: string;
  columns: readonly ReportColumn<R, T>[];
  rows: readonly R[];
  /** The totals row: the backend's figures, with `label` in `labelKey`. */
  totals?: { values: T; labelKey: string; label?: string };
}

export interface ReportDocOptions {
  title: string;
  subtitle: string;
  subject: string;
  keywords: string;
  institutionName: string;
  letterheadLines?: string[];
  /** ISO instant of the export (inject ctx.now()). */
  generatedAt: string;
  locale: MoneyLocale;
  /** Lines under the tables (legend, notes). */
  notes?: string[];
  /** false: amounts without "$" (a wide table; the subtitle says the figures are pesos). */
  moneySymbol?: boolean;
}

function cellText(kind: ColumnKind, v: CellInput, locale: MoneyLocale, symbol: boolean): string {
  if (v === null || v === undefined || v === '') return '';
  if (kind === 'money') return formatMoney(Number(v), locale, { symbol });
  if (kind === 'date') return formatDate(String(v));
  if (kind === 'integer') return Number(v).toLocaleString(locale);
  if (kind === 'number') return Number(v).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return String(v);
}

const textWidth = (text: string, size: number, bold = false) => Math.ceil(text.length * size * (bold ? 0.6 : 0.55)) + 1;

/** Every column as wide as its longest value (amounts and dates on one line); wide text columns share what is left and wrap. */
function columnWidths<R, T>(columns: readonly ReportColumn<R, T>[], texts: string[][]): number[] {
  const available = PAGE_WIDTH - 2 * MARGIN_X - columns.length * 2 * CELL_PAD_X - (columns.length + 1) * LINE;
  const natural = columns.map((c, i) => {
    const body = Math.max(0, ...texts.map((row) => textWidth(row[i]!, BODY_SIZE, c.strong)));
    // Header words in bold capitals run wider than body text.
    const head = Math.max(...c.header.split(/\s+/).map((w) => Math.ceil(w.length * HEAD_SIZE * 0.62) + 1));
    return Math.max(body, head, c.type === 'money' ? MIN_MONEY_WIDTH : 0);
  });
  const elastic = columns.map((c) => c.type === 'text' && c.width >= ELASTIC_EXCEL_WIDTH);
  const weight = columns.reduce((a, c, i) => a + (elastic[i] ? c.width : 0), 0);
  const minElastic = MIN_ELASTIC_WIDTH * elastic.filter(Boolean).length;
  let fixed = natural.reduce((a, w, i) => a + (elastic[i] ? 0 : w), 0);
  // Too many columns for the page: narrow the fixed ones alike (they wrap) rather than run off the edge.
  const scale = fixed + minElastic > available ? (available - minElastic) / fixed : 1;
  const widths = natural.map((w, i) => (elastic[i] ? 0 : Math.floor(w * scale)));
  fixed = widths.reduce((a, w) => a + w, 0);
  if (weight === 0) return widths;
  const rest = available - fixed;
  // A wide text column takes its share of what is left, but never more than its longest value needs.
  return columns.map((c, i) => (elastic[i] ? Math.max(30, Math.min(natural[i]!, Math.floor((rest * c.width) / weight))) : widths[i]!));
}

function layout(rowCount: number, hasTotals: boolean): TableLayout {
  const last = hasTotals ? rowCount - 1 : -1;
  return {
    hLineWidth: (i) => (i === last ? 1 : LINE),
    vLineWidth: () => LINE,
    hLineColor: (i) => (i <= 1 || i === last ? HEADER_FILL : GRID_COLOR),
    vLineColor: () => GRID_COLOR,
    fillColor: (row) => (row > 0 && row !== last && row % 2 === 0 ? ZEBRA_FILL : null),
    paddingLeft: () => CELL_PAD_X,
    paddingRight: () => CELL_PAD_X,
    paddingTop: () => 2.5,
    paddingBottom: () => 2,
  };
}

function sectionContent<R, T>(s: ReportSection<R, T>, locale: MoneyLocale, symbol: boolean): Content[] {
  const columns = s.columns.filter((c) => c.pdf !== false);
  const values = s.rows.map((r) => columns.map((c) => c.value(r)));
  const texts = values.map((row) => row.map((v, i) => cellText(columns[i]!.type, v, locale, symbol)));
  const totals = s.totals ? totalsRowOf(columns, s.totals.values, s.totals.labelKey, s.totals.label) : null;
  const totalTexts = totals ? columns.map((c) => cellText(c.type, totals[c.key], locale, symbol)) : null;
  const header: TableCell[] = columns.map((c) => ({ text: c.header, bold: true, color: '#ffffff', fillColor: HEADER_FILL, fontSize: HEAD_SIZE, alignment: ALIGN[c.type] === 'right' ? 'right' : 'center' }));
  const body: TableCell[][] = [
    header,
    ...texts.map((row, ri) =>
      row.map((text, i): TableCell => {
        const c = columns[i]!;
        const v = values[ri]![i];
        const cell: TableCell = { text, alignment: ALIGN[c.type], ...(c.strong ? { bold: true } : {}) };
        if (c.type === 'money' && typeof v === 'number') {
          if (v < 0) return { ...cell, color: NEGATIVE };
          if (v === 0) return { ...cell, color: MUTED };
        }
        return cell;
      }),
    ),
  ];
  if (totals && totalTexts) {
    body.push(
      columns.map((c, i): TableCell => {
        const v = totals[c.key];
        return { text: totalTexts[i]!, bold: true, fillColor: TOTAL_FILL, alignment: ALIGN[c.type], ...(c.type === 'money' && typeof v === 'number' && v < 0 ? { color: NEGATIVE } : {}) };
      }),
    );
  }
  const widths = columnWidths(columns, totalTexts ? [...texts, totalTexts] : texts);
  return [
    ...(s.heading ? [{ text: s.heading, bold: true, fontSize: 8, color: HEADER_FILL, margin: [0, 8, 0, 3] } as Content] : []),
    { table: { headerRows: 1, dontBreakRows: true, widths: widths as Width[], body }, layout: layout(body.length, Boolean(totals)) },
  ];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sections of different row types in one document
export function buildReportDoc(sections: readonly ReportSection<any, any>[], o: ReportDocOptions): LandscapeDocDefinition {
  const generated = generatedAtLabel(o.generatedAt);
  return {
    pageSize: 'LETTER',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN_X, 26, MARGIN_X, 40],
    version: '1.4',
    language: 'es',
    info: pdfInfo({ title: o.title, author: o.institutionName, subject: o.subject, keywords: o.keywords, createdAt: o.generatedAt }),
    defaultStyle: { font: PDF_FONT, fontSize: BODY_SIZE, lineHeight: 1.05, color: '#000000' },
    images: {},
    footer: (page, pages) => ({
      margin: [MARGIN_X, 14, MARGIN_X, 0],
      columns: [
        { width: '*', text: `${o.title}  ·  Generado el ${generated}`, fontSize: TINY_SIZE, color: MUTED },
        { width: 90, text: `Página ${page} de ${pages}`, fontSize: TINY_SIZE, color: MUTED, alignment: 'right' },
      ],
    }),
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: o.institutionName, bold: true, fontSize: 10 },
              ...(o.letterheadLines ?? []).filter((l) => l.trim() !== '').map((text): Content => ({ text, fontSize: 7.5, color: MUTED })),
            ],
          },
          {
            width: 380,
            stack: [
              { text: o.title, bold: true, fontSize: 13, alignment: 'right', color: HEADER_FILL },
              { text: o.subtitle, fontSize: 8, alignment: 'right', color: MUTED, margin: [0, 2, 0, 0] },
            ],
          },
        ],
        columnGap: 12,
        margin: [0, 0, 0, 8],
      },
      ...sections.flatMap((s) => sectionContent(s, o.locale, o.moneySymbol !== false)),
      ...(o.notes ?? []).map((text): Content => ({ text, fontSize: TINY_SIZE, color: MUTED, margin: [0, 6, 0, 0] })),
    ],
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see buildReportDoc
export function renderReportPdf(sections: readonly ReportSection<any, any>[], o: ReportDocOptions): Promise<Buffer> {
  return pdfmakeWithFonts().createPdf(buildReportDoc(sections, o)).getBuffer();
}
