/**
 * A debtor's estado de cartera as CSV → StatementLine[] (conciliaciones.import).
 *
 * - UTF-8 (a BOM is skipped); `,` or `;`: the one the header line uses more (Excel on Spanish Windows writes `;`).
 * - The first row is the header; columns are found by name, accents, case and punctuation ignored, with the
 *   aliases of HEADERS. factura and saldo are required; the rest may be missing (the line then says nothing of it).
 * - Amounts: es-CO as people write them («$ 1.234.567,89», «1.234,56», integers) through parseMoney, or the
 *   plain «1234.56» other systems export. Never rounded: more than two decimals is refused. (imports/values.ts
 *   parseAmount is not reused: its hints point to the import's column mapping, and it refuses a negative saldo,
 *   which a statement may carry as a credit balance.)
 * - Blank rows are skipped. Any bad row refuses the whole file, naming its line.
 */
import { DomainError } from '../../../shared/api/errors';
import { ConciliacionSessionErrorCodes } from '../../../shared/api/errors-conciliaciones';
import { splitInvoiceNumber, type GlosaState, type StatementLine } from '../../../shared/domain/cartera/conciliacion';
import { MoneyError, parseMoney, plainToCents, type Cents } from '../../../shared/domain/money';
import { foldText } from '../../../shared/domain/text';
import { CsvRecordParser } from '../imports/csv';

type Field = 'number' | 'balance' | 'value' | 'paid' | 'glosa' | 'glosaState' | 'devuelta' | 'radicada';

/** Header names per field, as headerKey() leaves them. */
const HEADERS: Record<Field, readonly string[]> = {
  number: ['factura', 'numero', 'numero factura', 'no factura'],
  balance: ['saldo'],
  value: ['valor', 'valor factura'],
  paid: ['pagado', 'pagos', 'valor pagado'],
  glosa: ['glosa', 'valor glosa'],
  glosaState: ['estado glosa'],
  devuelta: ['devuelta', 'devolucion'],
  radicada: ['radicada'],
};
const SHOWN: Record<Field, string> = {
  number: 'factura',
  balance: 'saldo',
  value: 'valor',
  paid: 'pagado',
  glosa: 'glosa',
  glosaState: 'estado glosa',
  devuelta: 'devuelta',
  radicada: 'radicada',
};
const GLOSA_STATES: readonly GlosaState[] = ['pendiente', 'aceptada', 'conciliada'];

function refuse(message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(ConciliacionSessionErrorCodes.archivoInvalido, message, details);
}

/** «Número  Factura», «No. factura», «estado_glosa» → «numero factura», «no factura», «estado glosa». */
function headerKey(h: string): string {
  return foldText(h)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return refuse('El archivo CSV no está en UTF-8: guárdelo desde Excel como «CSV UTF-8 (delimitado por comas)».');
  }
}

/** Column index of each field found in the header; refuses a missing required column or a field given twice. */
function columnsOf(header: string[]): Partial<Record<Field, number>> {
  const found: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => {
    const key = headerKey(h);
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(key));
    if (!field) return;
    if (found[field] !== undefined) {
      refuse(
        `Línea 1: las columnas «${header[found[field]]!.trim()}» y «${h.trim()}» son la misma (${SHOWN[field]}).`,
        {
          linea: 1,
        },
      );
    }
    found[field] = i;
  });
  for (const f of ['number', 'balance'] as const) {
    if (found[f] === undefined) {
      refuse(`Línea 1: falta la columna «${SHOWN[f]}» en el encabezado (se aceptan: ${HEADERS[f].join(', ')}).`, {
        linea: 1,
        columna: SHOWN[f],
      });
    }
  }
  return found;
}

/** An amount as written in the statement (module comment); a negative one only where `signed`. */
export function parseStatementAmount(text: string, signed: boolean): Cents | string {
  let cents: Cents;
  try {
    cents = parseMoney(text, 'es-CO');
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
    try {
      cents = plainToCents(text.replace(/^\s*\$\s*/, ''));
    } catch {
      return e.message;
    }
  }
  if (!signed && cents < 0) return `Importe no válido: "${text.trim()}" es negativo.`;
  return cents;
}

export function readCsvStatement(bytes: Buffer): StatementLine[] {
  const text = decode(bytes);
  const firstLine = text.split(/\r?\n|\r/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const records: string[][] = [];
  const parser = new CsvRecordParser(count(';') > count(',') ? ';' : ',');
  parser.push(text, records);
  parser.end(records);
  const header = records[0];
  if (!header || header.every((h) => h.trim() === '')) {
    refuse('Línea 1: el archivo está vacío o no tiene encabezado (factura, saldo…).', { linea: 1 });
  }
  const cols = columnsOf(header);
  const lines: StatementLine[] = [];
  for (let r = 1; r < records.length; r++) {
    const rec = records[r]!;
    if (rec.every((v) => v.trim() === '')) continue;
    lines.push(lineOf(rec, r + 1, cols));
  }
  if (lines.length === 0) refuse('El archivo no tiene líneas de facturas después del encabezado.');
  return lines;
}

function lineOf(rec: string[], line: number, cols: Partial<Record<Field, number>>): StatementLine {
  const cell = (f: Field): string => (cols[f] === undefined ? '' : (rec[cols[f]] ?? '').trim());
  const bad = (f: Field, why: string): never =>
    refuse(`Línea ${line}, columna «${SHOWN[f]}»: ${why}`, { linea: line, columna: SHOWN[f], valor: cell(f) });

  const number = cell('number');
  if (number === '') bad('number', 'falta el número de factura.');
  try {
    splitInvoiceNumber(number);
  } catch (e) {
    bad('number', e instanceof Error ? e.message : String(e));
  }
  const amount = (f: Field, signed: boolean): Cents | null => {
    if (cell(f) === '') return null;
    const r = parseStatementAmount(cell(f), signed);
    return typeof r === 'string' ? bad(f, r) : r;
  };
  const balanceCents = amount('balance', true);
  if (balanceCents === null) bad('balance', 'falta el saldo.');
  const yesNo = (f: Field): boolean | null => {
    const v = foldText(cell(f));
    if (v === '') return null;
    if (v === 'si' || v === 'no') return v === 'si';
    return bad(f, `«${cell(f)}» no es SI ni NO.`);
  };
  const state = foldText(cell('glosaState'));
  if (state !== '' && !(GLOSA_STATES as readonly string[]).includes(state)) {
    bad('glosaState', `«${cell('glosaState')}» no es un estado de glosa (pendiente, aceptada o conciliada).`);
  }
  return {
    line,
    number,
    valueCents: amount('value', false),
    paidCents: amount('paid', false),
    glosaCents: amount('glosa', false),
    glosaState: state === '' ? null : (state as GlosaState),
    devuelta: yesNo('devuelta'),
    radicada: yesNo('radicada'),
    balanceCents: balanceCents!,
  };
}
