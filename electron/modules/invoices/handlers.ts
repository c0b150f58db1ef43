/** Handlers of invoices.* (shared/api/invoices.ts). */
import { invoicesMethods } from '../../../shared/api/invoices';
import { defineHandlers } from '../../core/handlers';
import { importInvoicesJob } from './import';
import { correctNaturaleza } from './naturaleza';
import * as invoices from './service';

export const invoicesHandlers = defineHandlers(invoicesMethods, {
  'invoices.list': invoices.list,
  'invoices.get': (ctx, input) => invoices.detail(ctx, input.id),
  'invoices.create': invoices.create,
  'invoices.import': importInvoicesJob,
  'invoices.correctNaturaleza': (ctx, input) => correctNaturaleza(ctx, input, invoices.detail),
});
