/**
 * A method declared read runs in a read-only transaction: a read handler that
 * tries to write (behind the type system's back) fails with the internal
 * error and writes nothing; a job's read() is read-only the same way; the
 * connection is writable again for the next write.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { createDispatcher } from '../../electron/core/dispatch';
import type { AllHandlers } from '../../electron/core/handlers';
import type { ServiceContext } from '../../electron/core/context';
import { allHandlers } from '../../electron/modules';
import { demoHandlers, loadDemoForSetup } from '../../electron/demo/handlers';
import { ErrorCodes } from '../../shared/api/errors';
import { now } from './helpers';

const logged: unknown[] = [];
let opened: OpenedDatabase | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
  logged.length = 0;
});

/** The real handlers, with app.status (a read) and documents.preview (a job) replaced by ones that write. */
function dispatcherWithWritingReads() {
  opened = openDatabase(':memory:');
  const real = allHandlers({ handlers: demoHandlers, loadForSetup: loadDemoForSetup });
  const handlers: AllHandlers = {
    ...real,
    'app.status': (ctx) => {
      // A read handler cannot call run() (typecheck); here it goes around the types.
      (ctx as ServiceContext).sqlite
        .prepare(`INSERT INTO counterparties (kind, name, created_at, updated_at) VALUES ('otra', 'Intrusa', 'x', 'x')`)
        .run();
      return real['app.status'](ctx, {});
    },
    'documents.preview': async (job) =>
      job.read((ctx) => {
        (ctx as ServiceContext).sqlite
          .prepare(
            `INSERT INTO counterparties (kind, name, created_at, updated_at) VALUES ('otra', 'Intrusa', 'x', 'x')`,
          )
          .run();
        return { fileName: 'x.pdf', dataBase64: '', sha256: '', bytes: 0 } as never;
      }),
  };
  return createDispatcher(opened, handlers, { now, log: (m, e) => logged.push([m, e]) });
}

const intruders = () =>
  (opened!.sqlite.prepare(`SELECT COUNT(*) AS n FROM counterparties WHERE name = 'Intrusa'`).get() as { n: number }).n;

describe('read methods cannot write', () => {
  it('a read handler that writes fails with the internal error and nothing is written', () => {
    const dispatch = dispatcherWithWritingReads();
    const r = dispatch('app.status', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(ErrorCodes.internal);
    expect(intruders()).toBe(0);
    // The cause is logged for support: the handler is named as a read that tried to write.
    expect(String((logged[0] as [string, Error])[1].message)).toBe(
      'El manejador de app.status es de solo lectura e intentó escribir.',
    );
  });

  it("a job's read() is read-only too", async () => {
    const dispatch = dispatcherWithWritingReads();
    const r = await dispatch.run('documents.preview', { id: 1 });
    expect(r.ok).toBe(false);
    expect(intruders()).toBe(0);
  });

  it('after a refused read, writes go through (the connection is writable again)', () => {
    const dispatch = dispatcherWithWritingReads();
    expect(dispatch('app.status', {}).ok).toBe(false);
    const w = dispatch('counterparties.create', { kind: 'otra', name: 'Legítima' });
    expect(w.ok).toBe(true);
    expect(
      (
        opened!.sqlite.prepare(`SELECT COUNT(*) AS n FROM counterparties WHERE name = 'Legítima'`).get() as {
          n: number;
        }
      ).n,
    ).toBe(1);
  });

  it('the real read handlers pass under the read-only connection (app.status answers)', () => {
    opened = openDatabase(':memory:');
    const dispatch = createDispatcher(opened, allHandlers({ handlers: demoHandlers, loadForSetup: loadDemoForSetup }), {
      now,
    });
    expect(dispatch('app.status', {}).ok).toBe(true);
  });
});
