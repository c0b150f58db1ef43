/**
 * What an acuerdo de pago writes in the ledger, so that the balance of its
 * invoices is always what the debtor owes under the agreement:
 *
 * - at signing, one posting (the command's idempotency key) of notas débito
 *   per invoice: its share of the interest of mora, of the costs, and of the
 *   intereses de plazo of the whole schedule. Σ of the invoices' balances then
 *   equals Σ of the cuotas (debt + intereses de plazo).
 *
 *   Choice for the intereses de plazo: **all at signing**, because the signed
 *   schedule makes them owed on the cuotas' dates, and so the ledger balance
 *   equals the schedule's unpaid balance at every moment (each payment is an
 *   abono of the same amount). The alternative (a nota débito as each cuota's
 *   interest is paid) would leave the ledger below what the agreement says is
 *   owed. What is never earned is given back: on aceleración, the intereses de
 *   plazo of the cuotas not yet due that day (agreementStatus'
 *   unearnedInterestCents) become one nota crédito, so the ledger balance is
 *   the whole balance due at once.
 * - each payment: one posting of abonos over the invoices, oldest obligation
 *   first, each up to its balance.
 *
 * Every split (interest by exact interest, costs and intereses de plazo by
 * capital: splitCents) sums exactly to its whole. Each nota has its
 * nota_details row: tipo below, soporte = the agreement's folio.
 */
import { DomainError } from '../../../shared/api/errors';
import type { TIPOS_NOTA_ACUERDO } from '../../../shared/domain/cartera/nota-credito';
import { splitCents, sumCents, type Cents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/agreements';
import * as ledger from '../../../db/repositories/ledger';
import type { ServiceContext, ReadContext } from '../../core/context';
import { requestHash } from '../../core/idempotency';
import { AgreementErrorCodes, moneyFormat } from './common';

/** The tipos of TIPOS_NOTA_ACUERDO (shared/domain/cartera/nota-credito.ts), by use. */
export const NOTA_TIPOS = {
  mora: 'intereses_mora_acuerdo',
  costas: 'costas_acuerdo',
  plazo: 'intereses_plazo_acuerdo',
  noCausados: 'intereses_plazo_no_causados',
} as const satisfies Record<string, (typeof TIPOS_NOTA_ACUERDO)[number]['value']>;

type Tipo = (typeof NOTA_TIPOS)[keyof typeof NOTA_TIPOS];

interface Nota {
  invoiceId: number;
  tipo: Tipo;
  kind: 'nota_debito' | 'nota_credito';
  amountCents: Cents;
  memo: string;
}

function insertNotas(ctx: ServiceContext, header: ledger.PostingHeader, notas: Nota[]) {
  const now = ctx.now().toISOString();
  const kept = notas.filter((n) => n.amountCents > 0);
  const { posting, entries } = ledger.insertPosting(
    ctx.db,
    header,
    kept.map((n) => ({
      invoiceId: n.invoiceId,
      kind: n.kind,
      amountCents: n.kind === 'nota_debito' ? n.amountCents : -n.amountCents,
      date: header.date,
      reference: header.reference,
      memo: n.memo,
    })),
    now,
  );
  entries.forEach((e, i) => repo.insertNotaDetail(ctx.db, e.id, kept[i]!.tipo, header.reference, now));
  return { posting, entries };
}

/** Proportional shares of `total` by capital (all zero when the total is). */
function byCapital(total: Cents, capitals: Cents[]): Cents[] {
  return total === 0 ? capitals.map(() => 0) : splitCents(total, capitals);
}

export interface SigningLedger {
  idempotencyKey: string;
  requestHash: string;
  folio: string;
  date: string;
  invoices: { invoiceId: number; capitalCents: Cents; interestCents: Cents }[];
  costsCents: Cents;
  termInterestCents: Cents;
}

/** The signing posting; returns its id. */
export function postSigning(ctx: ServiceContext, s: SigningLedger): number {
  const capitals = s.invoices.map((i) => i.capitalCents);
  const costs = byCapital(s.costsCents, capitals);
  const plazo = byCapital(s.termInterestCents, capitals);
  const notas = s.invoices.flatMap((inv, i): Nota[] => [
    {
      invoiceId: inv.invoiceId,
      tipo: NOTA_TIPOS.mora,
      kind: 'nota_debito',
      amountCents: inv.interestCents,
      memo: `Intereses de mora a la firma del acuerdo ${s.folio}`,
    },
    {
      invoiceId: inv.invoiceId,
      tipo: NOTA_TIPOS.costas,
      kind: 'nota_debito',
      amountCents: costs[i]!,
      memo: `Costas del acuerdo ${s.folio}`,
    },
    {
      invoiceId: inv.invoiceId,
      tipo: NOTA_TIPOS.plazo,
      kind: 'nota_debito',
      amountCents: plazo[i]!,
      memo: `Intereses de plazo del acuerdo ${s.folio}`,
    },
  ]);
  const header = {
    idempotencyKey: s.idempotencyKey,
    requestHash: s.requestHash,
    method: 'agreements.create',
    date: s.date,
    reference: s.folio,
    memo: `Acuerdo de pago ${s.folio}`,
  };
  return insertNotas(ctx, header, notas).posting.id;
}

/** Current ledger balances of the agreement's invoices, oldest obligation first. */
export function invoiceBalances(ctx: ReadContext, agreementId: number) {
  const lines = repo.invoicesOf(ctx.db, agreementId);
  const balances = ledger.balancesOfInvoices(
    ctx.db,
    lines.map((l) => l.line.invoiceId),
  );
  return lines.map((l) => ({
    invoiceId: l.line.invoiceId,
    number: l.number,
    line: l.line,
    balanceCents: balances.get(l.line.invoiceId) ?? 0,
  }));
}

/** `amount` spread over the balances in the given order, each up to its balance; refused if they do not cover it. */
function spread(
  amount: Cents,
  balances: { invoiceId: number; balanceCents: Cents }[],
  fmt: (c: Cents) => string,
): { invoiceId: number; amountCents: Cents }[] {
  const total = sumCents(balances.map((b) => Math.max(b.balanceCents, 0)));
  if (amount > total) {
    throw new DomainError(
      AgreementErrorCodes.pagoExcedeSaldo,
      `El importe (${fmt(amount)}) supera el saldo de las facturas del acuerdo en el libro (${fmt(total)}). No se registró nada.`,
      { amountCents: amount, balanceCents: total },
    );
  }
  let left = amount;
  const out: { invoiceId: number; amountCents: Cents }[] = [];
  for (const b of balances) {
    const part = Math.min(left, Math.max(b.balanceCents, 0));
    if (part > 0) out.push({ invoiceId: b.invoiceId, amountCents: part });
    left -= part;
  }
  return out;
}

export function postAbonos(
  ctx: ServiceContext,
  p: {
    agreementId: number;
    folio: string;
    idempotencyKey: string;
    requestHash: string;
    date: string;
    amountCents: Cents;
    reference: string;
  },
) {
  const parts = spread(p.amountCents, invoiceBalances(ctx, p.agreementId), moneyFormat(ctx));
  const memo = `Pago del acuerdo ${p.folio}`;
  return ledger.insertPosting(
    ctx.db,
    {
      idempotencyKey: p.idempotencyKey,
      requestHash: p.requestHash,
      method: 'agreements.pay',
      date: p.date,
      reference: p.reference,
      memo,
    },
    parts.map((x) => ({
      invoiceId: x.invoiceId,
      kind: 'abono',
      amountCents: -x.amountCents,
      date: p.date,
      reference: p.reference,
      memo,
    })),
    ctx.now().toISOString(),
  );
}

/** On aceleración: the intereses de plazo never earned, as one nota crédito over the newest invoices first. Returns the posting id (null for 0). */
export function postUnearnedCredit(
  ctx: ServiceContext,
  a: { id: number; folio: string },
  date: string,
  amountCents: Cents,
): number | null {
  if (amountCents <= 0) return null;
  const parts = spread(amountCents, invoiceBalances(ctx, a.id).reverse(), moneyFormat(ctx));
  const method = 'agreements.aceleracion';
  // An aceleración may be annulled and recorded again later: one key per aceleración of the agreement.
  const nth = repo.eventsOf(ctx.db, a.id).filter((e) => e.kind === 'aceleracion').length + 1;
  const header = {
    idempotencyKey: `acuerdo-${a.folio}-aceleracion-${nth}`,
    requestHash: requestHash(method, { folio: a.folio, date, amountCents }),
    method,
    date,
    reference: a.folio,
    memo: `Intereses de plazo no causados por la aceleración del acuerdo ${a.folio}`,
  };
  const notas = parts.map((x): Nota => ({
    invoiceId: x.invoiceId,
    tipo: NOTA_TIPOS.noCausados,
    kind: 'nota_credito',
    amountCents: x.amountCents,
    memo: header.memo,
  }));
  return insertNotas(ctx, header, notas).posting.id;
}

/** Undoes a posting of the agreement (the unearned-interest nota crédito of an annulled aceleración) with one reversal per entry. */
export function reversePosting(
  ctx: ServiceContext,
  a: { folio: string },
  postingId: number,
  date: string,
  reason: string,
): void {
  const entries = ledger
    .entriesOfPosting(ctx.db, postingId)
    .filter((e) => e.kind !== 'reversal' && !ledger.reversalOfEntry(ctx.db, e.id));
  if (entries.length === 0) return;
  const method = 'agreements.anulacion';
  ledger.insertPosting(
    ctx.db,
    {
      idempotencyKey: `acuerdo-${a.folio}-anulacion-${postingId}`,
      requestHash: requestHash(method, { postingId, date }),
      method,
      date,
      reference: a.folio,
      memo: reason,
    },
    entries.map((e) => ({
      invoiceId: e.invoiceId,
      kind: 'reversal',
      amountCents: -e.amountCents,
      date,
      reference: e.reference,
      reversesEntryId: e.id,
      reason,
    })),
    ctx.now().toISOString(),
  );
}
