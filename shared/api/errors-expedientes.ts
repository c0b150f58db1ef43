/** Error codes of the expediente de cobro. */
export const ExpedienteErrorCodes = {
  /** The event does not proceed in the expediente's stage (or before the event it needs). */
  noProcede: 'expediente/evento-no-procede',
  /** The counterparty has no receivable collection (not a debtor of ours). */
  sinDeudor: 'expediente/sin-deudor',
  /** The informe de cierre needs a cobro persuasivo that has ended. */
  persuasivoAbierto: 'expediente/persuasivo-abierto',
} as const;
