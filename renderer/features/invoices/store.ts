/** UI state of Facturas: filters, sort and page survive a visit to a detail. */
import { create } from 'zustand';
import type { Direction } from '../../../shared/api/types';

export type StatusFilter = 'pendiente' | 'vencida' | 'pagada' | 'con_saldo';
export type SortKey = 'due_asc' | 'due_desc' | 'number_asc' | 'balance_desc';

export interface InvoiceFilters {
  counterpartyId: number | null;
  direction: Direction | null;
  status: StatusFilter | null;
  search: string;
  dueFrom: string | null;
  dueTo: string | null;
  sort: SortKey;
  page: number;
}

const defaults: InvoiceFilters = {
  counterpartyId: null,
  direction: null,
  status: null,
  search: '',
  dueFrom: null,
  dueTo: null,
  sort: 'due_asc',
  page: 1,
};

interface InvoicesListState extends InvoiceFilters {
  set(patch: Partial<InvoiceFilters>): void;
  reset(patch?: Partial<InvoiceFilters>): void;
}

export const useInvoicesList = create<InvoicesListState>((set) => ({
  ...defaults,
  // Any filter change returns to page 1 unless a page is given.
  set: (patch) => set((s) => ({ ...s, ...patch, page: patch.page ?? 1 })),
  reset: (patch) => set({ ...defaults, ...patch }),
}));

export function activeFilterCount(f: InvoiceFilters): number {
  return [f.counterpartyId, f.direction, f.status, f.search || null, f.dueFrom, f.dueTo].filter((v) => v !== null)
    .length;
}
