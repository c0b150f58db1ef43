/**
 * Estado de cartera del deudor (domain README §Conciliación): the statement a
 * debtor sends for the conciliación, as a spreadsheet (.xlsx or .csv) with
 * whatever headers its system writes, read through a column mapping into the
 * StatementLine[] that conciliaciones.importMapped classifies. The same
 * fields as the fixed-header CSV (conciliaciones/statement-csv.ts).
 *
 * Fields chosen (* required):
 * - factura* — the invoice number as the debtor writes it (with or without
 *   prefix: «FE-1001», «FE 1001», «1001»); it must have letters or digits.
 * - saldo* — their balance of the invoice. It may be negative: a statement
 *   carries a credit balance (saldo a favor) that way («-5.000», «(5.000)»,
 *   «5.000-»), which the hoja and listado amounts refuse.
 * - valor, pagado, glosa — amounts, zero or more.
 * - estadoGlosa — pendiente, aceptada or conciliada (accents and case
 *   ignored); anything else is refused naming the row.
 * - devuelta, radicada — sí (sí, si, s, x, 1, true) or no (no, n, 0, false);
 *   a blank cell says nothing (null), as in the fixed-header CSV: a line is
 *   «no radicada» only when the debtor's statement says so.
 *
 * A row whose factura and saldo are both blank is skipped (a spacer, a note
 * or a subtotal label); any other bad row refuses the whole file.
 */
import { splitInvoiceNumber, type GlosaState, type StatementLine } from '../../../shared/domain/cartera/conciliacion';
import type { Cents } from '../../../shared/domain/money';
import { foldText } from '../../../shared/domain/text';
import type { FieldDef, KindDef, RowChecker } from './fields';
import type { ImportProblem, RawCell } from './types';
import { bad, excelError, isBlank, ok, parseAmount, type Parsed, type ValueContext } from './values';

const F = (f: Omit<FieldDef, 'personal'>): FieldDef => ({ ...f, personal: false });

const YES_NO_HELP = 'Sí (SI, S, X, 1) o no (NO, N, 0); en blanco no dice nada.';

export const ESTADO_CARTERA_FIELDS: readonly FieldDef[] = [
  F({
    key: 'factura',
    label: 'Número de factura',
    type: 'text',
    required: true,
    maxLength: 60,
    synonyms: [
      'factura',
      'numero factura',
      'no factura',
      'nro factura',
      'num factura',
      'n factura',
      'factura no',
      'factura numero',
      'prefijo numero',
      'prefijo numero factura',
      'prefijo consecutivo',
      'consecutivo factura',
      'numero documento',
      'numero',
    ],
    help: 'Como lo escribe la entidad, con o sin prefijo (FE-1001, FE 1001 o 1001).',
  }),
  F({
    key: 'saldo',
    label: 'Saldo',
    type: 'money',
    required: true,
    synonyms: [
      'saldo',
      'saldo pendiente',
      'saldo factura',
      'saldo por pagar',
      'saldo cartera',
      'saldo actual',
      'saldo adeudado',
      'saldo final',
      'saldo total',
      'valor saldo',
    ],
    help: 'El saldo de la factura según la entidad; puede ser negativo (saldo a favor).',
  }),
  F({
    key: 'valor',
    label: 'Valor de la factura',
    type: 'money',
    required: false,
    synonyms: ['valor', 'valor factura', 'valor facturado', 'valor total', 'total factura', 'valor radicado'],
  }),
  F({
    key: 'pagado',
    label: 'Pagado',
    type: 'money',
    required: false,
    synonyms: ['pagado', 'pagos', 'valor pagado', 'total pagado', 'valor pago', 'abonos', 'valor abonos'],
  }),
  F({
    key: 'glosa',
    label: 'Glosa',
    type: 'money',
    required: false,
    synonyms: ['glosa', 'glosas', 'valor glosa', 'valor glosado', 'total glosa', 'valor glosas'],
  }),
  F({
    key: 'estadoGlosa',
    label: 'Estado de la glosa',
    type: 'text',
    required: false,
    maxLength: 40,
    synonyms: ['estado glosa', 'estado glosas', 'situacion glosa'],
    help: 'Pendiente, aceptada o conciliada.',
  }),
  F({
    key: 'devuelta',
    label: 'Devuelta',
    type: 'text',
    required: false,
    maxLength: 20,
    synonyms: ['devuelta', 'devolucion', 'factura devuelta', 'devuelto'],
    help: YES_NO_HELP,
  }),
  F({
    key: 'radicada',
    label: 'Radicada',
    type: 'text',
    required: false,
    maxLength: 20,
    synonyms: ['radicada', 'radicado', 'factura radicada'],
    help: YES_NO_HELP,
  }),
];

export const ESTADO_CARTERA_DEF: KindDef = {
  kind: 'estado_cartera',
  label: 'estado de cartera',
  ofLabel: 'del estado de cartera',
  fields: ESTADO_CARTERA_FIELDS,
};

// ─── Values ────────────────────────────────────────────────────────────────

/** «-5», «$ -5», «-$ 5», «(5)», «5-»: the amount without its sign, or null when it has none. */
function unsigned(s: string): string | null {
  const t = s.trim();
  if (/^\(.*\)$/.test(t)) return t.slice(1, -1);
  if (/^[^-]*\d[^-]*-$/.test(t)) return t.slice(0, -1);
  const m = /^((?:\$|COP)?[\s\u00a0\u202f]*)-(.*)$/i.exec(t);
  return m ? `${m[1]}${m[2]}` : null;
}

/** An amount that may be negative (the saldo): parseAmount's rules on the amount without its sign. */
export function parseSignedAmount(raw: RawCell | undefined, ctx: ValueContext): Parsed<Cents> {
  if (typeof raw === 'number' && raw < 0) {
    const p = parseAmount(-raw, ctx);
    return p.ok ? ok(-p.value) : p;
  }
  const body = typeof raw === 'string' ? unsigned(raw) : null;
  if (body === null) return parseAmount(raw, ctx);
  if (unsigned(body) !== null) return bad('no es un importe: tiene el signo menos dos veces');
  const p = parseAmount(body, ctx);
  return p.ok ? ok(p.value === 0 ? 0 : -p.value) : p;
}

const GLOSA_STATES: readonly GlosaState[] = ['pendiente', 'aceptada', 'conciliada'];

export function parseGlosaState(raw: RawCell | undefined): Parsed<GlosaState> {
  const err = excelError(raw);
  if (err) return bad(err);
  const s = foldText(String(raw ?? '')).trim();
  return (GLOSA_STATES as readonly string[]).includes(s)
    ? ok(s as GlosaState)
    : bad('no es un estado de glosa (pendiente, aceptada o conciliada)');
}

const YES = new Set(['si', 's', 'x', '1', 'true', 'verdadero']);
const NO = new Set(['no', 'n', '0', 'false', 'falso']);

export function parseYesNo(raw: RawCell | undefined): Parsed<boolean> {
  const err = excelError(raw);
  if (err) return bad(err);
  if (typeof raw === 'boolean') return ok(raw);
  const s = typeof raw === 'number' || typeof raw === 'string' ? foldText(String(raw)).trim() : '';
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  return bad('no es sí ni no (use SI o NO)');
}

// ─── Rows ──────────────────────────────────────────────────────────────────

/** A valid line of the statement; its saldo is what the file's total adds up. */
export type EstadoCarteraRow = StatementLine & { importeCents: Cents };

export class EstadoCarteraValidator {
  /** Factura and saldo both blank: not an invoice line (see the module comment). */
  skips(c: RowChecker): boolean {
    return isBlank(c.raw('factura')) && isBlank(c.raw('saldo'));
  }

  check(c: RowChecker): EstadoCarteraRow | null {
    const number = c.get<string>('factura');
    if (number !== null) {
      try {
        splitInvoiceNumber(number);
      } catch {
        c.invalid('factura', 'no es un número de factura: no tiene letras ni cifras');
      }
    }
    const balanceCents = c.get<Cents>('saldo', parseSignedAmount);
    const valueCents = c.get<Cents>('valor');
    const paidCents = c.get<Cents>('pagado');
    const glosaCents = c.get<Cents>('glosa');
    const glosaState = c.get<GlosaState>('estadoGlosa', parseGlosaState);
    // Blank or not mapped says nothing.
    const yesNo = (field: string): boolean | null => (c.mapped(field) ? (c.get(field, parseYesNo) ?? null) : null);
    const devuelta = yesNo('devuelta');
    const radicada = yesNo('radicada');
    if (c.problems.length > 0 || number === null || balanceCents === null) return null;
    return {
      line: c.rowNumber,
      number,
      valueCents,
      paidCents,
      glosaCents,
      glosaState,
      devuelta,
      radicada,
      balanceCents,
      importeCents: balanceCents,
    };
  }

  /** Nothing is concluded at the end of a statement. */
  finish(): ImportProblem[] {
    return [];
  }
}
