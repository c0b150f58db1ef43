/**
 * The renderer's one door to the backend. Typed from shared/api/contract.ts:
 * call('invoices.get', { id }) returns Promise<InvoiceDetail>.
 *
 * Inside Electron it goes through window.api (IPC); in a browser (web host,
 * e2e tests) it POSTs to /api/<method> with the per-run token, which arrives
 * once in the URL (#token=…), is kept in sessionStorage and removed from the
 * address bar.
 */
import type { Input, Method, Output } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/api/errors';

const TOKEN_KEY = 'cyp.apiToken';

/** An {ok:false} answer from the backend, or a transport failure (code 'red/…'). */
export class ApiCallError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }

  /** Field problems reported by the dispatcher's validation ({path, message}). */
  get issues(): { path: string; message: string }[] {
    const d = this.details as { issues?: unknown } | undefined;
    if (!d || !Array.isArray(d.issues)) return [];
    return d.issues.filter(
      (i): i is { path: string; message: string } =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as { path?: unknown }).path === 'string' &&
        typeof (i as { message?: unknown }).message === 'string',
    );
  }
}

let token: string | null = null;
let initialised = false;

/**
 * Reads the token from the URL hash once, keeps it for this tab and removes it
 * from the address bar (so it is not bookmarked, shared or left in history).
 * Idempotent; main.tsx calls it before the router reads the hash.
 */
export function initApiSession(): void {
  if (initialised) return;
  initialised = true;
  if (typeof window === 'undefined') return;
  const m = /(?:^#|[#&])token=([^&]+)/.exec(window.location.hash);
  if (m?.[1]) {
    token = decodeURIComponent(m[1]);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      /* storage disabled: keep it in memory */
    }
    const rest = window.location.hash.replace(/(?:^#|&)token=[^&]+/, '').replace(/^#?&/, '#');
    const clean = window.location.pathname + window.location.search + (rest && rest !== '#' ? rest : '');
    window.history.replaceState(null, '', clean);
  } else {
    try {
      token = sessionStorage.getItem(TOKEN_KEY);
    } catch {
      token = null;
    }
  }
}

export function isElectron(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined;
}

function unwrap<T>(result: Result<T>): T {
  if (result && typeof result === 'object' && 'ok' in result) {
    if (result.ok) return result.value;
    throw new ApiCallError(result.error);
  }
  throw new ApiCallError({
    code: 'red/respuesta-invalida',
    message: 'El servicio local respondió algo inesperado. Intente de nuevo.',
  });
}

async function httpInvoke(method: string, input: unknown): Promise<Result<unknown>> {
  initApiSession();
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'red/sin-conexion',
        message:
          'No se pudo comunicar con el servicio local de la aplicación. Verifique que siga abierto y vuelva a intentar.',
      },
    };
  }
  if (res.status === 401) {
    return {
      ok: false,
      error: {
        code: 'api/no-autorizado',
        message:
          'La sesión no es válida. Abra la aplicación con el enlace completo que muestra el servicio al iniciar.',
      },
    };
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'red/respuesta-invalida', message: `El servicio local respondió con un error (${res.status}).` },
    };
  }
}

/** Calls one API method; resolves with its output or throws ApiCallError. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = window.api ? await window.api.invoke(method, input) : await httpInvoke(method, input);
  return unwrap(result as Result<Output<M>>);
}

type Listener = (event: string, payload: unknown) => void;
const listeners = new Set<Listener>();
let detach: (() => void) | null = null;

function dispatchEvent(event: string, payload: unknown) {
  for (const l of [...listeners]) {
    try {
      l(event, payload);
    } catch (err) {
      console.error('Error en un oyente de eventos', err);
    }
  }
}

function attach(): () => void {
  if (window.api) return window.api.onEvent((e) => dispatchEvent(e.event, e.payload));
  initApiSession();
  if (typeof EventSource === 'undefined') return () => {};
  const src = new EventSource(`/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  src.onmessage = (msg: MessageEvent<string>) => {
    try {
      const data = JSON.parse(msg.data) as { event?: unknown; payload?: unknown };
      if (typeof data.event === 'string') dispatchEvent(data.event, data.payload);
    } catch {
      /* a keep-alive or malformed line: ignore */
    }
  };
  return () => src.close();
}

/** Subscribes to backend events (progress, changes). Returns the unsubscribe function. */
export function onEvent(cb: Listener): () => void {
  listeners.add(cb);
  if (!detach) detach = attach();
  return () => {
    listeners.delete(cb);
    if (listeners.size === 0 && detach) {
      detach();
      detach = null;
    }
  };
}

/** A fresh idempotency key for one logical submission (kept across its retries). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; 127.0.0.1 is one, but stay safe.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
