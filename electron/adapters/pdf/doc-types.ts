/**
 * The subset of pdfmake's document-definition format that our builders use,
 * typed so that a misspelt property is a compile error (pdfmake ships no
 * types). Shapes follow pdfmake 0.3's documentation and src/.
 */
export type Alignment = 'left' | 'right' | 'center' | 'justify';
/** [left, top, right, bottom] in points, or one number for all four. */
export type Margin = number | [number, number, number, number];
export type Width = number | '*' | 'auto';

export interface TextStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: Alignment;
  lineHeight?: number;
  characterSpacing?: number;
  fillColor?: string;
}

export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  lineColor?: string;
}

export interface TableCell extends TextStyle {
  text: string | TextRun[];
  colSpan?: number;
  margin?: Margin;
}
/** The placeholder pdfmake expects where a colSpan covers a cell. */
export type SpannedCell = Record<string, never>;

export interface TableLayout {
  hLineWidth?: (i: number, node: TableNode) => number;
  vLineWidth?: (i: number, node: TableNode) => number;
  hLineColor?: (i: number, node: TableNode) => string;
  vLineColor?: (i: number, node: TableNode) => string;
  fillColor?: (rowIndex: number, node: TableNode, columnIndex: number) => string | null;
  paddingLeft?: (i: number, node: TableNode) => number;
  paddingRight?: (i: number, node: TableNode) => number;
  paddingTop?: (i: number, node: TableNode) => number;
  paddingBottom?: (i: number, node: TableNode) => number;
}

export interface TableNode {
  table: {
    headerRows?: number;
    dontBreakRows?: boolean;
    widths: Width[];
    body: (TableCell | SpannedCell)[][];
  };
}

export interface TextRun extends TextStyle {
  text: string;
}

/** One node of content: exactly one of text / stack / columns / table / image / canvas. */
export interface ContentNode extends TextStyle {
  text?: string | TextRun[];
  stack?: Content[];
  columns?: ContentNode[];
  columnGap?: number;
  table?: TableNode['table'];
  layout?: TableLayout | 'noBorders';
  image?: string;
  fit?: [number, number];
  canvas?: CanvasLine[];
  width?: Width;
  margin?: Margin;
  unbreakable?: boolean;
}
export type Content = string | ContentNode;

export type DynamicContent = (currentPage: number, pageCount: number) => Content;

export interface Watermark {
  text: string;
  color: string;
  opacity: number;
  bold: boolean;
}

export interface DocInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  creationDate: Date;
  modDate: Date;
}

export interface DocDefinition {
  pageSize: 'LETTER';
  pageOrientation: 'portrait';
  pageMargins: [number, number, number, number];
  version: '1.4';
  language: string;
  info: DocInfo;
  defaultStyle: TextStyle;
  /** Data URLs only: pdfmake reads anything else from disk or the network. */
  images: Record<string, string>;
  header: DynamicContent;
  footer: DynamicContent;
  watermark?: Watermark;
  content: Content[];
}
