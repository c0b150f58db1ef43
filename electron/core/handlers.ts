/**
 * A handler per API method, typed by the method's declared kind: a read gets
 * a ReadContext, a write a ServiceContext, a job a JobContext. Each
 * namespace's electron/modules/<namespace>/handlers.ts fills one map with
 * defineHandlers; electron/modules/index.ts joins them, and a method of the
 * contract without its handler fails typecheck there.
 */
import type { Contract, Method, ParsedInput, Output } from '../../shared/api/contract';
import type { JobContext, ReadContext, ServiceContext } from './context';

export type HandlerOf<M extends Method> = Contract[M]['kind'] extends 'read'
  ? (ctx: ReadContext, input: ParsedInput<M>) => Output<M>
  : Contract[M]['kind'] extends 'write'
    ? (ctx: ServiceContext, input: ParsedInput<M>) => Output<M>
    : (job: JobContext, input: ParsedInput<M>) => Promise<Output<M>>;

/** The handlers of the methods one namespace declares (its shared/api/<namespace>.ts map). */
export type HandlersOf<Ms> = { [M in keyof Ms & Method]: HandlerOf<M> };
export type AllHandlers = { [M in Method]: HandlerOf<M> };

/** The namespace's handler map, checked against its declared methods (one handler each, none extra). */
export function defineHandlers<Ms extends object>(_methods: Ms, handlers: HandlersOf<Ms>): HandlersOf<Ms> {
  return handlers;
}
