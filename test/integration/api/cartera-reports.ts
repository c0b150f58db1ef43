/** api.test.ts cases of the cartera reports methods (shared/api/contract-cartera-reports.ts). */
import type { carteraReportsContract } from '../../../shared/api/contract-cartera-reports';
import type { ApiFragment } from './fragment';

type M = keyof typeof carteraReportsContract;

export const carteraApiReports: ApiFragment<M> = {
  happy: {},
  badInput: {},
  refusals: {},
  validJobInput: {},
};
