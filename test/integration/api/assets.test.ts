/** The api tests of assets.get (the stored logos): see support.ts. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, cleanupTemp, expectErr, setupMx } from '../helpers';
import { type ApiTables, describeApi, PNG, seeded } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'assets'> = {
  happy: {
    'assets.get': (t) => {
      setupMx(t.dispatch);
      const inst = call(t.dispatch, 'settings.setLogo', {
        slot: 'right',
        image: { fileName: 'logo.png', dataBase64: PNG.toString('base64') },
      });
      const asset = call(t.dispatch, 'assets.get', { id: inst.logoRightAssetId! });
      expect(asset.mime).toBe('image/png');
      expect(Buffer.compare(Buffer.from(asset.dataBase64, 'base64'), PNG)).toBe(0);
      expect(asset.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
    },
  },
  badInput: {
    'assets.get': { input: { id: 0 } },
  },
  refusals: {},
  validJobInput: {},
};

describeApi('assets', tables);

describe('assets', () => {
  it('assets.get of a missing asset → general/no-encontrado', () => {
    const { t } = seeded();
    expectErr(t.dispatch('assets.get', { id: 99 }), ErrorCodes.notFound);
  });
});
