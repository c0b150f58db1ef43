/** Handlers of cases.* (shared/api/cases.ts): the 32x32 cobro and pago cases. */
import { casesMethods } from '../../../shared/api/cases';
import { defineHandlers } from '../../core/handlers';
import * as cases from './service';

export const casesHandlers = defineHandlers(casesMethods, {
  'cases.list': cases.list,
  'cases.get': cases.get,
  'cases.open': cases.open,
  'cases.act': cases.act,
  'cases.deadlines': cases.deadlines,
});
