/** Their statement lines of one key, merged into one side of a row (classify.ts, Duplicates). */
import { sumCents, type Cents } from '../../money';
import { sumNullable } from './amounts';
import type { GlosaState } from './classes';
import { clean } from './keys';
import type { StatementLine } from './types';

/** Their lines of one key, merged (classify.ts, Duplicates). */
export interface TheirSide {
  lines: number[];
  number: string;
  balance: Cents;
  value: Cents | null;
  paid: Cents | null;
  glosa: Cents | null;
  glosaState: GlosaState | null;
  devuelta: boolean;
  radicada: boolean | null;
}

const GLOSA_RANK: GlosaState[] = ['pendiente', 'aceptada', 'conciliada'];

/** A line's number as the acta shows it: with its prefix field, unless the number already carries it. */
function shownNumber(l: StatementLine): string {
  const given = l.prefix ? clean(l.prefix) : '';
  return given === '' || clean(l.number).startsWith(given) ? l.number : `${l.prefix!.trim()}-${l.number}`;
}

export function mergeLines(lines: StatementLine[]): TheirSide {
  const states = lines.filter((l) => (l.glosaCents ?? 0) > 0).map((l) => l.glosaState ?? 'pendiente');
  return {
    lines: lines.map((l) => l.line),
    number: shownNumber(lines[0]!),
    balance: sumCents(lines.map((l) => l.balanceCents)),
    value: sumNullable(lines.map((l) => l.valueCents)),
    paid: sumNullable(lines.map((l) => l.paidCents)),
    glosa: sumNullable(lines.map((l) => l.glosaCents)),
    glosaState: GLOSA_RANK.find((s) => states.includes(s)) ?? null,
    devuelta: lines.some((l) => l.devuelta === true),
    radicada: lines.some((l) => l.radicada === true) ? true : lines.some((l) => l.radicada === false) ? false : null,
  };
}
