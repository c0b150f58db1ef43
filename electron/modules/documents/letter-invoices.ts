/**
 * A letter outside a 32x32 case states what its invoices say at the letter's
 * date: the invoice table, totals and balances, the end of the plazo de pago,
 * the days since radicación, and the requerimientos already issued for them.
 */
import { ErrorCodes } from '../../../shared/api/errors';
import { DocumentErrorCodes, LetterFactErrorCodes } from '../../../shared/api/errors-documents';
import type { DocumentData } from '../../../shared/api/types';
import { dateInWords } from '../../../shared/domain/date-words';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import type { DocumentTypeDef, DocumentTypeKey } from '../../../shared/domain/documents/types';
import { sumCents } from '../../../shared/domain/money';
import { dayNumber } from '../../../shared/domain/portabilidad/deadlines';
import { requerimientosUpTo } from '../../../db/repositories/documents';
import { invoicesByIds } from '../../../db/repositories/invoices';
import { balancesAt } from '../../../db/repositories/ledger';
import type { ReadContext } from '../../core/context';
import type { FacturaRow, LetterContext, OficioRef } from '../templates/context';
import { LetterErrorCodes, refuse, typedReference, type LetterSource } from './letter-source';
import { expedienteLetterFacts } from '../expedientes/letters';

/** Letters that demand payment or tell the authority it was not made: never for an invoice with nothing owed. */
const DEMAND_TYPES = new Set<DocumentTypeKey>([
  'requerimiento_pago',
  're_requerimiento',
  'requerimiento_cobranza',
  'notificacion_autoridad',
  'solicitud_ejecucion_garantia',
]);

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
  const rows = invoicesByIds(ctx.db, ids);
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
  const rows = requerimientosUpTo(ctx.sqlite, src.counterpartyId, src.date);
  return rows
    .filter((r) => r.id !== src.documentId)
    .filter((r) => mine.size === 0 || (JSON.parse(r.data) as DocumentData).invoiceIds.some((i) => mine.has(i)))
    .map((r) => ({ numero: r.number, fecha: r.date, emisor: '' }));
}

/** Any other letter: its invoices at the letter's date, and what staff typed. */
export function withInvoiceFields(
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
  // A cobro letter follows the expediente: the oficio it answers to, and a citación's estado de cartera.
  const file = expedienteLetterFacts(ctx, type.key, src.counterpartyId, src.date);
  const out: LetterContext = {
    ...base,
    caso: { folio: d.caseFolio, periodo: periods[0] ?? '', periodo_fin: periods.at(-1) ?? '', etapa: type.label },
    facturas: inv.rows,
    total: sumCents(inv.rows.map((r) => r.monto)),
    saldo:
      inv.rows.length === 0 && file.overdueCents !== null ? file.overdueCents : sumCents(inv.rows.map((r) => r.saldo)),
    oficio_referencia: typedReference(src) ?? file.reference ?? { numero: '', fecha: '', emisor: '' },
    requerimientos: type.fields.includes('requerimientos') ? requerimientosOf(ctx, src) : [],
    plazo_dias: defaultPlazo,
    fecha_limite: d.fechaLimite || inv.fechaLimite,
    dias_transcurridos: inv.sentOn ? Math.max(0, dayNumber(inv.sentOn, src.date)) : 0,
    pago: { monto: d.pago.montoCents, fecha: d.pago.fecha, referencia: d.pago.referencia, medio: d.pago.medio },
  };
  requireStatedFacts(type, out, inv);
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
