/**
 * Everything a printed letter (oficio, memorándum, requerimiento…) shows, as
 * plain data: the documents service fills it from the ledger, the
 * institution profile and the rendered template; the PDF builder lays it out
 * (domain README §Letters). No I/O and no template logic here.
 */
export interface LetterImage {
  /** PNG or JPEG bytes. */
  data: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
}

export interface LetterTable {
  headers: string[];
  /** Cell text as it must print (amounts already formatted). */
  rows: string[][];
  /** Column alignment; defaults to left. */
  align?: ('left' | 'right' | 'center')[];
  /** Optional last row in bold, e.g. ['', 'TOTAL', '$1,234.00', '']. */
  totalRow?: string[];
  /** e.g. "(UN MIL DOSCIENTOS … PESOS 00/100 M.N.)", printed under the table. */
  totalInWords?: string;
}

/** A further table among the paragraphs after the main one (e.g. an agreement's schedule). */
export interface PlacedTable {
  /** After this many paragraphs of bodyAfter. */
  at: number;
  table: LetterTable;
}

export interface LetterSigner {
  name: string;
  position: string;
  /** Printed above the signature line, e.g. "POR EL DEUDOR"; absent in letters. */
  caption?: string;
}

export interface LetterModel {
  /** 'OFICIO' | 'MEMORÁNDUM' | … as printed before the number. */
  kindLabel: string;
  /** Official number, e.g. "DGF/0042/2026"; null while borrador (prints "BORRADOR"). */
  number: string | null;
  letterhead: { lines: string[]; logoLeft: LetterImage | null; logoRight: LetterImage | null };
  /** "Guadalajara, Jal., 3 de febrero de 2026". */
  placeAndDate: string;
  asunto: string;
  /** The case (expediente) the letter belongs to, printed under the asunto; absent when it belongs to none. */
  caseFolio?: string;
  /**
   * Title lines printed centred under the number (an agreement, an acta):
   * such a document names its parties in the body, so the addressee block
   * and the salutation are not printed. Absent in letters.
   */
  heading?: string[];
  addressee: {
    title: string;
    name: string;
    position: string;
    institution: string;
    /** Street, colony, postal code and city lines, each printed on its own line. */
    addressLines: string[];
  };
  /** "PRESENTE" for oficios; memorándums may use a different salutation line. */
  salutation: string;
  /** Paragraphs of body text (already rendered from the template). */
  bodyBefore: string[];
  table: LetterTable | null;
  bodyAfter: string[];
  /** Further tables placed among bodyAfter (after the bank block when at the same place). */
  tables?: PlacedTable[];
  /**
   * Where the bank block goes: after this many paragraphs of bodyAfter (the
   * template's {{ bloque_banco }}); undefined → after the paragraph that
   * announces it (ends with ":"), else at the end.
   */
  bankAt?: number;
  /** Bank block (denomination, account, CLABE/type, bank); null to omit. */
  bank: { denomination: string; bank: string; account: string; clabe: string; accountType: string } | null;
  closing: string;
  slogan: string;
  signers: LetterSigner[];
  ccp: string[];
  drafterInitials: string;
  footer: { address: string; phone: string; email: string };
  /** Document metadata: fixed so that the same model always gives the same bytes. */
  meta: { title: string; author: string; createdAt: string };
  /** Diagonal "BORRADOR" / "CANCELADO" mark, or none. */
  watermark: string | null;
}
