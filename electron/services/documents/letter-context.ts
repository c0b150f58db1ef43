/**
 * The LetterContext a template sees, built from the ledger, the institution
 * profile and what staff entered (DocumentData). One place, so the preview,
 * the issued letter and a batch letter say exactly the same.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { DocumentData, Institution, Signatory } from '../../../shared/api/types';
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import { addDays, daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { documentType, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import { sumCents } from '../../../shared/domain/money';
import { documents, invoices } from '../../../db/schema';
import type { CounterpartyRecord } from '../../../db/repositories/counterparties';
import { getCounterparty } from '../../../db/repositories/counterparties';
import { balancesOfInvoices } from '../../../db/repositories/ledger';
import { listSignatories } from '../../../db/repositories/settings';
import type { ServiceContext } from '../../context';
import { requireInstitution } from '../settings';
import { acuerdoContext } from './agreement-context';
import { emptyLetterContext, type FacturaRow, type LetterContext, type OficioRef } from '../templates/context';

export interface LetterSource {
  docType: DocumentTypeKey;
  counterpartyId: number | null;
  date: IsoDate;
  data: DocumentData;
}

/** Types whose earlier letters a re-requerimiento or a garantía request cites. */
const REQUERIMIENTO_TYPES: DocumentTypeKey[] = ['requerimiento_pago', 're_requerimiento', 'requerimiento_cobranza'];
/** In pagos we pay into the creditor's account, not ours. */
const CREDITOR_BANK_TYPES: DocumentTypeKey[] = ['memo_solicitud_pago'];

const joinNonEmpty = (parts: (string | null | undefined)[], sep: string) =>
  parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(sep);

function signerName(s: Pick<Signatory, 'title' | 'name'>): string {
  return joinNonEmpty([s.title, s.name], ' ');
}

/** Street, colony, C.P. and city of a counterparty, one printed line each. */
export function addressLinesOf(cp: CounterpartyRecord): string[] {
  return [
    cp.street,
    joinNonEmpty([cp.colony, cp.postalCode ? `C.P. ${cp.postalCode}` : ''], ', '),
    joinNonEmpty([cp.city, cp.stateName && cp.stateName !== cp.city ? cp.stateName : ''], ', '),
  ].filter((l) => l.trim() !== '');
}

function chosenSigners(ctx: ServiceContext, ids: number[]) {
  const all = listSignatories(ctx.db);
  if (ids.length === 0) {
    const first = all.find((s) => s.active);
    return first ? [first] : [];
  }
  return ids.map((id) => {
    const s = all.find((x) => x.id === id);
    if (!s) throw new DomainError(ErrorCodes.notFound, `No existe el firmante ${id}; revise la lista de firmantes en Configuración.`);
    return s;
  });
}

function facturasOf(ctx: ServiceContext, src: LetterSource): FacturaRow[] {
  const ids = src.data.invoiceIds;
  if (ids.length === 0) return [];
  if (src.counterpartyId === null) throw new DomainError('documentos/sin-destinatario', 'Elija la entidad destinataria antes de agregar facturas.');
  const rows = ctx.db.select().from(invoices).where(inArray(invoices.id, ids)).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const balances = balancesOfInvoices(ctx.db, ids);
  return ids.map((id) => {
    const inv = byId.get(id);
    if (!inv) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${id}.`);
    if (inv.counterpartyId !== src.counterpartyId) {
      throw new DomainError('documentos/factura-ajena', `La factura ${inv.number} es de otra entidad: un documento sólo incluye facturas de su destinatario.`);
    }
    return {
      hoja: inv.concept,
      mes: inv.period ?? inv.issueDate.slice(0, 7),
      numero: inv.number,
      fecha: inv.issueDate,
      monto: inv.amountCents,
      saldo: balances.get(id) ?? 0,
      dias_vencidos: Math.max(0, daysBetween(inv.dueDate, src.date)),
    };
  });
}

/** Earlier requerimientos issued to the same counterparty (oldest first), for the follow-up letters. */
function earlierRequerimientos(ctx: ServiceContext, counterpartyId: number | null, emisor: string): OficioRef[] {
  if (counterpartyId === null) return [];
  return ctx.db
    .select({ numero: documents.number, fecha: documents.date })
    .from(documents)
    .where(
      and(
        eq(documents.counterpartyId, counterpartyId),
        inArray(documents.docType, REQUERIMIENTO_TYPES),
        inArray(documents.status, ['emitido', 'enviado', 'acuse']),
        ne(documents.status, 'cancelado'),
      ),
    )
    .orderBy(documents.date, documents.id)
    .all()
    .map((r) => ({ numero: r.numero ?? '', fecha: r.fecha, emisor }));
}

function ownStateName(inst: Institution): string {
  return ENTIDADES_FEDERATIVAS.find((e) => e.inegi === inst.ownStateCode)?.name ?? '';
}

export function buildLetterContext(ctx: ServiceContext, src: LetterSource, numero: string): LetterContext {
  const inst = requireInstitution(ctx);
  const type = documentType(src.docType);
  const cp = src.counterpartyId === null ? undefined : getCounterparty(ctx.db, src.counterpartyId);
  if (src.counterpartyId !== null && !cp) throw new DomainError(ErrorCodes.notFound, `No existe la entidad con identificador ${src.counterpartyId}.`);
  const d = src.data;
  const a = d.addressee;
  const facturas = facturasOf(ctx, src);
  const periods = facturas.map((f) => f.mes).sort();
  const plazo = d.plazoDias || inst.defaultPaymentTermDays;
  const firstSent = facturas.map((f) => f.fecha).sort()[0];
  const area = d.area || inst.shortName || inst.name;
  const creditorBank = CREDITOR_BANK_TYPES.includes(src.docType) && cp;
  // A memorándum goes to one of our own directorates: the entidad it is about is not its addressee.
  const to = type.kind === 'memorandum' ? undefined : cp;

  const out: LetterContext = {
    ...emptyLetterContext(inst.profile),
    numero,
    fecha: src.date,
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
    destinatario: {
      titulo: a.title || to?.addresseeTitle || '',
      nombre: a.name || to?.addresseeName || '',
      cargo: a.position || to?.addresseePosition || '',
      institucion: a.institution || to?.name || '',
      direccion: a.address || (to ? addressLinesOf(to).join(', ') : ''),
    },
    entidad: { nombre: cp?.name ?? '', estado: cp?.stateName ?? '', id_fiscal: cp?.taxId ?? '' },
    firmantes: chosenSigners(ctx, d.signatoryIds).map((s) => ({ nombre: signerName(s), cargo: s.position })),
    caso: { folio: d.caseFolio, periodo: periods[0] ?? '', periodo_fin: periods.at(-1) ?? '', etapa: type.label },
    facturas,
    total: sumCents(facturas.map((f) => f.monto)),
    saldo: sumCents(facturas.map((f) => f.saldo)),
    fecha_corte: src.date,
    oficio_referencia: { numero: d.reference.numero, fecha: d.reference.fecha, emisor: d.reference.emisor },
    requerimientos: earlierRequerimientos(ctx, src.counterpartyId, area),
    plazo_dias: plazo,
    fecha_limite: d.fechaLimite || addDays(src.date, plazo),
    dias_transcurridos: firstSent ? Math.max(0, daysBetween(firstSent, src.date)) : 0,
    autoridad_nacional: inst.nationalAuthorityName,
    banco: creditorBank
      ? { denominacion: cp.bankDenomination || cp.name, banco: cp.bankName, cuenta: cp.bankAccount, clabe: cp.bankClabe, tipo_cuenta: '' }
      : { denominacion: inst.bankDenomination || inst.name, banco: inst.bankName, cuenta: inst.bankAccount, clabe: inst.bankClabe, tipo_cuenta: inst.bankAccountType },
    pago: { monto: d.pago.montoCents, fecha: d.pago.fecha, referencia: d.pago.referencia, medio: d.pago.medio },
    observaciones: d.observaciones,
    documentos_faltantes: d.documentosFaltantes,
    citacion: { fecha: d.citacion.fecha, hora: d.citacion.hora, lugar: d.citacion.lugar },
    texto: d.texto,
  };
  if (type.kind === 'acuerdo') {
    // The agreement named by the folio; its debtor signs through the representative the letter is addressed to.
    const acuerdo = acuerdoContext(ctx, d.caseFolio, cp, out.destinatario.direccion);
    const representative = joinNonEmpty([out.destinatario.titulo, out.destinatario.nombre], ' ');
    out.acuerdo = { ...acuerdo, nit_acreedor: inst.taxId, deudor: { ...acuerdo.deudor, representante: representative || acuerdo.deudor.representante, cargo: out.destinatario.cargo || acuerdo.deudor.cargo } };
  }
  return out;
}

/** The addressee's printed address lines: the override (one per line) or the counterparty's. */
export function addresseeLines(ctx: ServiceContext, src: LetterSource): string[] {
  const override = src.data.addressee.address.trim();
  if (override) return override.split(/\r?\n|;\s*/u).map((l) => l.trim()).filter(Boolean);
  if (documentType(src.docType).kind === 'memorandum') return [];
  const cp = src.counterpartyId === null ? undefined : getCounterparty(ctx.db, src.counterpartyId);
  return cp ? addressLinesOf(cp) : [];
}
