/**
 * The renderer's write(): a read of the same key asked before the write and answered after it must not put
 * the state before the write back on screen (a letter shown «borrador» after it was issued). Runs on a real
 * backend over a temporary database; only the bridge holds back the read's answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CounterpartyDetail } from '../../shared/api/types';
import { cleanupTemp, createTempDb, setupCo, call } from '../integration/helpers';

afterEach(() => {
  cleanupTemp();
  delete (globalThis as { window?: unknown }).window;
});

describe('write() seeds the cache after the reads in flight', () => {
  it('a counterparty read answered after the update does not overwrite the updated name', async () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const { id } = call(t.dispatch, 'counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
    });
    // The bridge answers at once, except reads held until released (as a slow answer would arrive).
    const held: (() => void)[] = [];
    let hold = false;
    (globalThis as { window?: unknown }).window = {
      api: {
        invoke: (method: string, input: unknown) => {
          const answer = t.dispatch(method as never, input as never);
          if (!hold || method !== 'counterparties.get') return Promise.resolve(answer);
          return new Promise((resolve) => held.push(() => resolve(answer)));
        },
        onEvent: () => () => {},
      },
    };
    const { queryClient, apiQuery } = await import('../../renderer/lib/queryClient');
    const { seed, write } = await import('../../renderer/lib/writes');

    hold = true;
    const read = queryClient.fetchQuery(apiQuery('counterparties.get', { id })).catch(() => null);
    await Promise.resolve();
    hold = false;
    const before = call(t.dispatch, 'counterparties.get', { id });
    const {
      id: _id,
      balances: _b,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    } = before as CounterpartyDetail & {
      balances: unknown;
      createdAt: unknown;
      updatedAt: unknown;
    };
    await write('counterparties.update', { ...rest, id, name: 'Nueva EPS S.A. (actualizada)' } as never, (cp) => [
      seed('counterparties.get', { id }, { ...before, ...cp }),
    ]);
    for (const release of held) release();
    await read;
    await new Promise((r) => setTimeout(r, 10));
    const shown = queryClient.getQueryData<{ name: string }>(['counterparties.get', { id }]);
    expect(shown?.name).toBe('Nueva EPS S.A. (actualizada)');
  });
});
