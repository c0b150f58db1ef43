/** SICOMPENSA imports: hoja de cálculo and listado nominal of a case. */
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { cases } from './cases';

/** Saved column mappings (configuration: editable and deletable). */
export const importMappings = sqliteTable(
  'import_mappings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['hoja', 'listado', 'estado_cuenta'] }).notNull(),
    name: text('name').notNull(),
    /** ColumnMapping as JSON. */
    mapping: text('mapping').notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('import_mappings_kind_name').on(t.kind, t.name)],
);

/**
 * One imported file of a case. Written with all its rows in one transaction,
 * only when every row is valid. Append-only: a corrected file is a new batch
 * that names the one it replaces.
 */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: ['hoja', 'listado'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    rowCount: integer('row_count').notNull(),
    totalCents: integer('total_cents').notNull(),
    /** JSON array of 'AAAA-MM'. */
    periodos: text('periodos').notNull(),
    warningCount: integer('warning_count').notNull().default(0),
    /** ColumnMapping used, as JSON. */
    mapping: text('mapping').notNull(),
    replacesBatchId: integer('replaces_batch_id').references((): AnySQLiteColumn => importBatches.id),
    /** Listado: the hoja it was checked against. */
    hojaBatchId: integer('hoja_batch_id').references((): AnySQLiteColumn => importBatches.id),
    hojaTotalCents: integer('hoja_total_cents'),
    /** Set when a listado whose total differs from the hoja was imported anyway. */
    mismatchMotivo: text('mismatch_motivo'),
    importedAt: text('imported_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('import_batches_case').on(t.caseId, t.kind, t.id),
    uniqueIndex('import_batches_replaces').on(t.replacesBatchId),
  ],
);

/** Lines of an imported hoja de cálculo. Append-only. */
export const importHojaRows = sqliteTable(
  'import_hoja_rows',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    row: integer('row').notNull(),
    entidadPrestadora: text('entidad_prestadora').notNull(),
    entidadAfiliacion: text('entidad_afiliacion').notNull(),
    descripcion: text('descripcion').notNull(),
    clave: text('clave'),
    tipo: text('tipo'),
    costoCents: integer('costo_cents'),
    cantidad: integer('cantidad').notNull(),
    importeCents: integer('importe_cents').notNull(),
    periodo: text('periodo').notNull(),
    factura: text('factura'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.row] }), index('import_hoja_rows_factura').on(t.factura)],
);

/** Lines of an imported listado nominal: personal health data, read only inside its case. Append-only. */
export const importListadoRows = sqliteTable(
  'import_listado_rows',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    row: integer('row').notNull(),
    idServicio: text('id_servicio').notNull(),
    nombre: text('nombre').notNull(),
    edad: integer('edad'),
    sexo: text('sexo', { enum: ['H', 'M'] }),
    numeroAfiliacion: text('numero_afiliacion').notNull(),
    curp: text('curp'),
    fechaAtencion: text('fecha_atencion').notNull(),
    tipoAtencion: text('tipo_atencion'),
    intervencion: text('intervencion').notNull(),
    descripcionIntervencion: text('descripcion_intervencion'),
    tarifaCents: integer('tarifa_cents').notNull(),
    cantidad: integer('cantidad').notNull(),
    importeCents: integer('importe_cents').notNull(),
    entidadAfiliacion: text('entidad_afiliacion'),
    entidadPrestadora: text('entidad_prestadora'),
    periodo: text('periodo').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.row] }), index('import_listado_rows_servicio').on(t.idServicio)],
);
