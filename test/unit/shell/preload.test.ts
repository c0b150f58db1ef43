// preload.ts with a mocked 'electron': it must expose exactly { invoke, onEvent } as window.api.
import { describe, expect, it, vi } from 'vitest';
import type { CypBridge as Api } from '../../../electron/shell/bridge';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'v' }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (...a: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
}));

await import('../../../electron/shell/preload');
const { EVENT_CHANNEL, INVOKE_CHANNEL } = await import('../../../electron/shell/bridge');

const emit = (message: unknown) => {
  for (const fn of listeners.get(EVENT_CHANNEL) ?? []) fn({ sender: 'ipc-event-internals' }, message);
};

describe('preload', () => {
  it('exposes only window.api with invoke and onEvent', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(exposed.get('api') as object).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('invoke goes through the single cyp:invoke channel', async () => {
    const api = exposed.get('api') as Api;
    await expect(api.invoke('ledger.balance', { id: 1 })).resolves.toEqual({ ok: true, value: 'v' });
    expect(invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'ledger.balance', { id: 1 });
  });

  it('onEvent delivers {event, payload} (never the IPC event) and unsubscribes', () => {
    const api = exposed.get('api') as Api;
    const seen: unknown[] = [];
    const off = api.onEvent((e) => seen.push(e));
    emit({ event: 'pdf.progress', payload: { done: 1 } });
    emit('garbage');
    emit({ payload: 1 });
    expect(seen).toEqual([{ event: 'pdf.progress', payload: { done: 1 } }]);
    off();
    emit({ event: 'pdf.progress', payload: { done: 2 } });
    expect(seen).toHaveLength(1);
    expect(listeners.get(EVENT_CHANNEL)?.size).toBe(0);
  });

  it('onEvent refuses a non-function', () => {
    const api = exposed.get('api') as Api;
    expect(() => api.onEvent(42 as never)).toThrow(TypeError);
  });
});
