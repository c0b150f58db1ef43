/** The pieces the rows' Spanish explanations are built from: how amounts and the debtor are named, sentences. */
import { formatMoney, type Cents } from '../../money';
import type { GlosaState } from './classes';
import type { ClassifyOptions } from './types';

export interface Texts {
  fmt: (cents: Cents) => string;
  /** "la entidad" */
  debtor: string;
  /** "La entidad" */
  Debtor: string;
}

export const GLOSA_WORDS: Record<GlosaState, string> = {
  pendiente: 'pendiente',
  aceptada: 'aceptada',
  conciliada: 'conciliada',
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The texts of the options: the debtor (default "la entidad") and the amount format (default es-CO). */
export function textsOf(opts: ClassifyOptions): Texts {
  const debtor = opts.debtorLabel?.trim() || 'la entidad';
  return {
    fmt: opts.formatAmount ?? ((c) => formatMoney(c, 'es-CO')),
    debtor,
    Debtor: capitalize(debtor),
  };
}

export function sentence(parts: (string | null | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

export function balancesText(t: Texts, ours: Cents, theirs: Cents, d: Cents): string {
  return `Saldo en nuestra cartera ${t.fmt(ours)}; en el estado de ${t.debtor}, ${t.fmt(theirs)}; diferencia ${t.fmt(d)}.`;
}
