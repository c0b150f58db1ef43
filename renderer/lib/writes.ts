/**
 * Every write the screens make, and what it changes. write() calls the API,
 * puts the entity the write returned in the cache (under the key of the read
 * that shows it: the screen updates without asking again) and invalidates the
 * other reads it changed: those on screen refetch at once, the rest are asked
 * again when a screen next shows them.
 *
 * Writes that change nothing read (staging a file, an export, a preview) go
 * through call() directly.
 */
import { hashKey } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../shared/api/contract';
import { call } from './api';
import { apiKey, inScope, queryClient, type Scope, type Seed } from './queryClient';

/**
 * What moves with the ledger: balances (invoices, entidades, cases, the 32x32
 * position, aging, agreements' invoices), the Tablero's counts, and drafts
 * that list invoices with their balance.
 */
const LEDGER: readonly Scope[] = [
  'invoices',
  'ledger',
  'cartera.listUnapplied',
  'cartera.aging',
  'cartera.agingDetail',
  'cartera.dashboard',
  'counterparties',
  'agreements',
  'cases',
  'portabilidad',
  'documents',
  'app.status',
];
/** A letter's life (drafted, issued, sent, acknowledged, cancelled) shows in its case, its agreement and the bitácora. */
// The Tablero counts the letters awaiting their acuse.
const LETTERS: readonly Scope[] = ['documents', 'cases', 'agreements', 'bitacora', 'portabilidad', 'cartera.dashboard'];
/** Everything: the first setup or the demo data. */
const ALL: readonly Scope[] = [
  'app',
  'settings',
  'counterparties',
  'templates',
  'imports',
  'bitacora',
  ...LEDGER,
  'cartera',
];

export const WRITES = {
  'settings.completeSetup': ALL,
  'demo.load': ALL,
  // The letterhead, signatories and logos print on every letter and template preview.
  'settings.saveInstitution': ['settings', 'app.status', 'templates', 'documents'],
  'settings.saveSignatories': ['settings', 'templates', 'documents'],
  'settings.setLogo': ['settings', 'templates', 'documents'],
  // The UMA / salario mínimo / SMMLV measure the 32x32 thresholds and the notas' rule.
  'settings.setReferenceUnit': ['settings', 'portabilidad', 'cases'],
  // A day made hábil or inhábil moves every term counted in días hábiles.
  'calendar.addOverride': ['calendar', 'app.status'],
  'calendar.retireOverride': ['calendar', 'app.status'],

  'counterparties.create': ['counterparties', 'app.status'],
  // Its name and data show on every row that names it.
  'counterparties.update': [
    'counterparties',
    'invoices',
    'cases',
    'documents',
    'agreements',
    'bitacora',
    'portabilidad',
    'cartera',
  ],

  'invoices.create': LEDGER,
  // The reports classify by it; the list does not show it.
  'invoices.correctNaturaleza': ['invoices.get', 'cartera'],
  'ledger.registerPayment': LEDGER,
  'ledger.reverse': LEDGER,
  'ledger.registerNota': LEDGER,
  'cartera.applyUnapplied': LEDGER,
  // A pago por aplicar is not on any invoice yet: only the list of pagos and the entidad's file show it.
  'cartera.registerUnapplied': ['cartera.listUnapplied', 'counterparties'],
  // The DTF sets the agreements' interest (the wizard's preview recomputes).
  'cartera.dtf.save': ['cartera.dtf', 'agreements'],
  'cartera.moraDian.save': ['cartera.moraDian', 'agreements'],
  // The cut it remembers is the previous one of the next cut.
  'cartera.aclaracionFile': ['cartera.aclaracionCuts'],
  // The cut reported shows as recorded; the next cut retires from it.
  'bdme.report': ['bdme'],
  // The rate changes every estimate's preview; an estimate moves the accumulated deterioro of its debtor.
  'deterioro.tesSave': ['deterioro'],
  'deterioro.record': ['deterioro'],
  // The expediente moves its debtor's invoices to another etapa de cobro (invoice detail, aging) and its terms.
  'expedientes.record': ['expedientes', 'invoices', 'cartera.aging', 'cartera.agingDetail', 'app.status'],
  'expedientes.review': ['expedientes', 'invoices', 'cartera.aging', 'cartera.agingDetail', 'app.status'],
  // A conciliación reads the ledger; the import and the agreed values change only the session.
  'conciliaciones.import': ['conciliaciones'],
  // The mapped import may also save its column mapping.
  'conciliaciones.importMapped': ['conciliaciones', 'imports.mappings'],
  'conciliaciones.agree': ['conciliaciones'],
  // The acta posts its notas (balances move) and conciliates the expediente's estado de cartera.
  'conciliaciones.acta': [...LEDGER, 'conciliaciones', 'expedientes'],
  // Signing suspends the debtor's expediente de cobro (a contrato de transacción is its prejurídico event).
  'agreements.create': [...LEDGER, 'expedientes'],
  'agreements.pay': [...LEDGER, 'expedientes'],
  // An aceleración changes the agreement's state and moves its invoices to cobro jurídico.
  'agreements.review': [...LEDGER, 'expedientes'],
  // Drafts the agreement's letter (once): the agreement itself does not show it.
  'agreements.document': ['documents'],

  'cases.open': [...LEDGER, 'bitacora'],
  // An action may post a payment, register the paper received and declare amounts impagables.
  'cases.act': [...LEDGER, 'bitacora'],
  'imports.run': [...LEDGER, 'imports'],
  'invoices.import': [...LEDGER, 'imports'],
  'imports.mappings.save': ['imports.mappings'],
  'imports.mappings.delete': ['imports.mappings'],

  'documents.createDraft': LETTERS,
  'documents.updateDraft': LETTERS,
  'documents.discardDraft': LETTERS,
  // Issuing takes the next number of the type (templates show it) and records the letter in the bitácora.
  'documents.issue': [...LETTERS, 'templates'],
  'documents.issueBatch': [...LETTERS, 'templates'],
  'documents.registerSent': LETTERS,
  'documents.registerAcuse': LETTERS,
  'documents.cancel': LETTERS,

  'bitacora.create': ['bitacora', 'documents', 'cases'],
  'bitacora.amend': ['bitacora', 'documents', 'cases'],
  'bitacora.attach': ['bitacora', 'documents', 'cases'],

  'templates.save': ['templates'],
  'templates.restoreDefault': ['templates'],
  'templates.saveAddressee': ['templates'],
  'templates.saveNumbering': ['templates'],
} as const satisfies { [M in Method]?: readonly Scope[] };

export type WriteMethod = keyof typeof WRITES;

/** The entity a write returned, as the read `method(input)` would return it now. */
export function seed<M extends Method>(method: M, input: Input<M>, data: Output<M>): Seed {
  return { queryKey: apiKey(method, input), data };
}

/** A change the write made to what the read `method(input)` has cached (nothing when it has nothing). */
export function patch<M extends Method>(method: M, input: Input<M>, change: (old: Output<M>) => Output<M>): Seed {
  return {
    queryKey: apiKey(method, input),
    data: (old: Output<M> | undefined) => (old === undefined ? undefined : change(old)),
  };
}

/**
 * Calls a write; on success seeds the cache with what `seeds` picks from its
 * answer (cancelling reads of those keys still in flight) and invalidates the reads the write changes (WRITES), except those
 * just seeded. Resolves with the answer (or rejects like call()).
 */
export async function write<M extends WriteMethod>(
  method: M,
  input: Input<M>,
  seeds?: (out: Output<M>) => Seed[],
): Promise<Output<M>> {
  const out = await call(method, input);
  const fresh = seeds?.(out) ?? [];
  // A read of the same key still in flight was asked before this write: its answer would overwrite the seed
  // with the state before the write (a letter shown «borrador» after it was issued). It is cancelled first.
  await Promise.all(fresh.map((s) => queryClient.cancelQueries({ queryKey: s.queryKey, exact: true })));
  for (const s of fresh) queryClient.setQueryData(s.queryKey, s.data);
  invalidateAfter(method, fresh);
  return out;
}

/** Invalidates the reads `method` changes (WRITES), except those just seeded. */
export function invalidateAfter(method: WriteMethod, seeded: readonly Seed[] = []): void {
  const skip = new Set(seeded.map((s) => hashKey(s.queryKey)));
  const scopes: readonly Scope[] = WRITES[method];
  void queryClient.invalidateQueries({
    predicate: (q) => !skip.has(q.queryHash) && scopes.some((s) => inScope(q.queryKey, s)),
  });
}
