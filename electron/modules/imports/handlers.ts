/** Handlers of imports.* (shared/api/imports.ts): hojas de cálculo and listados into a case. */
import { importsMethods } from '../../../shared/api/imports';
import { defineHandlers } from '../../core/handlers';
import * as imports from './service';

export const importsHandlers = defineHandlers(importsMethods, {
  'imports.stage': imports.stage,
  'imports.inspect': imports.inspectJob,
  'imports.run': imports.runJob,
  'imports.discard': imports.discard,
  'imports.batches': imports.batches,
  'imports.rows': imports.rows,
  'imports.mappings.list': imports.listMappings,
  'imports.mappings.save': imports.saveMapping,
  'imports.mappings.delete': imports.deleteMapping,
});
