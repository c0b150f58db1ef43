import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const bitacoraApi = {
  list: (input: Input<'bitacora.list'>) => call('bitacora.list', input),
  get: (id: number) => call('bitacora.get', { id }),
  create: (input: Input<'bitacora.create'>) => call('bitacora.create', input),
  amend: (input: Input<'bitacora.amend'>) => call('bitacora.amend', input),
  attach: (input: Input<'bitacora.attach'>) => call('bitacora.attach', input),
  export: (input: Input<'bitacora.export'>) => call('bitacora.export', input),
  readFile: (fileName: string) => call('files.read', { fileName }),
  asset: (id: number) => call('assets.get', { id }),
};
