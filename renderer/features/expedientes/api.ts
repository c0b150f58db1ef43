import type { Input } from '../../../shared/api/contract';
import { apiQuery } from '../../lib/queryClient';
import { seed, write } from '../../lib/writes';

export const expedientesQueries = {
  list: (input: Input<'expedientes.list'>, before?: () => Promise<void>) => apiQuery('expedientes.list', input, before),
  get: (counterpartyId: number, before?: () => Promise<void>) =>
    apiQuery('expedientes.get', { counterpartyId }, before),
  deadlines: () => apiQuery('expedientes.deadlines', {}),
};

export const expedientesApi = {
  /** The answer is the expediente as expedientes.get shows it. */
  record: (input: Input<'expedientes.record'>) =>
    write('expedientes.record', input, (v) => [seed('expedientes.get', { counterpartyId: v.counterpartyId }, v)]),
  review: () => write('expedientes.review', {}),
};
