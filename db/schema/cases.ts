/** 32x32 cases (cobro and pago), their events and deadlines, and the SICOMPENSA imports of a case. */
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  type AnySQLiteColumn,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { id, ref, optionalRef, cents, isoDate, timestamp, createdAt, updatedAt, emptyText } from './columns';
import { counterparties, invoices } from './core';

/**
 * A cobro (we are acreedores) or pago (we are deudores) with one counterparty
 * state, moved by the workflow definitions in shared/domain/portabilidad.
 * Its state changes only through case_events (the service writes both in one
 * transaction); its balance is the ledger's.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: id(),
    direction: text('direction', { enum: ['cobro', 'pago'] }).notNull(),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    /** "COB-2026-0001" / "PAG-2026-0001": consecutive per direction and year. */
    folio: text('folio').notNull().unique(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    state: text('state').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    description: emptyText('description'),
    /** Day the facturas were sent: day 0 of the garantía count. */
    facturasSentOn: text('facturas_sent_on'),
    closeReason: text('close_reason', { enum: ['pagado', 'impagable', 'garantia_ejecutada'] }),
    impagableMotivo: emptyText('impagable_motivo'),
    openedOn: isoDate('opened_on'),
    closedOn: text('closed_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cases_direction_year_seq').on(t.direction, t.year, t.seq),
    index('cases_counterparty').on(t.counterpartyId, t.state),
  ],
);

/** Invoices of a case (an invoice belongs to one case at most). */
export const caseInvoices = sqliteTable(
  'case_invoices',
  {
    caseId: ref('case_id', () => cases.id),
    invoiceId: ref('invoice_id', () => invoices.id).unique(),
    createdAt: createdAt(),
  },
  (t) => [index('case_invoices_case').on(t.caseId)],
);

/** The case's timeline: every action taken, with what it produced. Append-only. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: id(),
    caseId: ref('case_id', () => cases.id),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    date: isoDate('date'),
    note: emptyText('note'),
    /** Effects executed (JSON): drafted document ids, bitácora entry ids, deadlines… */
    effects: text('effects').notNull().default('[]'),
    createdAt: createdAt(),
  },
  (t) => [index('case_events_case').on(t.caseId, t.id)],
);

/** Pending and past deadlines of a case (one pending per kind). Only clearing changes a row. */
export const caseDeadlines = sqliteTable(
  'case_deadlines',
  {
    id: id(),
    caseId: ref('case_id', () => cases.id),
    kind: text('kind', { enum: ['plazo_pago', 'requerimiento_cobranza', 'garantia', 'comprobante'] }).notNull(),
    meaning: text('meaning', { enum: ['vence', 'disponible_desde'] }).notNull(),
    label: text('label').notNull(),
    dueOn: isoDate('due_on'),
    setByEventId: optionalRef('set_by_event_id', () => caseEvents.id),
    clearedOn: text('cleared_on'),
    clearedByEventId: optionalRef('cleared_by_event_id', () => caseEvents.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_deadlines_pending').on(t.clearedOn, t.dueOn), index('case_deadlines_case').on(t.caseId, t.kind)],
);

/** Amounts of a cobro declared impagable, each with its reason (the impagables report). Append-only. */
export const caseImpagables = sqliteTable(
  'case_impagables',
  {
    id: id(),
    caseId: ref('case_id', () => cases.id),
    /** The declarar_impagable event. */
    eventId: ref('event_id', () => caseEvents.id),
    /** An invoice of the case, or null for an amount with its concepto (a hoja line, a period). */
    invoiceId: optionalRef('invoice_id', () => invoices.id),
    concepto: emptyText('concepto'),
    amountCents: cents('amount_cents'),
    motivo: text('motivo').notNull(),
    declaredOn: isoDate('declared_on'),
    createdAt: createdAt(),
  },
  (t) => [index('case_impagables_case').on(t.caseId), index('case_impagables_declared').on(t.declaredOn)],
);

/** Saved column mappings (configuration: editable and deletable). */
export const importMappings = sqliteTable(
  'import_mappings',
  {
    id: id(),
    kind: text('kind', { enum: ['hoja', 'listado', 'estado_cuenta', 'estado_cartera'] }).notNull(),
    name: text('name').notNull(),
    /** ColumnMapping as JSON. */
    mapping: text('mapping').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    id: id(),
    caseId: ref('case_id', () => cases.id),
    kind: text('kind', { enum: ['hoja', 'listado'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    rowCount: integer('row_count').notNull(),
    totalCents: cents('total_cents'),
    /** JSON array of 'AAAA-MM'. */
    periodos: text('periodos').notNull(),
    warningCount: integer('warning_count').notNull().default(0),
    /** ColumnMapping used, as JSON. */
    mapping: text('mapping').notNull(),
    replacesBatchId: optionalRef('replaces_batch_id', (): AnySQLiteColumn => importBatches.id),
    /** Listado: the hoja it was checked against. */
    hojaBatchId: optionalRef('hoja_batch_id', (): AnySQLiteColumn => importBatches.id),
    hojaTotalCents: integer('hoja_total_cents'),
    /** Set when a listado whose total differs from the hoja was imported anyway. */
    mismatchMotivo: text('mismatch_motivo'),
    importedAt: timestamp('imported_at'),
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
    batchId: ref('batch_id', () => importBatches.id),
    row: integer('row').notNull(),
    entidadPrestadora: text('entidad_prestadora').notNull(),
    entidadAfiliacion: text('entidad_afiliacion').notNull(),
    descripcion: text('descripcion').notNull(),
    clave: text('clave'),
    tipo: text('tipo'),
    costoCents: integer('costo_cents'),
    cantidad: integer('cantidad').notNull(),
    importeCents: cents('importe_cents'),
    periodo: text('periodo').notNull(),
    factura: text('factura'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.row] }), index('import_hoja_rows_factura').on(t.factura)],
);

/** Lines of an imported listado nominal: personal health data, read only inside its case. Append-only. */
export const importListadoRows = sqliteTable(
  'import_listado_rows',
  {
    batchId: ref('batch_id', () => importBatches.id),
    row: integer('row').notNull(),
    idServicio: text('id_servicio').notNull(),
    nombre: text('nombre').notNull(),
    edad: integer('edad'),
    sexo: text('sexo', { enum: ['H', 'M'] }),
    numeroAfiliacion: text('numero_afiliacion').notNull(),
    curp: text('curp'),
    fechaAtencion: isoDate('fecha_atencion'),
    tipoAtencion: text('tipo_atencion'),
    intervencion: text('intervencion').notNull(),
    descripcionIntervencion: text('descripcion_intervencion'),
    tarifaCents: cents('tarifa_cents'),
    cantidad: integer('cantidad').notNull(),
    importeCents: cents('importe_cents'),
    entidadAfiliacion: text('entidad_afiliacion'),
    entidadPrestadora: text('entidad_prestadora'),
    periodo: text('periodo').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.row] }), index('import_listado_rows_servicio').on(t.idServicio)],
);
