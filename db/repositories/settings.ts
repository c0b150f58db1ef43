/** Institution profile, signatories, reference units and binary assets. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { assets, institution, referenceUnits, signatories } from '../schema';

export type InstitutionRow = typeof institution.$inferSelect;
export type InstitutionValues = Omit<typeof institution.$inferInsert, 'id'>;

export function getInstitution(db: Db): InstitutionRow | undefined {
  return db.select().from(institution).where(eq(institution.id, 1)).get();
}

export function upsertInstitution(db: Db, values: InstitutionValues): InstitutionRow {
  return db
    .insert(institution)
    .values({ ...values, id: 1 })
    .onConflictDoUpdate({ target: institution.id, set: values })
    .returning()
    .get();
}

export function listSignatories(db: Db) {
  return db.select().from(signatories).orderBy(asc(signatories.sortOrder), asc(signatories.id)).all();
}

export type SignatoryValues = Omit<typeof signatories.$inferInsert, 'id' | 'createdAt'>;

export function insertSignatory(db: Db, values: SignatoryValues, createdAt: string) {
  return db.insert(signatories).values({ ...values, createdAt }).returning().get();
}

export function updateSignatory(db: Db, id: number, values: Partial<SignatoryValues>) {
  return db.update(signatories).set(values).where(eq(signatories.id, id)).returning().get();
}

export function listReferenceUnits(db: Db) {
  return db.select().from(referenceUnits).orderBy(asc(referenceUnits.kind), asc(referenceUnits.year)).all();
}

export function upsertReferenceUnit(db: Db, kind: 'SMMLV' | 'UMA' | 'SM', year: number, valueCents: number, updatedAt: string) {
  db.insert(referenceUnits)
    .values({ kind, year, valueCents, updatedAt })
    .onConflictDoUpdate({ target: [referenceUnits.kind, referenceUnits.year], set: { valueCents, updatedAt } })
    .run();
}

export function insertAsset(db: Db, values: Omit<typeof assets.$inferInsert, 'id'>) {
  return db.insert(assets).values(values).returning({ id: assets.id }).get();
}

export function getAsset(db: Db, id: number) {
  return db.select().from(assets).where(eq(assets.id, id)).get();
}
