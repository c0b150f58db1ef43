/**
 * The blocks of a printed letter, in the order of domain README §Letters:
 * reference, heading or addressee, paragraphs, tables, bank details,
 * closing with the signers, and the ccp.
 */
import type { Content, ContentNode, Margin, SpannedCell, TableCell, TableLayout, TableNode, Width } from './doc-types';
import type { LetterModel, LetterTable } from './letter-model';
import {
  BODY_SIZE,
  BOX_COLOR,
  GRID_LINE,
  HEADER_FILL,
  RULE_COLOR,
  SMALL_SIZE,
  TEXT_WIDTH,
  TINY_SIZE,
  TOTAL_FILL,
  letterNumberLine,
} from './letter-page';

// ── Blocks of the first page ────────────────────────────────────────────────

export function referenceBlock(model: LetterModel): ContentNode {
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
export function headingBlock(lines: string[]): ContentNode {
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

export function addresseeBlock(model: LetterModel): ContentNode {
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

export function paragraphs(texts: string[]): Content[] {
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

export function letterTable(table: LetterTable): Content[] {
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

export function bankBlock(bank: NonNullable<LetterModel['bank']>): ContentNode {
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
export function closingBlock(model: LetterModel, lastParagraph: Content | null): ContentNode {
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
