import type { z } from 'zod';

/** Declares a method: its input schema and (phantom) output type. */
export function method<O>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as O });
}
