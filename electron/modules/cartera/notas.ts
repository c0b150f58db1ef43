/**
 * Notas crédito and débito on one invoice (domain README §Notas crédito and débito): a ledger entry
 * (through the posting path, so idempotency and replay work) plus its
 * nota_details row (tipo, soporte, aprobación), in the dispatcher's one
 * transaction. The 5 units / 25 % rule is shared/domain/cartera/nota-credito;
 * the unit (SMMLV, UMA mensual, salario mínimo mensual) is the institution's,
 * in force on the nota's date (../reference-unit.ts).
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { LedgerErrorCodes } from '../../../shared/api/errors-ledger';
import { NotaErrorCodes } from '../../../shared/api/errors-cartera';
import { DomainError } from '../../../shared/api/errors';
import type { NotaDetail, NotaResult } from '../../../shared/api/types-cartera-ledger';
import {
  TIPOS_NOTA_ACUERDO,
  TIPOS_NOTA_CREDITO,
  TIPOS_NOTA_DEBITO,
  validateNota,
  type NotaInput,
  type TipoNotaCredito,
  type TipoNotaDebito,
} from '../../../shared/domain/cartera/nota-credito';
import { formatDate } from '../../../shared/domain/dates';
import { signedAmount } from '../../../shared/domain/ledger';
import * as ledger from '../../../db/repositories/ledger';
import * as repo from '../../../db/repositories/cartera-ledger';
import type { ServiceContext, ReadContext } from '../../core/context';
import { thresholdUnitAt } from '../settings/reference-unit';
import { findReplay, requestHash } from '../../core/idempotency';
import { postingResult } from '../ledger/service';
import { storeScan } from '../bitacora/scans';
import { assertNotFuture, moneyFormatter, requireInvoice } from './guards';
import { assertNotInAgreement } from '../agreements/lock';

const METHOD = 'ledger.registerNota';

export { NotaErrorCodes };

const TIPO_LABELS = new Map<string, string>(
  [...TIPOS_NOTA_CREDITO, ...TIPOS_NOTA_DEBITO, ...TIPOS_NOTA_ACUERDO].map((t) => [t.value, t.label]),
);

function toDetail(row: ReturnType<typeof repo.notaDetailsOfInvoice>[number]): NotaDetail {
  const d = row.detail;
  return {
    entryId: d.entryId,
    invoiceId: row.invoiceId,
    kind: row.kind as NotaDetail['kind'],
    tipo: d.tipo,
    tipoLabel: TIPO_LABELS.get(d.tipo) ?? d.tipo,
    supportReference: d.supportReference,
    supportAssetId: d.supportAssetId,
    approval: d.approvedBy
      ? { approvedBy: d.approvedBy, reference: d.approvalReference ?? '', date: d.approvedOn ?? '' }
      : null,
  };
}

/** The notas of an invoice with their tipo, soporte and aprobación (for the invoice detail). */
export function notasOfInvoice(ctx: ReadContext, invoiceId: number): NotaDetail[] {
  return repo.notaDetailsOfInvoice(ctx.db, invoiceId).map(toDetail);
}

function resultOf(ctx: ServiceContext, postingId: number, replayed: boolean): NotaResult {
  const result = postingResult(ctx, postingId, replayed);
  const [row] = repo.notaDetailsOfEntries(
    ctx.db,
    result.entries.map((e) => e.id),
  );
  return { ...result, nota: toDetail(row!) };
}

/** The pure rule (soporte, 5 units / 25 %, approval), with the unit in force on the nota's date when it matters. */
function checkRule(ctx: ServiceContext, input: NotaLine, invoiceAmountCents: number, fmt: (c: number) => string): void {
  let nota: NotaInput;
  if (input.kind === 'nota_debito') {
    nota = {
      clase: 'debito',
      tipo: input.tipo as TipoNotaDebito,
      amountCents: input.amountCents,
      supportReference: input.supportReference,
    };
  } else {
    // Only error administrativo has limits; the unit is needed (and must exist) only then.
    const unit = input.tipo === 'error_administrativo' ? thresholdUnitAt(ctx, input.date) : null;
    nota = {
      clase: 'credito',
      tipo: input.tipo as TipoNotaCredito,
      amountCents: input.amountCents,
      invoiceAmountCents,
      unitCents: unit?.valueCents ?? 1,
      unitPluralLabel: unit?.pluralLabel ?? '',
      supportReference: input.supportReference,
      approvalRecorded: input.approval !== null,
    };
  }
  const [first] = validateNota(nota, { formatAmount: fmt }).errores;
  if (first) {
    const what =
      first.codigo === 'nota/aprobacion-requerida'
        ? ' Registre la aprobación: quién la aprobó, el documento (acta o resolución) y su fecha.'
        : '';
    throw new DomainError(first.codigo, `${first.mensaje}${what} No se registró la nota.`, { campo: first.campo });
  }
}

/** One nota as the checks and the posting see it (the API input, or one line of an acta de depuración). */
export type NotaLine = Pick<
  ParsedInput<typeof METHOD>,
  'invoiceId' | 'kind' | 'tipo' | 'amountCents' | 'date' | 'supportReference' | 'memo' | 'approval'
>;

/** Every refusal of a nota before writing; `pendingCents` is what earlier lines of the same posting moved on its invoice. */
function checkNota(ctx: ServiceContext, input: NotaLine, pendingCents = 0): void {
  const { invoice } = requireInvoice(ctx, input.invoiceId);
  assertNotInAgreement(ctx, [invoice.id], 'una nota');
  const fmt = moneyFormatter(ctx);
  const label = input.kind === 'nota_credito' ? 'nota crédito' : 'nota débito';
  assertNotFuture(ctx, input.date, `de la ${label}`);
  if (input.date < invoice.issueDate) {
    throw new DomainError(
      LedgerErrorCodes.incoherentDate,
      `La fecha de la ${label} (${formatDate(input.date)}) es anterior a la expedición de la factura ${invoice.number} (${formatDate(invoice.issueDate)}).`,
    );
  }
  if (ledger.annulledInvoices(ctx.db, [invoice.id]).has(invoice.id)) {
    throw new DomainError(
      NotaErrorCodes.facturaAnulada,
      `La factura ${invoice.number} está anulada (su cargo fue revertido): no admite notas.`,
    );
  }
  if (input.approval) {
    assertNotFuture(ctx, input.approval.date, 'de la aprobación');
    if (input.approval.date > input.date) {
      throw new DomainError(
        NotaErrorCodes.aprobacionPosterior,
        `La aprobación (${formatDate(input.approval.date)}) no puede ser posterior a la fecha de la nota (${formatDate(input.date)}).`,
      );
    }
  }
  checkRule(ctx, input, invoice.amountCents, fmt);
  const balanceCents = (ledger.balancesOfInvoices(ctx.db, [invoice.id]).get(invoice.id) ?? 0) + pendingCents;
  if (input.kind === 'nota_credito' && input.amountCents > balanceCents) {
    throw new DomainError(
      NotaErrorCodes.excedeSaldo,
      `La nota crédito de ${fmt(input.amountCents)} excede el saldo de la factura ${invoice.number} (${fmt(balanceCents)}). No se registró la nota.`,
      { amountCents: input.amountCents, balanceCents },
    );
  }
}

/** checkNota on each line, counting what the earlier lines of the same posting move on the invoice. */
function checkNotas(ctx: ServiceContext, notas: readonly NotaLine[]): void {
  const moved = new Map<number, number>();
  for (const n of notas) {
    checkNota(ctx, n, moved.get(n.invoiceId) ?? 0);
    moved.set(n.invoiceId, (moved.get(n.invoiceId) ?? 0) + signedAmount(n.kind, n.amountCents));
  }
}

function insertNotas(
  ctx: ServiceContext,
  header: ledger.PostingHeader,
  notas: readonly NotaLine[],
  supportAssetId: number | null,
): number {
  const now = ctx.now().toISOString();
  const { posting, entries } = ledger.insertPosting(
    ctx.db,
    header,
    notas.map((n) => ({
      invoiceId: n.invoiceId,
      kind: n.kind,
      amountCents: signedAmount(n.kind, n.amountCents),
      date: n.date,
      reference: n.supportReference,
      memo: n.memo,
    })),
    now,
  );
  notas.forEach((n, i) =>
    repo.insertNotaDetail(
      ctx.db,
      {
        entryId: entries[i]!.id,
        tipo: n.tipo,
        supportReference: n.supportReference,
        supportAssetId,
        approvedBy: n.approval?.approvedBy ?? null,
        approvalReference: n.approval?.reference ?? null,
        approvedOn: n.approval?.date ?? null,
      },
      now,
    ),
  );
  return posting.id;
}

/**
 * Several notas as ONE posting (entries + nota_details), each refused as registerNota would refuse it, inside
 * the caller's write transaction (the acta de depuración posts its adjustments this way). Returns the posting id.
 */
export function postNotas(ctx: ServiceContext, header: ledger.PostingHeader, notas: readonly NotaLine[]): number {
  checkNotas(ctx, notas);
  return insertNotas(ctx, header, notas, null);
}

export function registerNota(ctx: ServiceContext, input: ParsedInput<typeof METHOD>): NotaResult {
  const hash = requestHash(METHOD, input);
  const replay = findReplay(ctx, input.idempotencyKey, METHOD, hash);
  if (replay) return resultOf(ctx, replay.id, true);
  checkNotas(ctx, [input]);
  // The scan is stored only once every check passed: a refused nota leaves no asset.
  const supportAssetId = input.scan ? storeScan(ctx, input.scan).assetId : null;
  const header = {
    idempotencyKey: input.idempotencyKey,
    requestHash: hash,
    method: METHOD,
    date: input.date,
    reference: input.supportReference,
    memo: input.memo,
  };
  return resultOf(ctx, insertNotas(ctx, header, [input], supportAssetId), false);
}
