/** Handlers of ledger.* (shared/api/ledger.ts). */
import { ledgerMethods } from '../../../shared/api/ledger';
import { checkDatabase } from '../../../db/integrity';
import { defineHandlers } from '../../core/handlers';
import { registerNota } from '../cartera/notas';
import * as ledger from './service';

export const ledgerHandlers = defineHandlers(ledgerMethods, {
  'ledger.registerPayment': ledger.registerPayment,
  'ledger.reverse': ledger.reverse,
  'ledger.balance': ledger.balance,
  'ledger.check': (ctx) => checkDatabase(ctx.sqlite),
  'ledger.registerNota': registerNota,
});
