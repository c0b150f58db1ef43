import type { Input } from '../../../shared/api/contract';
import { apiQuery } from '../../lib/queryClient';
import { seed, write } from '../../lib/writes';

export const conciliacionesQueries = {
  list: () => apiQuery('conciliaciones.list', {}),
  get: (id: number) => apiQuery('conciliaciones.get', { id }),
};

/** Each write answers the session as conciliaciones.get shows it. */
export const conciliacionesApi = {
  import: (input: Input<'conciliaciones.import'>) =>
    write('conciliaciones.import', input, (v) => [seed('conciliaciones.get', { id: v.id }, v)]),
  /** The statement read through its column mapping (a job): a refused file opens nothing. */
  importMapped: (input: Input<'conciliaciones.importMapped'>) =>
    write('conciliaciones.importMapped', input, (r) =>
      r.conciliation ? [seed('conciliaciones.get', { id: r.conciliation.id }, r.conciliation)] : [],
    ),
  agree: (input: Input<'conciliaciones.agree'>) =>
    write('conciliaciones.agree', input, (v) => [seed('conciliaciones.get', { id: v.id }, v)]),
};
