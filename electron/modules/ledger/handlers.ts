/** Handlers of ledger.* (shared/api/ledger.ts). */
import { ledgerMethods } from '../../../shared/api/ledger';
import { checkDatabase } from '../../../db/integrity';
import { reversalOfEntry } from '../../../db/repositories/ledger';
import { defineHandlers } from '../../core/handlers';
import { registerNota } from '../cartera/notas';
import * as ledger from './service';

export const ledgerHandlers = defineHandlers(ledgerMethods, {
  'ledger.registerPayment': ledger.registerPayment,
  'ledger.reverse': ledger.reverse,
  'ledger.balance': ledger.balance,
  'ledger.check': (ctx) => checkDatabase(ctx.sqlite),
  'ledger.registerNota': registerNota,
  'ledger.reversalOf': (ctx, input) => {
    const reversal = reversalOfEntry(ctx.db, input.entryId);
    return reversal ? ledger.toEntry(reversal, null) : null;
  },
});
