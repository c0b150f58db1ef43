import type { Input } from '../../../shared/api/contract';
import type { TemplateDetail } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { call } from '../../lib/api';
import { seed, write } from '../../lib/writes';

/** Each write returns the template as stored: the editor shows it without asking again. */
const template = (d: TemplateDetail) => [seed('templates.get', { docType: d.docType }, d)];

/** Calls of Configuración → Plantillas. */
export const templatesApi = {
  previewPdf: (input: Input<'templates.previewPdf'>) => call('templates.previewPdf', input),
  save: (input: Input<'templates.save'>) => write('templates.save', input, template),
  restoreDefault: (docType: DocumentTypeKey) => write('templates.restoreDefault', { docType }, template),
  saveNumbering: (input: Input<'templates.saveNumbering'>) => write('templates.saveNumbering', input, template),
  saveAddressee: (input: Input<'templates.saveAddressee'>) => write('templates.saveAddressee', input, template),
};
