import type { ReadableDb } from '../open';
/** Etapas de cobro: the stage events of receivable invoices (insert-only; triggers refuse the rest). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../open';
import { agreements, collectionStageEvents } from '../schema';

export type StageEventRecord = typeof collectionStageEvents.$inferSelect;
export type StageEventWithFolio = StageEventRecord & { agreementFolio: string | null };

export function insertStageEvent(
  db: Db,
  values: Omit<typeof collectionStageEvents.$inferInsert, 'id'>,
): StageEventRecord {
  return db.insert(collectionStageEvents).values(values).returning().get();
}

/** Every stage event of these invoices, in the order they were recorded, with the folio of the agreement behind it. */
export function stageEventsOf(db: ReadableDb, invoiceIds: number[]): StageEventWithFolio[] {
  if (invoiceIds.length === 0) return [];
  const out: StageEventWithFolio[] = [];
  // SQLite limits bound parameters; aging details can hold thousands of invoices.
  for (let i = 0; i < invoiceIds.length; i += 900) {
    const rows = db
      .select({ e: collectionStageEvents, folio: agreements.folio })
      .from(collectionStageEvents)
      .leftJoin(agreements, eq(agreements.id, collectionStageEvents.agreementId))
      .where(inArray(collectionStageEvents.invoiceId, invoiceIds.slice(i, i + 900)))
      .orderBy(asc(collectionStageEvents.id))
      .all();
    for (const r of rows) out.push({ ...r.e, agreementFolio: r.folio });
  }
  return out.sort((a, b) => a.id - b.id);
}

export function stageEventsOfAgreement(db: ReadableDb, agreementId: number): StageEventRecord[] {
  return db
    .select()
    .from(collectionStageEvents)
    .where(eq(collectionStageEvents.agreementId, agreementId))
    .orderBy(asc(collectionStageEvents.id))
    .all();
}
