import type { ReadableDb } from '../open';
/** Letter templates (versioned, append-only) and per-type numbering settings. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { documentTypeSettings, memoAddressees, templates } from '../schema';

export type TemplateRecord = typeof templates.$inferSelect;

export function latestTemplate(db: ReadableDb, docType: string): TemplateRecord | undefined {
  return db
    .select()
    .from(templates)
    .where(eq(templates.docType, docType))
    .orderBy(desc(templates.version))
    .limit(1)
    .get();
}

export function templateById(db: Db, id: number): TemplateRecord | undefined {
  return db.select().from(templates).where(eq(templates.id, id)).get();
}

export function templateVersion(db: Db, docType: string, version: number): TemplateRecord | undefined {
  return db
    .select()
    .from(templates)
    .where(and(eq(templates.docType, docType), eq(templates.version, version)))
    .get();
}

export function templateHistory(db: ReadableDb, docType: string) {
  return db
    .select({ version: templates.version, note: templates.note, createdAt: templates.createdAt })
    .from(templates)
    .where(eq(templates.docType, docType))
    .orderBy(desc(templates.version))
    .all();
}

export function insertTemplate(db: Db, values: Omit<typeof templates.$inferInsert, 'id'>): TemplateRecord {
  return db.insert(templates).values(values).returning().get();
}

export function numberingOf(db: ReadableDb, docType: string) {
  return db.select().from(documentTypeSettings).where(eq(documentTypeSettings.docType, docType)).get();
}

export function allNumbering(db: Db) {
  return db.select().from(documentTypeSettings).all();
}

export type MemoAddressee = Omit<typeof memoAddressees.$inferSelect, 'docType' | 'updatedAt'>;

export function memoAddresseeOf(db: ReadableDb, docType: string): MemoAddressee | null {
  const r = db.select().from(memoAddressees).where(eq(memoAddressees.docType, docType)).get();
  return r ? { title: r.title, name: r.name, position: r.position, institution: r.institution } : null;
}

/** Saves the default addressee of a memorándum type; an empty name removes it. */
export function saveMemoAddressee(db: Db, docType: string, a: MemoAddressee, updatedAt: string): void {
  if (!a.name) {
    db.delete(memoAddressees).where(eq(memoAddressees.docType, docType)).run();
    return;
  }
  db.insert(memoAddressees)
    .values({ docType, ...a, updatedAt })
    .onConflictDoUpdate({ target: memoAddressees.docType, set: { ...a, updatedAt } })
    .run();
}

export function upsertNumbering(
  db: Db,
  docType: string,
  numberFormat: string,
  series: string,
  updatedAt: string,
): void {
  db.insert(documentTypeSettings)
    .values({ docType, numberFormat, series, updatedAt })
    .onConflictDoUpdate({ target: documentTypeSettings.docType, set: { numberFormat, series, updatedAt } })
    .run();
}
