/**
 * The Carta page of a printed letter: sizes, margins and colours, the logos,
 * the number line, and the letterhead and footer repeated on every page.
 */
import type { Content, ContentNode, Margin } from './doc-types';
import type { LetterImage, LetterModel } from './letter-model';
import { isPng, opaquePng } from './png-opaque';

/** Carta (Letter) 612 × 792 pt; 2.4 cm side margins. */
const PAGE_WIDTH = 612;
export const MARGIN_X = 68;
export const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const HEADER_TOP = 20;
const LOGO_BOX: [number, number] = [96, 46];
/** Width of the letterhead's text column, between the logos. */
const LETTERHEAD_TEXT_WIDTH = TEXT_WIDTH - 2 * LOGO_BOX[0] - 16;
const FOOTER_TEXT_WIDTH = TEXT_WIDTH - 64 - 12;
/** Roboto's line height in em (ascender − descender), as pdfmake lays lines. */
const ROBOTO_LINE = 1.172;

export const BODY_SIZE = 10;
export const SMALL_SIZE = 8.5;
export const TINY_SIZE = 7;
export const RULE_COLOR = '#7f7f7f';
export const BOX_COLOR = '#404040';
export const HEADER_FILL = '#d9d9d9';
export const TOTAL_FILL = '#f2f2f2';
const MUTED = '#404040';
export const GRID_LINE = 0.5;

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
export function logoDataUrl(image: LetterImage, which: string): string {
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

export function letterhead(model: LetterModel, hasLeft: boolean, hasRight: boolean) {
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

export function footer(model: LetterModel) {
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
