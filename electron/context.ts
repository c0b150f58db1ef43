/**
 * What every service receives: the open database (already inside the
 * command's transaction), an injected clock, and an event sink for progress.
 */
import type { Db, Sqlite } from '../db/open';

export interface ServiceContext {
  db: Db;
  sqlite: Sqlite;
  /** The current instant (injected so tests pin time). */
  now(): Date;
  /** Today's calendar date, YYYY-MM-DD, in the workstation's local time zone. */
  today(): string;
  /** Progress and notifications for the screen: IPC event, SSE or CLI stderr. */
  emit(event: string, payload: unknown): void;
}

export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
