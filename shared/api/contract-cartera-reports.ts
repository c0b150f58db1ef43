/**
 * Contract of the cartera reports (issue 5, "Aging and classification",
 * "Estado de cuenta"). (Methods are added by the cartera-reports work.)
 */
export const carteraReportsContract = {} as const;
/** Of these, the methods that only read. */
export const CARTERA_REPORTS_READ_ONLY = [] as const;
/** Of these, the long jobs. */
export const CARTERA_REPORTS_JOBS = [] as const;
