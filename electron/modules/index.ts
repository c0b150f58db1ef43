/** Every API method's handler. The Handlers type makes a missing one a compile error. */
import type { Handlers, JobHandlers } from '../core/dispatch';
import * as bitacora from './bitacora';
import * as cases from './cases/service';
import { view as portabilidadView } from './portabilidad/view';
import { exportJob as portabilidadExportJob } from './portabilidad/view-export';
import { impagablesReportJob } from './portabilidad/impagables-report';
import * as imports from './imports/service';
import { importInvoicesJob } from './invoices/import';
import { carteraLedgerHandlers, carteraLedgerJobHandlers } from './cartera/ledger-handlers';
import { carteraReportsHandlers, carteraReportsJobHandlers } from './cartera/reports-handlers';
import { agreementsHandlers, agreementsJobHandlers } from './agreements/handlers';
import * as documents from './documents';
import { readExport } from './files/exports';
import * as templates from './templates/service';
import * as app from './app/service';
import { checkDatabase } from '../../db/integrity';
import * as counterparties from './counterparties/service';
import { loadDemoSmall } from '../demo/demo';
import * as invoices from './invoices/service';
import * as ledger from './ledger/service';
import * as settings from './settings/service';

export const handlers: Handlers = {
  'app.status': (ctx) => app.status(ctx),

  'settings.get': (ctx) => settings.getSettings(ctx),
  'settings.saveInstitution': settings.saveInstitution,
  'settings.completeSetup': (ctx, input) => settings.completeSetup(ctx, input, (c) => void loadDemoSmall(c)),
  'settings.saveSignatories': settings.saveSignatories,
  'settings.setReferenceUnit': settings.setReferenceUnit,
  'settings.setLogo': settings.setLogo,
  'assets.get': (ctx, input) => settings.getAssetData(ctx, input.id),

  'counterparties.list': counterparties.list,
  'counterparties.get': counterparties.get,
  'counterparties.create': counterparties.create,
  'counterparties.update': counterparties.update,

  'invoices.list': invoices.list,
  'invoices.get': (ctx, input) => invoices.detail(ctx, input.id),
  'invoices.create': invoices.create,

  'ledger.registerPayment': ledger.registerPayment,
  'ledger.reverse': ledger.reverse,
  'ledger.balance': ledger.balance,
  'ledger.check': (ctx) => checkDatabase(ctx.sqlite),

  'demo.load': (ctx, input) => loadDemoSmall(ctx, input.profile),

  'templates.list': (ctx) => templates.list(ctx),
  'templates.get': templates.get,
  'templates.preview': templates.preview,
  'templates.save': templates.save,
  'templates.restoreDefault': templates.restoreDefault,
  'templates.saveNumbering': templates.saveNumbering,
  'templates.saveAddressee': templates.saveAddressee,

  'documents.list': documents.list,
  'documents.get': documents.get,
  'documents.createDraft': documents.createDraft,
  'documents.updateDraft': documents.updateDraft,
  'documents.discardDraft': documents.discardDraft,
  'documents.pdf': documents.pdf,
  'documents.registerSent': documents.registerSent,
  'documents.registerAcuse': documents.registerAcuse,
  'documents.cancel': documents.cancel,

  'bitacora.list': bitacora.list,
  'bitacora.get': bitacora.get,
  'bitacora.create': bitacora.create,
  'bitacora.amend': bitacora.amend,
  'bitacora.attach': bitacora.attach,
  'files.read': readExport,
  'jobs.cancel': (ctx, input) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),

  'cases.list': cases.list,
  'cases.get': cases.get,
  'cases.open': cases.open,
  'cases.act': cases.act,
  'cases.deadlines': cases.deadlines,
  'portabilidad.view': portabilidadView,

  'imports.stage': imports.stage,
  'imports.discard': imports.discard,
  'imports.batches': imports.batches,
  'imports.rows': imports.rows,
  'imports.mappings.list': imports.listMappings,
  'imports.mappings.save': imports.saveMapping,
  'imports.mappings.delete': imports.deleteMapping,
  ...carteraLedgerHandlers,
  ...carteraReportsHandlers,
  ...agreementsHandlers,
};

/** Long work: async, own short transactions, progress, cancellable. */
export const jobHandlers: JobHandlers = {
  'templates.previewPdf': templates.previewPdfJob,
  'documents.preview': documents.previewJob,
  'documents.issue': documents.issueJob,
  'documents.issueBatch': documents.issueBatchJob,
  'bitacora.export': bitacora.exportJob,
  'portabilidad.export': portabilidadExportJob,
  'portabilidad.impagablesReport': impagablesReportJob,
  'imports.inspect': imports.inspectJob,
  'imports.run': imports.runJob,
  'invoices.import': importInvoicesJob,
  ...carteraLedgerJobHandlers,
  ...carteraReportsJobHandlers,
  ...agreementsJobHandlers,
};
