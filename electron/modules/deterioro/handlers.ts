/** Handlers of deterioro.* (shared/api/deterioro.ts). */
import { deterioroMethods } from '../../../shared/api/deterioro';
import { defineHandlers } from '../../core/handlers';
import { listDeterioro, listTes, previewDeterioro, recordDeterioro, saveTes } from './service';

export const deterioroHandlers = defineHandlers(deterioroMethods, {
  'deterioro.tesList': (ctx) => listTes(ctx),
  'deterioro.tesSave': saveTes,
  'deterioro.preview': previewDeterioro,
  'deterioro.record': recordDeterioro,
  'deterioro.list': listDeterioro,
});
