import { call } from '../../lib/api';

export const dashboardApi = {
  status: () => call('app.status', {}),
  check: () => call('ledger.check', {}),
};
