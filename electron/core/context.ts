/**
 * What every service receives: the open database (already inside the
 * command's transaction), an injected clock, and an event sink for progress.
 * Reads get a ReadContext, writes a ServiceContext (see shared/api/method.ts).
 */
import type { Db, ReadableDb, ReadableSqlite, Sqlite } from '../../db/open';

/** What a read handler receives: the same, with a database handle that cannot write. */
export interface ReadContext {
  db: ReadableDb;
  sqlite: ReadableSqlite;
  /** The current instant (injected so tests pin time). */
  now(): Date;
  /** The business date, YYYY-MM-DD: the workstation's local calendar date, or the date a host pinned (--today). */
  today(): string;
  /** True when a host pinned the business date (tests, demos, reproducing a deadline); the desktop app never does. */
  todayPinned: boolean;
  /** Progress and notifications for the screen: IPC event, SSE or CLI stderr. */
  emit(event: string, payload: unknown): void;
  /** Folder beside the database file: exports are written under it. */
  dataDir: string;
  /** Running jobs (long work), to cancel one from another call. */
  jobs: { cancel(jobId: string): boolean };
}

/** What a write handler receives: the open database inside the command's IMMEDIATE transaction. */
export interface ServiceContext extends ReadContext {
  db: Db;
  sqlite: Sqlite;
}

/**
 * What a job handler (PDF rendering, batches, exports) receives: no open
 * transaction, but short ones on demand; progress events; cancellation.
 */
export interface JobContext {
  now(): Date;
  today(): string;
  dataDir: string;
  jobId: string;
  /** Runs fn in a read-only (DEFERRED, query_only) transaction. */
  read<T>(fn: (ctx: ReadContext) => T): T;
  /** Runs fn in a write (IMMEDIATE) transaction: all of it or nothing. */
  write<T>(fn: (ctx: ServiceContext) => T): T;
  /** Emits 'job.progress' {jobId, method, done, total, label}. */
  progress(done: number, total: number, label?: string): void;
  readonly signal: AbortSignal;
  /** Throws the Spanish "cancelled" error once the user asked to cancel. */
  checkCancelled(): void;
}

/** The business date: the pinned one when a host set it, else the local calendar date of `now()`. */
export function businessDate(now: () => Date, pinned: string | undefined): () => string {
  return pinned ? () => pinned : () => localDate(now());
}

/**
 * A report «al» a date before today reads balances from the entries dated up
 * to it; today's (or a later one) from the ledger's projection.
 */
export function isPastCut(ctx: Pick<ServiceContext, 'today'>, asOf: string): boolean {
  return asOf < ctx.today();
}

export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
