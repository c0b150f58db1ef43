/**
 * The printed letter (oficio, memorándum, requerimiento…) as a pdfmake
 * document: Carta size, letterhead and footer on every page, the blocks of
 * domain README §Letters in the order of the Requerimiento de Pago original (Anexo 01 of
 * the 32x32 procedure). `buildLetterDoc` is pure; `renderLetterPdf` makes the
 * bytes, identical for the same model.
 */
import type {
  Content,
  ContentNode,
  DocDefinition,
  Margin,
  SpannedCell,
  TableCell,
  TableLayout,
  TableNode,
  Width,
} from './doc-types';
import { PDF_FONT } from './fonts';
import type { LetterImage, LetterModel, LetterTable } from './letter-model';
import { pdfInfo } from './metadata';
import { isPng, opaquePng } from './png-opaque';
import { renderPdf } from './render';

/** Carta (Letter) 612 × 792 pt; 2.4 cm side margins. */
const PAGE_WIDTH = 612;
const MARGIN_X = 68;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const HEADER_TOP = 20;
const LOGO_BOX: [number, number] = [96, 46];
/** Width of the letterhead's text column, between the logos. */
const LETTERHEAD_TEXT_WIDTH = TEXT_WIDTH - 2 * LOGO_BOX[0] - 16;
const FOOTER_TEXT_WIDTH = TEXT_WIDTH - 64 - 12;
/** Roboto's line height in em (ascender − descender), as pdfmake lays lines. */
const ROBOTO_LINE = 1.172;

const BODY_SIZE = 10;
const SMALL_SIZE = 8.5;
const TINY_SIZE = 7;
const RULE_COLOR = '#7f7f7f';
const BOX_COLOR = '#404040';
const HEADER_FILL = '#d9d9d9';
const TOTAL_FILL = '#f2f2f2';
const MUTED = '#404040';
const GRID_LINE = 0.5;

/** Printed in place of the number while the letter is a borrador. */
export const DRAFT_NUMBER = 'BORRADOR';

export function letterNumberLine(model: Pick<LetterModel, 'kindLabel' | 'number'>): string {
  return `${model.kindLabel} No. ${model.number ?? DRAFT_NUMBER}`;
}

const isJpeg = (d: Uint8Array) => d.length > 3 && d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff;

/**
 * A logo as a data URL pdfkit embeds synchronously (see png-opaque.ts):
 * what the bytes are decides, not the declared mime type.
 */
function logoDataUrl(image: LetterImage, which: string): string {
  if (isPng(image.data)) {
    let png: Uint8Array;
    try {
      png = opaquePng(image.data);
    } catch (err) {
      throw new Error(
        `El logotipo ${which} del membrete no es un PNG válido: ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
    return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  }
  if (isJpeg(image.data)) return `data:image/jpeg;base64,${Buffer.from(image.data).toString('base64')}`;
  throw new Error(`El logotipo ${which} del membrete no es una imagen PNG ni JPEG.`);
}

function rule(width: number, margin: Margin, color = RULE_COLOR, lineWidth = 0.75): ContentNode {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth, lineColor: color }], margin };
}

// ── Letterhead and footer (every page) ──────────────────────────────────────

/**
 * Lines that `text` takes at `size` pt in `width` pt, erring high: 0.66 em
 * per character is wider than Roboto's capitals, so the margins computed
 * from it leave room rather than let the letterhead or the footer run into
 * the body.
 */
function estimateLines(text: string, size: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * 0.66)));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

const letterheadSize = (i: number) => (i === 0 ? 10 : 8);
const LETTERHEAD_LEADING = 1.05;

function letterheadTextHeight(lines: string[]): number {
  return lines.reduce(
    (h, line, i) =>
      h +
      estimateLines(line, letterheadSize(i), LETTERHEAD_TEXT_WIDTH) *
        letterheadSize(i) *
        ROBOTO_LINE *
        LETTERHEAD_LEADING +
      0.5,
    0,
  );
}

/** Top margin: the letterhead (logos or text, whichever is taller), its rule and, from page 2, the number reminder. */
export function topMargin(lines: string[]): number {
  return Math.ceil(
    HEADER_TOP + Math.max(LOGO_BOX[1], letterheadTextHeight(lines)) + 6.75 + 3 + TINY_SIZE * 1.1 * ROBOTO_LINE + 4,
  );
}

function footerContact(footer: LetterModel['footer']): string {
  const phone =
    footer.phone.trim() && !/^tel/i.test(footer.phone.trim()) ? `Tel. ${footer.phone.trim()}` : footer.phone;
  return [footer.address, phone, footer.email].filter((part) => part.trim() !== '').join('  ·  ');
}

/** Bottom margin: the footer's rule and its contact lines, at least 50 pt. */
export function bottomMargin(footer: LetterModel['footer']): number {
  return Math.max(
    50,
    Math.ceil(
      12 + 3.5 + estimateLines(footerContact(footer), TINY_SIZE, FOOTER_TEXT_WIDTH) * TINY_SIZE * 1.1 * ROBOTO_LINE + 8,
    ),
  );
}

function letterhead(model: LetterModel, hasLeft: boolean, hasRight: boolean) {
  const lines: Content[] = model.letterhead.lines.map((line, i) => ({
    text: line,
    bold: true,
    alignment: 'center',
    fontSize: letterheadSize(i),
    lineHeight: LETTERHEAD_LEADING,
    margin: [0, i === 0 ? 0 : 0.5, 0, 0],
  }));
  const centring = Math.max(0, (LOGO_BOX[1] - letterheadTextHeight(model.letterhead.lines)) / 2);
  const logo = (name: string, present: boolean, alignment: 'left' | 'right'): ContentNode =>
    present
      ? { width: LOGO_BOX[0], stack: [{ image: name, fit: LOGO_BOX, alignment }] }
      : { width: LOGO_BOX[0], text: '' };
  return (currentPage: number): Content => ({
    margin: [MARGIN_X, HEADER_TOP, MARGIN_X, 0],
    stack: [
      {
        columns: [
          logo('logoLeft', hasLeft, 'left'),
          // Vertically centred against the logos for the usual 2–4 lines.
          { width: '*', stack: lines, margin: [8, centring, 8, 0] },
          logo('logoRight', hasRight, 'right'),
        ],
        columnGap: 0,
      },
      rule(TEXT_WIDTH, [0, 6, 0, 0]),
      ...(currentPage > 1
        ? [
            {
              text: letterNumberLine(model),
              fontSize: TINY_SIZE,
              color: MUTED,
              alignment: 'right' as const,
              margin: [0, 3, 0, 0] as Margin,
            },
          ]
        : []),
    ],
  });
}

function footer(model: LetterModel) {
  const contact = footerContact(model.footer);
  return (currentPage: number, pageCount: number): Content => ({
    margin: [MARGIN_X, 12, MARGIN_X, 0],
    stack: [
      rule(TEXT_WIDTH, [0, 0, 0, 3], RULE_COLOR, 0.5),
      {
        columns: [
          { width: '*', text: contact, fontSize: TINY_SIZE, lineHeight: 1.1, color: MUTED },
          {
            width: 64,
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

// ── Blocks of the first page ────────────────────────────────────────────────

function referenceBlock(model: LetterModel): ContentNode {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 270,
        stack: [
          { text: letterNumberLine(model), bold: true, alignment: 'right' },
          { text: model.placeAndDate, alignment: 'right', margin: [0, 2, 0, 0] },
          { text: `Asunto: ${model.asunto}`, bold: true, alignment: 'right', margin: [0, 5, 0, 0] },
          ...(model.caseFolio
            ? [
                {
                  text: `Expediente: ${model.caseFolio}`,
                  alignment: 'right' as const,
                  margin: [0, 2, 0, 0] as [number, number, number, number],
                },
              ]
            : []),
        ],
      },
    ],
  };
}

/** The centred title of an agreement or acta, in place of the addressee block. */
function headingBlock(lines: string[]): ContentNode {
  return {
    margin: [0, 12, 0, 10],
    stack: lines.map((text, i): Content => ({
      text,
      bold: true,
      alignment: 'center',
      fontSize: i === 0 ? 11 : BODY_SIZE,
      margin: [20, i === 0 ? 0 : 2, 20, 0],
    })),
  };
}

function addresseeBlock(model: LetterModel): ContentNode {
  const a = model.addressee;
  const lines = [a.position, a.institution, ...a.addressLines].filter((l) => l.trim() !== '');
  return {
    margin: [0, 8, 0, 10],
    lineHeight: 1.05,
    stack: [
      { text: [a.title, a.name].filter((p) => p.trim() !== '').join(' '), bold: true },
      ...lines.map((text): Content => ({ text })),
      ...(model.salutation.trim() ? [{ text: model.salutation, bold: true, margin: [0, 2, 0, 0] as Margin }] : []),
    ],
  };
}

function paragraphs(texts: string[]): Content[] {
  return texts
    .filter((t) => t.trim() !== '')
    .map((text): Content => ({ text, alignment: 'justify', margin: [0, 0, 0, 6] }));
}

/**
 * Column widths proportional to the longest text of each column (clamped),
 * filling the text width exactly: amounts and folios never wrap, a long
 * description gets the room.
 */
export function tableWidths(table: LetterTable, padding: number): number[] {
  const n = table.headers.length;
  const rows = [table.headers, ...table.rows, ...(table.totalRow ? [table.totalRow] : [])];
  const weights = table.headers.map((_, c) => Math.min(40, Math.max(6, ...rows.map((r) => (r[c] ?? '').length))));
  const available = Math.floor(TEXT_WIDTH - n * 2 * padding - (n + 1) * GRID_LINE);
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((available * w) / total));
  // Whole points; the rounding remainder goes to the widest column.
  const widest = weights.indexOf(Math.max(...weights));
  widths[widest]! += available - widths.reduce((s, w) => s + w, 0);
  return widths;
}

const GRID: TableLayout = {
  hLineWidth: () => GRID_LINE,
  vLineWidth: () => GRID_LINE,
  hLineColor: () => RULE_COLOR,
  vLineColor: () => RULE_COLOR,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 2,
  paddingBottom: () => 1.5,
};

function letterTable(table: LetterTable): Content[] {
  const align = (c: number) => table.align?.[c] ?? 'left';
  const cells = (row: string[], style: Partial<TableCell>): TableCell[] =>
    table.headers.map((_, c) => ({ text: row[c] ?? '', alignment: align(c), ...style }));
  const body: TableCell[][] = [
    table.headers.map((text) => ({
      text,
      bold: true,
      alignment: 'center',
      fillColor: HEADER_FILL,
      fontSize: SMALL_SIZE,
    })),
    ...table.rows.map((row) => cells(row, {})),
    ...(table.totalRow ? [cells(table.totalRow, { bold: true, fillColor: TOTAL_FILL })] : []),
  ];
  const node: ContentNode & TableNode = {
    table: { headerRows: 1, dontBreakRows: true, widths: tableWidths(table, 5) as Width[], body },
    layout: GRID,
    fontSize: 9,
    margin: [0, 0, 0, table.totalInWords ? 3 : 8],
  };
  return [
    node,
    ...(table.totalInWords
      ? [
          {
            text: table.totalInWords,
            bold: true,
            fontSize: 9,
            alignment: 'center' as const,
            margin: [0, 0, 0, 8] as Margin,
          },
        ]
      : []),
  ];
}

function bankBlock(bank: NonNullable<LetterModel['bank']>): ContentNode {
  const label = (text: string): TableCell => ({ text, bold: true });
  const value = (text: string, bold = false): TableCell => ({ text, bold });
  const pairs: [string, string, boolean][] = (
    [
      ['Cuenta:', bank.account, true],
      ['CLABE:', bank.clabe, true],
      ['Banco:', bank.bank, false],
      ['Tipo de cuenta:', bank.accountType, false],
    ] as [string, string, boolean][]
  ).filter(([, v]) => v.trim() !== '');
  const body: (TableCell | SpannedCell)[][] = [
    [
      {
        text: 'CUENTA BANCARIA',
        bold: true,
        alignment: 'center',
        colSpan: 4,
        fillColor: HEADER_FILL,
        fontSize: SMALL_SIZE,
      },
      {},
      {},
      {},
    ],
  ];
  if (bank.denomination.trim()) body.push([label('Denominación:'), { text: bank.denomination, colSpan: 3 }, {}, {}]);
  for (let i = 0; i < pairs.length; i += 2) {
    const [l1, v1, b1] = pairs[i]!;
    const second = pairs[i + 1];
    body.push(
      second
        ? [label(l1), value(v1, b1), label(second[0]), value(second[1], second[2])]
        : [label(l1), { ...value(v1, b1), colSpan: 3 }, {}, {}],
    );
  }
  const last = (node: TableNode) => node.table.body.length;
  const box: TableLayout = {
    hLineWidth: (i, node) => (i === 0 || i === 1 || i === last(node) ? 0.75 : 0),
    vLineWidth: (i, node) => (i === 0 || i === node.table.widths.length ? 0.75 : 0),
    hLineColor: () => BOX_COLOR,
    vLineColor: () => BOX_COLOR,
    paddingLeft: () => 6,
    paddingRight: () => 6,
    paddingTop: (i) => (i === 0 ? 2 : i === 1 ? 4 : 1),
    paddingBottom: (i, node) => (i === 0 ? 2 : i === last(node) - 1 ? 4 : 1),
  };
  return {
    margin: [30, 0, 30, 8],
    unbreakable: true,
    fontSize: 9,
    table: { widths: [72, '*', 72, '*'], body },
    layout: box,
  };
}

/**
 * Where the bank block goes among the paragraphs after the table: right
 * after the first one that announces it (ends with ":", as in "…a la cuenta
 * que se detalla a continuación:"), otherwise after all of them.
 */
export function bankInsertIndex(bodyAfter: string[]): number {
  const i = bodyAfter.findIndex((p) => p.trim().endsWith(':'));
  return i === -1 ? bodyAfter.length : i + 1;
}

function signerCell(signer: LetterModel['signers'][number], width: number): ContentNode {
  const line = Math.min(width - 12, 180);
  return {
    width,
    stack: [
      ...(signer.caption
        ? [
            {
              text: signer.caption,
              bold: true,
              alignment: 'center' as const,
              fontSize: 8,
              margin: [0, 10, 0, 0] as Margin,
            },
          ]
        : []),
      {
        canvas: [
          {
            type: 'line',
            x1: (width - line) / 2,
            y1: 0,
            x2: (width + line) / 2,
            y2: 0,
            lineWidth: 0.6,
            lineColor: '#000000',
          },
        ],
        margin: [0, 32, 0, 2],
      },
      { text: signer.name, bold: true, alignment: 'center', fontSize: 8, lineHeight: 1.05 },
      { text: signer.position, alignment: 'center', fontSize: TINY_SIZE, lineHeight: 1.05 },
    ],
  };
}

/** One signer centred; two or three side by side; more in rows of three. */
function signersBlock(signers: LetterModel['signers']): Content[] {
  const gap = 14;
  const rows: LetterModel['signers'][] = [];
  for (let i = 0; i < signers.length; i += 3) rows.push(signers.slice(i, i + 3));
  return rows.map((row, r): Content => {
    const margin: Margin = [0, r === 0 ? 0 : 6, 0, 0];
    if (row.length === 1) {
      const width = 240;
      const side = (TEXT_WIDTH - width) / 2;
      return {
        columns: [{ width: side, text: '' }, signerCell(row[0]!, width), { width: side, text: '' }],
        columnGap: 0,
        margin,
      };
    }
    const width = (TEXT_WIDTH - gap * (row.length - 1)) / row.length;
    return { columns: row.map((s) => signerCell(s, width)), columnGap: gap, margin };
  });
}

/**
 * ATENTAMENTE, slogan, signers, c.c.p. and initials, kept on one page with
 * the paragraph before them: a signature never stands on a page without
 * text of the letter.
 */
function closingBlock(model: LetterModel, lastParagraph: Content | null): ContentNode {
  return {
    unbreakable: true,
    stack: [
      ...(lastParagraph ? [lastParagraph] : []),
      ...(model.closing.trim()
        ? [{ text: model.closing, bold: true, alignment: 'center' as const, margin: [0, 6, 0, 0] as Margin }]
        : []),
      ...(model.slogan.trim()
        ? [
            {
              text: model.slogan,
              italics: true,
              alignment: 'center' as const,
              fontSize: SMALL_SIZE,
              margin: [50, 2, 50, 0] as Margin,
            },
          ]
        : []),
      ...signersBlock(model.signers),
      ...ccpBlock(model),
    ],
  };
}

function ccpBlock(model: LetterModel): Content[] {
  const out: Content[] = [];
  const ccp = model.ccp.filter((l) => l.trim() !== '');
  if (ccp.length > 0) {
    out.push({
      margin: [0, 10, 0, 0],
      columns: [
        { width: 'auto', text: 'c.c.p.', fontSize: TINY_SIZE },
        { width: '*', stack: ccp.map((text): Content => ({ text, fontSize: TINY_SIZE, lineHeight: 1.05 })) },
      ],
      columnGap: 5,
    });
  }
  if (model.drafterInitials.trim()) {
    out.push({ text: model.drafterInitials, fontSize: TINY_SIZE, margin: [0, ccp.length > 0 ? 3 : 10, 0, 0] });
  }
  return out;
}

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
