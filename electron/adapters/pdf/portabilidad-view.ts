/**
 * The 32x32 view (domain README §The 32x32 view) printed: Carta landscape, the institution
 * and "Posición 32x32 al <fecha>" on top, the table with the Excel export's
 * columns (../excel/portabilidad-columns.ts) — header repeated on every page,
 * the urgency as a coloured label, negative net amounts in red — the
 * backend's totals row, and "Página X de Y" in the footer.
 * `buildPortabilidadViewDoc` is pure; `renderPortabilidadViewPdf` makes the
 * bytes, identical for the same input on the same workstation.
 */
import type { PortabilidadRow, PortabilidadView } from '../../../shared/api/types';
import { formatDate } from '../../../shared/domain/dates';
import { dateInWords } from '../../../shared/domain/date-words';
import { formatMoney } from '../../../shared/domain/money';
import { COLUMNS, totalsRow, type PortabilidadColumn } from '../excel/portabilidad-columns';
import type { CellInput, ColumnKind } from '../excel/stream-sheet';
import type { Alignment, Content, TableCell, TableLayout, Width } from './doc-types';
import { pdfmakeWithFonts } from './fonts';
import { landscapePage, REPORT, type LandscapeDocDefinition } from './landscape-page';

export interface PortabilidadPdfOptions {
  institutionName: string;
  /** Further letterhead lines under the institution name (secretaría, dirección…). */
  letterheadLines?: string[];
  /** ISO instant of the export (inject ctx.now()); fixed → same bytes. */
  generatedAt: string;
}

/** Text columns this wide in Excel (Entidad, Plazo) take the room left and wrap. */
const ELASTIC_EXCEL_WIDTH = 20;
const MIN_ELASTIC_WIDTH = 60;

/** Urgency colours, as on the screen: red overdue, orange today, yellow this week. */
const URGENCY_STYLE: Record<PortabilidadRow['urgency'], { fill?: string; color: string }> = {
  vencido: { fill: '#c92a2a', color: '#ffffff' },
  hoy: { fill: '#e8590c', color: '#ffffff' },
  esta_semana: { fill: '#fcc419', color: '#212529' },
  proximo: { fill: '#e9ecef', color: '#343a40' },
  sin_pendientes: { color: REPORT.muted },
};

const ALIGN: Record<ColumnKind, Alignment> = {
  text: 'left',
  money: 'right',
  integer: 'right',
  number: 'right',
  date: 'center',
  datetime: 'center',
};

/** A cell as printed: money in pesos, dates dd/mm/aaaa, counts grouped. */
function cellText(c: PortabilidadColumn, v: CellInput): string {
  if (v === null || v === undefined || v === '') return '';
  if (c.type === 'money') return formatMoney(Number(v), 'es-MX');
  if (c.type === 'date') return formatDate(String(v));
  if (c.type === 'integer' || c.type === 'number') return Number(v).toLocaleString('es-MX');
  return String(v);
}

/** Width of `text` on one line at `size` pt, erring wide (Roboto's digits and "$" are 0.56 em, most lowercase letters less). */
const textWidth = (text: string, size: number, bold = false) => Math.ceil(text.length * size * (bold ? 0.6 : 0.55)) + 1;

/**
 * Column widths (content, without padding). Every column is as wide as its
 * longest value (and its header's longest word), so amounts, dates, folios
 * and labels stay on one line; the long text columns (Entidad, Plazo: Excel
 * width 20 or more) take what is left, the narrower first, and wrap.
 */
export function columnWidths(v: PortabilidadView): number[] {
  const rules = COLUMNS.length * 2 * REPORT.cellPadX + (COLUMNS.length + 1) * REPORT.line;
  const available = REPORT.width - 2 * REPORT.marginX - rules;
  const natural = COLUMNS.map((c) => {
    const texts = [...v.rows.map((r) => cellText(c, c.value(r))), c.total ? cellText(c, c.total(v.totals)) : ''];
    const body = Math.max(
      ...texts.map((t) => textWidth(t, REPORT.bodySize, c.key === 'entidad' || c.key === 'urgencia')),
    );
    const head = Math.max(...c.header.split(/\s+/).map((w) => textWidth(w, REPORT.headSize, true)));
    return Math.max(body, head);
  });
  const elastic = COLUMNS.map((c) => c.type === 'text' && c.width >= ELASTIC_EXCEL_WIDTH);
  const widths = natural.map((w, i) => (elastic[i] ? 0 : w));
  let rest = available - widths.reduce((a, w) => a + w, 0);
  let weight = COLUMNS.reduce((a, c, i) => a + (elastic[i] ? c.width : 0), 0);
  const order = COLUMNS.map((_, i) => i)
    .filter((i) => elastic[i])
    .sort((a, b) => natural[a]! - natural[b]!);
  for (const [n, i] of order.entries()) {
    const share = Math.floor((rest * COLUMNS[i]!.width) / weight);
    widths[i] = n === order.length - 1 ? Math.floor(rest) : Math.min(natural[i]!, Math.max(share, MIN_ELASTIC_WIDTH));
    rest -= widths[i]!;
    weight -= COLUMNS[i]!.width;
  }
  return widths;
}

function bodyCell(c: PortabilidadColumn, r: PortabilidadRow): TableCell {
  const value = c.value(r);
  const text = cellText(c, value);
  const cell: TableCell = { text, alignment: ALIGN[c.type] };
  if (c.key === 'urgencia') {
    const u = URGENCY_STYLE[r.urgency];
    return {
      ...cell,
      bold: r.urgency !== 'sin_pendientes',
      color: u.color,
      alignment: 'center',
      ...(u.fill ? { fillColor: u.fill } : {}),
    };
  }
  if (c.key === 'entidad') return { ...cell, bold: true };
  if (c.type === 'money' && typeof value === 'number') {
    if (value < 0) return { ...cell, color: REPORT.negative };
    if (value === 0) return { ...cell, color: REPORT.muted };
  }
  return cell;
}

function totalsCells(v: PortabilidadView): TableCell[] {
  const values = totalsRow(v.totals, 'Total 31 entidades');
  return COLUMNS.map((c) => {
    const value = values[c.key];
    const negative = c.type === 'money' && typeof value === 'number' && value < 0;
    return {
      text: cellText(c, value),
      bold: true,
      fillColor: REPORT.totalFill,
      alignment: ALIGN[c.type],
      ...(negative ? { color: REPORT.negative } : {}),
    };
  });
}

function tableLayout(rowCount: number): TableLayout {
  return {
    hLineWidth: (i) => (i === rowCount - 1 ? 1 : REPORT.line),
    vLineWidth: () => REPORT.line,
    hLineColor: (i) => (i <= 1 || i === rowCount - 1 ? REPORT.headerFill : REPORT.gridColor),
    vLineColor: () => REPORT.gridColor,
    // Zebra rows for reading across 15 columns; the header, urgency and totals cells bring their own fill.
    fillColor: (row) => (row > 0 && row < rowCount - 1 && row % 2 === 0 ? REPORT.zebraFill : null),
    paddingLeft: () => REPORT.cellPadX,
    paddingRight: () => REPORT.cellPadX,
    paddingTop: () => 2.5,
    paddingBottom: () => 2,
  };
}

const LEGEND: [PortabilidadRow['urgency'], string][] = [
  ['vencido', 'Vencido'],
  ['hoy', 'Vence hoy'],
  ['esta_semana', 'Esta semana'],
  ['proximo', 'Próximo'],
];

/** The colours' meaning and how to read the net, under the table. */
function legend(): Content {
  const swatches: TableCell[] = LEGEND.map(([u, label]) => ({
    text: label,
    bold: true,
    alignment: 'center',
    fillColor: URGENCY_STYLE[u].fill!,
    color: URGENCY_STYLE[u].color,
  }));
  return {
    margin: [0, 6, 0, 0],
    columns: [
      {
        width: 'auto',
        text: 'Urgencia del siguiente plazo:',
        fontSize: REPORT.tinySize,
        color: REPORT.muted,
        margin: [0, 2, 6, 0],
      },
      {
        width: 'auto',
        table: { widths: LEGEND.map(() => 'auto' as Width), body: [swatches] },
        layout: 'noBorders',
        fontSize: REPORT.tinySize,
      },
      {
        width: '*',
        text: 'Neto = por cobrar − por pagar: positivo, la entidad nos debe en la compensación; negativo (en rojo), le debemos.',
        fontSize: REPORT.tinySize,
        color: REPORT.muted,
        margin: [10, 2, 0, 0],
      },
    ],
  };
}

export function buildPortabilidadViewDoc(v: PortabilidadView, opts: PortabilidadPdfOptions): LandscapeDocDefinition {
  const header: TableCell[] = COLUMNS.map((c) => ({
    text: c.header,
    bold: true,
    color: '#ffffff',
    fillColor: REPORT.headerFill,
    fontSize: REPORT.headSize,
    alignment: ALIGN[c.type] === 'right' ? 'right' : 'center',
  }));
  const body: TableCell[][] = [header, ...v.rows.map((r) => COLUMNS.map((c) => bodyCell(c, r))), totalsCells(v)];
  return landscapePage({
    title: `Posición 32x32 al ${dateInWords(v.asOf)}`,
    subtitle: 'Compensación con las 31 entidades federativas (Convenio 32x32)',
    titleWidth: 300,
    institutionName: opts.institutionName,
    letterheadLines: opts.letterheadLines,
    generatedAt: opts.generatedAt,
    subject: 'Portabilidad 32x32: por cobrar, por pagar, neto y vencido por entidad federativa',
    keywords: `Portabilidad 32x32; compensación; ${v.asOf}`,
    content: [
      {
        table: { headerRows: 1, dontBreakRows: true, widths: columnWidths(v) as Width[], body },
        layout: tableLayout(body.length),
      },
      legend(),
    ],
  });
}

export function renderPortabilidadViewPdf(v: PortabilidadView, opts: PortabilidadPdfOptions): Promise<Buffer> {
  // pdfmake takes any definition; renderPdf's DocDefinition is portrait-only.
  return pdfmakeWithFonts().createPdf(buildPortabilidadViewDoc(v, opts)).getBuffer();
}
