/**
 * What a letter of a 32x32 case states, taken from the case's own timeline.
 *
 * Each letter type declares the facts it states (LETTER_FACTS) and each fact
 * has one source in the case record:
 * - the amounts: the hoja de cálculo while the case has no factura, its
 *   facturas once it has them — only those with a balance, at the balance
 *   of the letter's date (entries dated up to it), or what was paid;
 * - the periods: those of the amounts, else the case's own;
 * - the end of the plazo de pago: the recorded envío of the facturas plus
 *   the plazo (the case's plazo de pago deadline);
 * - day counts: `diaNatural` from the recorded envío, the function the
 *   workflow guard uses;
 * - cited oficios: this case's own papers and numbered letters, dated on or
 *   before the letter, in date order.
 *
 * A letter that cannot state one of its facts truly is refused, in Spanish,
 * naming the missing fact: nothing is guessed. Pure: no I/O, no clock.
 */
import { dateInWords } from '../date-words';
import { LetterFactErrorCodes } from '../../api/errors-documents';
import type { IsoDate } from '../dates';
import { documentType, type DocumentTypeKey } from '../documents/types';
import { formatMoney, sumCents, type Cents } from '../money';
import { diaNatural, evaluarEjecucionGarantia, plazoPagoVencido } from './deadlines';

/** A paper the case received with its number (bitácora «recibido» entries of the case), in the order received. */
export interface ReceivedPaper {
  /** The paper that opened the case (the validation oficio, the solicitud de pago). */
  opening: boolean;
  numero: string;
  /** Date of the paper itself. */
  fecha: IsoDate;
  emisor: string;
  /** Day it arrived. */
  receivedOn: IsoDate;
}

/** A letter of the case with its official number (issued or being issued), never a cancelled one. */
export interface NumberedLetter {
  id: number;
  docType: DocumentTypeKey;
  numero: string;
  fecha: IsoDate;
  /** Its place in the numbering series: orders letters of the same date. */
  seq: number;
}

export interface InvoiceEntry {
  /** Ledger order. */
  id: number;
  date: IsoDate;
  /** Ledger kind; a reversal says what it reverses: 'reversal_abono'. */
  kind: string;
  amountCents: Cents;
  /** The transfer or receipt number of an abono. */
  reference: string;
}

export interface CaseInvoice {
  id: number;
  number: string;
  /** The hoja de cálculo (or concept) the factura covers. */
  concept: string;
  period: string | null;
  issueDate: IsoDate;
  amountCents: Cents;
  entries: readonly InvoiceEntry[];
}

/** A line of the case's current hoja de cálculo. */
export interface HojaLine {
  periodo: string;
  importeCents: Cents;
  factura: string | null;
}

export interface CaseTimeline {
  folio: string;
  direction: 'cobro' | 'pago';
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  /** Shown in the refusal: «pagado», «impagable»… */
  closeLabel: string;
  periodFrom: string | null;
  periodTo: string | null;
  facturasSentOn: IsoDate | null;
  /** Last day of the plazo de pago recorded when the facturas were sent. */
  plazoEndsOn: IsoDate | null;
  papers: readonly ReceivedPaper[];
  /** The current hoja de cálculo imported into the case: its name (file without extension) and lines. */
  hoja: { name: string; lines: readonly HojaLine[] } | null;
  invoices: readonly CaseInvoice[];
  letters: readonly NumberedLetter[];
}

/** An oficio a letter cites. */
export interface OficioRef {
  numero: string;
  fecha: IsoDate;
  /** Who signed / sent it (area or institution). */
  emisor: string;
}

/** One line of a letter's table, as the template sees it (`facturas[]`). */
export interface FactRow {
  /** Hoja de cálculo (SICOMPENSA) the line covers, e.g. "HC-JAL-0725-014". */
  hoja: string;
  /** Service period 'YYYY-MM'. */
  mes: string;
  /** Factura / documento oficial de cobro number ('' for a hoja line not yet invoiced). */
  numero: string;
  /** Issue date ('' for a hoja line). */
  fecha: IsoDate;
  /** What the letter states for the line, centavos: in a case letter the balance owed (or the hoja's amount) or what was paid; otherwise the original amount. */
  monto: Cents;
  /** Balance at the letter's date, centavos. */
  saldo: Cents;
  /** Days overdue at the letter's date (0 when not due). */
  dias_vencidos: number;
}

export interface CaseLetterFacts {
  rows: FactRow[];
  /** Σ rows.monto. */
  total: Cents;
  /** Σ rows.saldo. */
  saldo: Cents;
  periodo: string;
  periodo_fin: string;
  /** The oficio the letter cites, when its type cites one and the case has it. */
  reference: OficioRef | null;
  requerimientos: OficioRef[];
  fecha_limite: IsoDate | '';
  plazo_dias: number;
  dias_transcurridos: number;
  pago: { monto: Cents; fecha: IsoDate | ''; referencia: string } | null;
}

export type FactsResult = { ok: true; facts: CaseLetterFacts } | { ok: false; code: string; message: string };

/**
 * Where a cited oficio comes from: the paper that opened the case, the latest
 * paper received after it (the debtor's answer, the documents that were
 * missing), or the latest numbered letter of the case of a type.
 */
type ReferenceSource = 'opening' | 'last_received' | DocumentTypeKey;

export interface LetterFactsSpec {
  /** What the table and totals state: what is owed, what was paid, or nothing. */
  amounts: 'owed' | 'paid' | null;
  /** The amounts must come from facturas (the letter sends, asks about or demands an invoice). */
  needsInvoices: boolean;
  /** Demands payment (or tells the authority it was not made): refused when nothing is owed or the case is closed. */
  demand: boolean;
  /** The oficio it cites, and whether it cannot be issued without it. */
  reference: { from: ReferenceSource; required: boolean } | null;
  /** Cites the case's earlier requerimientos (at least one). */
  requerimientos: boolean;
  /** States the end of the plazo de pago; `ended`: only once it has passed. */
  plazo: { ended: boolean } | null;
  /** States the días naturales since the facturas were sent; `garantia`: from day 120, while unpaid. */
  daysSinceSent: { garantia: boolean } | null;
  /** States the service periods. */
  periods: boolean;
  /** States a payment: the one received/made (paid), or what the guarantee pays (the balance). */
  pago: 'made' | 'balance' | null;
}

const NONE: LetterFactsSpec = {
  amounts: null,
  needsInvoices: false,
  demand: false,
  reference: null,
  requerimientos: false,
  plazo: null,
  daysSinceSent: null,
  periods: false,
  pago: null,
};

/** Types whose earlier letters a re-requerimiento or a garantía request cites. */
export const REQUERIMIENTO_TYPES: readonly DocumentTypeKey[] = [
  'requerimiento_pago',
  're_requerimiento',
  'requerimiento_cobranza',
];

/** The facts each letter of a 32x32 case states (DOMAIN: cobro steps 2–8, pago steps 3–6). */
export const LETTER_FACTS: Partial<Record<DocumentTypeKey, LetterFactsSpec>> = {
  requerimiento_pago: {
    ...NONE,
    amounts: 'owed',
    demand: true,
    periods: true,
    reference: { from: 'opening', required: false },
  },
  re_requerimiento: { ...NONE, amounts: 'owed', demand: true, periods: true, requerimientos: true },
  requerimiento_cobranza: {
    ...NONE,
    amounts: 'owed',
    needsInvoices: true,
    demand: true,
    periods: true,
    plazo: { ended: true },
  },
  notificacion_autoridad: {
    ...NONE,
    amounts: 'owed',
    needsInvoices: true,
    demand: true,
    periods: true,
    plazo: { ended: true },
    reference: { from: 'requerimiento_cobranza', required: true },
  },
  memo_subsanacion: { ...NONE, amounts: 'owed', periods: true, reference: { from: 'last_received', required: true } },
  memo_solicitud_factura: { ...NONE, amounts: 'owed', periods: true },
  oficio_envio_factura: { ...NONE, amounts: 'owed', needsInvoices: true, periods: true, plazo: { ended: false } },
  consulta_pago: {
    ...NONE,
    amounts: 'owed',
    needsInvoices: true,
    periods: true,
    reference: { from: 'oficio_envio_factura', required: true },
  },
  solicitud_ejecucion_garantia: {
    ...NONE,
    amounts: 'owed',
    needsInvoices: true,
    demand: true,
    periods: true,
    requerimientos: true,
    daysSinceSent: { garantia: true },
  },
  memo_notificacion_pago: { ...NONE, amounts: 'owed', needsInvoices: true, periods: true, pago: 'balance' },
  memo_solicitud_pago: {
    ...NONE,
    amounts: 'owed',
    needsInvoices: true,
    periods: true,
    reference: { from: 'opening', required: true },
  },
  solicitud_documentacion_faltante: { ...NONE, reference: { from: 'opening', required: true } },
  notificacion_pago_acreedor: { ...NONE, amounts: 'paid', needsInvoices: true, periods: true, pago: 'made' },
};

export { LetterFactErrorCodes };

/** Balance of an invoice at a date: the sum of its entries dated up to it. */
export function balanceAt(inv: Pick<CaseInvoice, 'entries'>, date: IsoDate): Cents {
  return sumCents(inv.entries.filter((e) => e.date <= date).map((e) => e.amountCents));
}

/** What was paid to an invoice up to a date (abonos, positive), net of their reversals. */
function paidAt(inv: CaseInvoice, date: IsoDate): Cents {
  return -sumCents(
    inv.entries
      .filter((e) => e.date <= date && (e.kind === 'abono' || e.kind === 'reversal_abono'))
      .map((e) => e.amountCents),
  );
}

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function missing(label: string, what: string): never {
  throw new Refusal(LetterFactErrorCodes.missing, `No se puede emitir ${label}: falta ${what}.`);
}

const byDateThenSeq = (a: NumberedLetter, b: NumberedLetter) =>
  a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : a.seq - b.seq;

function reference(t: CaseTimeline, from: ReferenceSource, date: IsoDate, selfId: number | null): OficioRef | null {
  if (from === 'opening') {
    const p = t.papers.find((x) => x.opening);
    return p && p.fecha <= date ? { numero: p.numero, fecha: p.fecha, emisor: p.emisor } : null;
  }
  if (from === 'last_received') {
    const p = t.papers.filter((x) => !x.opening && x.receivedOn <= date && x.fecha <= date).at(-1);
    return p ? { numero: p.numero, fecha: p.fecha, emisor: p.emisor } : null;
  }
  const l = t.letters
    .filter((x) => x.docType === from && x.fecha <= date && x.id !== selfId)
    .sort(byDateThenSeq)
    .at(-1);
  return l ? { numero: l.numero, fecha: l.fecha, emisor: '' } : null;
}

function referenceLabel(from: ReferenceSource): string {
  if (from === 'opening')
    return 'el oficio que abrió el caso, con su número y fecha (regístrelo en la bitácora del caso)';
  if (from === 'last_received')
    return 'el oficio recibido en el caso después de su apertura (la respuesta), con su número y fecha (regístrelo al capturar la acción)';
  return `${documentType(from).withArticle} del caso, emitido con fecha igual o anterior a la de esta carta`;
}

/** This case's requerimientos with their number, dated on or before the letter, in date order. */
export function earlierRequerimientos(t: CaseTimeline, date: IsoDate, selfId: number | null): OficioRef[] {
  return t.letters
    .filter((l) => REQUERIMIENTO_TYPES.includes(l.docType) && l.fecha <= date && l.id !== selfId)
    .sort(byDateThenSeq)
    .map((l) => ({ numero: l.numero, fecha: l.fecha, emisor: '' }));
}

function hojaRows(t: CaseTimeline): FactRow[] {
  if (!t.hoja) return [];
  const groups = new Map<string, FactRow>();
  for (const l of t.hoja.lines) {
    const key = `${l.periodo}\u0000${l.factura ?? ''}`;
    const row = groups.get(key) ?? {
      hoja: t.hoja.name,
      mes: l.periodo,
      numero: l.factura ?? '',
      fecha: '',
      monto: 0,
      saldo: 0,
      dias_vencidos: 0,
    };
    row.monto = sumCents([row.monto, l.importeCents]);
    row.saldo = row.monto;
    groups.set(key, row);
  }
  return [...groups.values()].sort((a, b) =>
    a.mes < b.mes ? -1 : a.mes > b.mes ? 1 : a.numero.localeCompare(b.numero),
  );
}

function invoiceRows(t: CaseTimeline, date: IsoDate, amounts: 'owed' | 'paid'): FactRow[] {
  return t.invoices
    .filter((i) => i.issueDate <= date)
    .map((i) => {
      const saldo = balanceAt(i, date);
      return {
        hoja: i.concept,
        mes: i.period ?? i.issueDate.slice(0, 7),
        numero: i.number,
        fecha: i.issueDate,
        monto: amounts === 'owed' ? saldo : paidAt(i, date),
        saldo,
        dias_vencidos: 0,
      };
    })
    .filter((r) => r.monto > 0)
    .sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : a.numero.localeCompare(b.numero)));
}

/** The case's invoices issued by the date. */
function invoicesBy(t: CaseTimeline, date: IsoDate): readonly CaseInvoice[] {
  return t.invoices.filter((i) => i.issueDate <= date);
}

function amountsOf(t: CaseTimeline, spec: LetterFactsSpec, label: string, date: IsoDate): FactRow[] {
  if (spec.amounts === null) return [];
  const invoiced = invoicesBy(t, date);
  if (invoiced.length === 0) {
    if (spec.needsInvoices || spec.amounts === 'paid')
      missing(
        label,
        `la factura del caso (registre la factura recibida con su número, fecha e importe, con fecha igual o anterior al ${dateInWords(date)})`,
      );
    const rows = hojaRows(t);
    if (rows.length === 0)
      missing(
        label,
        'el importe del caso: importe la hoja de cálculo del caso (o registre sus facturas) para que la carta diga qué se cobra',
      );
    return rows;
  }
  const rows = invoiceRows(t, date, spec.amounts);
  if (rows.length === 0) {
    if (spec.amounts === 'paid')
      missing(label, `el pago de las facturas del caso, registrado con fecha igual o anterior al ${dateInWords(date)}`);
    throw new Refusal(
      LetterFactErrorCodes.nothingOwed,
      `No se emite ${label}: las facturas del caso ${t.folio} no tienen saldo pendiente al ${dateInWords(date)} (${invoiced.map((i) => i.number).join(', ')}).`,
    );
  }
  return rows;
}

/**
 * A demand is sent now: an invoice owed on the letter's date but paid since
 * would be demanded although nothing is owed. The letter is refused, naming it.
 */
function refuseWhatIsPaidSince(t: CaseTimeline, rows: readonly FactRow[], label: string): void {
  const byNumber = new Map(t.invoices.map((i) => [i.number, i]));
  const paid = rows.filter((r) => {
    const inv = byNumber.get(r.numero);
    return inv !== undefined && balanceAt(inv, '9999-12-31') <= 0;
  });
  if (paid.length === 0) return;
  const numbers = paid.map((r) => r.numero).join(', ');
  throw new Refusal(
    LetterFactErrorCodes.nothingOwed,
    paid.length === rows.length
      ? `No se emite ${label}: las facturas del caso ${t.folio} ya no tienen saldo pendiente (${numbers}).`
      : `No se emite ${label}: ${paid.length === 1 ? `la factura ${numbers} ya no tiene` : `las facturas ${numbers} ya no tienen`} saldo pendiente; emita la carta con la fecha de hoy para que sólo diga lo que se debe.`,
  );
}

function facts(t: CaseTimeline, docType: DocumentTypeKey, date: IsoDate, selfId: number | null): CaseLetterFacts {
  const spec = LETTER_FACTS[docType] ?? NONE;
  const label = documentType(docType).withArticle;
  if (spec.demand && t.closedOn !== null) {
    throw new Refusal(
      LetterFactErrorCodes.closed,
      `No se emite ${label}: el caso ${t.folio} está cerrado (${t.closeLabel}) desde el ${dateInWords(t.closedOn)}.`,
    );
  }
  const rows = amountsOf(t, spec, label, date);
  if (spec.demand) refuseWhatIsPaidSince(t, rows, label);
  const periods = rows
    .map((r) => r.mes)
    .filter(Boolean)
    .sort();
  const periodo = periods[0] ?? t.periodFrom ?? '';
  const periodoFin = periods.at(-1) ?? t.periodTo ?? t.periodFrom ?? '';
  if (spec.periods && !periodo)
    missing(label, 'el periodo de servicio del caso (indíquelo al abrir el caso o importe la hoja de cálculo)');

  let ref: OficioRef | null = null;
  if (spec.reference) {
    ref = reference(t, spec.reference.from, date, selfId);
    if (!ref && spec.reference.required) missing(label, referenceLabel(spec.reference.from));
  }

  const requerimientos = spec.requerimientos ? earlierRequerimientos(t, date, selfId) : [];
  if (spec.requerimientos && requerimientos.length === 0) {
    missing(
      label,
      `un requerimiento de pago del caso ${t.folio} emitido con fecha igual o anterior al ${dateInWords(date)} (este documento los cita)`,
    );
  }

  let fechaLimite: IsoDate | '' = '';
  let plazoDias = 0;
  if (spec.plazo) {
    if (!t.facturasSentOn || !t.plazoEndsOn)
      missing(
        label,
        'la fecha de envío de las facturas y su plazo de pago (registre «Enviar factura al deudor» en el caso)',
      );
    fechaLimite = t.plazoEndsOn;
    plazoDias = diaNatural(t.facturasSentOn, t.plazoEndsOn);
    if (spec.plazo.ended && !plazoPagoVencido(t.plazoEndsOn, date)) {
      throw new Refusal(
        LetterFactErrorCodes.notYet,
        `No se emite ${label} con fecha ${dateInWords(date)}: el plazo de pago termina el ${dateInWords(t.plazoEndsOn)} y se considera vencido a partir del día siguiente.`,
      );
    }
  }

  let dias = 0;
  if (spec.daysSinceSent) {
    if (!t.facturasSentOn)
      missing(label, 'la fecha de envío de las facturas (registre «Enviar factura al deudor» en el caso)');
    dias = diaNatural(t.facturasSentOn, date);
    if (spec.daysSinceSent.garantia) {
      const g = evaluarEjecucionGarantia({
        fechaEnvioFacturas: t.facturasSentOn,
        saldoPendienteCents: sumCents(rows.map((r) => r.saldo)),
        hoy: date,
      });
      if (!g.disponible)
        throw new Refusal(
          LetterFactErrorCodes.notYet,
          `No se emite ${label} con fecha ${dateInWords(date)}: ${g.mensaje}`,
        );
    }
  }

  let pago: CaseLetterFacts['pago'] = null;
  if (spec.pago === 'balance') pago = { monto: sumCents(rows.map((r) => r.saldo)), fecha: '', referencia: '' };
  if (spec.pago === 'made') pago = paymentOf(t, date);

  return {
    rows,
    total: sumCents(rows.map((r) => r.monto)),
    saldo: sumCents(rows.map((r) => r.saldo)),
    periodo,
    periodo_fin: periodoFin,
    reference: ref,
    requerimientos,
    fecha_limite: fechaLimite,
    plazo_dias: plazoDias,
    dias_transcurridos: dias,
    pago,
  };
}

/** The payments of the case's invoices up to the date: total, latest date, their references. */
function paymentOf(t: CaseTimeline, date: IsoDate): CaseLetterFacts['pago'] {
  const abonos = t.invoices
    .flatMap((i) => i.entries.filter((e) => e.date <= date && e.kind === 'abono'))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const monto = sumCents(t.invoices.map((i) => paidAt(i, date)));
  const fecha =
    abonos
      .map((e) => e.date)
      .sort()
      .at(-1) ?? '';
  const referencia = [...new Set(abonos.map((e) => e.reference.trim()).filter(Boolean))].join(', ');
  return { monto, fecha, referencia };
}

/**
 * The facts a letter of `docType` dated `date` states about the case, or why
 * it cannot state them. `selfId` is the letter's own id (never cited by itself).
 */
export function caseLetterFacts(
  t: CaseTimeline,
  docType: DocumentTypeKey,
  date: IsoDate,
  selfId: number | null = null,
): FactsResult {
  try {
    return { ok: true, facts: facts(t, docType, date, selfId) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}

/** «$91,198.50 por 2 facturas» — for messages. */
export function describeOwed(rows: readonly FactRow[]): string {
  const total = sumCents(rows.map((r) => r.saldo));
  return `${formatMoney(total, 'es-MX')} en ${rows.length === 1 ? '1 línea' : `${rows.length} líneas`}`;
}
