/** The calendar of días hábiles: the user's adjustments (insert-only; a removal is a row that retires one). */
import { and, asc, isNull, notExists, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db, ReadableDb } from '../open';
import { businessDayOverrides } from '../schema';

export type BusinessDayOverrideRecord = typeof businessDayOverrides.$inferSelect;

export function insertOverride(
  db: Db,
  values: Omit<typeof businessDayOverrides.$inferInsert, 'id'>,
): BusinessDayOverrideRecord {
  return db.insert(businessDayOverrides).values(values).returning().get();
}

export function getOverride(db: ReadableDb, id: number): BusinessDayOverrideRecord | undefined {
  return db.select().from(businessDayOverrides).where(eq(businessDayOverrides.id, id)).get();
}

/** The adjustments in force: not retirements, not retired; by date, then by the order they were recorded. */
export function activeOverrides(db: ReadableDb): BusinessDayOverrideRecord[] {
  const retirement = alias(businessDayOverrides, 'retirement');
  return db
    .select()
    .from(businessDayOverrides)
    .where(
      and(
        isNull(businessDayOverrides.retiresId),
        notExists(
          db.select({ id: retirement.id }).from(retirement).where(eq(retirement.retiresId, businessDayOverrides.id)),
        ),
      ),
    )
    .orderBy(asc(businessDayOverrides.date), asc(businessDayOverrides.id))
    .all();
}
