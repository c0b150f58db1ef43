import type { Input } from '../../../shared/api/contract';
import { patch, write } from '../../lib/writes';

export const counterpartiesApi = {
  create: (input: Input<'counterparties.create'>) => write('counterparties.create', input),
  /** The saved file replaces the cached one (its balances do not change): the entidad's screen shows it at once. */
  update: (input: Input<'counterparties.update'>) =>
    write('counterparties.update', input, (saved) => [
      patch('counterparties.get', { id: saved.id }, (old) => ({ ...old, ...saved })),
    ]),
};
