// ipc.ts and preload.ts import 'electron'; here 'electron' is a mock (no binary needed).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (...args: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { createEventSink, handleInvoke, registerIpc } = await import('../../../electron/ipc');
const { EVENT_CHANNEL, INVOKE_CHANNEL } = await import('../../../electron/shell/bridge');

type Frame = { url: string; parent: unknown } | null;
const event = (senderFrame: Frame) => ({ senderFrame }) as unknown as Parameters<typeof handleInvoke>[1];
const mainFrame = { url: 'app://renderer/index.html', parent: null };
const ok = { ok: true as const, value: 42 };

function setup(dispatch: ((m: string, i: unknown) => unknown) | null = () => ok) {
  const log = vi.fn();
  const spy = dispatch ? vi.fn(dispatch) : null;
  const opts = { getDispatch: () => spy as never, log };
  return { opts, log, spy };
}

describe('handleInvoke', () => {
  it('passes trusted calls to the dispatcher and returns its Result', () => {
    const { opts, spy } = setup();
    expect(handleInvoke(opts, event(mainFrame), 'ledger.balance', { id: 1 })).toEqual(ok);
    expect(spy).toHaveBeenCalledWith('ledger.balance', { id: 1 });
  });

  it.each<[string, Frame]>([
    ['a destroyed frame', null],
    ['a sub-frame of our page', { url: 'app://renderer/index.html', parent: mainFrame }],
    ['another origin', { url: 'https://evil.com/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
  ])('refuses %s without calling the dispatcher', (_name, frame) => {
    const { opts, spy, log } = setup();
    const r = handleInvoke(opts, event(frame), 'ledger.balance', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'api/no-autorizado' } });
    expect(spy).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([undefined, null, 42, {}, '', 'x'.repeat(500), 'sin-punto', '__proto__.x', 'a.b;drop'])('refuses the method name %j', (method) => {
    const { opts, spy } = setup();
    expect(handleInvoke(opts, event(mainFrame), method, {})).toMatchObject({ ok: false, error: { code: 'api/metodo-desconocido' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('answers "no disponible" while the database is closed', () => {
    const { opts } = setup(null);
    expect(handleInvoke(opts, event(mainFrame), 'ledger.balance', {})).toMatchObject({ ok: false, error: { code: 'db/no-disponible' } });
  });

  it('turns an escaped exception into a Spanish internal error, without the stack', () => {
    const { opts, log } = setup(() => {
      throw new Error('boom at /secret/path.ts:12');
    });
    const r = handleInvoke(opts, event(mainFrame), 'ledger.balance', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'interno/error' } });
    expect(JSON.stringify(r)).not.toMatch(/boom|secret/);
    expect(log).toHaveBeenCalled();
  });
});

describe('registerIpc', () => {
  beforeEach(() => handlers.clear());

  it('registers exactly one channel, cyp:invoke, and can be re-registered', () => {
    const { opts } = setup();
    registerIpc(opts);
    const dispose = registerIpc(opts);
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    expect(INVOKE_CHANNEL).toBe('cyp:invoke');
    const fn = handlers.get(INVOKE_CHANNEL)!;
    expect(fn(event(mainFrame), 'ledger.balance', {})).toEqual(ok);
    dispose();
    expect(handlers.size).toBe(0);
  });
});

describe('createEventSink', () => {
  function fakeWindow(url: string, opts: { destroyed?: boolean } = {}) {
    const send = vi.fn();
    const win = {
      isDestroyed: () => opts.destroyed ?? false,
      webContents: { isDestroyed: () => false, mainFrame: { url, parent: null }, send },
    };
    return { win: win as never, send };
  }

  it('sends {event, payload} on cyp:event to our page', () => {
    const { win, send } = fakeWindow('app://renderer/index.html');
    createEventSink(() => win, vi.fn())('pdf.progress', { done: 1, total: 3 });
    expect(EVENT_CHANNEL).toBe('cyp:event');
    expect(send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'pdf.progress', payload: { done: 1, total: 3 } });
  });

  it('drops events with no window, a destroyed one, or a foreign page', () => {
    expect(() => createEventSink(() => null, vi.fn())('x', 1)).not.toThrow();
    const destroyed = fakeWindow('app://renderer/index.html', { destroyed: true });
    createEventSink(() => destroyed.win, vi.fn())('x', 1);
    expect(destroyed.send).not.toHaveBeenCalled();
    const foreign = fakeWindow('https://evil.com/');
    createEventSink(() => foreign.win, vi.fn())('x', 1);
    expect(foreign.send).not.toHaveBeenCalled();
  });

  it('logs instead of throwing when a payload cannot be sent', () => {
    const { win, send } = fakeWindow('app://renderer/index.html');
    send.mockImplementation(() => {
      throw new Error('An object could not be cloned.');
    });
    const log = vi.fn();
    expect(() => createEventSink(() => win, log)('x', () => 1)).not.toThrow();
    expect(log).toHaveBeenCalled();
  });
});
