/** api.test.ts cases of the acuerdos de pago methods (shared/api/contract-agreements.ts). */
import type { agreementsContract } from '../../../shared/api/contract-agreements';
import type { ApiFragment } from './fragment';

type M = keyof typeof agreementsContract;

export const agreementsApi: ApiFragment<M> = {
  happy: {},
  badInput: {},
  refusals: {},
  validJobInput: {},
};
