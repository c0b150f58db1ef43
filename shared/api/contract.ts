/**
 * The API contract: every method 'namespace.verb', declared once in its
 * namespace's file (shared/api/<namespace>.ts) with its kind, zod input and
 * output type. The dispatcher validates against it and runs each method by
 * its kind; the renderer's call() is typed from it. A method without a
 * handler fails typecheck (electron/modules/<namespace>/handlers.ts).
 */
import type { z } from 'zod';
import { agreementsMethods } from './agreements';
import { appMethods } from './app';
import { bdmeMethods } from './bdme';
import { assetsMethods } from './assets';
import { bitacoraMethods } from './bitacora';
import { calendarMethods } from './calendar';
import { carteraMethods } from './cartera';
import { casesMethods } from './cases';
import { conciliacionesMethods } from './conciliaciones';
import { counterpartiesMethods } from './counterparties';
import { demoMethods } from './demo';
import { deterioroMethods } from './deterioro';
import { documentsMethods } from './documents';
import { expedientesMethods } from './expedientes';
import { filesMethods } from './files';
import { importsMethods } from './imports';
import { invoicesMethods } from './invoices';
import { jobsMethods } from './jobs';
import { ledgerMethods } from './ledger';
import { composeContract, type MethodKind } from './method';
import { portabilidadMethods } from './portabilidad';
import { settingsMethods } from './settings';
import { templatesMethods } from './templates';

export const contract = composeContract(
  appMethods,
  settingsMethods,
  calendarMethods,
  assetsMethods,
  counterpartiesMethods,
  invoicesMethods,
  ledgerMethods,
  carteraMethods,
  conciliacionesMethods,
  agreementsMethods,
  bdmeMethods,
  deterioroMethods,
  expedientesMethods,
  casesMethods,
  portabilidadMethods,
  documentsMethods,
  templatesMethods,
  bitacoraMethods,
  filesMethods,
  jobsMethods,
  importsMethods,
  demoMethods,
);

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults optional). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (defaults applied). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

type MethodsOfKind<K extends MethodKind> = { [M in Method]: Contract[M]['kind'] extends K ? M : never }[Method];
export type ReadMethod = MethodsOfKind<'read'>;
export type WriteMethod = MethodsOfKind<'write'>;
/** Long work (PDF rendering, batches, exports): async, own transactions, progress, cancellable. */
export type JobMethod = MethodsOfKind<'job'>;
export type SyncMethod = Exclude<Method, JobMethod>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function kindOf(method: Method): MethodKind {
  return contract[method].kind;
}

const ofKind = <M extends Method>(kind: MethodKind) => new Set(METHODS.filter((m) => kindOf(m) === kind) as M[]);
/** Methods that only read: hosts may run them concurrently and the CLI prints them as-is. */
export const READ_ONLY_METHODS: ReadonlySet<Method> = ofKind<ReadMethod>('read');
export const JOB_METHODS: ReadonlySet<Method> = ofKind<JobMethod>('job');
