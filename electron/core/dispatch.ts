/**
 * The dispatcher: one entry point for every host (IPC, HTTP, CLI).
 * Validates input with the contract's zod schema, runs the handler by the
 * method's declared kind and returns {ok,value} | {ok:false,error} with a
 * Spanish message. Nothing is written when anything fails.
 *  - read: one DEFERRED transaction with the connection query_only, so a read
 *    handler that tries to write fails (and writes nothing);
 *  - write: one IMMEDIATE transaction;
 *  - job (PDF rendering, batches, exports): async; `run` validates the same
 *    way, then the handler opens its own short transactions between awaits,
 *    reports progress and may be cancelled.
 */
import { randomBytes } from 'node:crypto';
import { LedgerErrorCodes } from '../../shared/api/errors-ledger';
import { JobErrorCodes } from '../../shared/api/errors';
import os from 'node:os';
import type { z } from 'zod';
import { contract, isMethod, kindOf, type Method } from '../../shared/api/contract';
import { DomainError, ErrorCodes, type ApiError, type Result } from '../../shared/api/errors';
import type { OpenedDatabase } from '../../db/open';
import { MoneyError } from '../../shared/domain/money';
import { businessDate, type JobContext, type ReadContext, type ServiceContext } from './context';
import type { AllHandlers } from './handlers';

export interface DispatcherOptions {
  now?: () => Date;
  emit?: (event: string, payload: unknown) => void;
  /** Where unexpected errors are logged (never shown to the user). */
  log?: (message: string, err: unknown) => void;
  /** Folder for exports; defaults to the system's temporary folder. */
  dataDir?: string;
  /** Pins the business date (YYYY-MM-DD) that ctx.today() answers: tests, demos, reproducing a deadline. */
  today?: string;
}

export interface Dispatch {
  /** Synchronous methods: one transaction, result at once. */
  (method: string, input: unknown): Result<unknown>;
  /** Any method, jobs included. */
  run(method: string, input: unknown): Promise<Result<unknown>>;
  /** Asks a running job to stop; false when no such job is running. */
  cancel(jobId: string): boolean;
}

export { JobErrorCodes };

export function jobCancelledError(): DomainError {
  return new DomainError(JobErrorCodes.cancelled, 'Tarea cancelada: no se guardó lo que faltaba.');
}

export function formatZodIssues(issues: readonly z.core.$ZodIssue[]): {
  message: string;
  details: { issues: { path: string; message: string }[] };
} {
  const list = issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const text = list.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return { message: `Datos no válidos. ${text}`, details: { issues: list } };
}

interface SqliteLikeError {
  code?: string;
  message: string;
}

/** Trigger messages start with the rule's area ("libro mayor: …"); the user sees the rule. */
const TRIGGER_PREFIX =
  /^(libro mayor|bitácora|documentos|plantillas|archivos|expedientes|importaciones|acuerdos|etapas de cobro): /;

/** Maps an exception to the API error the screen shows. */
export function toApiError(err: unknown, log: DispatcherOptions['log']): ApiError {
  if (err instanceof DomainError)
    return { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) };
  // e.g. a payment whose total exceeds the largest representable amount.
  if (err instanceof MoneyError) return { code: ErrorCodes.invalidMoney, message: `${err.message} No se guardó nada.` };
  const e = err as SqliteLikeError;
  if (e && typeof e.code === 'string' && e.code.startsWith('SQLITE_')) {
    if (e.code === 'SQLITE_CONSTRAINT_TRIGGER')
      return { code: LedgerErrorCodes.rule, message: `No se guardó: ${e.message.replace(TRIGGER_PREFIX, '')}.` };
    if (e.code === 'SQLITE_CONSTRAINT_UNIQUE')
      return { code: ErrorCodes.duplicate, message: 'Ya existe un registro con esos datos; no se guardó nada.' };
    if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
      return {
        code: ErrorCodes.invalidReference,
        message: 'El registro hace referencia a otro que no existe; no se guardó nada.',
      };
    if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED')
      return {
        code: ErrorCodes.dbBusy,
        message: 'La base de datos está ocupada por otro proceso. Intente de nuevo en unos segundos.',
      };
    if (e.code === 'SQLITE_FULL')
      return { code: ErrorCodes.diskFull, message: 'No hay espacio en el disco para guardar. No se guardó nada.' };
    if (e.code === 'SQLITE_READONLY')
      return { code: ErrorCodes.dbReadOnly, message: 'El archivo de datos es de solo lectura. No se guardó nada.' };
  }
  log?.('Error interno', err);
  return {
    code: ErrorCodes.internal,
    message: 'Ocurrió un error interno y no se guardó ningún cambio. Si se repite, avise a soporte.',
  };
}

const isJob = (m: string): boolean => isMethod(m) && kindOf(m) === 'job';

/** A read handler that wrote: the connection was query_only, so nothing was written. */
function readOnlyViolation(label: string, err: unknown): Error {
  return new Error(`${label} es de solo lectura e intentó escribir.`, { cause: err });
}

export function createDispatcher(
  opened: OpenedDatabase,
  handlers: AllHandlers,
  opts: DispatcherOptions = {},
): Dispatch {
  const now = opts.now ?? (() => new Date());
  const today = businessDate(now, opts.today);
  const emit = opts.emit ?? (() => {});
  const running = new Map<string, AbortController>();
  const jobs = {
    cancel(jobId: string): boolean {
      const c = running.get(jobId);
      if (!c) return false;
      c.abort();
      return true;
    },
  };
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    now,
    today,
    todayPinned: opts.today !== undefined,
    emit,
    dataDir: opts.dataDir ?? os.tmpdir(),
    jobs,
  };
  const log = opts.log ?? ((m, e) => console.error(m, e));

  function synchronous<T>(value: T, label: string): T {
    if (value instanceof Promise)
      throw new Error(`${label} devolvió una promesa: las transacciones deben ser síncronas.`);
    return value;
  }
  // IMMEDIATE takes the write lock up front, so two processes never
  // deadlock upgrading a read lock.
  function transactWrite<T>(fn: (c: ServiceContext) => T, label: string): T {
    return opened.sqlite.transaction(() => synchronous(fn(ctx), label)).immediate();
  }
  // DEFERRED, and query_only for its duration: SQLite itself refuses a write.
  function transactRead<T>(fn: (c: ReadContext) => T, label: string): T {
    opened.sqlite.pragma('query_only = ON');
    try {
      return opened.sqlite.transaction(() => synchronous(fn(ctx), label)).deferred();
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_READONLY') throw readOnlyViolation(label, err);
      throw err;
    } finally {
      opened.sqlite.pragma('query_only = OFF');
    }
  }

  type Parsed = { ok: true; method: string; data: unknown } | { ok: false; result: Result<unknown> };
  function validate(method: string, rawInput: unknown): Parsed {
    if (!isMethod(method)) {
      return {
        ok: false,
        result: {
          ok: false,
          error: { code: ErrorCodes.unknownMethod, message: `La operación «${method}» no existe.` },
        },
      };
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const { message, details } = formatZodIssues(parsed.error.issues);
      return { ok: false, result: { ok: false, error: { code: ErrorCodes.invalidInput, message, details } } };
    }
    return { ok: true, method, data: parsed.data };
  }

  const dispatch = function dispatch(method: string, rawInput: unknown): Result<unknown> {
    const v = validate(method, rawInput);
    if (!v.ok) return v.result;
    if (isJob(method)) {
      return {
        ok: false,
        error: {
          code: JobErrorCodes.notAJob,
          message: `La operación ${method} es una tarea larga: llámela con run().`,
        },
      };
    }
    const handler = handlers[method as Method] as (c: ServiceContext, i: unknown) => unknown;
    const label = `El manejador de ${method}`;
    try {
      const value =
        kindOf(method as Method) === 'read'
          ? transactRead((c) => handler(c as ServiceContext, v.data), label)
          : transactWrite((c) => handler(c, v.data), label);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toApiError(err, log) };
    }
  } as Dispatch;

  dispatch.run = async (method: string, rawInput: unknown): Promise<Result<unknown>> => {
    if (!isJob(method)) return dispatch(method, rawInput);
    const v = validate(method, rawInput);
    if (!v.ok) return v.result;
    const requested = (v.data as { jobId?: string }).jobId;
    const jobId = requested ?? randomBytes(9).toString('base64url');
    if (running.has(jobId))
      return {
        ok: false,
        error: { code: ErrorCodes.duplicate, message: 'Ya hay una tarea en curso con ese identificador.' },
      };
    const controller = new AbortController();
    running.set(jobId, controller);
    const job: JobContext = {
      now,
      today,
      dataDir: ctx.dataDir,
      jobId,
      read: (fn) => transactRead(fn, method),
      write: (fn) => transactWrite(fn, method),
      progress: (done, total, label = '') => emit('job.progress', { jobId, method, done, total, label }),
      signal: controller.signal,
      checkCancelled: () => {
        if (controller.signal.aborted) throw jobCancelledError();
      },
    };
    try {
      const handler = handlers[method as Method] as (j: JobContext, i: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(job, v.data) };
    } catch (err) {
      return { ok: false, error: toApiError(err, log) };
    } finally {
      running.delete(jobId);
    }
  };
  dispatch.cancel = jobs.cancel;
  return dispatch;
}
