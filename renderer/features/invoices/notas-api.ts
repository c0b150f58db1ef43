/** Calls of the notas crédito/débito (ledger.registerNota). */
import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const notasApi = {
  register: (input: Input<'ledger.registerNota'>) => call('ledger.registerNota', input),
};
