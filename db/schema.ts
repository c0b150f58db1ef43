/**
 * The SQLite schema (drizzle). Money columns are INTEGER centavos; dates are
 * TEXT 'YYYY-MM-DD'; timestamps TEXT ISO-8601 UTC. Invariants that must hold
 * even against raw SQL (append-only ledger, entry signs, reversal pairing)
 * live in triggers in the custom migration `0001_ledger_triggers.sql`.
 */
import { sql } from 'drizzle-orm';
import type { Contact } from '../shared/api/types';
import {
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull();

/** Binary files (logos now; scans later), content-addressed by SHA-256. */
export const assets = sqliteTable('assets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  mime: text('mime').notNull(),
  sha256: text('sha256').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  createdAt: createdAt(),
});

/** The one institution this installation serves (single row, id = 1). */
export const institution = sqliteTable('institution', {
  id: integer('id').primaryKey(),
  profile: text('profile', { enum: ['MX', 'CO'] }).notNull(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull().default(''),
  regime: text('regime').notNull().default(''),
  taxId: text('tax_id').notNull().default(''),
  ownStateCode: text('own_state_code'),
  city: text('city').notNull().default(''),
  cityLine: text('city_line').notNull().default(''),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  letterheadLines: text('letterhead_lines', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  slogan: text('slogan').notNull().default(''),
  logoLeftAssetId: integer('logo_left_asset_id').references(() => assets.id),
  logoRightAssetId: integer('logo_right_asset_id').references(() => assets.id),
  bankDenomination: text('bank_denomination').notNull().default(''),
  bankName: text('bank_name').notNull().default(''),
  bankAccount: text('bank_account').notNull().default(''),
  bankClabe: text('bank_clabe').notNull().default(''),
  bankAccountType: text('bank_account_type').notNull().default(''),
  defaultPaymentTermDays: integer('default_payment_term_days').notNull().default(30),
  nationalAuthorityName: text('national_authority_name').notNull().default(''),
  /** Titular of the national authority: the addressee of the notification and of the garantía request. */
  nationalAuthorityTitle: text('national_authority_title').notNull().default(''),
  nationalAuthorityAddressee: text('national_authority_addressee').notNull().default(''),
  nationalAuthorityPosition: text('national_authority_position').notNull().default(''),
  nationalAuthorityAddress: text('national_authority_address').notNull().default(''),
  referenceUnitKind: text('reference_unit_kind', { enum: ['SMMLV', 'UMA', 'SM'] }).notNull(),
  setupCompletedAt: text('setup_completed_at'),
  updatedAt: text('updated_at').notNull(),
});

export const signatories = sqliteTable('signatories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull().default(''),
  name: text('name').notNull(),
  position: text('position').notNull(),
  initials: text('initials').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

/** Reference units by year (SMMLV, UMA, salario mínimo), in centavos. */
export const referenceUnits = sqliteTable(
  'reference_units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['SMMLV', 'UMA', 'SM'] }).notNull(),
    year: integer('year').notNull(),
    /** SMMLV: monthly; UMA and SM: daily (the monthly UMA is daily × 30.4). */
    valueCents: integer('value_cents').notNull(),
    /** In force from / to, inclusive: SMMLV and SM the calendar year; UMA 1 February → 31 January. */
    validFrom: text('valid_from').notNull().default(''),
    validTo: text('valid_to').notNull().default(''),
    /** Where the figure comes from (decree, DOF publication). */
    source: text('source').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('reference_units_kind_year').on(t.kind, t.year)],
);

export const counterparties = sqliteTable(
  'counterparties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull().default(''),
    taxId: text('tax_id').notNull().default(''),
    naturalezaJuridica: text('naturaleza_juridica'),
    inegiCode: text('inegi_code'),
    abbreviation: text('abbreviation').notNull().default(''),
    addresseeTitle: text('addressee_title').notNull().default(''),
    addresseeName: text('addressee_name').notNull().default(''),
    addresseePosition: text('addressee_position').notNull().default(''),
    street: text('street').notNull().default(''),
    colony: text('colony').notNull().default(''),
    city: text('city').notNull().default(''),
    stateName: text('state_name').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    contacts: text('contacts', { mode: 'json' })
      .$type<Contact[]>()
      .notNull()
      .default(sql`'[]'`),
    bankName: text('bank_name').notNull().default(''),
    bankAccount: text('bank_account').notNull().default(''),
    bankClabe: text('bank_clabe').notNull().default(''),
    bankDenomination: text('bank_denomination').notNull().default(''),
    intervenida: integer('intervenida', { mode: 'boolean' }).notNull().default(false),
    enLiquidacion: integer('en_liquidacion', { mode: 'boolean' }).notNull().default(false),
    bdme: integer('bdme', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('counterparties_inegi_code').on(t.inegiCode),
    index('counterparties_kind_name').on(t.kind, t.name),
    index('counterparties_name').on(t.name),
  ],
);

/**
 * A posting is one atomic ledger command (an invoice's cargo, a payment over
 * several invoices, a reversal). Its idempotency key makes a repeated command
 * return the first result; entry_count and net_cents let `check` prove every
 * posting is whole.
 */
export const postings = sqliteTable('postings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  requestHash: text('request_hash').notNull(),
  method: text('method').notNull(),
  date: text('date').notNull(),
  reference: text('reference').notNull().default(''),
  memo: text('memo').notNull().default(''),
  entryCount: integer('entry_count').notNull(),
  netCents: integer('net_cents').notNull(),
  createdAt: createdAt(),
});

/** Invoices are immutable once recorded; their balance is derived from entries. */
export const invoices = sqliteTable(
  'invoices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    counterpartyId: integer('counterparty_id')
      .notNull()
      .references(() => counterparties.id),
    direction: text('direction', { enum: ['receivable', 'payable'] }).notNull(),
    number: text('number').notNull(),
    concept: text('concept').notNull().default(''),
    period: text('period'),
    issueDate: text('issue_date').notNull(),
    radicacionDate: text('radicacion_date'),
    dueDate: text('due_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invoices_counterparty_direction_number').on(t.counterpartyId, t.direction, t.number),
    index('invoices_due_date').on(t.dueDate, t.id),
    index('invoices_counterparty_due').on(t.counterpartyId, t.dueDate, t.id),
    index('invoices_direction_due').on(t.direction, t.dueDate, t.id),
    index('invoices_number').on(t.number),
  ],
);

export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postingId: integer('posting_id')
      .notNull()
      .references(() => postings.id),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    kind: text('kind').notNull(),
    /** Signed effect on the invoice balance: + increases what is owed. */
    amountCents: integer('amount_cents').notNull(),
    date: text('date').notNull(),
    reference: text('reference').notNull().default(''),
    memo: text('memo').notNull().default(''),
    reversesEntryId: integer('reverses_entry_id'),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('ledger_entries_invoice').on(t.invoiceId, t.id),
    index('ledger_entries_posting').on(t.postingId),
    uniqueIndex('ledger_entries_reverses').on(t.reversesEntryId),
  ],
);

/**
 * Balance projection per invoice, written only by the ledger triggers (never
 * by application code) so the million-row list can filter and sort by
 * balance; `check` recomputes it from the entries and reports any drift.
 */
export const invoiceBalances = sqliteTable(
  'invoice_balances',
  {
    invoiceId: integer('invoice_id')
      .primaryKey()
      .references(() => invoices.id),
    balanceCents: integer('balance_cents').notNull(),
    entryCount: integer('entry_count').notNull(),
  },
  (t) => [index('invoice_balances_open').on(t.balanceCents)],
);

// ─── Documents (oficios, memorándums) and their templates ──────────────────

/**
 * Letter templates, versioned: saving a template adds a version (rows are
 * never changed); an issued document records the version it used.
 */
export const templates = sqliteTable(
  'templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    docType: text('doc_type').notNull(),
    version: integer('version').notNull(),
    asunto: text('asunto').notNull(),
    body: text('body').notNull(),
    /** What changed, as typed by whoever saved it. */
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('templates_type_version').on(t.docType, t.version)],
);

/** Number format and numbering series of a document type (configurable). */
export const documentTypeSettings = sqliteTable('document_type_settings', {
  docType: text('doc_type').primaryKey(),
  numberFormat: text('number_format').notNull(),
  /** Types sharing a series share one consecutive per year (by default all oficios, all memorándums). */
  series: text('series').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Who a memorándum of each type goes to by default: the titular of one of
 * our own directorates (Recursos Financieros, Contratación y Garantía…).
 * Configuration: edited in Configuración → Plantillas; a draft copies it.
 */
export const memoAddressees = sqliteTable('memo_addressees', {
  docType: text('doc_type').primaryKey(),
  title: text('title').notNull().default(''),
  name: text('name').notNull(),
  position: text('position').notNull().default(''),
  institution: text('institution').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A letter. Mutable only while borrador; from issue on, its number, data,
 * frozen letter and PDF never change (trigger), only its status moves on.
 * Never deleted once it has a number.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    docType: text('doc_type').notNull(),
    status: text('status', { enum: ['borrador', 'emitiendo', 'emitido', 'enviado', 'acuse', 'cancelado'] }).notNull(),
    counterpartyId: integer('counterparty_id').references(() => counterparties.id),
    /** The 32x32 case that drafted it, if any. */
    caseId: integer('case_id'),
    /** Letter date 'YYYY-MM-DD'. */
    date: text('date').notNull(),
    asunto: text('asunto').notNull().default(''),
    /** What staff entered (DocumentData JSON): invoices, texts, signers, c.c.p. */
    data: text('data').notNull(),
    series: text('series'),
    year: integer('year'),
    seq: integer('seq'),
    number: text('number'),
    /** The letter exactly as printed (LetterSnapshot JSON), frozen at issue. */
    letter: text('letter'),
    templateId: integer('template_id').references(() => templates.id),
    pdfAssetId: integer('pdf_asset_id').references(() => assets.id),
    pdfSha256: text('pdf_sha256'),
    issuedAt: text('issued_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('documents_series_year_seq').on(t.series, t.year, t.seq),
    uniqueIndex('documents_number').on(t.number),
    index('documents_type_status').on(t.docType, t.status, t.id),
    index('documents_counterparty').on(t.counterpartyId, t.id),
    index('documents_year').on(t.year, t.id),
  ],
);

/** The document's timeline (append-only): creado, emitido, enviado, acuse, cancelado. */
export const documentEvents = sqliteTable(
  'document_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    kind: text('kind', { enum: ['creado', 'emitido', 'enviado', 'acuse', 'cancelado'] }).notNull(),
    /** Date of the fact (sent on, received on). */
    date: text('date').notNull(),
    /** enviado: mensajería | correo | entrega_personal. */
    means: text('means').notNull().default(''),
    /** acuse: who received it. */
    receivedBy: text('received_by').notNull().default(''),
    /** acuse: the scanned acknowledgement. */
    assetId: integer('asset_id').references(() => assets.id),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('document_events_document').on(t.documentId, t.id)],
);

// ─── Bitácora (correspondence register, domain README §Bitácora) ───────────

/**
 * One register line as first recorded. Never changed: corrections are
 * amendments; `bitacora_current` holds the amended values.
 */
export const bitacoraEntries = sqliteTable(
  'bitacora_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    /** Volante: sequential per year. */
    folio: integer('folio').notNull(),
    direction: text('direction', { enum: ['recibido', 'enviado'] }).notNull(),
    asunto: text('asunto').notNull(),
    documentNumber: text('document_number').notNull().default(''),
    documentDate: text('document_date'),
    addressedTo: text('addressed_to').notNull().default(''),
    entity: text('entity').notNull().default(''),
    counterpartyId: integer('counterparty_id').references(() => counterparties.id),
    fromParty: text('from_party').notNull().default(''),
    deliveredBy: text('delivered_by').notNull().default(''),
    deliveryDate: text('delivery_date'),
    origin: text('origin').notNull().default(''),
    folder: text('folder').notNull().default(''),
    observations: text('observations').notNull().default(''),
    caseRef: text('case_ref').notNull().default(''),
    docKind: text('doc_kind').notNull().default(''),
    documentId: integer('document_id').references(() => documents.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('bitacora_entries_year_folio').on(t.year, t.folio),
    index('bitacora_entries_document').on(t.documentId),
  ],
);

/** A correction of an entry: the changed fields (JSON) and why. Append-only. */
export const bitacoraAmendments = sqliteTable(
  'bitacora_amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => bitacoraEntries.id),
    /** {column_name: new value} in the column names of bitacora_entries. */
    changes: text('changes').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('bitacora_amendments_entry').on(t.entryId, t.id)],
);

/** Scans attached to an entry (the file is an asset). Append-only. */
export const bitacoraAttachments = sqliteTable(
  'bitacora_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => bitacoraEntries.id),
    assetId: integer('asset_id')
      .notNull()
      .references(() => assets.id),
    fileName: text('file_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('bitacora_attachments_entry').on(t.entryId)],
);

/**
 * Projection: each entry with its amendments applied. Written only by the
 * triggers (insert of an entry or an amendment); what lists, filters,
 * search and the export read.
 */
export const bitacoraCurrent = sqliteTable(
  'bitacora_current',
  {
    id: integer('id')
      .primaryKey()
      .references(() => bitacoraEntries.id),
    year: integer('year').notNull(),
    folio: integer('folio').notNull(),
    direction: text('direction', { enum: ['recibido', 'enviado'] }).notNull(),
    asunto: text('asunto').notNull(),
    documentNumber: text('document_number').notNull(),
    documentDate: text('document_date'),
    addressedTo: text('addressed_to').notNull(),
    entity: text('entity').notNull(),
    counterpartyId: integer('counterparty_id'),
    fromParty: text('from_party').notNull(),
    deliveredBy: text('delivered_by').notNull(),
    deliveryDate: text('delivery_date'),
    origin: text('origin').notNull(),
    folder: text('folder').notNull(),
    observations: text('observations').notNull(),
    caseRef: text('case_ref').notNull(),
    docKind: text('doc_kind').notNull(),
    documentId: integer('document_id'),
    amendmentCount: integer('amendment_count').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('bitacora_current_date').on(t.documentDate, t.id),
    index('bitacora_current_counterparty').on(t.counterpartyId, t.documentDate),
    index('bitacora_current_direction').on(t.direction, t.documentDate),
  ],
);

// ─── Portabilidad 32x32: cases (expedientes) and their deadlines ───────────

/**
 * A cobro (we are acreedores) or pago (we are deudores) with one counterparty
 * state, moved by the workflow definitions in shared/domain/portabilidad.
 * Its state changes only through case_events (the service writes both in one
 * transaction); its balance is the ledger's.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    direction: text('direction', { enum: ['cobro', 'pago'] }).notNull(),
    counterpartyId: integer('counterparty_id')
      .notNull()
      .references(() => counterparties.id),
    /** "COB-2026-0001" / "PAG-2026-0001": consecutive per direction and year. */
    folio: text('folio').notNull().unique(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    state: text('state').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    description: text('description').notNull().default(''),
    /** Day the facturas were sent: day 0 of the garantía count. */
    facturasSentOn: text('facturas_sent_on'),
    closeReason: text('close_reason', { enum: ['pagado', 'impagable', 'garantia_ejecutada'] }),
    impagableMotivo: text('impagable_motivo').notNull().default(''),
    openedOn: text('opened_on').notNull(),
    closedOn: text('closed_on'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
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
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id)
      .unique(),
    createdAt: createdAt(),
  },
  (t) => [index('case_invoices_case').on(t.caseId)],
);

/** The case's timeline: every action taken, with what it produced. Append-only. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: ['plazo_pago', 'requerimiento_cobranza', 'garantia', 'comprobante'] }).notNull(),
    meaning: text('meaning', { enum: ['vence', 'disponible_desde'] }).notNull(),
    label: text('label').notNull(),
    dueOn: text('due_on').notNull(),
    setByEventId: integer('set_by_event_id').references(() => caseEvents.id),
    clearedOn: text('cleared_on'),
    clearedByEventId: integer('cleared_by_event_id').references(() => caseEvents.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_deadlines_pending').on(t.clearedOn, t.dueOn), index('case_deadlines_case').on(t.caseId, t.kind)],
);

/** Amounts of a cobro declared impagable, each with its reason (the impagables report). Append-only. */
export const caseImpagables = sqliteTable(
  'case_impagables',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    /** The declarar_impagable event. */
    eventId: integer('event_id')
      .notNull()
      .references(() => caseEvents.id),
    /** An invoice of the case, or null for an amount with its concepto (a hoja line, a period). */
    invoiceId: integer('invoice_id').references(() => invoices.id),
    concepto: text('concepto').notNull().default(''),
    amountCents: integer('amount_cents').notNull(),
    motivo: text('motivo').notNull(),
    declaredOn: text('declared_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_impagables_case').on(t.caseId), index('case_impagables_declared').on(t.declaredOn)],
);

// ─── SICOMPENSA imports: hoja de cálculo and listado nominal of a case ─────

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

// ─── Cartera: notas and pagos por aplicar ──────────────────────────────────

/** What a nota crédito / débito entry carries besides its amount: its type, support and approval. Append-only. */
export const notaDetails = sqliteTable('nota_details', {
  entryId: integer('entry_id')
    .primaryKey()
    .references(() => ledgerEntries.id),
  /** glosa_aceptada, ajuste_facturacion, servicio_no_prestado, refacturacion, error_administrativo (crédito); glosa, devolucion… (débito). */
  tipo: text('tipo').notNull(),
  /** Document that supports it (acta de conciliación, oficio de glosa…). */
  supportReference: text('support_reference').notNull(),
  /** A scanned support (PDF/JPG/PNG). */
  supportAssetId: integer('support_asset_id').references(() => assets.id),
  /** Set when the nota needed an approval (error administrativo above 5 SMMLV or 25 % of the invoice). */
  approvedBy: text('approved_by'),
  approvalReference: text('approval_reference'),
  approvedOn: text('approved_on'),
  createdAt: createdAt(),
});

/** Money received whose invoices are not identified yet: a pago por aplicar. Append-only. */
export const unappliedPayments = sqliteTable(
  'unapplied_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    counterpartyId: integer('counterparty_id')
      .notNull()
      .references(() => counterparties.id),
    date: text('date').notNull(),
    /** Recibo de caja / transferencia. */
    reference: text('reference').notNull(),
    memo: text('memo').notNull().default(''),
    amountCents: integer('amount_cents').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index('unapplied_payments_counterparty').on(t.counterpartyId, t.date)],
);

/** Part of a pago por aplicar applied to an invoice: the abono entry it became. Append-only. */
export const unappliedApplications = sqliteTable(
  'unapplied_applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unappliedPaymentId: integer('unapplied_payment_id')
      .notNull()
      .references(() => unappliedPayments.id),
    entryId: integer('entry_id')
      .notNull()
      .unique()
      .references(() => ledgerEntries.id),
    amountCents: integer('amount_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('unapplied_applications_payment').on(t.unappliedPaymentId)],
);

// ─── Cartera: acuerdos de pago ──────────────────────────────────────────────

/** DTF (effective annual rate) per month, maintained by the user: 'AAAA-MM' → decimal string ("0.086"). Configuration. */
export const dtfRates = sqliteTable('dtf_rates', {
  period: text('period').primaryKey(),
  rate: text('rate').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A payment agreement (domain README §Acuerdos de pago): the debt (capital of the selected
 * invoices + interest of mora to the signing date + costs), the cuota
 * inicial and the financed balance in monthly cuotas. Its terms and
 * schedule are fixed at signing; its state changes only with an event.
 */
export const agreements = sqliteTable(
  'agreements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** "ACU-2026-0001": consecutive per year. */
    folio: text('folio').notNull().unique(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    counterpartyId: integer('counterparty_id')
      .notNull()
      .references(() => counterparties.id),
    signingDate: text('signing_date').notNull(),
    capitalCents: integer('capital_cents').notNull(),
    interestCents: integer('interest_cents').notNull(),
    costsCents: integer('costs_cents').notNull(),
    debtCents: integer('debt_cents').notNull(),
    cuotaInicialCents: integer('cuota_inicial_cents').notNull(),
    financedCents: integer('financed_cents').notNull(),
    numeroCuotas: integer('numero_cuotas').notNull(),
    /** DTF of the signing month (effective annual) and its monthly equivalent, as decimal strings. */
    dtfRate: text('dtf_rate').notNull(),
    monthlyRate: text('monthly_rate').notNull(),
    /** Σ intereses de plazo of the schedule. */
    termInterestCents: integer('term_interest_cents').notNull(),
    cuantia: text('cuantia', { enum: ['minima', 'menor', 'mayor'] }).notNull(),
    /** JSON: approval, prescription waiver, BDME certificate, guarantee (who/what/when). */
    terms: text('terms').notNull(),
    state: text('state', { enum: ['vigente', 'cumplido', 'acelerado'] }).notNull(),
    acceleratedOn: text('accelerated_on'),
    /** The agreement letter (documents), once drafted. */
    documentId: integer('document_id').references(() => documents.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('agreements_year_seq').on(t.year, t.seq),
    index('agreements_counterparty').on(t.counterpartyId, t.state),
  ],
);

/** Invoices of an agreement with their capital at signing and their interest of mora. Append-only. */
export const agreementInvoices = sqliteTable(
  'agreement_invoices',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    capitalCents: integer('capital_cents').notNull(),
    /** The day the obligation fell due (interest runs from the next day). */
    obligationDate: text('obligation_date').notNull(),
    interestCents: integer('interest_cents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.invoiceId] }), index('agreement_invoices_invoice').on(t.invoiceId)],
);

/** The schedule: cuota 0 is the cuota inicial. Fixed at signing. Append-only. */
export const agreementCuotas = sqliteTable(
  'agreement_cuotas',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    numero: integer('numero').notNull(),
    dueDate: text('due_date').notNull(),
    cuotaCents: integer('cuota_cents').notNull(),
    capitalCents: integer('capital_cents').notNull(),
    interestCents: integer('interest_cents').notNull(),
    balanceAfterCents: integer('balance_after_cents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.numero] })],
);

/** Payments received under an agreement (their abonos are a posting of the ledger). Append-only. */
export const agreementPayments = sqliteTable(
  'agreement_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    date: text('date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    reference: text('reference').notNull(),
    postingId: integer('posting_id').references(() => postings.id),
    createdAt: createdAt(),
  },
  (t) => [index('agreement_payments_agreement').on(t.agreementId, t.date)],
);

/** The agreement's timeline: firmado, pago, aceleración, cumplido, approvals recorded. Append-only. */
export const agreementEvents = sqliteTable(
  'agreement_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    /** JSON details (cuotas incumplidas, amounts…). */
    data: text('data').notNull().default('{}'),
    /** The agreement's state after the event. */
    toState: text('to_state').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('agreement_events_agreement').on(t.agreementId, t.id)],
);

/**
 * The etapa de cobro of a receivable invoice (domain README §Etapas de cobro), as the events
 * that moved it: an invoice with none is in cobro persuasivo. An aceleración
 * sends an agreement's invoices to cobro jurídico; annulling the aceleración
 * writes a new event that `corrects_id` the one it undoes. Append-only.
 */
export const collectionStageEvents = sqliteTable(
  'collection_stage_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    stage: text('stage', { enum: ['persuasivo', 'prejuridico', 'juridico'] }).notNull(),
    date: text('date').notNull(),
    cause: text('cause', { enum: ['aceleracion', 'aceleracion_anulada'] }).notNull(),
    agreementId: integer('agreement_id').references(() => agreements.id),
    correctsId: integer('corrects_id').references((): AnySQLiteColumn => collectionStageEvents.id),
    note: text('note').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('collection_stage_events_invoice').on(t.invoiceId, t.id),
    index('collection_stage_events_agreement').on(t.agreementId),
  ],
);
