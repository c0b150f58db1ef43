/**
 * The letter being drafted, as the wizard edits it, and how it maps to the
 * contract's input (documents.createDraft / updateDraft / issueBatch).
 */
import type { CaseFactsView, Counterparty, DocumentData, DocumentDetail, Institution } from '../../../shared/api/types';
import {
  documentType,
  type DocumentTypeDef,
  type DocumentTypeKey,
  type ExtraField,
} from '../../../shared/domain/documents/types';
import { formatMoney, type MoneyLocale } from '../../../shared/domain/money';
import { parseAmount } from '../../components/MoneyInput';
import type { FieldErrors } from '../../lib/form';

export type Addressee = DocumentData['addressee'];
export const ADDRESSEE_KEYS = ['title', 'name', 'position', 'institution', 'address'] as const;

export function emptyData(): DocumentData {
  return {
    invoiceIds: [],
    addressee: { title: '', name: '', position: '', institution: '', address: '' },
    signatoryIds: [],
    ccp: [],
    drafterInitials: '',
    area: '',
    caseFolio: '',
    reference: { numero: '', fecha: '', emisor: '' },
    plazoDias: 0,
    fechaLimite: '',
    observaciones: '',
    documentosFaltantes: [],
    citacion: { fecha: '', hora: '', lugar: '' },
    pago: { montoCents: 0, fecha: '', referencia: '', medio: '' },
    texto: '',
    asunto: '',
  };
}

/** Form state: the contract's data plus texts that are parsed on save. */
export interface LetterDraft {
  id: number | null;
  docType: DocumentTypeKey | null;
  counterpartyId: number | null;
  date: string | null;
  data: DocumentData;
  /** The addressee as shown (the entidad's, or what was typed over it). */
  addressee: Addressee;
  /** Amount of `pago` as typed. */
  pagoMonto: string;
  /** c.c.p. lines and missing documents as typed, one per line. */
  ccpText: string;
  faltantesText: string;
  /** A saved draft of a 32x32 case: what it states from the case (read-only). */
  caseFacts: CaseFactsView | null;
}

export function newDraft(today: string): LetterDraft {
  return {
    id: null,
    docType: null,
    counterpartyId: null,
    date: today,
    data: emptyData(),
    addressee: { title: '', name: '', position: '', institution: '', address: '' },
    pagoMonto: '',
    ccpText: '',
    faltantesText: '',
    caseFacts: null,
  };
}

export function draftFromDetail(d: DocumentDetail, locale: MoneyLocale): LetterDraft {
  return {
    id: d.id,
    docType: d.docType,
    counterpartyId: d.counterpartyId,
    date: d.date,
    data: d.data,
    addressee: { ...d.data.addressee },
    pagoMonto: d.data.pago.montoCents > 0 ? formatMoney(d.data.pago.montoCents, locale) : '',
    ccpText: d.data.ccp.join('\n'),
    faltantesText: d.data.documentosFaltantes.join('\n'),
    caseFacts: d.caseFacts,
  };
}

/** The addressee block a counterparty gives by default (what an empty override prints). */
export function addresseeOf(c: Counterparty | null | undefined): Addressee {
  if (!c) return { title: '', name: '', position: '', institution: '', address: '' };
  // The lines the letter prints (as the backend's addressLinesOf): street; colony, C.P.; city, state.
  const join = (parts: string[]) => parts.filter((p) => p.trim() !== '').join(', ');
  const address = [
    c.street,
    join([c.colony, c.postalCode ? `C.P. ${c.postalCode}` : '']),
    join([c.city, c.stateName && c.stateName !== c.city ? c.stateName : '']),
  ]
    .filter((l) => l.trim() !== '')
    .join('\n');
  return {
    title: c.addresseeTitle,
    name: c.addresseeName,
    position: c.addresseePosition,
    institution: c.name,
    address,
  };
}

/**
 * What an empty addressee field prints for a type: the entidad's titular
 * (oficios to it), the national authority's (Configuración → Institución),
 * or nothing yet for a memorándum (the backend gives it its directorate).
 */
export function defaultAddresseeFor(
  def: DocumentTypeDef,
  fromCounterparty: Addressee,
  inst: Institution | null,
): Addressee {
  if (def.addressee === 'counterparty') return fromCounterparty;
  if (def.addressee === 'national_authority' && inst) {
    return {
      title: inst.nationalAuthorityTitle,
      name: inst.nationalAuthorityAddressee,
      position: inst.nationalAuthorityPosition,
      institution: inst.nationalAuthorityName,
      address: inst.nationalAuthorityAddress,
    };
  }
  return { title: '', name: '', position: '', institution: '', address: '' };
}

/** Only what differs from the entidad is stored: an empty field prints the entidad's current data. */
export function addresseeOverrides(shown: Addressee, fromCounterparty: Addressee): Addressee {
  const out = { ...shown };
  for (const k of ADDRESSEE_KEYS) {
    const v = shown[k].trim();
    out[k] = v === fromCounterparty[k].trim() ? '' : v;
  }
  return out;
}

/** The addressee to show: each override, or the entidad's value. */
export function addresseeShown(overrides: Addressee, fromCounterparty: Addressee): Addressee {
  const out = { ...overrides };
  for (const k of ADDRESSEE_KEYS) out[k] = overrides[k] || fromCounterparty[k];
  return out;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Builds the contract's `data` from the form; errors keyed like the API's ('data.pago.montoCents' → 'pago.montoCents'). */
export function buildData(
  d: LetterDraft,
  fromCounterparty: Addressee,
  locale: MoneyLocale,
): { data: DocumentData; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const monto = parseAmount(d.pagoMonto, locale);
  if (monto.error) errors['pago.montoCents'] = monto.error;
  const data: DocumentData = {
    ...d.data,
    addressee: addresseeOverrides(d.addressee, fromCounterparty),
    ccp: lines(d.ccpText),
    documentosFaltantes: lines(d.faltantesText),
    pago: { ...d.data.pago, montoCents: monto.cents ?? 0 },
    drafterInitials: d.data.drafterInitials.trim(),
    area: d.data.area.trim(),
    caseFolio: d.data.caseFolio.trim(),
    asunto: d.data.asunto.trim(),
  };
  return { data, errors };
}

/** What the wizard asks for each type (from the catalog's field list). */
export function typeNeeds(def: DocumentTypeDef) {
  const has = (f: ExtraField) => def.fields.includes(f);
  return {
    invoices: def.invoiceTable || has('facturas'),
    caso: has('caso'),
    reference: has('oficio_referencia'),
    plazo: has('plazo_dias'),
    fechaLimite: has('fecha_limite'),
    pago: has('pago'),
    observaciones: has('observaciones'),
    faltantes: has('documentos_faltantes'),
    citacion: has('citacion'),
    texto: has('texto'),
    asunto: has('asunto'),
    bank: def.bankBlock,
    /** Fields the backend fills by itself (shown as a note). */
    automatic: [
      has('requerimientos') && 'los requerimientos anteriores del caso',
      has('dias_transcurridos') && 'los días transcurridos desde el envío de las facturas',
      has('autoridad_nacional') && 'el nombre de la autoridad nacional',
      has('fecha_corte') && 'la fecha de corte',
      (has('total') || has('saldo')) && 'los totales de las facturas',
    ].filter((x): x is string => typeof x === 'string'),
  };
}

/** Client-side checks of each step (the backend has the last word). */
export function validateStep(step: number, d: LetterDraft): FieldErrors {
  const e: FieldErrors = {};
  if (step === 0 && !d.docType) e.docType = 'Elija el tipo de documento';
  if (step === 1 && d.docType) {
    const def = documentType(d.docType);
    if (def.kind === 'oficio' && d.counterpartyId === null)
      e.counterpartyId = 'Elija la entidad destinataria del oficio';
    if (!d.addressee.name.trim()) e['addressee.name'] = 'Escriba el nombre del destinatario';
    if (!d.addressee.position.trim()) e['addressee.position'] = 'Escriba el cargo del destinatario';
  }
  if (step === 2 && d.docType) {
    const need = typeNeeds(documentType(d.docType));
    if (!d.date) e.date = 'Indique la fecha del documento';
    if (need.invoices && d.data.invoiceIds.length === 0)
      e.invoiceIds = 'Elija al menos una factura para la tabla del documento';
    if (need.asunto && !d.data.asunto.trim()) e.asunto = 'Escriba el asunto del documento';
    if (need.texto && !d.data.texto.trim()) e.texto = 'Escriba el texto del documento';
    if (need.faltantes && lines(d.faltantesText).length === 0)
      e.documentosFaltantes = 'Escriba al menos un documento faltante';
    if (d.data.signatoryIds.length === 0) e.signatoryIds = 'Elija al menos un firmante';
    if (need.reference && d.data.reference.numero.trim() && !d.data.reference.fecha)
      e['reference.fecha'] = 'Indique la fecha del oficio de referencia';
  }
  return e;
}

/** Maps the backend's field paths ('data.addressee.name') to the form's keys. */
export function mapApiErrors(errs: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errs)) {
    let key = k.replace(/^data\./, '');
    if (/^ccp\./.test(key)) key = 'ccp';
    if (/^documentosFaltantes\./.test(key)) key = 'documentosFaltantes';
    if (/^invoiceIds\./.test(key)) key = 'invoiceIds';
    if (/^signatoryIds\./.test(key)) key = 'signatoryIds';
    if (!(key in out)) out[key] = v;
  }
  return out;
}

/** The step whose fields hold an error (to go back to it). */
export function stepOfError(key: string): number {
  if (key === 'docType') return 0;
  if (key === 'counterpartyId' || key.startsWith('addressee')) return 1;
  if (key === '_form') return -1;
  return 2;
}
