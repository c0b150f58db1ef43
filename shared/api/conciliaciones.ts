/**
 * conciliaciones.*: the conciliación de cartera with one debtor (domain README §Conciliación): import its statement (Circular
 * 030 .txt or .csv), classify every line against our ledger, and record the balance agreed per difference in the
 * depuración session. The acta itself is another step.
 */
import { z } from 'zod';
import type {
  AgreedAdjustment,
  ConciliationRow,
  ConciliationTotals,
  RegistrationRequired,
} from '../domain/cartera/conciliacion';
import { read, write } from './method';
import { cents, id, isoDate, requiredText, scanInput, text } from './schemas';

export type ConciliationSource = 'circular030' | 'csv';

export interface ConciliationViewRow extends ConciliationRow {
  /** CLASS_LABELS of its class. */
  label: string;
  /** The balance agreed in force for it (the latest), or null. */
  agreedCents: number | null;
  agreedNote: string | null;
}

export interface ConciliationAgreed {
  ourTotalCents: number;
  agreedTotalCents: number;
  adjustmentTotalCents: number;
  /** The notas the agreed balances call for, per invoice. */
  adjustments: AgreedAdjustment[];
  /** Their invoices we do not carry: to be registered before adjusting. */
  requiresRegistration: RegistrationRequired[];
}

export interface ConciliationView {
  id: number;
  counterpartyId: number;
  counterpartyName: string;
  statementDate: string;
  source: ConciliationSource;
  fileName: string;
  defaultPrefix: string;
  createdAt: string;
  rows: ConciliationViewRow[];
  totals: ConciliationTotals;
  agreed: ConciliationAgreed;
}

export interface ConciliationListRow {
  id: number;
  counterpartyId: number;
  counterpartyName: string;
  statementDate: string;
  source: ConciliationSource;
  fileName: string;
  createdAt: string;
  lineCount: number;
}

export const conciliacionesMethods = {
  'conciliaciones.import': write<ConciliationView>()(
    z
      .object({
        counterpartyId: id,
        statementDate: isoDate,
        file: scanInput,
        defaultPrefix: text(20).default(''),
      })
      .strict(),
  ),
  'conciliaciones.get': read<ConciliationView>()(z.object({ id }).strict()),
  'conciliaciones.list': read<ConciliationListRow[]>()(z.object({ counterpartyId: id.optional() }).strict()),
  'conciliaciones.agree': write<ConciliationView>()(
    z
      .object({
        id,
        key: requiredText('La clave de la factura', 80),
        agreedCents: cents.refine((v) => v >= 0, 'El saldo acordado no puede ser negativo'),
        note: requiredText('La nota del valor acordado', 500),
      })
      .strict(),
  ),
};
