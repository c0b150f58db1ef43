import type { Input } from '../../../shared/api/contract';
import type { BitacoraDetail } from '../../../shared/api/types';
import { call } from '../../lib/api';
import { seed, write } from '../../lib/writes';

/** Each write returns the entry as it stands: its screen shows it without asking again. */
const entry = (d: BitacoraDetail) => [seed('bitacora.get', { id: d.id }, d)];

export const bitacoraApi = {
  create: (input: Input<'bitacora.create'>) => write('bitacora.create', input, entry),
  amend: (input: Input<'bitacora.amend'>) => write('bitacora.amend', input, entry),
  attach: (input: Input<'bitacora.attach'>) => write('bitacora.attach', input, entry),
  export: (input: Input<'bitacora.export'>) => call('bitacora.export', input),
  readFile: (fileName: string) => call('files.read', { fileName }),
  asset: (id: number) => call('assets.get', { id }),
};
