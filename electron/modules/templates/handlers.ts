/** Handlers of templates.* (shared/api/templates.ts). */
import { templatesMethods } from '../../../shared/api/templates';
import { defineHandlers } from '../../core/handlers';
import * as templates from './service';

export const templatesHandlers = defineHandlers(templatesMethods, {
  'templates.list': (ctx) => templates.list(ctx),
  'templates.get': templates.get,
  'templates.preview': templates.preview,
  'templates.previewPdf': templates.previewPdfJob,
  'templates.save': templates.save,
  'templates.restoreDefault': templates.restoreDefault,
  'templates.saveNumbering': templates.saveNumbering,
  'templates.saveAddressee': templates.saveAddressee,
});
