/** Exact sums of centavos for the conciliation (sumCents: integer, no float drift). */
import { sumCents, type Cents } from '../../money';

/** Σ of the amounts given; null when none is given (a column the statement does not carry). */
export function sumNullable(values: (Cents | null)[]): Cents | null {
  const given = values.filter((v): v is Cents => v !== null);
  return given.length === 0 ? null : sumCents(given);
}

export function minus(a: Cents, b: Cents): Cents {
  return sumCents([a, -b]);
}
