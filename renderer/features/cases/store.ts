/** UI state of the Casos list: filters and page survive a visit to a case. */
import { create } from 'zustand';
import type { CaseDirection } from '../../../shared/api/types';

export type OpenFilter = 'abiertos' | 'cerrados' | 'todos';

export interface CaseFilters {
  direction: CaseDirection | null;
  counterpartyId: number | null;
  open: OpenFilter;
  page: number;
}

const defaults: CaseFilters = { direction: null, counterpartyId: null, open: 'abiertos', page: 1 };

interface CasesListState extends CaseFilters {
  set(patch: Partial<CaseFilters>): void;
  reset(patch?: Partial<CaseFilters>): void;
}

export const useCasesList = create<CasesListState>((set) => ({
  ...defaults,
  // Any filter change returns to page 1 unless a page is given.
  set: (patch) => set((s) => ({ ...s, ...patch, page: patch.page ?? 1 })),
  reset: (patch) => set({ ...defaults, ...patch }),
}));

export function activeFilterCount(f: CaseFilters): number {
  return [f.direction, f.counterpartyId, f.open === 'abiertos' ? null : f.open].filter((v) => v !== null).length;
}
