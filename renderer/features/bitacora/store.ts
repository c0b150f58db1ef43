/** UI state of the Bitácora list: filters and page survive a visit to an entry. */
import { create } from 'zustand';
import type { BitacoraDirection } from '../../../shared/api/types';

export interface BitacoraFilterState {
  search: string;
  from: string | null;
  to: string | null;
  counterpartyId: number | null;
  direction: BitacoraDirection | null;
  docKind: string;
  page: number;
}

const defaults: BitacoraFilterState = {
  search: '',
  from: null,
  to: null,
  counterpartyId: null,
  direction: null,
  docKind: '',
  page: 1,
};

interface BitacoraListState extends BitacoraFilterState {
  set(patch: Partial<BitacoraFilterState>): void;
  reset(patch?: Partial<BitacoraFilterState>): void;
}

export const useBitacoraList = create<BitacoraListState>((set) => ({
  ...defaults,
  // Any filter change returns to page 1 unless a page is given.
  set: (patch) => set((s) => ({ ...s, ...patch, page: patch.page ?? 1 })),
  reset: (patch) => set({ ...defaults, ...patch }),
}));

export function activeFilterCount(f: BitacoraFilterState): number {
  return [f.search.trim() || null, f.from, f.to, f.counterpartyId, f.direction, f.docKind.trim() || null].filter(
    (v) => v !== null,
  ).length;
}

/** The filters as the API takes them (bitacora.list / bitacora.export). */
export function apiFilters(f: BitacoraFilterState) {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.counterpartyId ? { counterpartyId: f.counterpartyId } : {}),
    ...(f.direction ? { direction: f.direction } : {}),
    ...(f.docKind.trim() ? { docKind: f.docKind.trim() } : {}),
  };
}
