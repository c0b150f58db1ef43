/**
 * Idempotent postings: the same idempotency key with the same request returns
 * the first result and writes nothing; the same key with a different request
 * is refused, because it means two different commands collided.
 */
import { createHash } from 'node:crypto';
import { LedgerErrorCodes } from '../../shared/api/errors-ledger';
import { DomainError } from '../../shared/api/errors';
import { findPostingByKey, type PostingRecord } from '../../db/repositories/ledger';
import type { ServiceContext } from './context';

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k, v]) => k !== 'idempotencyKey' && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  return value;
}

export function requestHash(method: string, input: unknown): string {
  return createHash('sha256')
    .update(method)
    .update('\0')
    .update(JSON.stringify(stable(input)))
    .digest('hex');
}

/** The earlier posting for this key, or null when the command is new. */
export function findReplay(ctx: ServiceContext, key: string, method: string, hash: string): PostingRecord | null {
  const found = findPostingByKey(ctx.db, key);
  if (!found) return null;
  if (found.method !== method || found.requestHash !== hash) {
    throw new DomainError(
      LedgerErrorCodes.idempotencyKeyReused,
      'La clave de idempotencia ya se usó para una operación distinta; no se registró nada. Vuelva a capturar la operación.',
      { postingId: found.id },
    );
  }
  return found;
}
