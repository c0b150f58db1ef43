/**
 * The bitácora (correspondence register, DOMAIN.md §7). The API handlers
 * and, for other services (documents), recordEntry / recordAmendment /
 * attachAsset.
 */
export { list, get, create, amend, attach, recordEntry, recordAmendment, attachAsset } from './service';
export { exportJob } from './export';
