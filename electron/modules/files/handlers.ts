/** Handlers of files.* (shared/api/files.ts). */
import { filesMethods } from '../../../shared/api/files';
import { defineHandlers } from '../../core/handlers';
import { readExport } from './exports';

export const filesHandlers = defineHandlers(filesMethods, {
  'files.read': readExport,
});
