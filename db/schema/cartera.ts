/** Cartera: pagos por aplicar, notas, the DTF table, acuerdos de pago and the etapas de cobro of each invoice. */
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  type AnySQLiteColumn,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { id, ref, optionalRef, keyRef, cents, isoDate, createdAt, updatedAt, emptyText } from './columns';
import { assets, counterparties, invoices, ledgerEntries, postings } from './core';
import { documents } from './letters';

/** What a nota crédito / débito entry carries besides its amount: its type, support and approval. Append-only. */
export const notaDetails = sqliteTable('nota_details', {
  entryId: keyRef('entry_id', () => ledgerEntries.id),
  /** glosa_aceptada, ajuste_facturacion, servicio_no_prestado, refacturacion, error_administrativo (crédito); glosa, devolucion… (débito). */
  tipo: text('tipo').notNull(),
  /** Document that supports it (acta de conciliación, oficio de glosa…). */
  supportReference: text('support_reference').notNull(),
  /** A scanned support (PDF/JPG/PNG). */
  supportAssetId: optionalRef('support_asset_id', () => assets.id),
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
    id: id(),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    date: isoDate('date'),
    /** Recibo de caja / transferencia. */
    reference: text('reference').notNull(),
    memo: emptyText('memo'),
    amountCents: cents('amount_cents'),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index('unapplied_payments_counterparty').on(t.counterpartyId, t.date)],
);

/** Part of a pago por aplicar applied to an invoice: the abono entry it became. Append-only. */
export const unappliedApplications = sqliteTable(
  'unapplied_applications',
  {
    id: id(),
    unappliedPaymentId: ref('unapplied_payment_id', () => unappliedPayments.id),
    entryId: ref('entry_id', () => ledgerEntries.id).unique(),
    amountCents: cents('amount_cents'),
    createdAt: createdAt(),
  },
  (t) => [index('unapplied_applications_payment').on(t.unappliedPaymentId)],
);

/** DTF (effective annual rate) per month, maintained by the user: 'AAAA-MM' → decimal string ("0.086"). Configuration. */
export const dtfRates = sqliteTable('dtf_rates', {
  period: text('period').primaryKey(),
  rate: text('rate').notNull(),
  updatedAt: updatedAt(),
});

/**
 * Tasa de interés moratorio of the DIAN per month (effective annual), maintained by the user like the DTF:
 * a contrato de transacción may liquidate its intereses de mora at it instead of the DTF. Configuration.
 */
export const dianMoraRates = sqliteTable('dian_mora_rates', {
  period: text('period').primaryKey(),
  rate: text('rate').notNull(),
  updatedAt: updatedAt(),
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
    id: id(),
    /** "ACU-2026-0001": consecutive per year. */
    folio: text('folio').notNull().unique(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    signingDate: isoDate('signing_date'),
    capitalCents: cents('capital_cents'),
    interestCents: cents('interest_cents'),
    costsCents: cents('costs_cents'),
    debtCents: cents('debt_cents'),
    cuotaInicialCents: cents('cuota_inicial_cents'),
    financedCents: cents('financed_cents'),
    numeroCuotas: integer('numero_cuotas').notNull(),
    /** DTF of the signing month (effective annual) and its monthly equivalent, as decimal strings. */
    dtfRate: text('dtf_rate').notNull(),
    monthlyRate: text('monthly_rate').notNull(),
    /** Σ intereses de plazo of the schedule. */
    termInterestCents: cents('term_interest_cents'),
    cuantia: text('cuantia', { enum: ['minima', 'menor', 'mayor'] }).notNull(),
    /** JSON: approval, prescription waiver, BDME certificate, guarantee (who/what/when). */
    terms: text('terms').notNull(),
    state: text('state', { enum: ['vigente', 'cumplido', 'acelerado'] }).notNull(),
    acceleratedOn: text('accelerated_on'),
    /** The agreement letter (documents), once drafted. */
    documentId: optionalRef('document_id', () => documents.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    agreementId: ref('agreement_id', () => agreements.id),
    invoiceId: ref('invoice_id', () => invoices.id),
    capitalCents: cents('capital_cents'),
    /** The day the obligation fell due (interest runs from the next day). */
    obligationDate: isoDate('obligation_date'),
    interestCents: cents('interest_cents'),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.invoiceId] }), index('agreement_invoices_invoice').on(t.invoiceId)],
);

/** The schedule: cuota 0 is the cuota inicial. Fixed at signing. Append-only. */
export const agreementCuotas = sqliteTable(
  'agreement_cuotas',
  {
    agreementId: ref('agreement_id', () => agreements.id),
    numero: integer('numero').notNull(),
    dueDate: isoDate('due_date'),
    cuotaCents: cents('cuota_cents'),
    capitalCents: cents('capital_cents'),
    interestCents: cents('interest_cents'),
    balanceAfterCents: cents('balance_after_cents'),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.numero] })],
);

/** Payments received under an agreement (their abonos are a posting of the ledger). Append-only. */
export const agreementPayments = sqliteTable(
  'agreement_payments',
  {
    id: id(),
    agreementId: ref('agreement_id', () => agreements.id),
    date: isoDate('date'),
    amountCents: cents('amount_cents'),
    reference: text('reference').notNull(),
    postingId: optionalRef('posting_id', () => postings.id),
    createdAt: createdAt(),
  },
  (t) => [index('agreement_payments_agreement').on(t.agreementId, t.date)],
);

/** The agreement's timeline: firmado, pago, aceleración, cumplido, approvals recorded. Append-only. */
export const agreementEvents = sqliteTable(
  'agreement_events',
  {
    id: id(),
    agreementId: ref('agreement_id', () => agreements.id),
    kind: text('kind').notNull(),
    date: isoDate('date'),
    note: emptyText('note'),
    /** JSON details (cuotas incumplidas, amounts…). */
    data: text('data').notNull().default('{}'),
    /** The agreement's state after the event. */
    toState: text('to_state').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('agreement_events_agreement').on(t.agreementId, t.id)],
);

/**
 * The expediente de cobro of a debtor (domain README §Etapas de cobro): its events, each with its date,
 * reason and documents; the debtor's stage (and each of its receivable invoices') is their fold
 * (shared/domain/cartera/expediente.ts). An anulación undoes one earlier event (`corrects_id`). Append-only.
 */
export const collectionFileEvents = sqliteTable(
  'collection_file_events',
  {
    id: id(),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    kind: text('kind').notNull(),
    date: isoDate('date'),
    reason: text('reason').notNull(),
    /**
     * Who moved it: 'manual' (staff), 'regla' (a term ended), 'acuerdo' (an acuerdo de pago signed or fulfilled),
     * 'aceleracion' (an acuerdo's aceleración), 'carta' (a letter sent).
     */
    origin: text('origin', { enum: ['manual', 'regla', 'acuerdo', 'aceleracion', 'carta'] }).notNull(),
    /** The letter of the event (circularización, citación, aviso…), once issued. */
    documentId: optionalRef('document_id', () => documents.id),
    /** A scanned support (demanda, mandamiento, sentencia…). */
    assetId: optionalRef('asset_id', () => assets.id),
    agreementId: optionalRef('agreement_id', () => agreements.id),
    correctsId: optionalRef('corrects_id', (): AnySQLiteColumn => collectionFileEvents.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('collection_file_events_counterparty').on(t.counterpartyId, t.id),
    index('collection_file_events_agreement').on(t.agreementId),
    uniqueIndex('collection_file_events_corrects').on(t.correctsId),
  ],
);

/**
 * A Circular 030 file the app generated (domain README §Circular 030): its quarterly cut and what it reported,
 * so the next cut can mark each invoice I (new), A (reported before) or E (gone). Append-only: generating a
 * cut again adds a row; the latest generation of the latest earlier cut is «the previous cut».
 */
export const circular030Cuts = sqliteTable(
  'circular030_cuts',
  {
    id: id(),
    cutDate: isoDate('cut_date'),
    startDate: isoDate('start_date'),
    fileName: text('file_name').notNull(),
    recordCount: integer('record_count').notNull(),
    balanceCents: cents('balance_cents'),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('circular030_cuts_cut').on(t.cutDate, t.id)],
);

/** One type-2 record of a generated cut: the invoice, its key as reported, its indicator and figures. Append-only. */
export const circular030CutInvoices = sqliteTable(
  'circular030_cut_invoices',
  {
    cutId: ref('cut_id', () => circular030Cuts.id),
    invoiceId: ref('invoice_id', () => invoices.id),
    prefix: text('prefix').notNull(),
    number: text('number').notNull(),
    indicator: text('indicator', { enum: ['I', 'A', 'E'] }).notNull(),
    valueCents: cents('value_cents'),
    paymentsCents: cents('payments_cents'),
    glosaCents: cents('glosa_cents'),
    balanceCents: cents('balance_cents'),
  },
  (t) => [primaryKey({ columns: [t.cutId, t.invoiceId] })],
);

/**
 * A debtor's statement imported for a conciliación (domain README §Conciliación): the parsed lines as JSON, so the session
 * classifies against the same statement every time while our ledger moves. Append-only.
 */
export const conciliations = sqliteTable(
  'conciliations',
  {
    id: id(),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    /** The date of their statement. */
    statementDate: isoDate('statement_date'),
    source: text('source', { enum: ['circular030', 'csv'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    /** StatementLine[] (shared/domain/cartera/conciliacion) as JSON. */
    lines: text('lines').notNull(),
    defaultPrefix: emptyText('default_prefix'),
    createdAt: createdAt(),
  },
  (t) => [index('conciliations_counterparty').on(t.counterpartyId, t.id)],
);

/** A balance agreed in the session for one row (by its invoice key). Append-only: the latest per key is in force. */
export const conciliationValues = sqliteTable(
  'conciliation_values',
  {
    id: id(),
    conciliationId: ref('conciliation_id', () => conciliations.id),
    key: text('key').notNull(),
    agreedCents: cents('agreed_cents'),
    note: text('note').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('conciliation_values_key').on(t.conciliationId, t.key, t.id)],
);

/** The acta de depuración that closes a conciliación (one per conciliation): what was printed and signed, frozen. */
export const conciliationActas = sqliteTable(
  'conciliation_actas',
  {
    id: id(),
    conciliationId: ref('conciliation_id', () => conciliations.id).unique(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** 'ACTA-DEP/0001/2026'. */
    number: text('number').notNull().unique(),
    date: isoDate('date'),
    /** JSON: ours, theirs, interventoria, each {name, position}. */
    signers: text('signers').notNull(),
    /** JSON: the rows, totals and agreed summary as printed. */
    result: text('result').notNull(),
    /** The posting of its notas; null when nothing was adjusted. */
    postingId: optionalRef('posting_id', () => postings.id),
    pdfAssetId: ref('pdf_asset_id', () => assets.id),
    pdfSha256: text('pdf_sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('conciliation_actas_year_seq').on(t.year, t.seq)],
);

/**
 * A BDME cut reported (domain README §BDME): the semestral cut, the SMMLV of its year and the threshold it used,
 * and the workbook written for the Contaduría. One per cut date; append-only.
 */
export const bdmeCuts = sqliteTable('bdme_cuts', {
  id: id(),
  cutDate: isoDate('cut_date').unique(),
  smmlvCents: cents('smmlv_cents'),
  thresholdCents: cents('threshold_cents'),
  fileName: text('file_name').notNull(),
  createdAt: createdAt(),
});

/** One debtor of a reported cut: included (with its reasons and overdue amount) or retired. Append-only. */
export const bdmeCutDebtors = sqliteTable(
  'bdme_cut_debtors',
  {
    cutId: ref('cut_id', () => bdmeCuts.id),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    novedad: text('novedad', { enum: ['incluido', 'retirado'] }).notNull(),
    /** JSON: the reasons ('mora', 'acuerdo_incumplido') of an inclusion, or those it was reported for, of a retirement. */
    reasons: text('reasons').notNull(),
    overdueCents: cents('overdue_cents'),
    obligations: integer('obligations').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cutId, t.counterpartyId] })],
);

/**
 * The TES rate (effective annual, decimal fraction) in force from a date, with its source (e.g. «Banco de la
 * República, TES a 1 año, 28/12/2026»): the discount rate of the deterioro. Configuration, maintained by the user.
 */
export const tesRates = sqliteTable('tes_rates', {
  validFrom: isoDate('valid_from').primaryKey(),
  rate: text('rate').notNull(),
  source: text('source').notNull(),
  updatedAt: updatedAt(),
});

/**
 * A debtor's deterioro estimated at a quarterly cut (domain README §Deterioro, castigo and cruce): the inputs
 * (expected recoveries as JSON, the TES used) and the result. Several per cut may exist — the latest is in
 * force; each one's adjustment entry brings the accumulated deterioro to it. Append-only.
 */
export const deterioroEstimates = sqliteTable(
  'deterioro_estimates',
  {
    id: id(),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    cutDate: isoDate('cut_date'),
    balanceCents: cents('balance_cents'),
    glosaCents: cents('glosa_cents'),
    /** JSON: ExpectedRecovery[] as entered. */
    parts: text('parts').notNull(),
    liquidated: integer('liquidated', { mode: 'boolean' }).notNull(),
    tesRate: text('tes_rate').notNull(),
    pvCents: cents('pv_cents'),
    deterioroCents: cents('deterioro_cents'),
    note: text('note').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('deterioro_estimates_debtor').on(t.counterpartyId, t.cutDate, t.id)],
);

/**
 * The contra-account of the receivables (deterioro acumulado): each estimate's adjustment (+ increase, − reversal);
 * the invoices' balances never change with it. Append-only.
 */
export const deterioroEntries = sqliteTable(
  'deterioro_entries',
  {
    id: id(),
    estimateId: ref('estimate_id', () => deterioroEstimates.id),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    date: isoDate('date'),
    amountCents: integer('amount_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('deterioro_entries_debtor').on(t.counterpartyId, t.date, t.id)],
);
