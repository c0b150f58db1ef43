import type { ReadableDb, ReadableSqlite } from '../open';
/** Documents (oficios, memorándums) and their timeline events. */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { counterparties, documentEvents, documents, templates } from '../schema';
import { REQUERIMIENTO_TYPES } from '../../shared/domain/portabilidad/letter-facts';
import { NUMBERED_STATUSES } from './case-timeline';

export type DocumentRecord = typeof documents.$inferSelect;
export type DocumentEventRecord = typeof documentEvents.$inferSelect;

export interface DocumentQuery {
  docType?: string | undefined;
  status?: string | undefined;
  counterpartyId?: number | undefined;
  year?: number | undefined;
  search?: string | undefined;
  caseId?: number | undefined;
  limit: number;
  offset: number;
}

function where(q: Omit<DocumentQuery, 'limit' | 'offset'>): SQL | undefined {
  const conds: SQL[] = [];
  if (q.docType) conds.push(eq(documents.docType, q.docType));
  if (q.status) conds.push(eq(documents.status, q.status as DocumentRecord['status']));
  if (q.counterpartyId) conds.push(eq(documents.counterpartyId, q.counterpartyId));
  if (q.caseId) conds.push(eq(documents.caseId, q.caseId));
  // A draft has no numbering year yet: it belongs to its date's year.
  if (q.year)
    conds.push(sql`COALESCE(${documents.year}, CAST(substr(${documents.date}, 1, 4) AS INTEGER)) = ${q.year}`);
  if (q.search) {
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      sql`(fold_text(${documents.asunto}) LIKE fold_text(${like}) ESCAPE '\\' OR ${documents.number} LIKE ${like} ESCAPE '\\')`,
    );
  }
  return conds.length ? and(...conds) : undefined;
}

export function listDocuments(db: ReadableDb, q: DocumentQuery) {
  const rows = db
    .select({
      id: documents.id,
      docType: documents.docType,
      status: documents.status,
      number: documents.number,
      date: documents.date,
      asunto: documents.asunto,
      counterpartyId: documents.counterpartyId,
      counterpartyName: sql<string>`COALESCE(${counterparties.name}, '')`,
      issuedAt: documents.issuedAt,
      updatedAt: documents.updatedAt,
    })
    .from(documents)
    .leftJoin(counterparties, eq(counterparties.id, documents.counterpartyId))
    .where(where(q))
    .orderBy(desc(documents.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(documents)
      .where(where(q))
      .get()?.n ?? 0;
  return { rows, total };
}

export function getDocument(db: ReadableDb, id: number): DocumentRecord | undefined {
  return db.select().from(documents).where(eq(documents.id, id)).get();
}

export function counterpartyName(db: ReadableDb, id: number | null): string {
  if (id === null) return '';
  return (
    db.select({ name: counterparties.name }).from(counterparties).where(eq(counterparties.id, id)).get()?.name ?? ''
  );
}

export function templateVersionOf(db: ReadableDb, templateId: number | null): number | null {
  if (templateId === null) return null;
  return db.select({ v: templates.version }).from(templates).where(eq(templates.id, templateId)).get()?.v ?? null;
}

export function insertDraft(
  db: Db,
  values: Pick<DocumentRecord, 'docType' | 'counterpartyId' | 'date' | 'asunto' | 'data'>,
  now: string,
): DocumentRecord {
  return db
    .insert(documents)
    .values({ ...values, status: 'borrador', createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function updateDocument(
  db: Db,
  id: number,
  values: Partial<Omit<DocumentRecord, 'id' | 'createdAt'>>,
): DocumentRecord {
  return db.update(documents).set(values).where(eq(documents.id, id)).returning().get()!;
}

export function deleteDraft(db: Db, id: number): void {
  db.delete(documents)
    .where(and(eq(documents.id, id), eq(documents.status, 'borrador')))
    .run();
}

/** Last consecutive used by a series in a year (0 when none). */
export function lastSeq(db: Db, series: string, year: number): number {
  return db
    .select({ n: sql<number>`COALESCE(MAX(${documents.seq}), 0)` })
    .from(documents)
    .where(and(eq(documents.series, series), eq(documents.year, year)))
    .get()!.n;
}

export function documentWithNumber(db: Db, number: string): DocumentRecord | undefined {
  return db.select().from(documents).where(eq(documents.number, number)).get();
}

export function insertEvent(db: Db, values: Omit<typeof documentEvents.$inferInsert, 'id'>): void {
  db.insert(documentEvents).values(values).run();
}

export function eventsOf(db: ReadableDb, documentId: number): DocumentEventRecord[] {
  return db
    .select()
    .from(documentEvents)
    .where(eq(documentEvents.documentId, documentId))
    .orderBy(documentEvents.id)
    .all();
}

export interface NumberedRequerimiento {
  id: number;
  number: string;
  date: string;
  data: string;
}

/** The counterparty's numbered, standing requerimientos dated up to `upTo`, oldest first (date, seq, id). */
export function requerimientosUpTo(
  sqlite: ReadableSqlite,
  counterpartyId: number,
  upTo: string,
): NumberedRequerimiento[] {
  return sqlite
    .prepare(
      `SELECT id, number, date, data FROM documents
       WHERE counterparty_id = ? AND doc_type IN (${REQUERIMIENTO_TYPES.map((t) => `'${t}'`).join(', ')})
         AND number IS NOT NULL AND status IN (${NUMBERED_STATUSES.map((s) => `'${s}'`).join(', ')}) AND date <= ?
       ORDER BY date, seq, id`,
    )
    .all(counterpartyId, upTo) as NumberedRequerimiento[];
}
