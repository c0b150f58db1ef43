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
 * - Every refusal is a DomainError with ErrorCodes.invalidInput and a Spanish
 *   message that starts with where it is ("Línea 3: …", "Registro 2: …").
 */
import { DomainError, ErrorCodes } from '../../api/errors';
import { isIsoDate, MAX_YEAR, MIN_YEAR, yearOf, type IsoDate } from '../dates';
import { MAX_CENTS, type Cents } from '../money';
import { foldText } from '../text';

/** Control record (tipo 1): the first line of the file. */
export interface Circular030Control {
  ipsNit: string;
  /** Razón social of the IPS. */
  ipsName: string;
  /** Fecha inicial of the period reported. */
  startDate: IsoDate;
  /** Fecha de corte: also in the file name. */
  cutDate: IsoDate;
  /** Number of type-2 records that follow. */
  recordCount: number;
}

/** I: not reported in the previous cut; A: reported before, still owed; E: leaves the report. */
export type Indicador030 = 'I' | 'A' | 'E';

/** One type-2 record (one invoice): the 20 fields after the record type "2", in file order. */
export interface Circular030Record {
  /** 1..n, the record's position among the type-2 records. */
  consecutive: number;
  /** Tipo de identificación of the payer (ERP: EPS, ente territorial…): always NIT. */
  payerIdType: 'NI';
  payerNit: string;
  payerName: string;
  ipsIdType: 'NI';
  ipsNit: string;
  /** Tipo de cobro: F, factura. */
  cobroType: 'F';
  /** Prefijo de la factura; '' when the invoice has none. */
  prefix: string;
  number: string;
  indicator: Indicador030;
  valueCents: Cents;
  issueDate: IsoDate;
  radicacionDate: IsoDate | null;
  devolucionDate: IsoDate | null;
  paymentsCents: Cents;
  acceptedGlosaCents: Cents;
  glosaAnswered: boolean;
  /** = valueCents − paymentsCents − acceptedGlosaCents. */
  balanceCents: Cents;
  juridico: boolean;
  /** Code of the etapa del cobro jurídico; '0' when there is none. */
  juridicoStage: string;
}

/** A record as the writer takes it: the consecutive is the position, so it may be left out. */
export type Circular030Entry = Omit<Circular030Record, 'consecutive'> & { consecutive?: number };

/** An invoice's figures at the cut, before the indicator is known. */
export type Circular030Invoice = Omit<Circular030Record, 'consecutive' | 'indicator'>;

/** What identifies an invoice between cuts. */
export interface InvoiceKey030 {
  prefix: string;
  number: string;
}

/** Fields per line: the control record, and a type-2 record (its "2" included). */
const CONTROL_FIELDS = 7;
const RECORD_FIELDS = 21;
const MAX_NIT_DIGITS = 12;

function refuse(where: string, message: string, details: Record<string, unknown>): never {
  throw new DomainError(ErrorCodes.invalidInput, `${where}: ${message}`, details);
}

/**
 * A text value as the file carries it (see the module comment): accents
 * removed, upper case, no comma, no line break, printable ASCII only, trimmed.
 */
export function normalizeText030(text: string): string {
  return foldText(text)
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\x20-\x2b\x2d-\x7e]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The NIT's digits without the dígito de verificación ("890.123.456-2" → "890123456"); null when that is not 1–12 digits. */
function nitDigits(nit: string): string | null {
  const digits = nit
    .trim()
    .replace(/-\s*\d$/, '')
    .replace(/\D/g, '')
    .replace(/^0+/, '');
  return digits.length >= 1 && digits.length <= MAX_NIT_DIGITS ? digits : null;
}

/** The NIT as the file writes it: digits only, no dígito de verificación (a trailing "-DV" is dropped unchecked). */
export function nitBase030(nit: string): string {
  const digits = nitDigits(nit);
  if (digits === null) {
    refuse('NIT', `"${nit}" no es un NIT válido (de 1 a ${MAX_NIT_DIGITS} dígitos sin dígito de verificación).`, {
      campo: 'NIT',
      valor: nit,
    });
  }
  return digits;
}

/** `SAC165FIPS` + AAAAMMDD of the cut + `NI` + the IPS NIT padded to 12 digits + `.txt` (domain README §Circular 030). */
export function circular030FileName(cut: IsoDate, ipsNit: string): string {
  if (!isDate(cut)) refuse('Fecha de corte', `"${cut}" no es una fecha válida (se espera AAAA-MM-DD).`, { valor: cut });
  return `SAC165FIPS${cut.replace(/-/g, '')}NI${nitBase030(ipsNit).padStart(MAX_NIT_DIGITS, '0')}.txt`;
}

function isDate(d: unknown): d is IsoDate {
  return isIsoDate(d) && yearOf(d) >= MIN_YEAR && yearOf(d) <= MAX_YEAR;
}

/** Centavos → "1234.56" by integer arithmetic (bigint); negative only in messages (a saldo that does not add up). */
function plain(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Why `cents` cannot be an amount of the file, or null when it can. */
function centsProblem(cents: unknown): string | null {
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) {
    return `no es un número entero de centavos (${String(cents)})`;
  }
  if (cents < 0) return `no puede ser negativo (${cents} centavos)`;
  if (cents > MAX_CENTS) return `excede el máximo permitido (${cents} centavos; máximo ${MAX_CENTS})`;
  return null;
}

/** Centavos → "1234.56" (123456 → "1234.56", 5 → "0.05"); a negative, fractional or oversized amount is refused. */
export function formatAmount030(cents: Cents): string {
  const problem = centsProblem(cents);
  if (problem !== null) refuse('Importe', `${problem}.`, { valor: cents });
  return plain(BigInt(cents));
}

/** Why `text` is not an amount of the file, or its centavos: parsed as digits, never through a float. */
function amountOf(text: string): { cents: Cents } | { why: string } {
  const t = text.trim();
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) {
    if (t === '') return { why: 'está vacío' };
    if (/^-\s*\d/.test(t)) return { why: `"${t}" es negativo y los importes no pueden serlo` };
    if (/^\d+\.\d{3,}$/.test(t)) return { why: `"${t}" tiene más de dos decimales` };
    return { why: `"${t}" no es un importe válido (se espera 1234.56: punto decimal, sin separador de miles)` };
  }
  const cents = BigInt(`${m[1]}${(m[2] ?? '').padEnd(2, '0')}`);
  if (cents > BigInt(MAX_CENTS)) return { why: `"${t}" excede el máximo permitido (${plain(BigInt(MAX_CENTS))})` };
  return { cents: Number(cents) };
}

/** "1234.56" (or "1234", "1234.5") → centavos, exactly; more than two decimals, a sign or letters are refused. */
export function parseAmount030(text: string): Cents {
  const r = amountOf(text);
  if ('why' in r) refuse('Importe', `${r.why}.`, { valor: text });
  return r.cents;
}

/** The key that identifies an invoice between cuts: prefix and number as the file writes them. */
function keyOf(inv: InvoiceKey030): string {
  return `${normalizeText030(inv.prefix)}\u0000${normalizeText030(inv.number)}`;
}

function invoiceLabel(inv: InvoiceKey030): string {
  const prefix = normalizeText030(inv.prefix);
  return `${prefix}${prefix ? '-' : ''}${normalizeText030(inv.number)}`;
}

/**
 * The checks a record must pass both when written and when read: its place,
 * its NIT against the control's, saldo = valor − pagos − glosa aceptada (in
 * bigint: no sum of three amounts may lose a centavo), the etapa.
 */
function checkRecord(rec: Circular030Record, position: number, ipsNit: string, where: string): void {
  const factura = invoiceLabel(rec);
  const details = { factura, registro: position };
  if (rec.consecutive !== position) {
    refuse(where, `el consecutivo es ${rec.consecutive} y se esperaba ${position}.`, details);
  }
  if (rec.ipsNit !== ipsNit) {
    refuse(where, `el NIT de la IPS (${rec.ipsNit}) no es el del registro de control (${ipsNit}).`, details);
  }
  if (rec.number === '') refuse(where, 'falta el número de la factura.', details);
  if (rec.payerName === '') refuse(where, `falta la razón social del pagador de la factura ${factura}.`, details);
  const expected = BigInt(rec.valueCents) - BigInt(rec.paymentsCents) - BigInt(rec.acceptedGlosaCents);
  if (BigInt(rec.balanceCents) !== expected) {
    refuse(
      where,
      `el saldo de la factura ${factura} (${plain(BigInt(rec.balanceCents))}) no es igual a valor − pagos − glosa aceptada (${plain(expected)}).`,
      { ...details, saldo: rec.balanceCents, esperado: plain(expected) },
    );
  }
  if (!/^[0-9A-Z]+$/.test(rec.juridicoStage)) {
    refuse(
      where,
      `la etapa del cobro jurídico "${rec.juridicoStage}" no es un código válido (letras o dígitos; 0 sin cobro jurídico).`,
      details,
    );
  }
  if (!rec.juridico && rec.juridicoStage !== '0') {
    refuse(
      where,
      `la factura ${factura} no está en cobro jurídico y su etapa es "${rec.juridicoStage}" (se espera 0).`,
      details,
    );
  }
}

function siNo(b: boolean): 'SI' | 'NO' {
  return b ? 'SI' : 'NO';
}

/**
 * The file's text: the control record, then one line per invoice, each line
 * ended by CRLF (the last one too). The control's recordCount, when given,
 * must equal the number of records; a record's consecutive, when given, must
 * equal its position.
 */
export function writeCircular030(
  control: Omit<Circular030Control, 'recordCount'> & { recordCount?: number },
  records: readonly Circular030Entry[],
): string {
  const ipsNit = nitBase030(control.ipsNit);
  const ipsName = normalizeText030(control.ipsName);
  const head = 'Registro de control';
  if (ipsName === '') refuse(head, 'falta la razón social de la IPS.', { campo: 'ipsName' });
  for (const [campo, value] of [
    ['fecha inicial', control.startDate],
    ['fecha de corte', control.cutDate],
  ] as const) {
    if (!isDate(value))
      refuse(head, `la ${campo} "${value}" no es una fecha válida (se espera AAAA-MM-DD).`, { campo });
  }
  if (control.startDate > control.cutDate) {
    refuse(head, `la fecha inicial ${control.startDate} es posterior a la fecha de corte ${control.cutDate}.`, {});
  }
  if (control.recordCount !== undefined && control.recordCount !== records.length) {
    refuse(head, `anuncia ${control.recordCount} registros tipo 2 y se escriben ${records.length}.`, {
      anunciados: control.recordCount,
      registros: records.length,
    });
  }
  const lines = [['1', 'NI', ipsNit, ipsName, control.startDate, control.cutDate, String(records.length)].join(',')];
  const seen = new Map<string, number>();
  records.forEach((entry, i) => {
    const position = i + 1;
    const where = `Registro ${position}`;
    const rec = normalizeEntry(entry, position, where);
    checkRecord(rec, position, ipsNit, where);
    const key = keyOf(rec);
    const first = seen.get(key);
    if (first !== undefined)
      refuse(where, `la factura ${invoiceLabel(rec)} ya está en el registro ${first}.`, { factura: invoiceLabel(rec) });
    seen.set(key, position);
    lines.push(
      [
        '2',
        String(position),
        'NI',
        rec.payerNit,
        rec.payerName,
        'NI',
        rec.ipsNit,
        'F',
        rec.prefix,
        rec.number,
        rec.indicator,
        plain(BigInt(rec.valueCents)),
        rec.issueDate,
        rec.radicacionDate ?? '',
        rec.devolucionDate ?? '',
        plain(BigInt(rec.paymentsCents)),
        plain(BigInt(rec.acceptedGlosaCents)),
        siNo(rec.glosaAnswered),
        plain(BigInt(rec.balanceCents)),
        siNo(rec.juridico),
        rec.juridicoStage,
      ].join(','),
    );
  });
  return lines.map((l) => `${l}\r\n`).join('');
}

const AMOUNT_FIELDS = {
  valueCents: 'el valor de la factura',
  paymentsCents: 'el valor de los pagos',
  acceptedGlosaCents: 'el valor de la glosa aceptada',
  balanceCents: 'el saldo',
} as const;

const DATE_FIELDS = {
  issueDate: 'la fecha de emisión',
  radicacionDate: 'la fecha de radicación',
  devolucionDate: 'la fecha de devolución',
} as const;

/** A record handed to the writer, its values checked and its text normalized. */
function normalizeEntry(entry: Circular030Entry, position: number, where: string): Circular030Record {
  const factura = invoiceLabel(entry);
  if (entry.payerIdType !== 'NI' || entry.ipsIdType !== 'NI' || entry.cobroType !== 'F') {
    refuse(where, `la factura ${factura} debe tener tipo de identificación NI y tipo de cobro F.`, { factura });
  }
  const payerNit = nitDigits(entry.payerNit);
  if (payerNit === null) refuse(where, `el NIT del pagador "${entry.payerNit}" no es válido.`, { factura });
  const ipsNit = nitDigits(entry.ipsNit);
  if (ipsNit === null) refuse(where, `el NIT de la IPS "${entry.ipsNit}" no es válido.`, { factura });
  if (!['I', 'A', 'E'].includes(entry.indicator)) {
    refuse(where, `el indicador de actualización "${entry.indicator}" no es válido (se espera I, A o E).`, { factura });
  }
  for (const [field, label] of Object.entries(AMOUNT_FIELDS) as [keyof typeof AMOUNT_FIELDS, string][]) {
    const problem = centsProblem(entry[field]);
    if (problem !== null) {
      // "el valor de la factura FE-1", not "el valor de la factura de la factura FE-1".
      const what = field === 'valueCents' ? 'el valor' : label;
      refuse(where, `${what} de la factura ${factura} ${problem}.`, { factura, campo: field, valor: entry[field] });
    }
  }
  for (const [field, label] of Object.entries(DATE_FIELDS) as [keyof typeof DATE_FIELDS, string][]) {
    const v = entry[field];
    if (!isDate(v) && !(v === null && field !== 'issueDate')) {
      refuse(where, `${label} de la factura ${factura} "${String(v)}" no es válida (se espera AAAA-MM-DD).`, {
        factura,
        campo: field,
        valor: v,
      });
    }
  }
  return {
    ...entry,
    consecutive: entry.consecutive ?? position,
    payerNit,
    payerName: normalizeText030(entry.payerName),
    ipsNit,
    prefix: normalizeText030(entry.prefix),
    number: normalizeText030(entry.number),
    glosaAnswered: entry.glosaAnswered === true,
    juridico: entry.juridico === true,
    juridicoStage: normalizeText030(entry.juridicoStage),
  };
}

/** Reads a file written by `writeCircular030` (or by another system with the same layout); refuses with the line number. */
export function readCircular030(text: string): { control: Circular030Control; records: Circular030Record[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) refuse('Línea 1', 'el archivo está vacío: falta el registro de control.', { linea: 1 });
  const control = readControl(lines[0]!);
  const records: Circular030Record[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const rec = readRecord(lines[i]!, n, i);
    checkRecord(rec, i, control.ipsNit, `Línea ${n}`);
    const key = keyOf(rec);
    const first = seen.get(key);
    if (first !== undefined) {
      refuse(`Línea ${n}`, `la factura ${invoiceLabel(rec)} ya aparece en la línea ${first}.`, { linea: n });
    }
    seen.set(key, n);
    records.push(rec);
  }
  if (control.recordCount !== records.length) {
    refuse(
      'Línea 1',
      `el registro de control anuncia ${control.recordCount} registros tipo 2 y el archivo tiene ${records.length}.`,
      { linea: 1, anunciados: control.recordCount, registros: records.length },
    );
  }
  return { control, records };
}

/** Splits a line into trimmed values, refusing an empty line or the wrong number of fields. */
function fieldsOf(line: string, n: number, expected: number): string[] {
  if (line.trim() === '') refuse(`Línea ${n}`, 'la línea está vacía.', { linea: n });
  const fields = line.split(',').map((f) => f.trim());
  if (fields.length !== expected) {
    refuse(`Línea ${n}`, `se esperaban ${expected} campos y hay ${fields.length}.`, {
      linea: n,
      esperados: expected,
      campos: fields.length,
    });
  }
  return fields;
}

function readDate(value: string, n: number, label: string): IsoDate {
  if (!isDate(value)) {
    refuse(`Línea ${n}`, `${label} "${value}" no es una fecha válida (se espera AAAA-MM-DD).`, {
      linea: n,
      campo: label,
      valor: value,
    });
  }
  return value;
}

function readNit(value: string, n: number, label: string): string {
  if (!/^\d{1,12}$/.test(value)) {
    refuse(`Línea ${n}`, `${label} "${value}" no es válido (de 1 a 12 dígitos, sin dígito de verificación).`, {
      linea: n,
      campo: label,
      valor: value,
    });
  }
  return value;
}

function readCode<T extends string>(value: string, n: number, label: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    const list = allowed.length === 1 ? allowed[0]! : `${allowed.slice(0, -1).join(', ')} o ${allowed.at(-1)!}`;
    refuse(`Línea ${n}`, `${label} "${value}" no es válido (se espera ${list}).`, {
      linea: n,
      campo: label,
      valor: value,
    });
  }
  return value as T;
}

function readControl(line: string): Circular030Control {
  if (line.trim() === '') refuse('Línea 1', 'falta el registro de control: la línea está vacía.', { linea: 1 });
  const first = line.split(',')[0]!.trim();
  if (first !== '1') {
    refuse('Línea 1', `falta el registro de control: la línea debe empezar por "1" y empieza por "${first}".`, {
      linea: 1,
    });
  }
  const [, idType, nit, name, start, cut, count] = fieldsOf(line, 1, CONTROL_FIELDS) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  readCode(idType, 1, 'el tipo de identificación de la IPS', ['NI']);
  const ipsNit = readNit(nit, 1, 'el NIT de la IPS');
  if (name === '') refuse('Línea 1', 'falta la razón social de la IPS.', { linea: 1 });
  const startDate = readDate(start, 1, 'la fecha inicial');
  const cutDate = readDate(cut, 1, 'la fecha de corte');
  if (startDate > cutDate) {
    refuse('Línea 1', `la fecha inicial ${startDate} es posterior a la fecha de corte ${cutDate}.`, { linea: 1 });
  }
  if (!/^\d+$/.test(count)) {
    refuse('Línea 1', `el número de registros "${count}" no es un número entero.`, { linea: 1, valor: count });
  }
  return { ipsNit, ipsName: name, startDate, cutDate, recordCount: Number(count) };
}

function readRecord(line: string, n: number, position: number): Circular030Record {
  const f = fieldsOf(line, n, RECORD_FIELDS);
  if (f[0] !== '2') {
    refuse(`Línea ${n}`, `se esperaba un registro tipo 2 y la línea empieza por "${f[0]!}".`, { linea: n });
  }
  const at = (i: number): string => f[i]!;
  if (!/^\d+$/.test(at(1))) {
    refuse(`Línea ${n}`, `el consecutivo "${at(1)}" no es un número entero; se esperaba ${position}.`, { linea: n });
  }
  const amount = (i: number, label: string): Cents => {
    const r = amountOf(at(i));
    if ('why' in r) refuse(`Línea ${n}`, `${label} ${r.why}.`, { linea: n, campo: label, valor: at(i) });
    return r.cents;
  };
  const optionalDate = (i: number, label: string): IsoDate | null => (at(i) === '' ? null : readDate(at(i), n, label));
  const yes = (i: number, label: string): boolean => readCode(at(i), n, label, ['SI', 'NO']) === 'SI';
  return {
    consecutive: Number(at(1)),
    payerIdType: readCode(at(2), n, 'el tipo de identificación del pagador', ['NI']),
    payerNit: readNit(at(3), n, 'el NIT del pagador'),
    payerName: at(4),
    ipsIdType: readCode(at(5), n, 'el tipo de identificación de la IPS', ['NI']),
    ipsNit: readNit(at(6), n, 'el NIT de la IPS'),
    cobroType: readCode(at(7), n, 'el tipo de cobro', ['F']),
    prefix: at(8),
    number: at(9),
    indicator: readCode(at(10), n, 'el indicador de actualización', ['I', 'A', 'E']),
    valueCents: amount(11, AMOUNT_FIELDS.valueCents),
    issueDate: readDate(at(12), n, DATE_FIELDS.issueDate),
    radicacionDate: optionalDate(13, DATE_FIELDS.radicacionDate),
    devolucionDate: optionalDate(14, DATE_FIELDS.devolucionDate),
    paymentsCents: amount(15, AMOUNT_FIELDS.paymentsCents),
    acceptedGlosaCents: amount(16, AMOUNT_FIELDS.acceptedGlosaCents),
    glosaAnswered: yes(17, 'el campo glosa respondida'),
    balanceCents: amount(18, AMOUNT_FIELDS.balanceCents),
    juridico: yes(19, 'el campo cobro jurídico'),
    juridicoStage: at(20),
  };
}

/** An invoice's figures without a consecutive or indicator it may carry (a record read from an earlier file). */
function figuresOf(inv: Circular030Invoice): Circular030Invoice {
  const { consecutive: _c, indicator: _i, ...figures } = inv as Circular030Invoice & Partial<Circular030Record>;
  return figures;
}

/**
 * Sets the I/A/E indicator of this cut from what the previous cut reported
 * (domain README §Circular 030: the indicator needs the memory of earlier cuts).
 *
 * - `previous`: the previous cut's records (prefix, number and, if known,
 *   indicator); null for the first cut ever, so every invoice is I. A record
 *   the previous cut reported as E left the report then: it does not count as
 *   reported (if the invoice comes back it is I again, and it is not removed twice).
 * - `current`: the invoices to report at this cut, with their figures.
 * - `removedFigures`: the figures at this cut of invoices that may have left
 *   the report (paid, annulled, written off); the caller may pass more than
 *   needed: only those the previous cut reported and `current` lacks are used.
 *
 * Result, `current` in its order then the E records in the previous cut's
 * order: I for an invoice the previous cut did not report; A for one it
 * reported that still has a balance; E for one it reported whose balance is
 * now 0, and for each one it reported that `current` lacks (with its figures
 * from `removedFigures`; missing figures are an error, never a guess).
 * Invoices match by prefix and number, upper-cased, trimmed and without
 * accents as the file writes them (normalizeText030).
 */
export function updateIndicators(
  previous: readonly (InvoiceKey030 & { indicator?: Indicador030 })[] | null,
  current: readonly Circular030Invoice[],
  removedFigures: readonly Circular030Invoice[] = [],
): Omit<Circular030Record, 'consecutive'>[] {
  const stillReported = (previous ?? []).filter((p) => p.indicator !== 'E');
  const reported = new Set(stillReported.map(keyOf));
  const seen = new Set<string>();
  const out: Omit<Circular030Record, 'consecutive'>[] = current.map((inv) => {
    const key = keyOf(inv);
    if (seen.has(key)) {
      refuse('Corte actual', `la factura ${invoiceLabel(inv)} aparece dos veces.`, { factura: invoiceLabel(inv) });
    }
    seen.add(key);
    const indicator: Indicador030 = !reported.has(key) ? 'I' : inv.balanceCents > 0 ? 'A' : 'E';
    return { ...figuresOf(inv), indicator };
  });
  const figures = new Map(removedFigures.map((inv) => [keyOf(inv), inv]));
  for (const prev of stillReported) {
    const key = keyOf(prev);
    if (seen.has(key)) continue;
    seen.add(key);
    const inv = figures.get(key);
    if (!inv) {
      refuse(
        'Corte anterior',
        `la factura ${invoiceLabel(prev)} se reportó y ya no está en este corte: faltan sus cifras para reportarla como eliminada (E).`,
        { factura: invoiceLabel(prev) },
      );
    }
    out.push({ ...figuresOf(inv), indicator: 'E' });
  }
  return out;
}
