/**
 * What every screen needs to know about the running app: setup status, the
 * institution profile and its locale. Loaded once by the shell (app.status and
 * settings.get, together) and kept in step with the query cache: a screen that
 * reads either again (the Tablero's counts) or a write that changes the
 * settings (./writes.ts) updates it here. UI state only: the data lives in the
 * backend.
 */
import { hashKey } from '@tanstack/react-query';
import { create } from 'zustand';
import type { AppStatus, Profile, Settings } from '../../shared/api/types';
import { apiKey, apiQuery, queryClient } from './queryClient';

interface SessionState {
  status: AppStatus | null;
  /** null until the first setup is completed. */
  settings: Settings | null;
  loading: boolean;
  error: string | null;
  /** Reloads app.status and settings.get (both at once). */
  refresh(): Promise<void>;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** Before the first setup there is no institution: nothing to show. */
const settingsOf = (s: Settings) => (s.institution ? s : null);

export const useSession = create<SessionState>((set, get) => ({
  status: null,
  settings: null,
  loading: true,
  error: null,
  async refresh() {
    set({ loading: get().status === null, error: null });
    // settings.get answers before the setup too (institution null): no need to wait for app.status.
    // Kept in the cache for the whole session: writes patch settings.get there (./writes.ts).
    const [status, settings] = await Promise.allSettled([
      queryClient.fetchQuery({ ...apiQuery('app.status', {}), staleTime: 0, gcTime: Infinity }),
      queryClient.fetchQuery({ ...apiQuery('settings.get', {}), staleTime: 0, gcTime: Infinity }),
    ]);
    if (status.status === 'rejected') {
      set({ loading: false, error: message(status.reason) });
    } else if (!status.value.setupCompleted) {
      set({ status: status.value, settings: null, loading: false });
    } else if (settings.status === 'rejected') {
      set({ loading: false, error: message(settings.reason) });
    } else {
      set({ status: status.value, settings: settingsOf(settings.value), loading: false });
    }
  },
}));

// The cache → the session: a later read of app.status or settings.get, or a write's seed of settings.get.
const STATUS_HASH = hashKey(apiKey('app.status', {}));
const SETTINGS_HASH = hashKey(apiKey('settings.get', {}));
queryClient.getQueryCache().subscribe((e) => {
  if (e.type !== 'updated' || e.action.type !== 'success') return;
  if (e.query.queryHash === STATUS_HASH) useSession.setState({ status: e.query.state.data as AppStatus });
  else if (e.query.queryHash === SETTINGS_HASH)
    useSession.setState({ settings: settingsOf(e.query.state.data as Settings) });
});

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
