/** UI state of the 32x32 view: as-of date, filter, sort and the state open in the side panel. */
import { create } from 'zustand';

export type SortKey = 'entidad' | 'cobrar' | 'pagar' | 'neto' | 'vencido' | 'antigua' | 'plazo' | 'casos';
export type SortDir = 'asc' | 'desc';

export interface PortabilidadFilters {
  /** null: today. */
  asOf: string | null;
  onlyWithBalance: boolean;
  sort: SortKey;
  dir: SortDir;
}

const defaults: PortabilidadFilters = { asOf: null, onlyWithBalance: false, sort: 'entidad', dir: 'asc' };

interface PortabilidadState extends PortabilidadFilters {
  /** counterpartyId of the state whose panel is open. */
  selected: number | null;
  set(patch: Partial<PortabilidadFilters>): void;
  reset(): void;
  /** Sorting by the current column flips the direction; a new column starts with its natural one. */
  sortBy(key: SortKey): void;
  select(id: number | null): void;
}

/** Amounts and counts read best largest first; names, dates and the urgency order ascending. */
const NATURAL_DIR: Record<SortKey, SortDir> = {
  entidad: 'asc',
  cobrar: 'desc',
  pagar: 'desc',
  neto: 'desc',
  vencido: 'desc',
  antigua: 'desc',
  plazo: 'asc',
  casos: 'desc',
};

export const usePortabilidad = create<PortabilidadState>((set) => ({
  ...defaults,
  selected: null,
  set: (patch) => set((s) => ({ ...s, ...patch })),
  reset: () => set((s) => ({ ...s, asOf: defaults.asOf, onlyWithBalance: defaults.onlyWithBalance })),
  sortBy: (key) =>
    set((s) => (s.sort === key ? { dir: s.dir === 'asc' ? 'desc' : 'asc' } : { sort: key, dir: NATURAL_DIR[key] })),
  select: (id) => set({ selected: id }),
}));

export function activeFilterCount(f: PortabilidadFilters): number {
  return [f.asOf, f.onlyWithBalance || null].filter((v) => v !== null).length;
}
