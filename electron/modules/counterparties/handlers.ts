/** Handlers of counterparties.* (shared/api/counterparties.ts). */
import { counterpartiesMethods } from '../../../shared/api/counterparties';
import { defineHandlers } from '../../core/handlers';
import * as counterparties from './service';

export const counterpartiesHandlers = defineHandlers(counterpartiesMethods, {
  'counterparties.list': counterparties.list,
  'counterparties.get': counterparties.get,
  'counterparties.create': counterparties.create,
  'counterparties.update': counterparties.update,
});
