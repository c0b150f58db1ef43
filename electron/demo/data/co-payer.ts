/** What the perfil CO demo knows of a payer (./co-payers-eps.ts, ./co-payers-others.ts). */
import type { Input } from '../../../shared/api/contract';

export type CounterpartyInput = Input<'counterparties.create'>;

export interface CoPayer {
  /** Stable key for idempotency keys and invoice plans. */
  key: string;
  input: CounterpartyInput;
  /** Relative share of the invoices. */
  weight: number;
  /** Invoice amount range in whole pesos. */
  minPesos: number;
  maxPesos: number;
  /** How reliably it pays (0–1): scales the chance of a full payment. */
  pays: number;
}

export const contact = (name: string, position: string, phone: string, email: string) => ({
  name,
  position,
  phone,
  email,
});
