/**
 * The dispatcher: one entry point for every host (IPC, HTTP, CLI).
 * Validates input with the contract's zod schema, runs the handler inside one
 * synchronous SQLite transaction, and returns {ok,value} | {ok:false,error}
 * with a Spanish message. Nothing is written when anything fails.
 */
import type { z } from 'zod';
import { contract, isMethod, READ_ONLY_METHODS, type Method, type Output, type ParsedInput } from '../shared/api/contract';
import { DomainError, ErrorCodes, type ApiError, type Result } from '../shared/api/errors';
import type { OpenedDatabase } from '../db/open';
import { MoneyError } from '../shared/domain/money';
import { localDate, type ServiceContext } from './context';

export type Handler<M extends Method> = (ctx: ServiceContext, input: ParsedInput<M>) => Output<M>;
export type Handlers = { [M in Method]: Handler<M> };

export interface DispatcherOptions {
  now?: () => Date;
  emit?: (event: string, payload: unknown) => void;
  /** Where unexpected errors are logged (never shown to the user). */
  log?: (message: string, err: unknown) => void;
}

export type Dispatch = (method: string, input: unknown) => Result<unknown>;

export function formatZodIssues(issues: readonly z.core.$ZodIssue[]): { message: string; details: { issues: { path: string; message: string }[] } } {
  const list = issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const text = list.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return { message: `Datos no válidos. ${text}`, details: { issues: list } };
}

interface SqliteLikeError {
  code?: string;
  message: string;
}

/** Maps an exception to the API error the screen shows. */
export function toApiError(err: unknown, log: DispatcherOptions['log']): ApiError {
  if (err instanceof DomainError) return { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) };
  // e.g. a payment whose total exceeds the largest representable amount.
  if (err instanceof MoneyError) return { code: 'dinero/importe-invalido', message: `${err.message} No se guardó nada.` };
  const e = err as SqliteLikeError;
  if (e && typeof e.code === 'string' && e.code.startsWith('SQLITE_')) {
    if (e.code === 'SQLITE_CONSTRAINT_TRIGGER') return { code: 'libro/regla', message: `No se guardó: ${e.message.replace(/^libro mayor: /, '')}.` };
    if (e.code === 'SQLITE_CONSTRAINT_UNIQUE') return { code: ErrorCodes.duplicate, message: 'Ya existe un registro con esos datos; no se guardó nada.' };
    if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { code: 'general/referencia-invalida', message: 'El registro hace referencia a otro que no existe; no se guardó nada.' };
    if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED') return { code: 'db/ocupada', message: 'La base de datos está ocupada por otro proceso. Intente de nuevo en unos segundos.' };
    if (e.code === 'SQLITE_FULL') return { code: 'db/disco-lleno', message: 'No hay espacio en el disco para guardar. No se guardó nada.' };
    if (e.code === 'SQLITE_READONLY') return { code: 'db/solo-lectura', message: 'El archivo de datos es de solo lectura. No se guardó nada.' };
  }
  log?.('Error interno', err);
  return { code: ErrorCodes.internal, message: 'Ocurrió un error interno y no se guardó ningún cambio. Si se repite, avise a soporte.' };
}

export function createDispatcher(opened: OpenedDatabase, handlers: Handlers, opts: DispatcherOptions = {}): Dispatch {
  const now = opts.now ?? (() => new Date());
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    now,
    today: () => localDate(now()),
    emit: opts.emit ?? (() => {}),
  };
  const log = opts.log ?? ((m, e) => console.error(m, e));

  return function dispatch(method: string, rawInput: unknown): Result<unknown> {
    if (!isMethod(method)) {
      return { ok: false, error: { code: ErrorCodes.unknownMethod, message: `La operación «${method}» no existe.` } };
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const { message, details } = formatZodIssues(parsed.error.issues);
      return { ok: false, error: { code: ErrorCodes.invalidInput, message, details } };
    }
    const handler = handlers[method] as (c: ServiceContext, i: unknown) => unknown;
    try {
      const run = opened.sqlite.transaction(() => handler(ctx, parsed.data));
      // IMMEDIATE takes the write lock up front, so two processes never
      // deadlock upgrading a read lock; reads stay DEFERRED.
      const value = READ_ONLY_METHODS.has(method) ? run.deferred() : run.immediate();
      if (value instanceof Promise) throw new Error(`El manejador de ${method} devolvió una promesa: las transacciones deben ser síncronas.`);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toApiError(err, log) };
    }
  };
}
