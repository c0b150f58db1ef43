/**
 * The renderer's data cache (TanStack Query v5). Every read is keyed by the
 * API method and its input — ['invoices.list', { page: 1, … }] — so two
 * screens asking the same thing share one request and one answer; every write
 * goes through write() (./writes.ts), which seeds what it returned and
 * invalidates what it changed.
 */
import { QueryClient, queryOptions, type QueryKey } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../shared/api/contract';
import { ApiCallError, call } from './api';

/** A lost connection to the local service may pass; a refusal (validation, a rule, not found) answers the same again. */
function isTransient(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'red/sin-conexion';
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The backend is local and every write invalidates what it changed: a few seconds
      // cover a screen, its dialogs and the screen it leads to without asking again.
      staleTime: 5_000,
      retry: (failures, error) => failures < 2 && isTransient(error),
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // The service is IPC or 127.0.0.1: it answers whether or not the machine is online.
      networkMode: 'always',
    },
  },
});

/** The cache key of one API read: the method and its input. */
export type ApiKey<M extends Method> = readonly [M, Input<M>];

export function apiKey<M extends Method>(method: M, input: Input<M>): ApiKey<M> {
  return [method, input];
}

/**
 * useQuery(apiQuery('invoices.get', { id })): the key and the call of one API
 * read. `before` runs first inside the same fetch (e.g. the agreements'
 * review, which must be recorded before they are read).
 */
export function apiQuery<M extends Method>(method: M, input: Input<M>, before?: () => Promise<unknown>) {
  return queryOptions<Output<M>, Error, Output<M>, ApiKey<M>>({
    queryKey: apiKey(method, input),
    queryFn: async () => {
      if (before) await before();
      return call(method, input);
    },
  });
}

/**
 * What a write puts in the cache under the key of the read that shows it: the
 * entity it returned, or a change to the entity cached there (see ./writes.ts).
 */
export interface Seed {
  queryKey: QueryKey;
  data: unknown;
}

/** The domains of the API ('invoices', 'cartera', …) and its methods: what a write says it changed. */
type DomainOf<M> = M extends `${infer D}.${string}` ? D : never;
export type Scope = Method | DomainOf<Method> | 'cartera.dtf' | 'cartera.moraDian' | 'imports.mappings';

/** The key belongs to the scope: the method itself, or a method of that domain ('cartera' → 'cartera.aging'). */
export function inScope(key: QueryKey, scope: Scope): boolean {
  const m = key[0];
  return typeof m === 'string' && (m === scope || m.startsWith(`${scope}.`));
}
