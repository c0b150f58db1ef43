import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const counterpartiesApi = {
  list: (input: Input<'counterparties.list'>) => call('counterparties.list', input),
  get: (id: number) => call('counterparties.get', { id }),
  create: (input: Input<'counterparties.create'>) => call('counterparties.create', input),
  update: (input: Input<'counterparties.update'>) => call('counterparties.update', input),
};
