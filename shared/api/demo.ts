/**
 * demo.*: demo data for a first look (never on a database with real data).
 */
import { z } from 'zod';
import { write } from './method';
import { profile } from './schemas';
import type * as T from './types';

export const demoMethods = {
  'demo.load': write<T.DemoResult>()(
    z.object({ size: z.literal('small').default('small'), profile: profile.optional() }),
  ),
} as const;
