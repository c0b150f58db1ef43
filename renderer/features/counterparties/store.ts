/** UI state of Entidades: the list's filters and page survive a visit to a detail. */
import { create } from 'zustand';
import type { CounterpartyKind } from '../../../shared/domain/catalogs';

interface EntitiesListState {
  search: string;
  kind: CounterpartyKind | null;
  includeInactive: boolean;
  page: number;
  set(patch: Partial<Omit<EntitiesListState, 'set' | 'reset'>>): void;
  reset(): void;
}

export const useEntitiesList = create<EntitiesListState>((set) => ({
  search: '',
  kind: null,
  includeInactive: false,
  page: 1,
  // Any filter change goes back to page 1 unless a page is given.
  set: (patch) => set((s) => ({ ...s, ...patch, page: patch.page ?? 1 })),
  reset: () => set({ search: '', kind: null, includeInactive: false, page: 1 }),
}));
