/**
 * Hash routing in a zustand store: '#/cartera/facturas/12?x=1'. The URL is the
 * source of truth (back/forward work); features navigate with navigate().
 */
import { create } from 'zustand';

export interface Location {
  /** Path segments, e.g. ['cartera', 'facturas', '12']. */
  segments: string[];
  query: Record<string, string>;
  path: string;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?');
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(queryPart)) query[k] = v;
  return { segments, query, path: '/' + segments.join('/') };
}

interface RouterState {
  location: Location;
  navigate(path: string, opts?: { replace?: boolean }): void;
}

const initial = typeof window === 'undefined' ? parseHash('') : parseHash(window.location.hash);

export const useRouter = create<RouterState>(() => ({
  location: initial,
  navigate(path, opts) {
    const hash = '#' + (path.startsWith('/') ? path : '/' + path);
    if (opts?.replace) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search + hash);
      useRouter.setState({ location: parseHash(hash) });
    } else if (window.location.hash !== hash) {
      window.location.hash = hash; // hashchange updates the store
    }
  },
}));

/** Call once at startup (after the API token was taken from the hash). */
export function startRouter(): () => void {
  useRouter.setState({ location: parseHash(window.location.hash) });
  const onChange = () => useRouter.setState({ location: parseHash(window.location.hash) });
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function navigate(path: string, opts?: { replace?: boolean }): void {
  useRouter.getState().navigate(path, opts);
}

export function useLocation(): Location {
  return useRouter((s) => s.location);
}

/** Builds '/path?k=v' skipping empty values. */
export function withQuery(path: string, query: Record<string, string | number | null | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
