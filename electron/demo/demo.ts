/**
 * Demo data ("datos de ejemplo") for the first run and for training.
 *
 * Everything is written through the same service functions a person's
 * commands use (counterparties.update/create, invoices.create,
 * ledger.registerPayment, ledger.reverse), with inputs parsed by the API
 * contract, inside the caller's one transaction: demo data obeys every rule
 * and a failure leaves nothing behind. Randomness is a seeded PRNG and dates
 * are relative to ctx.today(), so the same day gives the same data.
 * Idempotency keys start with "demo-"; a second load is refused.
 */
import { DemoErrorCodes } from '../../shared/api/errors-settings';
import { DomainError } from '../../shared/api/errors';
import type { DemoResult, Profile } from '../../shared/api/types';
import type { ServiceContext } from '../core/context';
import { loadDemoCases } from './cases';
import { loadDemoCorrespondence, loadDemoMemoAddressees } from './correspondence';
import { requireInstitution } from '../modules/settings/service';
import { loadCo } from './demo-co';
import { loadMx } from './demo-mx';

export const DEMO_KEY_PREFIX = 'demo-';

export { DemoErrorCodes };

/** Any posting with a demo key means the demo was already loaded (GLOB uses the unique index). */
function demoAlreadyLoaded(ctx: ServiceContext): boolean {
  return Boolean(
    ctx.sqlite.prepare(`SELECT 1 FROM postings WHERE idempotency_key GLOB ? LIMIT 1`).get(`${DEMO_KEY_PREFIX}*`),
  );
}

/**
 * Loads the small demo for the institution's profile, inside the caller's
 * transaction. Refused with `demo/ya-cargada` when it was loaded before, and
 * with `demo/perfil-distinto` when `requestedProfile` is not the institution's.
 */
export function loadDemoSmall(ctx: ServiceContext, requestedProfile?: Profile): DemoResult {
  const inst = requireInstitution(ctx);
  if (requestedProfile && requestedProfile !== inst.profile) {
    throw new DomainError(
      DemoErrorCodes.otherProfile,
      `La institución tiene el perfil ${inst.profile}; no se pueden cargar datos de ejemplo del perfil ${requestedProfile}.`,
    );
  }
  if (demoAlreadyLoaded(ctx)) {
    throw new DomainError(
      DemoErrorCodes.alreadyLoaded,
      'Los datos de ejemplo ya están cargados en este archivo; no se cargaron de nuevo para no duplicar facturas ni pagos.',
    );
  }
  const result = inst.profile === 'MX' ? loadMx(ctx, inst) : loadCo(ctx, inst);
  loadDemoMemoAddressees(ctx, inst);
  loadDemoCorrespondence(ctx, inst);
  if (inst.profile === 'MX') loadDemoCases(ctx);
  return result;
}
