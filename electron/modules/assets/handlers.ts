/** Handlers of assets.* (shared/api/assets.ts): logos and scans are stored with the settings. */
import { assetsMethods } from '../../../shared/api/assets';
import { defineHandlers } from '../../core/handlers';
import { getAssetData } from '../settings/service';

export const assetsHandlers = defineHandlers(assetsMethods, {
  'assets.get': (ctx, input) => getAssetData(ctx, input.id),
});
