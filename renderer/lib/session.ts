/**
 * What every screen needs to know about the running app: setup status, the
 * institution profile and its locale. Loaded once by the shell and refreshed
 * after settings are saved. UI state only: the data lives in the backend.
 */
import { create } from 'zustand';
import type { AppStatus, Institution, Profile, Settings } from '../../shared/api/types';
import { call } from './api';

interface SessionState {
  status: AppStatus | null;
  settings: Settings | null;
  loading: boolean;
  error: string | null;
  /** Reloads app.status and settings.get. */
  refresh(): Promise<void>;
  setSettings(s: Settings): void;
  setInstitution(i: Institution): void;
}

export const useSession = create<SessionState>((set, get) => ({
  status: null,
  settings: null,
  loading: true,
  error: null,
  async refresh() {
    set({ loading: get().status === null, error: null });
    try {
      const status = await call('app.status', {});
      const settings = status.setupCompleted ? await call('settings.get', {}) : null;
      set({ status, settings, loading: false });
    } catch (err) {
      set({ loading: false, error: err instanceof Error ? err.message : String(err) });
    }
  },
  setSettings(settings) {
    set({ settings });
  },
  setInstitution(institution) {
    const s = get().settings;
    if (s) set({ settings: { ...s, institution } });
  },
}));

export function useLocale(): 'es-MX' | 'es-CO' {
  return useSession((s) => s.settings?.institution?.locale ?? s.status?.locale ?? 'es-MX');
}

export function useProfile(): Profile {
  return useSession((s) => s.settings?.institution?.profile ?? s.status?.profile ?? 'MX');
}

export const PROFILE_LABELS: Record<Profile, string> = {
  MX: 'Portabilidad 32x32',
  CO: 'Cartera de salud',
};
