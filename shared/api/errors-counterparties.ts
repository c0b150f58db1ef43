/** Error codes of counterparties (entidades). */
export const CounterpartyErrorCodes = {
  /** The 32 entidades federativas come from the INEGI catalog: they are not added, retyped or renamed. */
  fixedState: 'entidades/entidad-federativa-fija',
} as const;
