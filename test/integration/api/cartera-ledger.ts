/** api.test.ts cases of the cartera ledger methods (shared/api/contract-cartera-ledger.ts). */
import type { carteraLedgerContract } from '../../../shared/api/contract-cartera-ledger';
import type { ApiFragment } from './fragment';

type M = keyof typeof carteraLedgerContract;

export const carteraApiLedger: ApiFragment<M> = {
  happy: {},
  badInput: {},
  refusals: {},
};
