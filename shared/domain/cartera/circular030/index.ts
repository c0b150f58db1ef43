/**
 * The IPS file of the Circular Conjunta 030 de 2013 (aclaración de cartera
 * between IPS and payers; domain README §Circular 030): its name, writing it,
 * reading it back, and the I/A/E indicator that compares a cut with the
 * previous one. Pure: the caller reads the ledger and stores what each cut
 * reported.
 *
 * Project choices (the official annex was not found; domain README §Circular 030):
 * - Text fields (razones sociales, prefijo, número, etapa) are written in
 *   UPPERCASE without accents (foldText, then upper case; Ñ → N): one spelling
 *   per name and per invoice key, the same key `updateIndicators` compares, so
 *   an invoice stored as «fe-12» and reported as «FE-12» is one invoice. Any
 *   other character outside printable ASCII, a comma (it would split the
 *   field), CR/LF and tabs (they would split the line) become a space; runs of
 *   spaces collapse to one.
 * - NITs are written without the dígito de verificación: a trailing "-DV" is
 *   dropped (not checked: the DV is validated where the NIT is typed), dots and
 *   spaces removed, leading zeros dropped; at most 12 digits, the width of the
 *   file name.
 * - Amounts: "1234.56", dot, two decimals, no grouping, never negative. The
 *   reader also takes 0 or 1 decimals ("1500", "1500.5"), as other systems
 *   write them, but never more than two (never rounded).
 * - The writer numbers the type-2 records 1..n in the order given; the reader
 *   refuses a consecutive out of that sequence.
 * - Both refuse, naming the invoice: saldo ≠ valor − pagos − glosa aceptada;
 *   an invoice twice in one file; a record whose IPS NIT is not the control
 *   record's; an etapa other than 0 without cobro jurídico.
 * - The reader is strict about codes (NI, F, I/A/E, SI/NO in upper case, what
 *   the writer writes) and tolerant about layout (CRLF or LF, BOM, spaces
 *   around values, empty lines at the end).
 * - Every refusal is a DomainError with a Circular030ErrorCodes code
 *   (shared/api/errors-cartera.ts) and a Spanish message that starts with where
 *   it is ("Línea 3: …", "Registro 2: …"): archivoInvalido for a malformed line
 *   of a file read; datoInvalido or importeInvalido for a value given to write;
 *   saldoInconsistente, facturaRepetida, consecutivoFueraDeOrden,
 *   conteoInconsistente, otraIps and etapaSinCobroJuridico for the rules both
 *   apply; faltanCifras for an E without figures.
 *
 * Files: types.ts (the records), format.ts (text, NIT, amounts, invoice key),
 * record.ts (the checks of a record), write.ts (file name and writer),
 * read.ts (reader), indicators.ts (I/A/E), refuse.ts (the refusals).
 */
export type {
  Circular030Control,
  Circular030Entry,
  Circular030Invoice,
  Circular030Record,
  Indicador030,
  InvoiceKey030,
} from './types';
export { formatAmount030, nitBase030, normalizeText030, parseAmount030 } from './format';
export { circular030FileName, writeCircular030 } from './write';
export { readCircular030 } from './read';
export { updateIndicators } from './indicators';
