/** UI state of Documentos: the list's filters and page survive a visit to a detail. */
import { create } from 'zustand';
import type { DocumentStatus } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';

export interface DocumentFilters {
  docType: DocumentTypeKey | null;
  status: DocumentStatus | null;
  counterpartyId: number | null;
  year: number | null;
  search: string;
  page: number;
}

const defaults: DocumentFilters = {
  docType: null,
  status: null,
  counterpartyId: null,
  year: null,
  search: '',
  page: 1,
};

interface DocumentsListState extends DocumentFilters {
  set(patch: Partial<DocumentFilters>): void;
  reset(patch?: Partial<DocumentFilters>): void;
}

export const useDocumentsList = create<DocumentsListState>((set) => ({
  ...defaults,
  // Any filter change returns to page 1 unless a page is given.
  set: (patch) => set((s) => ({ ...s, ...patch, page: patch.page ?? 1 })),
  reset: (patch) => set({ ...defaults, ...patch }),
}));

export function activeFilterCount(f: DocumentFilters): number {
  return [f.docType, f.status, f.counterpartyId, f.year, f.search || null].filter((v) => v !== null).length;
}
