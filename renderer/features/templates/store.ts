/** UI state of the template editor: which type is open (kept while visiting other tabs). */
import { create } from 'zustand';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';

interface TemplatesUiState {
  selected: DocumentTypeKey | null;
  select(key: DocumentTypeKey): void;
}

export const useTemplatesUi = create<TemplatesUiState>((set) => ({
  selected: null,
  select: (selected) => set({ selected }),
}));
