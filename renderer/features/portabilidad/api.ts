import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const portabilidadApi = {
  export: (input: Input<'portabilidad.export'>) => call('portabilidad.export', input),
  impagablesReport: (input: Input<'portabilidad.impagablesReport'>) => call('portabilidad.impagablesReport', input),
};
