/**
 * Contract of the acuerdos de pago (issue 5, item 4) and the DTF table they
 * use. (Methods are added by the agreements work.)
 */
export const agreementsContract = {} as const;
/** Of these, the methods that only read. */
export const AGREEMENTS_READ_ONLY = [] as const;
/** Of these, the long jobs. */
export const AGREEMENTS_JOBS = [] as const;
