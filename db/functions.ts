/** SQL functions the app's queries use, registered on every connection. */
import type { Sqlite } from './open';
import { foldText } from '../shared/domain/text';

export function registerFunctions(sqlite: Sqlite): void {
  sqlite.function('fold_text', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? foldText(s) : s));
}
