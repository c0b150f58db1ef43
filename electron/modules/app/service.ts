/** app.status: what the shell needs at start (first run? which profile?). */
import type { AppStatus } from '../../../shared/api/types';
import { profileLocale } from '../../../shared/domain/catalogs';
import { getInstitution } from '../../../db/repositories/settings';
import { countCounterparties } from '../../../db/repositories/counterparties';
import { countInvoices } from '../../../db/repositories/invoices';
import { countEntries } from '../../../db/repositories/ledger';
import { schemaVersion } from '../../../db/open';
import type { ReadContext } from '../../core/context';

export function status(ctx: ReadContext): AppStatus {
  const inst = getInstitution(ctx.db);
  return {
    setupCompleted: Boolean(inst?.setupCompletedAt),
    profile: inst?.profile ?? null,
    locale: profileLocale(inst?.profile ?? 'MX'),
    schemaVersion: schemaVersion(ctx.sqlite),
    counts: {
      counterparties: countCounterparties(ctx.db),
      invoices: countInvoices(ctx.db),
      entries: countEntries(ctx.db),
    },
    today: ctx.today(),
    todayPinned: ctx.todayPinned,
  };
}
