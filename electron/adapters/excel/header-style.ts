/**
 * The look shared by every Excel report (bitácora, impagables, cartera por
 * edades…): a bold white-on-dark-blue header with thin borders and wrapped
 * text, and plain data cells aligned to the top.
 *
 * Style objects are frozen singletons on purpose: exceljs caches a style id
 * per style object (WeakMap), so reusing the same object for every cell of a
 * column keeps a 100,000-row export from hashing styles cell by cell.
 */
import type { Alignment, Borders, Fill, Font, PaperSize, Style } from 'exceljs';

export const HEADER_FILL_ARGB = 'FF1F3864'; // dark blue
export const HEADER_FONT_ARGB = 'FFFFFFFF';
const BORDER_ARGB = 'FF8EA9DB';

const thin = { style: 'thin' as const, color: { argb: BORDER_ARGB } };
const borders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const headerFont: Partial<Font> = { name: 'Calibri', size: 11, bold: true, color: { argb: HEADER_FONT_ARGB } };
export const headerFill: Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: HEADER_FILL_ARGB },
  bgColor: { argb: HEADER_FILL_ARGB },
};
export const headerAlignment: Partial<Alignment> = { vertical: 'middle', horizontal: 'center', wrapText: true };

export const headerStyle: Partial<Style> = Object.freeze({
  font: headerFont,
  fill: headerFill,
  border: borders,
  alignment: headerAlignment,
});

const dataLine = { style: 'thin' as const, color: { argb: 'FFD9D9D9' } };
/** Light grey cell borders for data rows, so a printout reads as a table (gridlines are not printed). */
export const dataBorders: Partial<Borders> = { top: dataLine, left: dataLine, bottom: dataLine, right: dataLine };

/** Height of the header row in points: room for two lines of wrapped text. */
export const HEADER_ROW_HEIGHT = 32;

/** Number formats by column kind (Excel codes; shown the same in LibreOffice). */
export const NUM_FMT = {
  text: '@',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  integer: '0',
  number: '#,##0.##',
  money: '#,##0.00',
} as const;

/** Pesos with the sign; negatives in red (Excel and LibreOffice read it the same). */
export const CURRENCY_FMT = '"$"#,##0.00;[Red]-"$"#,##0.00';

const totalsLine = { style: 'thin' as const, color: { argb: HEADER_FILL_ARGB } };
const totalsDouble = { style: 'double' as const, color: { argb: HEADER_FILL_ARGB } };
/** The totals row under a table: bold on light blue, a thin rule above and a double one below. */
export const totalsFont: Partial<Font> = { name: 'Calibri', size: 11, bold: true };
export const totalsFill: Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDCE6F1' },
  bgColor: { argb: 'FFDCE6F1' },
};
export const totalsBorders: Partial<Borders> = {
  top: totalsLine,
  bottom: totalsDouble,
  left: dataLine,
  right: dataLine,
};

/** Label cells of a key/value sheet ("Datos de la exportación"). */
export const labelStyle: Partial<Style> = Object.freeze({
  font: { name: 'Calibri', size: 11, bold: true },
  alignment: { vertical: 'top' },
} as Partial<Style>);
export const titleStyle: Partial<Style> = Object.freeze({
  font: { name: 'Calibri', size: 14, bold: true, color: { argb: HEADER_FILL_ARGB } },
});

/** Carta (letter), Excel's paper code 1 (missing from exceljs's PaperSize enum). */
export const PAPER_LETTER = 1 as unknown as PaperSize;
