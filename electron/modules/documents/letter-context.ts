/**
 * The LetterContext a template sees. One place, so the preview, the issued
 * letter and a batch letter say exactly the same.
 *
 * A letter of a 32x32 case states the case's own facts (letter-facts.ts in
 * shared/domain/portabilidad): its amounts, periods, plazo, day counts and
 * cited oficios come from the case's timeline, never from the counterparty
 * at large nor from a date rebuilt from the letter's own. Any other letter
 * states what its invoices say, at the letter's date. Who it is addressed to
 * depends on its type (documents/types.ts `addressee`). A fact that cannot be
 * stated truly refuses the letter with a Spanish message naming it.
 */
import { inArray } from 'drizzle-orm';
import { LetterErrorCodes, DocumentErrorCodes, LetterFactErrorCodes } from '../../../shared/api/errors-documents';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { DocumentData, Institution, Signatory } from '../../../shared/api/types';
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import { dateInWords } from '../../../shared/domain/date-words';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { documentType, type DocumentTypeDef, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import { sumCents } from '../../../shared/domain/money';
import { dayNumber } from '../../../shared/domain/portabilidad/deadlines';
import {
  caseLetterFacts,
  LETTER_FACTS,
  REQUERIMIENTO_TYPES,
  type CaseLetterFacts,
} from '../../../shared/domain/portabilidad/letter-facts';
import { invoices } from '../../../db/schema';
import { getCase } from '../../../db/repositories/cases';
import { caseTimeline, NUMBERED_STATUSES } from '../../../db/repositories/case-timeline';
import type { CounterpartyRecord } from '../../../db/repositories/counterparties';
import { getCounterparty } from '../../../db/repositories/counterparties';
import { balancesAt } from '../../../db/repositories/ledger';
import { listSignatories } from '../../../db/repositories/settings';
import { memoAddresseeOf } from '../../../db/repositories/templates';
import type { ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';
import { acuerdoContext } from './agreement-context';
import { emptyLetterContext, type FacturaRow, type LetterContext, type OficioRef } from '../templates/context';
import { caseLetterFields } from './case-letter-fields';

export interface LetterSource {
  docType: DocumentTypeKey;
  counterpartyId: number | null;
  date: IsoDate;
  data: DocumentData;
  /** The 32x32 case the letter belongs to (its facts come from the case). */
  caseId: number | null;
  /** The letter's own id: it never cites itself. */
  documentId: number | null;
}

/** Letters that demand payment or tell the authority it was not made: never for an invoice with nothing owed. */
const DEMAND_TYPES = new Set<DocumentTypeKey>([
  'requerimiento_pago',
  're_requerimiento',
  'requerimiento_cobranza',
  'notificacion_autoridad',
  'solicitud_ejecucion_garantia',
]);
/** In pagos we pay into the creditor's account, not ours. */
const CREDITOR_BANK_TYPES: DocumentTypeKey[] = ['memo_solicitud_pago'];

export { LetterErrorCodes };

const joinNonEmpty = (parts: (string | null | undefined)[], sep: string) =>
  parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(sep);

function signerName(s: Pick<Signatory, 'title' | 'name'>): string {
  return joinNonEmpty([s.title, s.name], ' ');
}

/** «Centro» → «Col. Centro» in MX addresses; a colony already written with its prefix is left alone. */
function colonyLine(colony: string): string {
  const c = colony.trim();
  return c && !/^col(onia)?\.?\s/iu.test(c) ? `Col. ${c}` : c;
}

/** Street, colony, C.P. and city of a counterparty, one printed line each. */
export function addressLinesOf(cp: CounterpartyRecord): string[] {
  const mx = cp.kind === 'entidad_federativa';
  return [
    cp.street,
    joinNonEmpty([mx ? colonyLine(cp.colony) : cp.colony, cp.postalCode ? `C.P. ${cp.postalCode}` : ''], ', '),
    joinNonEmpty([cp.city, cp.stateName && cp.stateName !== cp.city ? cp.stateName : ''], ', '),
  ].filter((l) => l.trim() !== '');
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n|;\s*/u)
    .map((l) => l.trim())
    .filter(Boolean);
}

function chosenSigners(ctx: ReadContext, ids: number[]) {
  const all = listSignatories(ctx.db);
  if (ids.length === 0) {
    const first = all.find((s) => s.active);
    return first ? [first] : [];
  }
  return ids.map((id) => {
    const s = all.find((x) => x.id === id);
    if (!s)
      throw new DomainError(
        ErrorCodes.notFound,
        `No existe el firmante ${id}; revise la lista de firmantes en Configuración.`,
      );
    return s;
  });
}

type Addressee = LetterContext['destinatario'];

/** Who the letter goes to, by its type: what staff typed over the default of the type's source. */
function addresseeOf(
  ctx: ReadContext,
  inst: Institution,
  type: DocumentTypeDef,
  cp: CounterpartyRecord | undefined,
  a: DocumentData['addressee'],
): Addressee {
  let base: Addressee = { titulo: '', nombre: '', cargo: '', institucion: '', direccion: '' };
  if (type.addressee === 'counterparty' && cp) {
    base = {
      titulo: cp.addresseeTitle,
      nombre: cp.addresseeName,
      cargo: cp.addresseePosition,
      institucion: cp.name,
      direccion: addressLinesOf(cp).join(', '),
    };
  } else if (type.addressee === 'national_authority') {
    base = {
      titulo: inst.nationalAuthorityTitle,
      nombre: inst.nationalAuthorityAddressee,
      cargo: inst.nationalAuthorityPosition,
      institucion: inst.nationalAuthorityName,
      direccion: splitLines(inst.nationalAuthorityAddress).join(', '),
    };
  } else if (type.addressee === 'internal') {
    const m = memoAddresseeOf(ctx.db, type.key);
    if (m) base = { titulo: m.title, nombre: m.name, cargo: m.position, institucion: m.institution, direccion: '' };
  }
  return {
    titulo: a.title || base.titulo,
    nombre: a.name || base.nombre,
    cargo: a.position || base.cargo,
    institucion: a.institution || base.institucion,
    direccion: a.address || base.direccion,
  };
}

/** The addressee's printed address lines: the override (one per line), else those of the type's addressee. */
export function addresseeLines(ctx: ReadContext, src: LetterSource): string[] {
  const override = src.data.addressee.address.trim();
  if (override) return splitLines(override);
  const type = documentType(src.docType);
  if (type.addressee === 'national_authority') return splitLines(requireInstitution(ctx).nationalAuthorityAddress);
  if (type.addressee !== 'counterparty') return [];
  const cp = src.counterpartyId === null ? undefined : getCounterparty(ctx.db, src.counterpartyId);
  return cp ? addressLinesOf(cp) : [];
}

function refuse(code: string, message: string): never {
  throw new DomainError(code, message);
}

// ─── a letter of a 32x32 case ───────────────────────────────────────────────

/** The case's facts for the letter, or null when it is not a case letter whose type states case facts. */
function caseFactsOf(ctx: ReadContext, src: LetterSource): { facts: CaseLetterFacts; folio: string } | null {
  if (src.caseId === null || !LETTER_FACTS[src.docType]) return null;
  const c = getCase(ctx.db, src.caseId);
  if (!c) refuse(ErrorCodes.notFound, `No existe el caso ${src.caseId} del documento.`);
  const r = caseLetterFacts(caseTimeline(ctx.sqlite, c), src.docType, src.date, src.documentId);
  if (!r.ok) refuse(r.code, r.message);
  return { facts: r.facts, folio: c.folio };
}

/** A reference typed by staff must exist by the letter's date. */
function typedReference(src: LetterSource): OficioRef | null {
  const r = src.data.reference;
  if (!r.numero) return null;
  if (r.fecha && r.fecha > src.date) {
    refuse(
      LetterErrorCodes.missing,
      `El oficio de referencia ${r.numero} tiene fecha ${dateInWords(r.fecha)}, posterior a la de esta carta (${dateInWords(src.date)}): una carta sólo cita lo que ya existía.`,
    );
  }
  return { numero: r.numero, fecha: r.fecha, emisor: r.emisor };
}

// ─── any other letter: its invoices at the letter's date ────────────────────

interface InvoiceFacts {
  rows: FacturaRow[];
  /** Latest due date of the listed invoices: the end of their plazo de pago. */
  fechaLimite: IsoDate | '';
  /** Earliest radicación (envío) among them; null when one has none. */
  sentOn: IsoDate | null;
}

function invoiceFacts(ctx: ReadContext, src: LetterSource, type: DocumentTypeDef): InvoiceFacts {
  const ids = src.data.invoiceIds;
  if (ids.length === 0) return { rows: [], fechaLimite: '', sentOn: null };
  if (src.counterpartyId === null)
    refuse(DocumentErrorCodes.noAddressee, 'Elija la entidad destinataria antes de agregar facturas.');
  const rows = ctx.db.select().from(invoices).where(inArray(invoices.id, ids)).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const balances = balancesAt(ctx.db, ids, src.date);
  const listed = ids.map((id) => {
    const inv = byId.get(id);
    if (!inv) refuse(ErrorCodes.notFound, `No existe la factura con identificador ${id}.`);
    if (inv.counterpartyId !== src.counterpartyId) {
      refuse(
        DocumentErrorCodes.foreignInvoice,
        `La factura ${inv.number} es de otra entidad: un documento sólo incluye facturas de su destinatario.`,
      );
    }
    if (inv.issueDate > src.date)
      refuse(
        LetterErrorCodes.missing,
        `La factura ${inv.number} se expidió el ${dateInWords(inv.issueDate)}, después de la fecha de la carta.`,
      );
    const saldo = balances.get(id) ?? 0;
    if (DEMAND_TYPES.has(type.key) && saldo <= 0) {
      refuse(
        LetterFactErrorCodes.nothingOwed,
        `No se emite ${type.withArticle}: la factura ${inv.number} no tiene saldo pendiente al ${dateInWords(src.date)}. Quítela del documento.`,
      );
    }
    return inv;
  });
  return {
    rows: listed.map((inv) => ({
      hoja: inv.concept,
      mes: inv.period ?? inv.issueDate.slice(0, 7),
      numero: inv.number,
      fecha: inv.issueDate,
      monto: inv.amountCents,
      saldo: balances.get(inv.id) ?? 0,
      dias_vencidos: Math.max(0, daysBetween(inv.dueDate, src.date)),
    })),
    fechaLimite:
      listed
        .map((i) => i.dueDate)
        .sort()
        .at(-1) ?? '',
    sentOn: listed.some((i) => !i.radicacionDate) ? null : (listed.map((i) => i.radicacionDate!).sort()[0] ?? null),
  };
}

/** Requerimientos issued to the counterparty for any of the letter's invoices, dated up to the letter, oldest first. */
function requerimientosOf(ctx: ReadContext, src: LetterSource): OficioRef[] {
  if (src.counterpartyId === null) return [];
  const mine = new Set(src.data.invoiceIds);
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, number, date, data FROM documents
       WHERE counterparty_id = ? AND doc_type IN (${REQUERIMIENTO_TYPES.map((t) => `'${t}'`).join(', ')})
         AND number IS NOT NULL AND status IN (${NUMBERED_STATUSES.map((s) => `'${s}'`).join(', ')}) AND date <= ?
       ORDER BY date, seq, id`,
    )
    .all(src.counterpartyId, src.date) as { id: number; number: string; date: string; data: string }[];
  return rows
    .filter((r) => r.id !== src.documentId)
    .filter((r) => mine.size === 0 || (JSON.parse(r.data) as DocumentData).invoiceIds.some((i) => mine.has(i)))
    .map((r) => ({ numero: r.number, fecha: r.date, emisor: '' }));
}

function ownStateName(inst: Institution): string {
  return ENTIDADES_FEDERATIVAS.find((e) => e.inegi === inst.ownStateCode)?.name ?? '';
}

/** A case letter: the case's facts. */
function withCaseFields(
  base: LetterContext,
  src: LetterSource,
  ofCase: { facts: CaseLetterFacts; folio: string },
  defaultPlazo: number,
): LetterContext {
  const { periodo, periodo_fin, ...fields } = caseLetterFields(
    src.docType,
    ofCase.facts,
    src.data,
    typedReference(src),
    defaultPlazo,
  );
  return {
    ...base,
    ...fields,
    caso: { folio: ofCase.folio, periodo, periodo_fin, etapa: documentType(src.docType).label },
  };
}

/** Any other letter: its invoices at the letter's date, and what staff typed. */
function withInvoiceFields(
  ctx: ReadContext,
  base: LetterContext,
  src: LetterSource,
  type: DocumentTypeDef,
  defaultPlazo: number,
): LetterContext {
  const d = src.data;
  const inv = invoiceFacts(ctx, src, type);
  const periods = inv.rows
    .map((r) => r.mes)
    .filter(Boolean)
    .sort();
  const out: LetterContext = {
    ...base,
    caso: { folio: d.caseFolio, periodo: periods[0] ?? '', periodo_fin: periods.at(-1) ?? '', etapa: type.label },
    facturas: inv.rows,
    total: sumCents(inv.rows.map((r) => r.monto)),
    saldo: sumCents(inv.rows.map((r) => r.saldo)),
    oficio_referencia: typedReference(src) ?? { numero: '', fecha: '', emisor: '' },
    requerimientos: type.fields.includes('requerimientos') ? requerimientosOf(ctx, src) : [],
    plazo_dias: defaultPlazo,
    fecha_limite: d.fechaLimite || inv.fechaLimite,
    dias_transcurridos: inv.sentOn ? Math.max(0, dayNumber(inv.sentOn, src.date)) : 0,
    pago: { monto: d.pago.montoCents, fecha: d.pago.fecha, referencia: d.pago.referencia, medio: d.pago.medio },
  };
  requireStatedFacts(type, out, inv);
  return out;
}

export function buildLetterContext(ctx: ReadContext, src: LetterSource, numero: string): LetterContext {
  const inst = requireInstitution(ctx);
  const type = documentType(src.docType);
  const cp = src.counterpartyId === null ? undefined : getCounterparty(ctx.db, src.counterpartyId);
  if (src.counterpartyId !== null && !cp)
    refuse(ErrorCodes.notFound, `No existe la entidad con identificador ${src.counterpartyId}.`);
  const d = src.data;
  const area = d.area || inst.shortName || inst.name;
  const creditorBank = CREDITOR_BANK_TYPES.includes(src.docType) && cp;
  const ofCase = caseFactsOf(ctx, src);
  const defaultPlazo = d.plazoDias || inst.defaultPaymentTermDays;
  const base: LetterContext = {
    ...emptyLetterContext(inst.profile),
    numero,
    fecha: src.date,
    asunto: d.asunto,
    institucion: {
      nombre: inst.name,
      siglas: inst.shortName,
      area,
      ciudad: inst.cityLine || inst.city,
      estado: inst.profile === 'MX' ? ownStateName(inst) : '',
      direccion: inst.address,
      telefono: inst.phone,
      correo: inst.email,
    },
    destinatario: addresseeOf(ctx, inst, type, cp, d.addressee),
    entidad: { nombre: cp?.name ?? '', estado: cp?.stateName ?? '', id_fiscal: cp?.taxId ?? '' },
    firmantes: chosenSigners(ctx, d.signatoryIds).map((s) => ({ nombre: signerName(s), cargo: s.position })),
    fecha_corte: src.date,
    autoridad_nacional: inst.nationalAuthorityName,
    banco: creditorBank
      ? {
          denominacion: cp.bankDenomination || cp.name,
          banco: cp.bankName,
          cuenta: cp.bankAccount,
          clabe: cp.bankClabe,
          tipo_cuenta: '',
        }
      : {
          denominacion: inst.bankDenomination || inst.name,
          banco: inst.bankName,
          cuenta: inst.bankAccount,
          clabe: inst.bankClabe,
          tipo_cuenta: inst.bankAccountType,
        },
    observaciones: d.observaciones,
    documentos_faltantes: d.documentosFaltantes,
    citacion: { fecha: d.citacion.fecha, hora: d.citacion.hora, lugar: d.citacion.lugar },
    texto: d.texto,
  };
  const out = ofCase
    ? withCaseFields(base, src, ofCase, defaultPlazo)
    : withInvoiceFields(ctx, base, src, type, defaultPlazo);
  if (type.kind === 'acuerdo') {
    // The agreement named by the folio; its debtor signs through the representative the letter is addressed to.
    const acuerdo = acuerdoContext(ctx, d.caseFolio, cp, out.destinatario.direccion);
    const representative = joinNonEmpty([out.destinatario.titulo, out.destinatario.nombre], ' ');
    out.acuerdo = {
      ...acuerdo,
      nit_acreedor: inst.taxId,
      deudor: {
        ...acuerdo.deudor,
        representante: representative || acuerdo.deudor.representante,
        cargo: out.destinatario.cargo || acuerdo.deudor.cargo,
      },
    };
  }
  return out;
}

/** A letter outside a case states its plazo and day counts from its invoices, or not at all. */
function requireStatedFacts(type: DocumentTypeDef, c: LetterContext, inv: InvoiceFacts): void {
  if (type.fields.includes('fecha_limite') && !c.fecha_limite) {
    refuse(
      LetterErrorCodes.missing,
      `No se puede emitir ${type.withArticle}: falta la fecha en que terminó el plazo de pago (agregue las facturas, cuyo vencimiento la da, o captúrela).`,
    );
  }
  if (type.fields.includes('dias_transcurridos') && c.facturas.length > 0 && inv.sentOn === null) {
    refuse(
      LetterErrorCodes.missing,
      `No se puede emitir ${type.withArticle}: falta la fecha de radicación (envío) de alguna de sus facturas, desde la que se cuentan los días.`,
    );
  }
}
