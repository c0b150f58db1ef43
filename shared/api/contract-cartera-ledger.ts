/**
 * Contract of the cartera ledger operations (issue 5, "Ledger operations"):
 * notas crédito/débito by type with their support, pagos por aplicar and
 * their application. (Methods are added by the cartera-ledger work.)
 */
export const carteraLedgerContract = {} as const;
/** Of these, the methods that only read. */
export const CARTERA_LEDGER_READ_ONLY = [] as const;
/** Of these, the long jobs. */
export const CARTERA_LEDGER_JOBS = [] as const;
