/** Entidades: list, detail with balances, create, edit. */
import type { ParsedInput } from '../../../shared/api/contract';
import { CounterpartyErrorCodes } from '../../../shared/api/errors-counterparties';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type {
  BalanceSummary,
  Counterparty,
  CounterpartyDetail,
  CounterpartyRow,
  Page,
} from '../../../shared/api/types';
import type { CounterpartyKind, NaturalezaJuridica } from '../../../shared/domain/catalogs';
import * as repo from '../../../db/repositories/counterparties';
import { balancesByCounterparty } from '../../../db/repositories/ledger';
import type { ServiceContext, ReadContext } from '../../core/context';

export function toCounterparty(r: repo.CounterpartyRecord): Counterparty {
  return {
    ...r,
    kind: r.kind as CounterpartyKind,
    naturalezaJuridica: r.naturalezaJuridica as NaturalezaJuridica | null,
  };
}

export function requireCounterparty(ctx: ReadContext, id: number): repo.CounterpartyRecord {
  const r = repo.getCounterparty(ctx.db, id);
  if (!r) throw new DomainError(ErrorCodes.notFound, `No existe la entidad con identificador ${id}.`);
  return r;
}

export function balanceSummary(ctx: ReadContext, counterpartyId: number): BalanceSummary {
  let receivableCents = 0;
  let payableCents = 0;
  for (const b of balancesByCounterparty(ctx.db, counterpartyId)) {
    if (b.direction === 'receivable') receivableCents = b.balance;
    else payableCents = b.balance;
  }
  return { receivableCents, payableCents, netCents: receivableCents - payableCents };
}

export function list(ctx: ReadContext, input: ParsedInput<'counterparties.list'>): Page<CounterpartyRow> {
  const { rows, total } = repo.listCounterparties(ctx.db, {
    search: input.search || undefined,
    kind: input.kind,
    includeInactive: input.includeInactive,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    rows: rows.map((r) => ({
      ...r,
      kind: r.kind as CounterpartyKind,
      naturalezaJuridica: r.naturalezaJuridica as NaturalezaJuridica | null,
    })),
    page: input.page,
    pageSize: input.pageSize,
    total,
    totalCapped: false,
  };
}

export function get(ctx: ReadContext, input: ParsedInput<'counterparties.get'>): CounterpartyDetail {
  return { ...toCounterparty(requireCounterparty(ctx, input.id)), balances: balanceSummary(ctx, input.id) };
}

export function create(ctx: ServiceContext, input: ParsedInput<'counterparties.create'>): Counterparty {
  if (input.kind === 'entidad_federativa') {
    throw new DomainError(
      CounterpartyErrorCodes.fixedState,
      'Las 32 entidades federativas ya están en el catálogo; edite la existente.',
    );
  }
  return toCounterparty(repo.insertCounterparty(ctx.db, { ...input, inegiCode: null }, ctx.now().toISOString()));
}

export function update(ctx: ServiceContext, input: ParsedInput<'counterparties.update'>): Counterparty {
  const current = requireCounterparty(ctx, input.id);
  const { id, ...values } = input;
  if (current.kind === 'entidad_federativa' && values.kind !== 'entidad_federativa') {
    throw new DomainError(
      CounterpartyErrorCodes.fixedState,
      'Una entidad federativa del catálogo INEGI no cambia de tipo.',
    );
  }
  if (current.kind !== 'entidad_federativa' && values.kind === 'entidad_federativa') {
    throw new DomainError(
      CounterpartyErrorCodes.fixedState,
      'Solo las 32 entidades del catálogo INEGI son entidades federativas.',
    );
  }
  // The INEGI code and official name of a federal entity are catalog data: refused, never silently kept.
  if (current.kind === 'entidad_federativa' && values.name !== current.name) {
    throw new DomainError(
      CounterpartyErrorCodes.fixedState,
      `El nombre oficial «${current.name}» viene del catálogo INEGI y no se cambia; use el nombre corto.`,
    );
  }
  const fixed = { inegiCode: current.inegiCode };
  return toCounterparty(repo.updateCounterparty(ctx.db, id, { ...values, ...fixed }, ctx.now().toISOString())!);
}
