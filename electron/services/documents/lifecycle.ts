import type { ParsedInput } from '../../../shared/api/contract';
import type { DocumentDetail } from '../../../shared/api/types';
import type { ServiceContext } from '../../context';

const todo = (): never => {
  throw new Error('documentos: no implementado');
};
export function registerSent(ctx: ServiceContext, input: ParsedInput<'documents.registerSent'>): DocumentDetail {
  return todo();
}
export function registerAcuse(ctx: ServiceContext, input: ParsedInput<'documents.registerAcuse'>): DocumentDetail {
  return todo();
}
export function cancel(ctx: ServiceContext, input: ParsedInput<'documents.cancel'>): DocumentDetail {
  return todo();
}
