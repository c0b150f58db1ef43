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
 * - day counts: `dayNumber` from the recorded envío, the function the
 *   workflow guard uses;
 * - cited oficios: this case's own papers and numbered letters, dated on or
 *   before the letter, in date order.
 *
 * A letter that cannot state one of its facts truly is refused, in Spanish,
 * naming the missing fact: nothing is guessed. Pure: no I/O, no clock.
 * The timeline's shape: ./letter-timeline.ts; what each letter states:
 * ./letter-facts-spec.ts.
 */
import { dateInWords } from '../date-words';
import { LetterFactErrorCodes } from '../../api/errors-documents';
import type { IsoDate } from '../dates';
import { documentType, type DocumentTypeKey } from '../documents/types';
import { formatMoney, sumCents, type Cents } from '../money';
import { dayNumber, garantiaAvailability, isPaymentOverdue } from './deadlines';

import {
  LETTER_FACTS,
  NONE,
  REQUERIMIENTO_TYPES,
  type LetterFactsSpec,
  type ReferenceSource,
} from './letter-facts-spec';
import type {
  CaseInvoice,
  CaseLetterFacts,
  CaseTimeline,
  FactRow,
  FactsResult,
  NumberedLetter,
  OficioRef,
} from './letter-timeline';

export { LETTER_FACTS, REQUERIMIENTO_TYPES, type LetterFactsSpec } from './letter-facts-spec';
export type {
  CaseInvoice,
  CaseLetterFacts,
  CaseTimeline,
  FactRow,
  FactsResult,
  HojaLine,
  InvoiceEntry,
  NumberedLetter,
  OficioRef,
  ReceivedPaper,
} from './letter-timeline';

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
    plazoDias = dayNumber(t.facturasSentOn, t.plazoEndsOn);
    if (spec.plazo.ended && !isPaymentOverdue(t.plazoEndsOn, date)) {
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
    dias = dayNumber(t.facturasSentOn, date);
    if (spec.daysSinceSent.garantia) {
      const g = garantiaAvailability({
        facturasSentOn: t.facturasSentOn,
        balanceCents: sumCents(rows.map((r) => r.saldo)),
        today: date,
      });
      if (!g.available)
        throw new Refusal(
          LetterFactErrorCodes.notYet,
          `No se emite ${label} con fecha ${dateInWords(date)}: ${g.message}`,
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
