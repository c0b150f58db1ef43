import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const portabilidadApi = {
  view: (asOf: string | null) => call('portabilidad.view', asOf ? { asOf } : {}),
  export: (input: Input<'portabilidad.export'>) => call('portabilidad.export', input),
  impagablesReport: (input: Input<'portabilidad.impagablesReport'>) => call('portabilidad.impagablesReport', input),
};
