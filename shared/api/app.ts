/**
 * app.*: what the shell needs at start.
 */
import { read } from './method';
import { empty } from './schemas';
import type * as T from './types';

export const appMethods = {
  'app.status': read<T.AppStatus>()(empty),
} as const;
