/**
 * The bitácora's fields: their Spanish labels (the paper form's wording), the
 * column each one lives in, and the conversions between database records,
 * API rows and amendment changes. Pure.
 */
import type { BitacoraAmendment, BitacoraFields, BitacoraRow } from '../../../shared/api/types';
import type { BitacoraExportRow } from '../../adapters/excel/bitacora-row';
import type { CurrentRecord, EntryRecord, ExportRecord } from '../../../db/repositories/bitacora';

export type FieldKey = keyof BitacoraFields;
export type FieldValue = string | number | null;

/** In the paper form's order, then the extra fields. `column` is the column of bitacora_entries. */
export const FIELDS: readonly { key: FieldKey; column: string; label: string }[] = [
  { key: 'asunto', column: 'asunto', label: 'Asunto' },
  { key: 'documentNumber', column: 'document_number', label: 'Docto' },
  { key: 'documentDate', column: 'document_date', label: 'Fecha' },
  { key: 'addressedTo', column: 'addressed_to', label: 'Dirigido a' },
  { key: 'entity', column: 'entity', label: 'Estado' },
  { key: 'fromParty', column: 'from_party', label: 'De parte de' },
  { key: 'deliveredBy', column: 'delivered_by', label: 'Entregó' },
  { key: 'deliveryDate', column: 'delivery_date', label: 'Fecha de entrega' },
  { key: 'origin', column: 'origin', label: 'Lugar de origen' },
  { key: 'folder', column: 'folder', label: 'Carpeta' },
  { key: 'observations', column: 'observations', label: 'Observaciones' },
  { key: 'caseRef', column: 'case_ref', label: 'Expediente' },
  { key: 'docKind', column: 'doc_kind', label: 'Tipo de documento' },
  { key: 'direction', column: 'direction', label: 'Dirección' },
  { key: 'counterpartyId', column: 'counterparty_id', label: 'Entidad' },
];

export const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
export const FIELD_BY_COLUMN = new Map(FIELDS.map((f) => [f.column, f]));

/** "2026-0042": the year and the folio padded to four digits. */
export function volanteOf(year: number, folio: number): string {
  return `${year}-${String(folio).padStart(4, '0')}`;
}

export function fieldsOf(r: EntryRecord | CurrentRecord): BitacoraFields {
  return {
    direction: r.direction,
    asunto: r.asunto,
    documentNumber: r.documentNumber,
    documentDate: r.documentDate,
    addressedTo: r.addressedTo,
    entity: r.entity,
    counterpartyId: r.counterpartyId,
    fromParty: r.fromParty,
    deliveredBy: r.deliveredBy,
    deliveryDate: r.deliveryDate,
    origin: r.origin,
    folder: r.folder,
    observations: r.observations,
    caseRef: r.caseRef,
    docKind: r.docKind,
  };
}

export function rowOf(r: CurrentRecord & { attachmentCount: number }): BitacoraRow {
  return {
    id: r.id,
    year: r.year,
    folio: r.folio,
    volante: volanteOf(r.year, r.folio),
    ...fieldsOf(r),
    documentId: r.documentId,
    amendmentCount: r.amendmentCount,
    attachmentCount: r.attachmentCount,
    createdAt: r.createdAt,
  };
}

/** Text fields trimmed; undefined (not given) left out. */
function normalized(value: unknown): FieldValue | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim();
  return value as FieldValue;
}

/**
 * What really changes: the requested values that differ from the current
 * ones, keyed by field. Empty when the request repeats the current values.
 */
export function realChanges(
  current: BitacoraFields,
  requested: Partial<BitacoraFields>,
): Partial<Record<FieldKey, FieldValue>> {
  const out: Partial<Record<FieldKey, FieldValue>> = {};
  for (const f of FIELDS) {
    const next = normalized(requested[f.key]);
    if (next === undefined) continue;
    if (next !== (current[f.key] ?? null)) out[f.key] = next;
  }
  return out;
}

/** Field changes → the amendment's JSON object, in bitacora_entries' column names. */
export function toColumns(changes: Partial<Record<FieldKey, FieldValue>>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(changes)) out[FIELD_BY_KEY.get(key as FieldKey)!.column] = value ?? null;
  return out;
}

/**
 * The history: each amendment's fields with the value before it and after
 * it, replayed from the entry as first recorded.
 */
export function history(
  original: BitacoraFields,
  amendments: { id: number; changes: string; reason: string; createdAt: string }[],
): BitacoraAmendment[] {
  const state: Record<string, FieldValue> = { ...original };
  return amendments.map((a) => {
    const raw = JSON.parse(a.changes) as Record<string, FieldValue>;
    const changes: BitacoraAmendment['changes'] = [];
    // In the form's order, whatever order the JSON has.
    for (const f of FIELDS) {
      if (!Object.prototype.hasOwnProperty.call(raw, f.column)) continue;
      const after = raw[f.column] ?? null;
      changes.push({ field: f.key, label: f.label, before: state[f.key] ?? null, after });
      state[f.key] = after;
    }
    return { id: a.id, reason: a.reason, createdAt: a.createdAt, changes };
  });
}

/** A current record as an export line (Excel and the printed cards). */
export function exportRowOf(r: ExportRecord): BitacoraExportRow {
  return {
    volante: volanteOf(r.year, r.folio),
    asunto: r.asunto,
    documento: r.documentNumber,
    fecha: r.documentDate,
    dirigidoA: r.addressedTo,
    // The typed estado; an entry whose estado was left empty shows its counterparty.
    estado: r.entity || (r.counterpartyName ?? ''),
    deParteDe: r.fromParty,
    entrego: r.deliveredBy,
    fechaEntrega: r.deliveryDate,
    direccion: r.direction,
    lugarOrigen: r.origin,
    carpetaFisica: r.folder,
    observaciones: r.observations,
    expediente: r.caseRef,
    tipoDocumento: r.docKind,
    escaneos: r.attachmentCount,
    enmiendas: r.amendmentCount,
    registradoEl: r.createdAt,
  };
}
