/** Calls of the notas crédito/débito (ledger.registerNota). */
import type { Input } from '../../../shared/api/contract';
import { write } from '../../lib/writes';

export const notasApi = {
  register: (input: Input<'ledger.registerNota'>) => write('ledger.registerNota', input),
};
