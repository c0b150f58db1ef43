/** Error codes of the ledger (libro): postings, reversals and the rules the database enforces on them. */
export const LedgerErrorCodes = {
  /** The entry to reverse cannot be reversed (already reversed, or itself a reversal). */
  invalidReversal: 'libro/reversion-invalida',
  /** The payment is larger than the invoice's outstanding balance. */
  paymentExceedsBalance: 'libro/abono-excede-saldo',
  /** The same invoice appears twice in one posting. */
  repeatedInvoice: 'libro/factura-repetida',
  /** The posting's amount is not a positive amount. */
  invalidAmount: 'libro/importe-invalido',
  /** The posting's date is earlier than a date it must follow (the invoice's issue, the payment, the entry reversed). */
  incoherentDate: 'libro/fecha-incoherente',
  /** Reversing the entry would leave the invoice with a negative balance. */
  reversalLeavesNegativeBalance: 'libro/reversion-deja-saldo-negativo',
  /** The invoice belongs to a payment agreement: its payments are registered in the agreement. */
  invoiceInAgreement: 'libro/factura-en-acuerdo',
  /** The idempotency key was already used for a different operation. */
  idempotencyKeyReused: 'libro/clave-idempotencia-reutilizada',
  /** A database trigger refused the posting (a ledger rule enforced by the schema). */
  rule: 'libro/regla',
} as const;
