import { call } from '../../lib/api';

export const dashboardApi = {
  check: () => call('ledger.check', {}),
};
