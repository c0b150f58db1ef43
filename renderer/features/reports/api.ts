import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const reportsApi = {
  aging: (input: Input<'cartera.aging'>) => call('cartera.aging', input),
  agingDetail: (input: Input<'cartera.agingDetail'>) => call('cartera.agingDetail', input),
  agingExport: (input: Input<'cartera.agingExport'>) => call('cartera.agingExport', input),
  estadoCuenta: (input: Input<'cartera.estadoCuenta'>) => call('cartera.estadoCuenta', input),
};
