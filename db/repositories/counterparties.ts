import type { ReadableDb, ReadableSqlite } from '../open';
/** Counterparties (entidades / responsables de pago). */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { counterparties } from '../schema';

export type CounterpartyRecord = typeof counterparties.$inferSelect;
export type CounterpartyValues = Omit<typeof counterparties.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export interface CounterpartyQuery {
  search?: string | undefined;
  kind?: string | undefined;
  includeInactive: boolean;
  limit: number;
  offset: number;
}

function where(q: Omit<CounterpartyQuery, 'limit' | 'offset'>): SQL | undefined {
  const conds: SQL[] = [];
  if (!q.includeInactive) conds.push(eq(counterparties.active, true));
  if (q.kind) conds.push(eq(counterparties.kind, q.kind));
  if (q.search) {
    // fold_text() is registered on the connection (db/functions.ts): accent- and case-insensitive.
    // Typed % and _ are literal characters, not wildcards.
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      sql`(fold_text(${counterparties.name}) LIKE fold_text(${like}) ESCAPE '\\' OR fold_text(${counterparties.shortName}) LIKE fold_text(${like}) ESCAPE '\\'
        OR ${counterparties.abbreviation} LIKE ${like} ESCAPE '\\' OR ${counterparties.taxId} LIKE ${like} ESCAPE '\\' OR ${counterparties.inegiCode} = ${q.search})`,
    );
  }
  return conds.length ? and(...conds) : undefined;
}

export function listCounterparties(db: ReadableDb, q: CounterpartyQuery) {
  const rows = db
    .select({
      id: counterparties.id,
      kind: counterparties.kind,
      name: counterparties.name,
      abbreviation: counterparties.abbreviation,
      inegiCode: counterparties.inegiCode,
      taxId: counterparties.taxId,
      addresseeName: counterparties.addresseeName,
      city: counterparties.city,
      naturalezaJuridica: counterparties.naturalezaJuridica,
      intervenida: counterparties.intervenida,
      enLiquidacion: counterparties.enLiquidacion,
      bdme: counterparties.bdme,
      active: counterparties.active,
    })
    .from(counterparties)
    .where(where(q))
    .orderBy(asc(counterparties.inegiCode), asc(counterparties.name), asc(counterparties.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(counterparties)
      .where(where(q))
      .get()?.n ?? 0;
  return { rows, total };
}

export function getCounterparty(db: ReadableDb, id: number): CounterpartyRecord | undefined {
  return db.select().from(counterparties).where(eq(counterparties.id, id)).get();
}

/** What the estado de cuenta import matches payers on: every counterparty, active or not. */
export interface PayerRecord {
  id: number;
  name: string;
  short_name: string;
  abbreviation: string;
  tax_id: string;
  active: number;
  inegi_code: string | null;
}

export function allPayers(sqlite: ReadableSqlite): PayerRecord[] {
  return sqlite
    .prepare(`SELECT id, name, short_name, abbreviation, tax_id, active, inegi_code FROM counterparties`)
    .all() as PayerRecord[];
}

/** The counterparty's INEGI state code (null when it is not an entidad federativa); the counterparty must exist. */
export function inegiCodeOf(sqlite: ReadableSqlite, id: number): string | null {
  const cp = sqlite.prepare(`SELECT inegi_code FROM counterparties WHERE id = ?`).get(id) as {
    inegi_code: string | null;
  };
  return cp.inegi_code;
}

export function insertCounterparty(db: Db, values: CounterpartyValues, now: string): CounterpartyRecord {
  return db
    .insert(counterparties)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function updateCounterparty(
  db: Db,
  id: number,
  values: Partial<CounterpartyValues>,
  now: string,
): CounterpartyRecord | undefined {
  return db
    .update(counterparties)
    .set({ ...values, updatedAt: now })
    .where(eq(counterparties.id, id))
    .returning()
    .get();
}

export function countCounterparties(db: ReadableDb): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(counterparties)
      .where(eq(counterparties.active, true))
      .get()?.n ?? 0
  );
}

/** Which of the 32 seeded entidades federativas are active: all but our own in MX, none in CO. */
export function activateEntidades(db: Db, profile: 'MX' | 'CO', ownStateCode: string | null, now: string): void {
  db.update(counterparties)
    .set({
      active: sql`CASE WHEN ${profile} = 'MX' AND ${counterparties.inegiCode} IS NOT ${ownStateCode} THEN 1 ELSE 0 END`,
      updatedAt: now,
    })
    .where(eq(counterparties.kind, 'entidad_federativa'))
    .run();
}
