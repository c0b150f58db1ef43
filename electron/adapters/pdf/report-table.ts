/**
 * A landscape report as PDF (Carta): the institution and the title on top,
 * one or more tables built from the report's columns (../excel/report-columns.ts,
 * the same the Excel export prints) with the header repeated on every page and
 * the backend's totals row, and "Página X de Y" in the footer. Used by the
 * cartera por edades and the estado de cuenta. `buildReportDoc` is pure;
 * `renderReportPdf` makes the bytes (same input → same bytes).
 *
 * An amount, a count, a ratio or a date is never broken across lines: those
 * cells do not wrap (non-breaking spaces, noWrap) and their column is as wide
 * as the longest value, measured with Roboto's own advance widths; text
 * columns share what is left and wrap between words. A table too wide for
 * the page at the body size is set in a smaller size instead.
 */
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney, type MoneyLocale } from '../../../shared/domain/money';
import { totalsRowOf, type ReportColumn } from '../excel/report-columns';
import type { CellInput, ColumnKind } from '../excel/stream-sheet';
import type { Alignment, Content, ContentNode, TableCell, TableLayout, Width } from './doc-types';
import { pdfmakeWithFonts } from './fonts';
import { landscapePage, REPORT, type LandscapeDocDefinition } from './landscape-page';

/** The smallest body size a table too wide for the page is set in rather than break a number. */
const MIN_BODY_SIZE = 4.5;
/** Text columns this wide in Excel (a name, a description) keep at least MIN_ELASTIC_WIDTH when they wrap. */
const ELASTIC_EXCEL_WIDTH = 20;
const MIN_ELASTIC_WIDTH = 50;
/** A single word wider than this (a long reference) may break inside rather than widen its column. */
const MAX_WORD_WIDTH = 110;
/** Room for "1.234.567,89" at the body size. */
const MIN_MONEY_WIDTH = 42;
const NBSP = '\u00a0';

const ALIGN: Record<ColumnKind, Alignment> = {
  text: 'left',
  money: 'right',
  integer: 'right',
  number: 'right',
  date: 'center',
  datetime: 'center',
};
/** Kinds printed whole on one line: amounts, counts, ratios, dates. */
const WHOLE: Record<ColumnKind, boolean> = {
  text: false,
  money: true,
  integer: true,
  number: true,
  date: true,
  datetime: true,
};

/** A table cell of this module: pdfmake's `noWrap` keeps a figure on one line. */
type ReportCell = TableCell & { noWrap?: boolean };

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
  if (kind === 'number')
    return Number(v).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return String(v);
}

/** What a figure needs: non-breaking spaces ("$ 1.234,56" stays one word). */
const whole = (kind: ColumnKind, text: string) => (WHOLE[kind] ? text.replace(/ /g, NBSP) : text);

/** Advance widths in thousandths of an em of Roboto Regular and Medium (the fonts fonts.ts embeds), ASCII 32–126. */
const ROBOTO_REGULAR =
  '248,258,320,616,562,732,622,175,342,348,431,567,197,276,264,413,562,562,562,562,562,562,562,562,562,562,242,211,508,549,523,473,898,652,623,651,656,568,553,681,713,272,552,627,539,873,713,688,631,688,616,594,597,648,637,887,627,601,599,265,411,265,418,451,309,544,562,523,564,530,348,562,551,243,239,507,243,877,552,570,562,568,339,516,327,551,484,751,496,473,496,338,244,338,680'
    .split(',')
    .map(Number);
const ROBOTO_MEDIUM =
  '249,265,319,603,568,736,641,167,346,350,443,555,224,340,278,390,568,568,568,568,568,568,568,568,568,568,264,240,509,563,520,486,897,663,631,653,653,565,551,681,709,283,556,632,540,875,709,689,638,689,629,605,609,654,646,880,631,611,603,271,417,271,429,448,320,539,562,522,563,536,353,567,556,255,251,521,255,871,557,567,562,566,354,515,333,556,496,742,503,490,503,333,249,333,663'
    .split(',')
    .map(Number);
/** Any other character (an accented letter is measured as its base letter): as wide as an em dash. */
const OTHER_EM = 0.8;

function charEm(ch: string, bold: boolean): number {
  const table = bold ? ROBOTO_MEDIUM : ROBOTO_REGULAR;
  const ascii = (c: string) => {
    const code = c === NBSP ? 32 : c.codePointAt(0)!;
    return code >= 32 && code <= 126 ? table[code - 32]! / 1000 : null;
  };
  return ascii(ch) ?? ascii(ch.normalize('NFD').charAt(0)) ?? OTHER_EM;
}

/** Width in points of `text` at `size` in the report's font, with 1 pt to spare. */
function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, bold);
  return Math.ceil(em * size * 100) / 100 + 1;
}

interface Measured {
  text: string;
  bold: boolean;
}

/** How wide each column may get at `body` size: `max` on one line; `min` whole for figures, down to the longest word for text. */
function columnRanges<R, T>(
  columns: readonly ReportColumn<R, T>[],
  cells: Measured[][],
  body: number,
): { min: number; max: number }[] {
  const head = (body * REPORT.headSize) / REPORT.bodySize;
  return columns.map((c, i) => {
    // Headers wrap between words only.
    const headWord = Math.max(...c.header.split(/\s+/).map((w) => textWidth(w, head, true)));
    let line = 0;
    let word = 0;
    for (const row of cells) {
      const { text, bold } = row[i]!;
      if (text === '') continue;
      line = Math.max(line, textWidth(text, body, bold));
      if (!WHOLE[c.type]) word = Math.max(word, ...text.split(/\s+/).map((w) => textWidth(w, body, bold)));
    }
    const max = Math.max(line, headWord, c.type === 'money' ? (MIN_MONEY_WIDTH * body) / REPORT.bodySize : 0);
    if (WHOLE[c.type]) return { min: max, max };
    const floor = c.width >= ELASTIC_EXCEL_WIDTH ? (MIN_ELASTIC_WIDTH * body) / REPORT.bodySize : 0;
    return { min: Math.min(max, Math.max(headWord, Math.min(word, MAX_WORD_WIDTH), floor)), max };
  });
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);

/**
 * The columns' widths and the table's font sizes. Figures and dates get their
 * longest value on one line; if they and the text columns' longest words do
 * not fit the page, the whole table is set smaller (down to MIN_BODY_SIZE).
 * What is left goes first to the short text columns (on one line if it can),
 * then to the wide ones in proportion to their Excel width, none wider than
 * its longest value needs.
 */
function columnWidths<R, T>(
  columns: readonly ReportColumn<R, T>[],
  cells: Measured[][],
): { widths: number[]; body: number; head: number } {
  const available =
    REPORT.width - 2 * REPORT.marginX - columns.length * 2 * REPORT.cellPadX - (columns.length + 1) * REPORT.line;
  let body: number = REPORT.bodySize;
  let ranges = columnRanges(columns, cells, body);
  while (sum(ranges.map((r) => r.min)) > available && body > MIN_BODY_SIZE) {
    const need = sum(ranges.map((r) => r.min));
    body = Math.max(MIN_BODY_SIZE, Math.min(body - 0.1, Math.floor(((body * available) / need) * 10) / 10));
    ranges = columnRanges(columns, cells, body);
  }
  const widths = ranges.map((r) => r.min);
  const elastic = columns.map((c) => c.width >= ELASTIC_EXCEL_WIDTH);
  let rest = available - sum(widths);
  // The short texts (a condition, a level) on one line first, then the wide ones (names) share what is left.
  for (const phase of [false, true]) {
    let open = columns.map((_, i) => i).filter((i) => elastic[i] === phase && widths[i]! < ranges[i]!.max);
    while (rest > 0.5 && open.length > 0) {
      const weight = sum(open.map((i) => columns[i]!.width));
      let used = 0;
      for (const i of open) {
        const add = Math.min(ranges[i]!.max - widths[i]!, (rest * columns[i]!.width) / weight);
        widths[i] = widths[i]! + add;
        used += add;
      }
      rest -= used;
      open = open.filter((i) => widths[i]! < ranges[i]!.max - 0.01);
      if (used < 0.01) break;
    }
  }
  return {
    widths: widths.map((w) => Math.floor(w * 100) / 100),
    body,
    head: (body * REPORT.headSize) / REPORT.bodySize,
  };
}

function layout(rowCount: number, hasTotals: boolean): TableLayout {
  const last = hasTotals ? rowCount - 1 : -1;
  return {
    hLineWidth: (i) => (i === last ? 1 : REPORT.line),
    vLineWidth: () => REPORT.line,
    hLineColor: (i) => (i <= 1 || i === last ? REPORT.headerFill : REPORT.gridColor),
    vLineColor: () => REPORT.gridColor,
    fillColor: (row) => (row > 0 && row !== last && row % 2 === 0 ? REPORT.zebraFill : null),
    paddingLeft: () => REPORT.cellPadX,
    paddingRight: () => REPORT.cellPadX,
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
  const measured: Measured[][] = [
    ...texts.map((row) =>
      row.map((text, i) => ({ text: whole(columns[i]!.type, text), bold: columns[i]!.strong === true })),
    ),
    ...(totalTexts ? [totalTexts.map((text, i) => ({ text: whole(columns[i]!.type, text), bold: true }))] : []),
  ];
  const fit = columnWidths(columns, measured);
  const header: TableCell[] = columns.map((c) => ({
    text: c.header,
    bold: true,
    color: '#ffffff',
    fillColor: REPORT.headerFill,
    fontSize: fit.head,
    alignment: ALIGN[c.type] === 'right' ? 'right' : 'center',
  }));
  /** A figure's cell keeps it on one line. */
  const figure = (kind: ColumnKind): Partial<ReportCell> => (WHOLE[kind] ? { noWrap: true } : {});
  const body: TableCell[][] = [
    header,
    ...texts.map((row, ri) =>
      row.map((text, i): ReportCell => {
        const c = columns[i]!;
        const v = values[ri]![i];
        const cell: ReportCell = {
          text: whole(c.type, text),
          alignment: ALIGN[c.type],
          ...figure(c.type),
          ...(c.strong ? { bold: true } : {}),
        };
        if (c.type === 'money' && typeof v === 'number') {
          if (v < 0) return { ...cell, color: REPORT.negative };
          if (v === 0) return { ...cell, color: REPORT.muted };
        }
        return cell;
      }),
    ),
  ];
  if (totals && totalTexts) {
    body.push(
      columns.map((c, i): ReportCell => {
        const v = totals[c.key];
        return {
          text: whole(c.type, totalTexts[i]!),
          bold: true,
          fillColor: REPORT.totalFill,
          alignment: ALIGN[c.type],
          ...figure(c.type),
          ...(c.type === 'money' && typeof v === 'number' && v < 0 ? { color: REPORT.negative } : {}),
        };
      }),
    );
  }
  const table: ContentNode = {
    table: { headerRows: 1, dontBreakRows: true, widths: fit.widths as Width[], body },
    layout: layout(body.length, Boolean(totals)),
    fontSize: fit.body,
  };
  return [
    ...(s.heading
      ? [{ text: s.heading, bold: true, fontSize: 8, color: REPORT.headerFill, margin: [0, 8, 0, 3] } as Content]
      : []),
    table,
  ];
}

export function buildReportDoc(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- sections of different row types in one document
  sections: readonly ReportSection<any, any>[],
  o: ReportDocOptions,
): LandscapeDocDefinition {
  return landscapePage({
    title: o.title,
    subtitle: o.subtitle,
    titleWidth: 380,
    institutionName: o.institutionName,
    letterheadLines: o.letterheadLines,
    generatedAt: o.generatedAt,
    subject: o.subject,
    keywords: o.keywords,
    content: [
      ...sections.flatMap((s) => sectionContent(s, o.locale, o.moneySymbol !== false)),
      ...(o.notes ?? []).map((text): Content => ({
        text,
        fontSize: REPORT.tinySize,
        color: REPORT.muted,
        margin: [0, 6, 0, 0],
      })),
    ],
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see buildReportDoc
export function renderReportPdf(sections: readonly ReportSection<any, any>[], o: ReportDocOptions): Promise<Buffer> {
  return pdfmakeWithFonts().createPdf(buildReportDoc(sections, o)).getBuffer();
}
