/**
 * The bitácora (correspondence register; domain README §Bitácora). The API handlers
 * and, for other services (documents), recordEntry / recordAmendment /
 * attachAsset.
 */
export { list, get, create, amend, attach, recordEntry, recordAmendment, attachAsset } from './service';
export { exportJob } from './export';
