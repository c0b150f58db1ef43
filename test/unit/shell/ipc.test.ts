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

const { createEventSink, handleInvoke, registerIpc } = await import('../../../electron/shell/ipc');
const { EVENT_CHANNEL, INVOKE_CHANNEL } = await import('../../../electron/shell/bridge');

type Frame = { url: string; parent: unknown } | null;
const event = (senderFrame: Frame) => ({ senderFrame }) as unknown as Parameters<typeof handleInvoke>[1];
const mainFrame = { url: 'app://renderer/index.html', parent: null };
const ok = { ok: true as const, value: 42 };

/**
 * A stand-in for the dispatcher: handleInvoke calls `dispatch.run(method, input)`
 * (jobs included), so `run` is the spy; calling the sync function or `cancel`
 * directly would be a mistake and throws.
 */
function setup(run: ((m: string, i: unknown) => unknown) | null = () => ok) {
  const log = vi.fn();
  const spy = run ? vi.fn(async (m: string, i: unknown) => run(m, i)) : null;
  const dispatch = spy
    ? Object.assign(
        () => {
          throw new Error('handleInvoke debe usar dispatch.run');
        },
        { run: spy, cancel: vi.fn(() => false) },
      )
    : null;
  const opts = { getDispatch: () => dispatch as never, log };
  return { opts, log, spy };
}

describe('handleInvoke', () => {
  it('passes trusted calls to the dispatcher (through run) and returns its Result', async () => {
    const { opts, spy } = setup();
    await expect(handleInvoke(opts, event(mainFrame), 'ledger.balance', { id: 1 })).resolves.toEqual(ok);
    expect(spy).toHaveBeenCalledWith('ledger.balance', { id: 1 });
  });

  it('waits for a long job (a method the sync dispatcher would refuse) and returns its Result', async () => {
    const done = { ok: true as const, value: { fileName: 'bitacora.xlsx' } };
    const { opts, spy } = setup(() => new Promise((resolve) => setTimeout(() => resolve(done), 5)));
    await expect(handleInvoke(opts, event(mainFrame), 'bitacora.export', { format: 'xlsx' })).resolves.toEqual(done);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith('bitacora.export', { format: 'xlsx' });
  });

  it.each<[string, Frame]>([
    ['a destroyed frame', null],
    ['a sub-frame of our page', { url: 'app://renderer/index.html', parent: mainFrame }],
    ['another origin', { url: 'https://evil.com/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
  ])('refuses %s without calling the dispatcher', async (_name, frame) => {
    const { opts, spy, log } = setup();
    const r = await handleInvoke(opts, event(frame), 'ledger.balance', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'api/no-autorizado' } });
    expect(spy).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([undefined, null, 42, {}, '', 'x'.repeat(500), 'sin-punto', '__proto__.x', 'a.b;drop'])(
    'refuses the method name %j',
    async (method) => {
      const { opts, spy } = setup();
      await expect(handleInvoke(opts, event(mainFrame), method, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'api/metodo-desconocido' },
      });
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it('answers "no disponible" while the database is closed', async () => {
    const { opts } = setup(null);
    await expect(handleInvoke(opts, event(mainFrame), 'ledger.balance', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'db/no-disponible' },
    });
  });

  it('turns an escaped exception (a rejected run) into a Spanish internal error, without the stack', async () => {
    const { opts, log } = setup(() => {
      throw new Error('boom at /secret/path.ts:12');
    });
    const r = await handleInvoke(opts, event(mainFrame), 'ledger.balance', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'interno/error' } });
    expect(JSON.stringify(r)).not.toMatch(/boom|secret/);
    expect(log).toHaveBeenCalled();
  });

  it('also catches a run that throws synchronously instead of rejecting', async () => {
    const log = vi.fn();
    const dispatch = Object.assign(() => ok, {
      run: () => {
        throw new Error('boom at /secret/path.ts:12');
      },
      cancel: () => false,
    });
    const r = await handleInvoke({ getDispatch: () => dispatch as never, log }, event(mainFrame), 'ledger.balance', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'interno/error' } });
    expect(JSON.stringify(r)).not.toMatch(/boom|secret/);
    expect(log).toHaveBeenCalled();
  });
});

describe('registerIpc', () => {
  beforeEach(() => handlers.clear());

  it('registers exactly one channel, cyp:invoke, and can be re-registered', async () => {
    const { opts } = setup();
    registerIpc(opts);
    const dispose = registerIpc(opts);
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    expect(INVOKE_CHANNEL).toBe('cyp:invoke');
    const fn = handlers.get(INVOKE_CHANNEL)!;
    await expect(fn(event(mainFrame), 'ledger.balance', {})).resolves.toEqual(ok);
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
