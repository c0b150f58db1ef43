import type { Input } from '../../../shared/api/contract';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { call } from '../../lib/api';

/** Calls of Configuración → Plantillas. */
export const templatesApi = {
  list: () => call('templates.list', {}),
  get: (docType: DocumentTypeKey) => call('templates.get', { docType }),
  preview: (input: Input<'templates.preview'>) => call('templates.preview', input),
  previewPdf: (input: Input<'templates.previewPdf'>) => call('templates.previewPdf', input),
  save: (input: Input<'templates.save'>) => call('templates.save', input),
  restoreDefault: (docType: DocumentTypeKey) => call('templates.restoreDefault', { docType }),
  saveNumbering: (input: Input<'templates.saveNumbering'>) => call('templates.saveNumbering', input),
  saveAddressee: (input: Input<'templates.saveAddressee'>) => call('templates.saveAddressee', input),
};
