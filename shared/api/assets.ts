/**
 * assets.*: stored images and scans (logos, acuses), by id.
 */
import { z } from 'zod';
import { read } from './method';
import { id } from './schemas';

export const assetsMethods = {
  'assets.get': read<{ id: number; mime: string; dataBase64: string; sha256: string }>()(z.object({ id })),
} as const;
