/**
 * The printed bitácora (domain README §Bitácora) in the card layout of the paper form
 * (Anexo 03 of the 32x32 procedure): one bordered card per entry with the
 * form's rows — Volantes | Asunto / Docto / Fecha / Dirigido a | Estado /
 * De parte de | Entregó | Fecha — and a smaller line with the extra fields.
 * Carta portrait, a small header and "Página X de Y" on every page; a card
 * never splits across pages. `buildBitacoraCardsDoc` is pure;
 * `renderBitacoraCardsPdf` makes the bytes, identical for the same input on
 * the same workstation (the generation time is printed in local time).
 */
import { formatDate } from '../../../shared/domain/dates';
import type { BitacoraExportRow } from '../excel/bitacora-row';
import type {
  Content,
  ContentNode,
  DocDefinition,
  SpannedCell,
  TableCell,
  TableLayout,
  TableNode,
  TextRun,
  Width,
} from './doc-types';
import { PDF_FONT } from './fonts';
import { parseFixedDate, pdfInfo } from './metadata';
import { renderPdf } from './render';

export interface BitacoraCardsOptions {
  institutionName: string;
  /** Defaults to BITACORA_TITLE. */
  title?: string;
  /** e.g. "Del 1 de enero al 31 de marzo de 2026". */
  rangeLabel: string;
  /** ISO instant of the export (inject ctx.now()); fixed → same bytes. */
  generatedAt: string;
  /** Further letterhead lines under the institution name (secretaría, dirección…). */
  letterheadLines?: string[];
}

export const BITACORA_TITLE = 'BITÁCORA DE CORRESPONDENCIA';
export const NO_ENTRIES_TEXT = 'Sin registros en el periodo seleccionado.';

const DIRECCION: Record<BitacoraExportRow['direccion'], string> = { recibido: 'Recibido', enviado: 'Enviado' };

/** Carta (Letter) 612 × 792 pt; 1.8 cm side margins. */
const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN_X = 51;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const HEADER_TOP = 22;
const HEADER_RIGHT_WIDTH = 210;
const HEADER_GAP = 12;
const HEADER_LEFT_WIDTH = TEXT_WIDTH - HEADER_RIGHT_WIDTH - HEADER_GAP;
const FOOTER_TOP = 14;
const BOTTOM_MARGIN = 44;
/** Roboto's line height in em (ascender − descender), as pdfmake lays lines. */
const ROBOTO_LINE = 1.172;

const BODY_SIZE = 9;
const EXTRA_SIZE = 7.5;
const TINY_SIZE = 7;
const LEADING = 1.1;
const CARD_GAP = 14;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.5;
const BOX_COLOR = '#404040';
const INNER_COLOR = '#b3b3b3';
const RULE_COLOR = '#7f7f7f';
const EXTRA_FILL = '#f2f2f2';
const MUTED = '#404040';

/**
 * Column widths of a card: label, value, label, value, label, value. The
 * last pair (Fecha de entrega) is narrow; the two long values share the rest.
 */
const LABEL_1 = 57;
const LABEL_2 = 42;
const LABEL_3 = 30;
const VALUE_3 = 56;
const BOX_LINE = 0.9;
const CARD_INNER = TEXT_WIDTH - 6 * 2 * CELL_PAD_X - 2 * BOX_LINE;
const VALUE_1 = Math.floor((CARD_INNER - LABEL_1 - LABEL_2 - LABEL_3 - VALUE_3) * 0.58);
const VALUE_2 = CARD_INNER - LABEL_1 - LABEL_2 - LABEL_3 - VALUE_3 - VALUE_1;
const CARD_WIDTHS: Width[] = [LABEL_1, VALUE_1, LABEL_2, VALUE_2, LABEL_3, VALUE_3];

// ── Sizes, erring high ──────────────────────────────────────────────────────

/**
 * Lines that `text` takes at `size` pt in `width` pt, erring high: 0.66 em
 * per character is wider than Roboto's capitals.
 */
function estimateLines(text: string, size: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * 0.66)));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

const lineHeight = (size: number, leading = LEADING) => size * ROBOTO_LINE * leading;

const INSTITUTION_SIZE = 9;
const LETTERHEAD_SIZE = 7.5;
const TITLE_SIZE = 10.5;
const RANGE_SIZE = 8;

function headerHeight(opts: BitacoraCardsOptions): number {
  const left =
    estimateLines(opts.institutionName, INSTITUTION_SIZE, HEADER_LEFT_WIDTH) * lineHeight(INSTITUTION_SIZE, 1.05) +
    (opts.letterheadLines ?? []).reduce(
      (h, l) => h + estimateLines(l, LETTERHEAD_SIZE, HEADER_LEFT_WIDTH) * lineHeight(LETTERHEAD_SIZE, 1.05) + 0.5,
      0,
    );
  const right =
    estimateLines(opts.title ?? BITACORA_TITLE, TITLE_SIZE, HEADER_RIGHT_WIDTH) * lineHeight(TITLE_SIZE, 1.05) +
    2 +
    estimateLines(opts.rangeLabel, RANGE_SIZE, HEADER_RIGHT_WIDTH) * lineHeight(RANGE_SIZE, 1.05);
  return Math.max(left, right);
}

/** Top margin: the header, its rule and some air before the first card. */
export function bitacoraTopMargin(opts: BitacoraCardsOptions): number {
  return Math.ceil(HEADER_TOP + headerHeight(opts) + 5 + 0.75 + 12);
}

/** Height of a card, erring high. */
function estimateCardHeight(row: BitacoraExportRow): number {
  const rowH = (size: number, ...cells: [string, number][]) =>
    Math.max(...cells.map(([t, w]) => estimateLines(t, size, w))) * lineHeight(size) + 2 * CELL_PAD_Y + 0.5;
  const wide = VALUE_1 + LABEL_2 + VALUE_2 + LABEL_3 + VALUE_3 + 8 * CELL_PAD_X;
  return (
    rowH(BODY_SIZE, [row.volante, VALUE_1], [row.asunto, VALUE_2 + LABEL_3 + VALUE_3 + 4 * CELL_PAD_X]) +
    rowH(BODY_SIZE, [row.documento, wide]) +
    rowH(BODY_SIZE, ['00/00/0000', wide]) +
    rowH(BODY_SIZE, [row.dirigidoA, VALUE_1], [row.estado, VALUE_2 + LABEL_3 + VALUE_3 + 4 * CELL_PAD_X]) +
    rowH(BODY_SIZE, [row.deParteDe, VALUE_1], [row.entrego, VALUE_2], ['00/00/0000', VALUE_3]) +
    rowH(EXTRA_SIZE, [
      extraRuns(row)
        .map((r) => r.text)
        .join(''),
      TEXT_WIDTH - 2 * CELL_PAD_X,
    ]) +
    2
  );
}

// ── Header and footer (every page) ──────────────────────────────────────────

function rule(lineWidth: number, color: string): ContentNode {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth, lineColor: color }] };
}

function header(opts: BitacoraCardsOptions) {
  const left: Content[] = [
    { text: opts.institutionName, bold: true, fontSize: INSTITUTION_SIZE, lineHeight: 1.05 },
    ...(opts.letterheadLines ?? [])
      .filter((l) => l.trim() !== '')
      .map((text): Content => ({
        text,
        fontSize: LETTERHEAD_SIZE,
        lineHeight: 1.05,
        color: MUTED,
        margin: [0, 0.5, 0, 0],
      })),
  ];
  const right: Content[] = [
    { text: opts.title ?? BITACORA_TITLE, bold: true, fontSize: TITLE_SIZE, lineHeight: 1.05, alignment: 'right' },
    { text: opts.rangeLabel, fontSize: RANGE_SIZE, lineHeight: 1.05, alignment: 'right', margin: [0, 2, 0, 0] },
  ];
  return (): Content => ({
    margin: [MARGIN_X, HEADER_TOP, MARGIN_X, 0],
    stack: [
      {
        columns: [
          { width: HEADER_LEFT_WIDTH, stack: left },
          { width: HEADER_RIGHT_WIDTH, stack: right },
        ],
        columnGap: HEADER_GAP,
      },
      { ...rule(0.75, RULE_COLOR), margin: [0, 5, 0, 0] },
    ],
  });
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "DD/MM/AAAA HH:MM" of an ISO instant in the workstation's local time, as
 * the Excel export's "Generado el" (a date without time prints as the date).
 */
export function generatedAtLabel(iso: string): string {
  const instant = parseFixedDate(iso);
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso.trim())) return formatDate(iso.trim());
  const d = `${instant.getFullYear()}-${pad2(instant.getMonth() + 1)}-${pad2(instant.getDate())}`;
  return `${formatDate(d)} ${pad2(instant.getHours())}:${pad2(instant.getMinutes())}`;
}

function footer(generated: string, count: number) {
  const registros = count === 1 ? '1 registro' : `${count.toLocaleString('es-MX')} registros`;
  return (currentPage: number, pageCount: number): Content => ({
    margin: [MARGIN_X, FOOTER_TOP, MARGIN_X, 0],
    stack: [
      { ...rule(0.5, RULE_COLOR), margin: [0, 0, 0, 3] },
      {
        columns: [
          { width: '*', text: `Generado el ${generated}  ·  ${registros}`, fontSize: TINY_SIZE, color: MUTED },
          {
            width: 90,
            text: `Página ${currentPage} de ${pageCount}`,
            fontSize: TINY_SIZE,
            color: MUTED,
            alignment: 'right',
          },
        ],
        columnGap: 12,
      },
    ],
  });
}

// ── One card ────────────────────────────────────────────────────────────────

const label = (text: string): TableCell => ({ text, bold: true });
const value = (text: string, colSpan?: number): TableCell => ({ text, ...(colSpan ? { colSpan } : {}) });

/** Dirección, Lugar de origen, Carpeta, Observaciones (non-empty ones), Escaneos and "Enmendada (N)". */
function extraRuns(row: BitacoraExportRow): TextRun[] {
  const parts: [string, string][] = (
    [
      ['Dirección:', DIRECCION[row.direccion] ?? row.direccion],
      ['Lugar de origen:', row.lugarOrigen],
      ['Carpeta:', row.carpetaFisica],
      ['Observaciones:', row.observaciones],
    ] as [string, string][]
  )
    .map(([l, v]): [string, string] => [l, (v ?? '').trim()])
    .filter(([, v]) => v !== '');
  parts.push(['Escaneos:', String(row.escaneos)]);
  const runs: TextRun[] = [];
  parts.forEach(([l, v], i) => {
    if (i > 0) runs.push({ text: '   ·   ', color: RULE_COLOR });
    runs.push({ text: `${l} `, bold: true }, { text: v });
  });
  if (row.enmiendas > 0)
    runs.push(
      { text: '   ·   ', color: RULE_COLOR },
      { text: `Enmendada (${row.enmiendas})`, bold: true, color: '#9c2a00' },
    );
  return runs;
}

function cardLayout(): TableLayout {
  const rows = (node: TableNode) => node.table.body.length;
  return {
    hLineWidth: (i, node) => (i === 0 || i === rows(node) ? BOX_LINE : 0.4),
    vLineWidth: (i, node) => (i === 0 || i === node.table.widths.length ? BOX_LINE : 0),
    hLineColor: (i, node) => (i === 0 || i === rows(node) ? BOX_COLOR : INNER_COLOR),
    vLineColor: () => BOX_COLOR,
    paddingLeft: () => CELL_PAD_X,
    paddingRight: () => CELL_PAD_X,
    paddingTop: () => CELL_PAD_Y,
    paddingBottom: () => CELL_PAD_Y - 0.5,
  };
}

const SPAN: SpannedCell = {};

function card(row: BitacoraExportRow, unbreakable: boolean): ContentNode {
  const body: (TableCell | SpannedCell)[][] = [
    [label('Volantes:'), { ...value(row.volante), bold: true }, label('Asunto:'), value(row.asunto, 3), SPAN, SPAN],
    [label('Docto:'), value(row.documento, 5), SPAN, SPAN, SPAN, SPAN],
    [label('Fecha:'), value(formatDate(row.fecha), 5), SPAN, SPAN, SPAN, SPAN],
    [label('Dirigido a:'), value(row.dirigidoA), label('Estado:'), value(row.estado, 3), SPAN, SPAN],
    [
      label('De parte de:'),
      value(row.deParteDe),
      label('Entregó:'),
      value(row.entrego),
      label('Fecha:'),
      value(formatDate(row.fechaEntrega)),
    ],
    [
      { text: extraRuns(row), colSpan: 6, fontSize: EXTRA_SIZE, fillColor: EXTRA_FILL, color: '#262626' },
      SPAN,
      SPAN,
      SPAN,
      SPAN,
      SPAN,
    ],
  ];
  return {
    ...(unbreakable ? { unbreakable: true } : {}),
    margin: [0, 0, 0, CARD_GAP],
    table: { dontBreakRows: unbreakable, widths: CARD_WIDTHS, body },
    layout: cardLayout(),
  };
}

// ── The document ────────────────────────────────────────────────────────────

export function buildBitacoraCardsDoc(rows: BitacoraExportRow[], opts: BitacoraCardsOptions): DocDefinition {
  const top = bitacoraTopMargin(opts);
  const bodyHeight = PAGE_HEIGHT - top - BOTTOM_MARGIN;
  // pdfmake keeps only the first page of an unbreakable block: a card that
  // might not fit on a whole page is left free to break rather than cut.
  const content: Content[] =
    rows.length === 0
      ? [{ text: NO_ENTRIES_TEXT, italics: true, alignment: 'center', color: MUTED, margin: [0, 40, 0, 0] }]
      : rows.map((row) => card(row, estimateCardHeight(row) + CARD_GAP < bodyHeight));
  const title = opts.title ?? BITACORA_TITLE;
  return {
    pageSize: 'LETTER',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, top, MARGIN_X, BOTTOM_MARGIN],
    version: '1.4',
    language: 'es',
    info: pdfInfo({
      title: `${title} — ${opts.rangeLabel}`,
      author: opts.institutionName,
      subject: 'Bitácora de correspondencia',
      keywords: `Bitácora; ${opts.rangeLabel}; ${rows.length} registros`,
      createdAt: opts.generatedAt,
    }),
    defaultStyle: { font: PDF_FONT, fontSize: BODY_SIZE, lineHeight: LEADING, color: '#000000' },
    images: {},
    header: header(opts),
    footer: footer(generatedAtLabel(opts.generatedAt), rows.length),
    content,
  };
}

export function renderBitacoraCardsPdf(rows: BitacoraExportRow[], opts: BitacoraCardsOptions): Promise<Buffer> {
  return renderPdf(buildBitacoraCardsDoc(rows, opts));
}
