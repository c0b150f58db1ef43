/**
 * The conciliación session with one debtor (domain README §Conciliación): its statement imported once and kept as parsed, our
 * side read from the ledger each time (so the cruce shows today's balances), and the balances agreed per row
 * (the latest per key in force). The classes and the agreed balance are the pure rules of
 * shared/domain/cartera/conciliacion; this module only reads, stores and refuses before writing.
 */
import { createHash } from 'node:crypto';
import type {
  ConciliationListRow,
  ConciliationSource,
  ConciliationView,
  ConciliationViewRow,
} from '../../../shared/api/conciliaciones';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { ConciliacionSessionErrorCodes } from '../../../shared/api/errors-conciliaciones';
import {
  agreedBalance,
  classify,
  CLASS_LABELS,
  normalizeInvoiceKey,
  type ConciliationResult,
  type OurInvoice,
  type StatementLine,
} from '../../../shared/domain/cartera/conciliacion';
import { formatDate } from '../../../shared/domain/dates';
import type { Cents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/conciliaciones';
import type { ReadContext, ServiceContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { readStatement } from './statement';

function keyOrNull(number: string, defaultPrefix: string): string | null {
  try {
    return normalizeInvoiceKey(number, defaultPrefix);
  } catch {
    return null; // classify refuses it with its own message
  }
}

/**
 * Our side of the cruce: the invoices with a balance, those their statement lists (one we consider paid but they
 * list must be compared) and those already given an agreed value (so a value in force keeps its row).
 */
function oursFor(
  ctx: ReadContext,
  counterpartyId: number,
  lines: readonly StatementLine[],
  defaultPrefix: string,
  agreedKeys: ReadonlySet<string>,
): OurInvoice[] {
  const theirKeys = new Set(lines.map((l) => keyOrNull(l.number, defaultPrefix)));
  return repo.receivableFigures(ctx.sqlite, counterpartyId).filter((o) => {
    const key = keyOrNull(o.number, defaultPrefix);
    return o.balanceCents !== 0 || key === null || theirKeys.has(key) || agreedKeys.has(key);
  });
}

interface Session {
  record: repo.ConciliationRecord;
  counterpartyName: string;
  result: ConciliationResult;
  values: Map<string, repo.ConciliationValueRecord>;
  acta: repo.ConciliationActaRecord | undefined;
}

function sessionOf(ctx: ReadContext, id: number): Session {
  const record = repo.getConciliation(ctx.db, id);
  if (!record) throw new DomainError(ErrorCodes.notFound, `No existe la conciliación con identificador ${id}.`);
  const lines = JSON.parse(record.lines) as StatementLine[];
  const values = new Map(repo.valuesInForce(ctx.sqlite, id).map((v) => [v.key, v]));
  const ours = oursFor(ctx, record.counterpartyId, lines, record.defaultPrefix, new Set(values.keys()));
  const result = classify(ours, lines, { defaultPrefix: record.defaultPrefix });
  const counterpartyName = requireCounterparty(ctx, record.counterpartyId).name;
  return { record, counterpartyName, result, values, acta: repo.actaOf(ctx.db, id) };
}

function agreedMap(values: Map<string, repo.ConciliationValueRecord>): Map<string, Cents> {
  return new Map([...values].map(([k, v]) => [k, v.agreedCents]));
}

function viewOf(s: Session): ConciliationView {
  const agreed = agreedBalance(s.result, agreedMap(s.values));
  const rows: ConciliationViewRow[] = s.result.rows.map((r) => {
    const v = s.values.get(r.key);
    return { ...r, label: CLASS_LABELS[r.class], agreedCents: v?.agreedCents ?? null, agreedNote: v?.note ?? null };
  });
  const { record: c } = s;
  return {
    id: c.id,
    counterpartyId: c.counterpartyId,
    counterpartyName: s.counterpartyName,
    statementDate: c.statementDate,
    source: c.source,
    fileName: c.fileName,
    defaultPrefix: c.defaultPrefix,
    createdAt: c.createdAt,
    rows,
    totals: s.result.totals,
    agreed: {
      ourTotalCents: agreed.ourTotalCents,
      agreedTotalCents: agreed.agreedTotalCents,
      adjustmentTotalCents: agreed.adjustmentTotalCents,
      adjustments: agreed.adjustments,
      requiresRegistration: agreed.requiresRegistration,
    },
    acta: s.acta
      ? { number: s.acta.number, date: s.acta.date, postingId: s.acta.postingId, pdfAssetId: s.acta.pdfAssetId }
      : null,
  };
}

export function getConciliation(ctx: ReadContext, id: number): ConciliationView {
  return viewOf(sessionOf(ctx, id));
}

export function listConciliations(ctx: ReadContext, counterpartyId?: number): ConciliationListRow[] {
  if (counterpartyId !== undefined) requireCounterparty(ctx, counterpartyId);
  return repo.listConciliations(ctx.db, counterpartyId);
}

/** Refusals before the statement is read (either import): a date after today, an unknown debtor. */
export function checkStatementHeader(
  ctx: ReadContext,
  input: { counterpartyId: number; statementDate: string },
): { id: number; name: string; taxId: string } {
  if (input.statementDate > ctx.today()) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.fechaFutura,
      `La fecha del estado (${formatDate(input.statementDate)}) es posterior a hoy: indique la fecha en que la entidad lo emitió.`,
      { statementDate: input.statementDate },
    );
  }
  return requireCounterparty(ctx, input.counterpartyId);
}

/** The statement as read, whatever the file: what the conciliación stores. */
export interface ReadStatementFile {
  source: ConciliationSource;
  fileName: string;
  fileSha256: string;
  lines: StatementLine[];
}

/**
 * Opens the conciliación with the lines read (conciliaciones.import and importMapped): classified before anything
 * is written, so a statement the rules refuse is not stored.
 */
export function openConciliation(
  ctx: ServiceContext,
  input: { counterpartyId: number; statementDate: string; defaultPrefix: string },
  statement: ReadStatementFile,
): ConciliationView {
  const cp = checkStatementHeader(ctx, input);
  const { lines } = statement;
  const defaultPrefix = input.defaultPrefix.trim();
  classify(oursFor(ctx, cp.id, lines, defaultPrefix, new Set()), lines, { defaultPrefix });
  const row = repo.insertConciliation(ctx.db, {
    counterpartyId: cp.id,
    statementDate: input.statementDate,
    source: statement.source,
    fileName: statement.fileName,
    fileSha256: statement.fileSha256,
    lines: JSON.stringify(lines),
    defaultPrefix,
    createdAt: ctx.now().toISOString(),
  });
  return getConciliation(ctx, row.id);
}

export function importConciliation(ctx: ServiceContext, input: ParsedInput<'conciliaciones.import'>): ConciliationView {
  const cp = checkStatementHeader(ctx, input);
  const bytes = Buffer.from(input.file.dataBase64, 'base64');
  const { source, lines } = readStatement(input.file.fileName, bytes, cp);
  return openConciliation(ctx, input, {
    source,
    fileName: input.file.fileName,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    lines,
  });
}

/** Refuses once the acta closed the conciliación: what it printed and posted is final. */
export function assertNoActa(acta: { number: string; date: string } | null | undefined, what: string): void {
  if (acta) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.conActa,
      `La conciliación ya tiene el acta ${acta.number} del ${formatDate(acta.date)}: ${what}.`,
      { number: acta.number },
    );
  }
}

export function agree(ctx: ServiceContext, input: ParsedInput<'conciliaciones.agree'>): ConciliationView {
  const s = sessionOf(ctx, input.id);
  assertNoActa(s.acta, 'no admite nuevos valores acordados; importe un nuevo estado para conciliar otra vez');
  // The key as the view shows it ("FE|1001"), or an invoice number as written ("FE-1001").
  const key = s.result.rows.some((r) => r.key === input.key)
    ? input.key
    : (keyOrNull(input.key, s.record.defaultPrefix) ?? input.key);
  const row = s.result.rows.find((r) => r.key === key);
  if (!row) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.claveDesconocida,
      `La factura ${input.key.replace('|', ' ')} no está en esta conciliación.`,
      { key: input.key },
    );
  }
  if (row.ourInvoiceId === null) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.sinFacturaNuestra,
      `La factura ${row.number} no está en nuestra cartera (${CLASS_LABELS[row.class].toLowerCase()}): regístrela primero y luego acuerde su saldo.`,
      { key },
    );
  }
  // The pure rule refuses a value it cannot take (above the invoice's value): before inserting.
  agreedBalance(s.result, agreedMap(s.values).set(key, input.agreedCents));
  repo.insertValue(ctx.db, {
    conciliationId: input.id,
    key,
    agreedCents: input.agreedCents,
    note: input.note,
    createdAt: ctx.now().toISOString(),
  });
  return getConciliation(ctx, input.id);
}
