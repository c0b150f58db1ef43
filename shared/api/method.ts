/**
 * Declares one API method on itself: its kind, its zod input and its
 * (phantom) output type. The kind decides how the dispatcher runs it:
 *  - read: one DEFERRED transaction with the connection read-only; the handler
 *    gets a ReadContext (no write API), and SQLite refuses any write at run time;
 *  - write: one IMMEDIATE transaction, all of it or nothing;
 *  - job: long work (PDF, batches, exports): async, its own short
 *    transactions, progress events, cancellable by its jobId.
 */
import type { z } from 'zod';

export type MethodKind = 'read' | 'write' | 'job';

export interface MethodSpec<K extends MethodKind, S extends z.ZodType, O> {
  kind: K;
  input: S;
  output: O;
}

function declare<K extends MethodKind>(kind: K) {
  return <O>() =>
    <S extends z.ZodType>(input: S): MethodSpec<K, S, O> => ({ kind, input, output: undefined as unknown as O });
}

export const read = declare('read');
export const write = declare('write');
export const job = declare('job');

type AnySpec = MethodSpec<MethodKind, z.ZodType, unknown>;
type Module = Record<string, AnySpec>;
type Merge<Ms extends readonly Module[]> = Ms extends readonly [infer H, ...infer R extends readonly Module[]]
  ? H & Merge<R>
  : unknown;

/**
 * The contract from the namespaces' method maps. A method name declared by
 * two modules is refused at load (a later spread would silently win).
 */
export function composeContract<const Ms extends readonly Module[]>(...modules: Ms): Merge<Ms> {
  const all: Module = {};
  for (const m of modules) {
    for (const [name, spec] of Object.entries(m)) {
      if (Object.prototype.hasOwnProperty.call(all, name)) {
        throw new Error(`El método «${name}» está declarado en dos módulos del contrato`);
      }
      all[name] = spec;
    }
  }
  return all as Merge<Ms>;
}
