/**
 * The facts each letter type of a 32x32 case states (LETTER_FACTS), read by
 * ./letter-facts.ts and by the documents service. Data only.
 */
import type { DocumentTypeKey } from '../documents/types';

/**
 * Where a cited oficio comes from: the paper that opened the case, the latest
 * paper received after it (the debtor's answer, the documents that were
 * missing), or the latest numbered letter of the case of a type.
 */
export type ReferenceSource = 'opening' | 'last_received' | DocumentTypeKey;

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

export const NONE: LetterFactsSpec = {
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

/** Demands the invoices owed once the plazo de pago has ended. */
const REQUERIMIENTO_COBRANZA: LetterFactsSpec = {
  ...NONE,
  amounts: 'owed',
  needsInvoices: true,
  demand: true,
  periods: true,
  plazo: { ended: true },
};

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
  requerimiento_cobranza: REQUERIMIENTO_COBRANZA,
  /** Tells the authority the requerimiento de cobranza went unpaid: its facts, citing it. */
  notificacion_autoridad: {
    ...REQUERIMIENTO_COBRANZA,
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
