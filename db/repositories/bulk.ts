/**
 * Bulk writes for the big demo and benchmarks: prepared statements, no ORM
 * round trips, the caller groups rows into large transactions. The ledger
 * triggers still run on every row (sign rules, reversal pairing, the balance
 * projection): bulk data is held to the same guard as a person's commands.
 * Only the durability pragmas are relaxed while loading (see tuneForBulkLoad).
 */
import type { Sqlite } from '../open';
import type { PostingHeader } from './ledger';
import { sumCents } from '../../shared/domain/money';

export interface BulkCounterparty {
  kind: string;
  name: string;
  shortName: string;
  taxId: string;
  naturalezaJuridica: string | null;
  abbreviation: string;
  city: string;
  stateName: string;
  intervenida: boolean;
  enLiquidacion: boolean;
  bdme: boolean;
}

export interface BulkInvoice {
  counterpartyId: number;
  direction: 'receivable' | 'payable';
  number: string;
  concept: string;
  period: string | null;
  issueDate: string;
  radicacionDate: string | null;
  dueDate: string;
  amountCents: number;
}

export type BulkPosting = PostingHeader;

export interface BulkEntry {
  invoiceId: number;
  kind: 'cargo' | 'abono' | 'nota_credito' | 'nota_debito' | 'reversal';
  /** Signed: + raises what is owed. */
  amountCents: number;
  date: string;
  reference: string;
  memo: string;
  reversesEntryId: number | null;
  reason: string;
}

export interface BulkWriter {
  counterparty(values: BulkCounterparty): number;
  /** Inserts the invoice (its trigger opens the balance row) and returns its id. */
  invoice(values: BulkInvoice): number;
  /** Inserts one posting with its entries; returns the ids in order. */
  posting(posting: BulkPosting, entries: readonly BulkEntry[]): { postingId: number; entryIds: number[] };
  /** Runs fn in one IMMEDIATE transaction. */
  transaction<T>(fn: () => T): T;
}

const rowId = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);

export function createBulkWriter(sqlite: Sqlite, createdAt: string): BulkWriter {
  const insCounterparty = sqlite.prepare(
    `INSERT INTO counterparties (kind, name, short_name, tax_id, naturaleza_juridica, abbreviation, city, state_name, intervenida, en_liquidacion, bdme, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insInvoice = sqlite.prepare(
    `INSERT INTO invoices (counterparty_id, direction, number, concept, period, issue_date, radicacion_date, due_date, amount_cents, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insPosting = sqlite.prepare(
    `INSERT INTO postings (idempotency_key, request_hash, method, date, reference, memo, entry_count, net_cents, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insEntry = sqlite.prepare(
    `INSERT INTO ledger_entries (posting_id, invoice_id, kind, amount_cents, date, reference, memo, reverses_entry_id, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return {
    counterparty: (v) =>
      rowId(
        insCounterparty.run(
          v.kind,
          v.name,
          v.shortName,
          v.taxId,
          v.naturalezaJuridica,
          v.abbreviation,
          v.city,
          v.stateName,
          v.intervenida ? 1 : 0,
          v.enLiquidacion ? 1 : 0,
          v.bdme ? 1 : 0,
          createdAt,
          createdAt,
        ),
      ),
    invoice: (v) =>
      rowId(
        insInvoice.run(
          v.counterpartyId,
          v.direction,
          v.number,
          v.concept,
          v.period,
          v.issueDate,
          v.radicacionDate,
          v.dueDate,
          v.amountCents,
          createdAt,
        ),
      ),
    posting: (p, entries) => {
      if (entries.length === 0) throw new Error('Un asiento necesita al menos un movimiento.');
      const net = entries.length === 1 ? entries[0]!.amountCents : sumCents(entries.map((e) => e.amountCents));
      const postingId = rowId(
        insPosting.run(
          p.idempotencyKey,
          p.requestHash,
          p.method,
          p.date,
          p.reference,
          p.memo,
          entries.length,
          net,
          createdAt,
        ),
      );
      const entryIds = entries.map((e) =>
        rowId(
          insEntry.run(
            postingId,
            e.invoiceId,
            e.kind,
            e.amountCents,
            e.date,
            e.reference,
            e.memo,
            e.reversesEntryId,
            e.reason,
            createdAt,
          ),
        ),
      );
      return { postingId, entryIds };
    },
    transaction: <T>(fn: () => T): T => sqlite.transaction(fn).immediate(),
  };
}

/**
 * Loading pragmas: a rollback journal kept in memory instead of the WAL (each
 * page is written once, not twice), no fsync per commit and a large page
 * cache. A failed statement still rolls its transaction back; a crash while
 * loading can corrupt the generated file (it is regenerated), never weaken
 * the invariants: triggers and foreign keys stay on. Needs the only open
 * connection to the file. Returns a function that restores WAL mode and the
 * app's pragmas.
 */
export function tuneForBulkLoad(sqlite: Sqlite): () => void {
  const before = {
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    synchronous: sqlite.pragma('synchronous', { simple: true }) as number,
    cacheSize: sqlite.pragma('cache_size', { simple: true }) as number,
  };
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = MEMORY');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -524288');
  sqlite.pragma('temp_store = MEMORY');
  return () => {
    sqlite.pragma(`journal_mode = ${before.journalMode}`);
    sqlite.pragma(`synchronous = ${before.synchronous}`);
    sqlite.pragma(`cache_size = ${before.cacheSize}`);
  };
}
