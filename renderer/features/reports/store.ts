/** UI state of the Reportes screen: the aging report's filters and the debtor open in the drill-down. */
import { create } from 'zustand';

export type Direction = 'receivable' | 'payable';

export interface AgingFilters {
  /** null: today. */
  asOf: string | null;
  direction: Direction;
  prescripcionAnios: number;
}

const defaults: AgingFilters = { asOf: null, direction: 'receivable', prescripcionAnios: 3 };

interface ReportsState extends AgingFilters {
  /** counterpartyId open in the drill-down. */
  selected: number | null;
  set(patch: Partial<AgingFilters>): void;
  reset(): void;
  select(id: number | null): void;
}

export const useReports = create<ReportsState>((set) => ({
  ...defaults,
  selected: null,
  set: (patch) => set((s) => ({ ...s, ...patch })),
  reset: () => set((s) => ({ ...s, ...defaults })),
  select: (id) => set({ selected: id }),
}));

export function activeFilterCount(f: AgingFilters): number {
  return [
    f.asOf,
    f.direction !== defaults.direction || null,
    f.prescripcionAnios !== defaults.prescripcionAnios || null,
  ].filter((v) => v !== null).length;
}
