/** UI state of the Acuerdos list: filters survive a visit to an agreement. */
import { create } from 'zustand';
import type { AgreementStateName } from '../../../shared/api/types-agreements';

export interface AgreementFilters {
  state: AgreementStateName | null;
  counterpartyId: number | null;
  tab: 'acuerdos' | 'bdme';
}

const defaults: AgreementFilters = { state: null, counterpartyId: null, tab: 'acuerdos' };

export const useAgreementsList = create<
  AgreementFilters & { set(patch: Partial<AgreementFilters>): void; reset(): void }
>((set) => ({
  ...defaults,
  set: (patch) => set(patch),
  reset: () => set({ state: null, counterpartyId: null }),
}));
