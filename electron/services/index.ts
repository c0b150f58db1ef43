/** Every API method's handler. The Handlers type makes a missing one a compile error. */
import type { Handlers } from '../dispatch';
import * as app from './app';
import { checkDatabase } from './check';
import * as counterparties from './counterparties';
import { loadDemoSmall } from './demo';
import * as invoices from './invoices';
import * as ledger from './ledger';
import * as settings from './settings';

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
};
