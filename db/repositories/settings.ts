import type { ReadableDb, ReadableSqlite } from '../open';
/** Institution profile, signatories, reference units and binary assets. */
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../open';
import { assets, institution, referenceUnits, signatories } from '../schema';

export type InstitutionRow = typeof institution.$inferSelect;
export type InstitutionValues = Omit<typeof institution.$inferInsert, 'id'>;

export function getInstitution(db: ReadableDb): InstitutionRow | undefined {
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

export function listSignatories(db: ReadableDb) {
  return db.select().from(signatories).orderBy(asc(signatories.sortOrder), asc(signatories.id)).all();
}

/** Ids of the first `limit` active signatories, in their order. */
export function activeSignatoryIds(sqlite: ReadableSqlite, limit: number): number[] {
  return (
    sqlite.prepare(`SELECT id FROM signatories WHERE active = 1 ORDER BY sort_order, id LIMIT ?`).all(limit) as {
      id: number;
    }[]
  ).map((s) => s.id);
}

export type SignatoryValues = Omit<typeof signatories.$inferInsert, 'id' | 'createdAt'>;

export function insertSignatory(db: Db, values: SignatoryValues, createdAt: string) {
  return db
    .insert(signatories)
    .values({ ...values, createdAt })
    .returning()
    .get();
}

export function updateSignatory(db: Db, id: number, values: Partial<SignatoryValues>) {
  return db.update(signatories).set(values).where(eq(signatories.id, id)).returning().get();
}

export function listReferenceUnits(db: ReadableDb) {
  return db.select().from(referenceUnits).orderBy(asc(referenceUnits.kind), asc(referenceUnits.year)).all();
}

export type ReferenceUnitRow = typeof referenceUnits.$inferSelect;
export type ReferenceUnitKindValue = ReferenceUnitRow['kind'];

/**
 * A year of a reference unit is inserted or corrected in place, with its
 * validity. `source` undefined keeps the one on record (a new row starts with '').
 */
export function upsertReferenceUnit(
  db: Db,
  v: {
    kind: ReferenceUnitKindValue;
    year: number;
    valueCents: number;
    validFrom: string;
    validTo: string;
    source?: string | undefined;
  },
  updatedAt: string,
) {
  const set = {
    valueCents: v.valueCents,
    validFrom: v.validFrom,
    validTo: v.validTo,
    updatedAt,
    ...(v.source === undefined ? {} : { source: v.source }),
  };
  db.insert(referenceUnits)
    .values({
      kind: v.kind,
      year: v.year,
      valueCents: v.valueCents,
      validFrom: v.validFrom,
      validTo: v.validTo,
      source: v.source ?? '',
      updatedAt,
    })
    .onConflictDoUpdate({ target: [referenceUnits.kind, referenceUnits.year], set })
    .run();
}

/** The row of a unit in force on `date` (valid_from ≤ date ≤ valid_to; the latest start if rows overlap), or undefined: the one lookup every threshold uses. */
export function referenceUnitInForce(
  db: ReadableDb,
  kind: ReferenceUnitKindValue,
  date: string,
): ReferenceUnitRow | undefined {
  return db
    .select()
    .from(referenceUnits)
    .where(and(eq(referenceUnits.kind, kind), lte(referenceUnits.validFrom, date), gte(referenceUnits.validTo, date)))
    .orderBy(desc(referenceUnits.validFrom))
    .limit(1)
    .get();
}

/** Stores a file's bytes as an asset: its size, and its SHA-256 unless given, taken from the bytes. */
export function insertAsset(
  db: Db,
  values: { kind: string; mime: string; data: Buffer; createdAt: string; sha256?: string },
): { id: number; sha256: string } {
  const sha256 = values.sha256 ?? createHash('sha256').update(values.data).digest('hex');
  const { id } = db
    .insert(assets)
    .values({ ...values, sha256, sizeBytes: values.data.length })
    .returning({ id: assets.id })
    .get();
  return { id, sha256 };
}

export function getAsset(db: ReadableDb, id: number) {
  return db.select().from(assets).where(eq(assets.id, id)).get();
}
