/**
 * Executes what a workflow action returned (shared/domain/portabilidad):
 * drafts letters, records papers in the bitácora, posts payments, sets and
 * clears deadlines, records the amounts declared impagable, closes the case
 * — all inside the action's transaction.
 */
import { documentData } from '../../../shared/api/documents';
import { CaseErrorCodes } from '../../../shared/api/errors-cases';
import { DomainError } from '../../../shared/api/errors';
import type { CaseEvent } from '../../../shared/api/types';
import { documentType } from '../../../shared/domain/documents/types';
import { formatMoney } from '../../../shared/domain/money';
import { DEADLINES } from '../../../shared/domain/portabilidad/deadline-board';
import type { Effect } from '../../../shared/domain/portabilidad/workflow';
import * as repo from '../../../db/repositories/cases';
import { counterpartyName, updateDocument } from '../../../db/repositories/documents';
import { balancesOfInvoices } from '../../../db/repositories/ledger';
import { getInvoice } from '../../../db/repositories/invoices';
import type { ServiceContext } from '../../core/context';
import { attachAsset, recordEntry } from '../bitacora';
import { insertDraft } from '../documents/drafts';
import { withCaseSigners } from './letter-data';
import { registerPayment } from '../ledger/service';
import { storeScan } from '../bitacora/scans';

export interface ActionInput {
  date: string;
  note: string;
  payment?: { amountCents: number; reference: string; date?: string | undefined } | undefined;
  comprobante?: { fileName: string; dataBase64: string } | undefined;
  paper?: { numero: string; fecha: string | null; deParteDe: string } | undefined;
}

export type EffectResult = CaseEvent['effects'][number];

/** Allocates a payment to the case's invoices, oldest first, each up to its balance. */
function allocate(
  ctx: ServiceContext,
  caseId: number,
  amountCents: number,
): { invoiceId: number; amountCents: number }[] {
  const ids = repo.invoiceIdsOf(ctx.db, caseId);
  const balances = balancesOfInvoices(ctx.db, ids);
  const ordered = ids
    .map((id) => ({ id, date: getInvoice(ctx.db, id)?.invoice.issueDate ?? '', balance: balances.get(id) ?? 0 }))
    .filter((i) => i.balance > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const out: { invoiceId: number; amountCents: number }[] = [];
  let left = amountCents;
  for (const i of ordered) {
    if (left === 0) break;
    const take = Math.min(left, i.balance);
    out.push({ invoiceId: i.id, amountCents: take });
    left -= take;
  }
  if (left > 0) throw new DomainError(CaseErrorCodes.pagoExcede, 'El pago excede el saldo de las facturas del caso.');
  return out;
}

/** The effects that produce records (letters, bitácora, payments): run before the event is written. */
export function runRecordEffects(
  ctx: ServiceContext,
  c: repo.CaseRecord,
  effects: Effect[],
  input: ActionInput,
): EffectResult[] {
  const out: EffectResult[] = [];
  for (const e of effects) {
    if (e.kind === 'draft_document') {
      const type = documentType(e.docType);
      const invoiceIds = repo.invoiceIdsOf(ctx.db, c.id);
      const data = documentData.parse({
        invoiceIds: type.fields.includes('facturas') ? invoiceIds : [],
        caseFolio: c.folio,
        ...(typeof e.data.plazo_dias === 'number' ? { plazoDias: e.data.plazo_dias } : {}),
        ...(typeof e.data.observaciones === 'string' ? { observaciones: e.data.observaciones } : {}),
        ...(typeof e.data.texto === 'string' ? { texto: e.data.texto } : {}),
        ...(typeof e.data.asunto === 'string' ? { asunto: e.data.asunto } : {}),
        ...(typeof e.data.documentos_faltantes === 'string'
          ? {
              documentosFaltantes: e.data.documentos_faltantes
                .split(/\r?\n|;\s*/u)
                .map((s) => s.trim())
                .filter(Boolean),
            }
          : {}),
        ...(input.paper?.numero
          ? { reference: { numero: input.paper.numero, fecha: input.paper.fecha ?? '', emisor: input.paper.deParteDe } }
          : {}),
      });
      const draft = insertDraft(ctx, e.docType, c.counterpartyId, input.date, withCaseSigners(ctx, e.docType, data));
      updateDocument(ctx.db, draft.id, { caseId: c.id });
      out.push({
        kind: e.kind,
        label: `Borrador: ${type.label}${e.copies > 1 ? ` (${e.copies} tantos)` : ''}`,
        documentId: draft.id,
      });
    } else if (e.kind === 'bitacora') {
      const entryId = recordEntry(ctx, {
        direction: e.direction,
        asunto: e.asunto,
        documentNumber: input.paper?.numero ?? '',
        documentDate: input.paper?.fecha ?? input.date,
        addressedTo: '',
        entity: counterpartyName(ctx.db, c.counterpartyId),
        counterpartyId: c.counterpartyId,
        fromParty: input.paper?.deParteDe ?? '',
        deliveredBy: '',
        deliveryDate: e.direction === 'recibido' ? input.date : null,
        origin: '',
        folder: `Portabilidad 32x32 / ${c.folio}`,
        observations: input.note,
        caseRef: c.folio,
        docKind: 'Oficio',
        documentId: null,
      });
      if (input.comprobante) {
        const scan = storeScan(ctx, input.comprobante);
        attachAsset(ctx, entryId, scan.assetId, scan.fileName);
      }
      out.push({ kind: e.kind, label: `Bitácora: ${e.asunto}`, bitacoraEntryId: entryId });
    } else if (e.kind === 'record_payment') {
      const p = input.payment;
      if (!p) throw new DomainError(CaseErrorCodes.faltaPago, 'Indique el importe y la referencia del pago.');
      const n = repo.eventsOf(ctx.db, c.id).length + 1;
      const r = registerPayment(ctx, {
        date: p.date ?? input.date,
        reference: p.reference,
        memo: `Caso ${c.folio}`,
        allocations: allocate(ctx, c.id, e.amountCents),
        idempotencyKey: `caso-${c.id}-evento-${n}`,
      });
      out.push({
        kind: e.kind,
        label: `Pago registrado: ${formatMoney(e.amountCents, 'es-MX')}, referencia ${p.reference} (asiento ${r.postingId})`,
      });
    }
  }
  return out;
}

/** How the case effects read in the timeline (known before they run: they are data). */
export function describeCaseEffects(effects: Effect[]): EffectResult[] {
  const out: EffectResult[] = [];
  for (const e of effects) {
    if (e.kind === 'set_deadline')
      out.push({
        kind: e.kind,
        label: `${e.meaning === 'vence' ? 'Plazo' : 'Disponible desde'}: ${e.label} (${e.dueOn})`,
      });
    else if (e.kind === 'clear_deadline')
      out.push({ kind: e.kind, label: `Plazo atendido: ${DEADLINES[e.deadline].label}` });
    else if (e.kind === 'record_date') out.push({ kind: e.kind, label: `Facturas enviadas el ${e.date}` });
    else if (e.kind === 'record_impagables') out.push({ kind: e.kind, label: impagablesLabel(e.lines, e.totalCents) });
    else if (e.kind === 'close_case')
      out.push({ kind: e.kind, label: `Caso cerrado: ${CLOSE_LABELS[e.reason]}${e.motivo ? ` (${e.motivo})` : ''}` });
  }
  return out;
}

function impagablesLabel(lines: readonly { invoiceId: number | null }[], totalCents: number): string {
  const what = `${lines.length === 1 ? 'Un monto impagable' : `${lines.length} montos impagables`} por ${formatMoney(totalCents, 'es-MX')}`;
  return lines.some((l) => l.invoiceId !== null)
    ? `${what} (las facturas conservan su saldo en el libro mayor hasta la nota de crédito)`
    : what;
}

const CLOSE_LABELS = {
  pagado: 'pagado',
  impagable: 'impagable',
  garantia_ejecutada: 'garantía ejecutada (cuota social)',
} as const;

/** The effects on the case itself (deadlines, dates, closing): run after the event exists. */
export function runCaseEffects(
  ctx: ServiceContext,
  c: repo.CaseRecord,
  effects: Effect[],
  eventId: number,
  date: string,
): void {
  const now = ctx.now().toISOString();
  const clear = (kind: repo.CaseDeadlineRecord['kind']) => {
    const pending = repo.pendingDeadline(ctx.db, c.id, kind);
    if (pending) repo.clearDeadline(ctx.db, pending.id, date, eventId);
  };
  for (const e of effects) {
    if (e.kind === 'set_deadline') {
      clear(e.deadline);
      repo.insertDeadline(ctx.db, {
        caseId: c.id,
        kind: e.deadline,
        meaning: e.meaning,
        label: e.label,
        dueOn: e.dueOn,
        setByEventId: eventId,
        createdAt: now,
      });
    } else if (e.kind === 'clear_deadline') {
      clear(e.deadline);
    } else if (e.kind === 'record_date') {
      repo.updateCase(ctx.db, c.id, { facturasSentOn: e.date, updatedAt: now });
    } else if (e.kind === 'record_impagables') {
      // Rows of the report only: the ledger keeps each invoice's balance until a nota de crédito.
      repo.insertImpagables(
        ctx.db,
        e.lines.map((l) => ({
          caseId: c.id,
          eventId,
          invoiceId: l.invoiceId,
          concepto: l.concepto,
          amountCents: l.amountCents,
          motivo: l.motivo,
          declaredOn: date,
          createdAt: now,
        })),
      );
    } else if (e.kind === 'close_case') {
      for (const d of repo.deadlinesOf(ctx.db, c.id))
        if (d.clearedOn === null) repo.clearDeadline(ctx.db, d.id, date, eventId);
      repo.updateCase(ctx.db, c.id, {
        closeReason: e.reason,
        closedOn: date,
        impagableMotivo: e.motivo ?? '',
        updatedAt: now,
      });
    }
  }
}
