import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const reportsApi = {
  agingExport: (input: Input<'cartera.agingExport'>) => call('cartera.agingExport', input),
  estadoCuenta: (input: Input<'cartera.estadoCuenta'>) => call('cartera.estadoCuenta', input),
};
