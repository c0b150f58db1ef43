/** The api tests of demo.load: see support.ts. */
import { afterEach, expect } from 'vitest';
import { call, cleanupTemp, closedHash, expectErr, expectUnchanged, ledgerCounts, setupMx } from '../helpers';
import { type ApiTables, describeApi } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'demo'> = {
  happy: {
    'demo.load': (t) => {
      // The demo module may not have landed yet: either it loads data, or it
      // refuses with demo/no-disponible and writes nothing.
      setupMx(t.dispatch);
      const before = closedHash(t);
      t.reopen();
      const counts = ledgerCounts(t.sqlite);
      const result = t.dispatch('demo.load', {});
      const after = closedHash(t);
      t.reopen();
      if (result.ok) {
        const v = result.value as { counterparties: number; invoices: number; entries: number };
        expect(v.invoices).toBeGreaterThan(0);
        expect(ledgerCounts(t.sqlite).invoices).toBe(counts.invoices + v.invoices);
        expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
        // A second load is refused and writes nothing.
        expectUnchanged(t, (d) => expectErr(d('demo.load', {}), 'demo/ya-cargada'));
      } else {
        expectErr(result, 'demo/no-disponible');
        expect(after, 'demo.load falló pero cambió el archivo').toBe(before);
        expect(ledgerCounts(t.sqlite)).toEqual(counts);
      }
    },
  },
  badInput: {
    'demo.load': { input: { size: 'big' } },
  },
  refusals: {},
  validJobInput: {},
};

describeApi('demo', tables);
