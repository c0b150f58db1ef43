/**
 * The api tests of app.status, and what the dispatcher says to a name that is no method; that every namespace of the
 * contract has its file here: see support.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/api/contract';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, cleanupTemp, createInvoice, expectErr, expectUnchanged, MIGRATIONS, setupMx, TODAY } from '../helpers';
import { type ApiTables, describeApi, NAMESPACES, seeded } from './support';

afterEach(cleanupTemp);

const JOURNAL_ENTRIES = (
  JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;

const tables: ApiTables<'app'> = {
  happy: {
    'app.status': (t) => {
      const fresh = call(t.dispatch, 'app.status', {});
      expect(fresh).toEqual({
        setupCompleted: false,
        profile: null,
        locale: 'es-MX',
        schemaVersion: JOURNAL_ENTRIES,
        counts: { counterparties: 32, invoices: 0, entries: 0 },
        today: TODAY,
        todayPinned: false,
      });
      setupMx(t.dispatch);
      createInvoice(t.dispatch);
      // The 31 other states are the active counterparties of an MX institution.
      const after = call(t.dispatch, 'app.status', {});
      expect(after).toMatchObject({
        setupCompleted: true,
        profile: 'MX',
        locale: 'es-MX',
        counts: { counterparties: 31, invoices: 1, entries: 1 },
      });
    },
  },
  badInput: {
    'app.status': { input: { extra: 1 } },
  },
  refusals: {},
  validJobInput: {},
};

describeApi('app', tables);

describe('bad input → validacion/entrada-invalida, Spanish message, database file unchanged', () => {
  it('an unknown method is refused in Spanish', () => {
    const { t } = seeded();
    expectUnchanged(t, (d) => expectErr(d('invoices.delete', { id: 1 }), ErrorCodes.unknownMethod));
  });
});

describe('every namespace of the contract has its test file', () => {
  it('NAMESPACES are the namespaces of METHODS, each with its api/<namespace>.test.ts', () => {
    expect([...new Set(METHODS.map((m) => m.slice(0, m.indexOf('.'))))].sort()).toEqual([...NAMESPACES].sort());
    for (const ns of NAMESPACES)
      expect(fs.existsSync(path.join(__dirname, `${ns}.test.ts`)), `falta api/${ns}.test.ts`).toBe(true);
  });
});
