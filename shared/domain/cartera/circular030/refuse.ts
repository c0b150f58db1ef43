/** How the Circular 030 functions refuse: a DomainError whose Spanish message starts with where it is. */
import { DomainError } from '../../../api/errors';
import type { Circular030ErrorCodes } from '../../../api/errors-cartera';

export type Circular030ErrorCode = (typeof Circular030ErrorCodes)[keyof typeof Circular030ErrorCodes];

export function refuse(
  code: Circular030ErrorCode,
  where: string,
  message: string,
  details: Record<string, unknown>,
): never {
  throw new DomainError(code, `${where}: ${message}`, details);
}
