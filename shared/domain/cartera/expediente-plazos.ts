/**
 * The terms of an expediente de cobro (domain README §Etapas de cobro, §Business days and holidays), each
 * with its unit, and the stage moves the rules make by themselves when a term is over:
 * - citación: 30 días hábiles after the estado de cartera is conciliado (the acta's date);
 * - aviso: 5 días hábiles after the citación, when the debtor has not appeared;
 * - publicación del aviso (address unknown): 5 días hábiles; the notification is deemed done at the end of
 *   the next business day after it is withdrawn;
 * - end of cobro persuasivo: the day the oldest overdue obligation turns 180 calendar days old
 *   (→ prejurídico);
 * - end of cobro prejurídico: 90 calendar days (configurable) after it began (→ jurídico).
 */
import { termEnd, type BusinessCalendar, type Term } from '../business-days';
import { addDays, type IsoDate } from '../dates';
import type { ExpedienteEventKind, ExpedienteState } from './expediente';

export const CITACION_TERM: Term = { days: 30, unit: 'habiles' };
export const AVISO_TERM: Term = { days: 5, unit: 'habiles' };
export const PUBLICACION_TERM: Term = { days: 5, unit: 'habiles' };
export const PERSUASIVO_MAX_DAYS = 180;
export const PREJURIDICO_DAYS_DEFAULT = 90;

export type ExpedienteDeadlineKind =
  'citacion' | 'aviso' | 'retiro_aviso' | 'notificacion_aviso' | 'fin_persuasivo' | 'fin_prejuridico';

export const EXPEDIENTE_DEADLINE_LABELS: Record<ExpedienteDeadlineKind, string> = {
  citacion: 'Enviar la citación (30 días hábiles desde la conciliación)',
  aviso: 'Enviar el aviso si no compareció (5 días hábiles desde la citación)',
  retiro_aviso: 'Retirar el aviso publicado (5 días hábiles)',
  notificacion_aviso: 'Notificación por aviso surtida (día hábil siguiente al retiro)',
  fin_persuasivo: 'Fin del cobro persuasivo (la obligación cumple 180 días)',
  fin_prejuridico: 'Fin del cobro prejurídico',
};

export interface ExpedienteDeadline {
  kind: ExpedienteDeadlineKind;
  label: string;
  due: IsoDate;
  /** How the term counts, in words: «30 días hábiles», «180 días calendario». */
  term: string;
}

export interface ExpedienteFacts {
  /** Due date of the debtor's oldest receivable invoice with balance (null: nothing overdue). */
  oldestDueDate: IsoDate | null;
  prejuridicoDays?: number;
}

const termWords = (t: Term) => `${t.days} días ${t.unit === 'habiles' ? 'hábiles' : 'calendario'}`;

/** The terms running now, by due date. */
export function expedienteDeadlines(
  s: ExpedienteState,
  facts: ExpedienteFacts,
  calendar: BusinessCalendar,
): ExpedienteDeadline[] {
  const out: ExpedienteDeadline[] = [];
  const add = (kind: ExpedienteDeadlineKind, start: IsoDate, term: Term) =>
    out.push({
      kind,
      label: EXPEDIENTE_DEADLINE_LABELS[kind],
      due: termEnd(calendar, start, term),
      term: termWords(term),
    });
  if (s.stage === 'persuasivo') {
    if (s.conciliadoOn && !s.citacionOn) add('citacion', s.conciliadoOn, CITACION_TERM);
    if (s.citacionOn && !s.comparecenciaOn && !s.avisoOn && !s.avisoPublicadoOn) add('aviso', s.citacionOn, AVISO_TERM);
    if (s.avisoPublicadoOn && !s.comparecenciaOn) {
      const retiro = termEnd(calendar, s.avisoPublicadoOn, PUBLICACION_TERM);
      add('retiro_aviso', s.avisoPublicadoOn, PUBLICACION_TERM);
      out.push({
        kind: 'notificacion_aviso',
        label: EXPEDIENTE_DEADLINE_LABELS.notificacion_aviso,
        due: calendar.addBusinessDays(retiro, 1),
        term: '1 día hábil después del retiro',
      });
    }
    if (facts.oldestDueDate)
      add('fin_persuasivo', facts.oldestDueDate, { days: PERSUASIVO_MAX_DAYS, unit: 'calendario' });
  }
  if (s.stage === 'prejuridico' && s.prejuridicoSince) {
    add('fin_prejuridico', s.prejuridicoSince, {
      days: facts.prejuridicoDays ?? PREJURIDICO_DAYS_DEFAULT,
      unit: 'calendario',
    });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export interface RuleMove {
  kind: Extract<ExpedienteEventKind, 'prejuridico' | 'juridico'>;
  date: IsoDate;
  reason: string;
}

/**
 * The move a rule makes by `today`, if any: persuasivo ends the day after its obligation turns 180 days
 * old (→ prejurídico on that day); prejurídico ends after its days (→ jurídico the next day).
 */
export function ruleMove(
  s: ExpedienteState,
  facts: ExpedienteFacts,
  calendar: BusinessCalendar,
  today: IsoDate,
): RuleMove | null {
  const due = expedienteDeadlines(s, facts, calendar);
  const persuasivo = due.find((d) => d.kind === 'fin_persuasivo');
  if (persuasivo && persuasivo.due <= today) {
    return {
      kind: 'prejuridico',
      date: persuasivo.due,
      reason: `Regla: la obligación más antigua cumplió ${PERSUASIVO_MAX_DAYS} días el ${fmt(persuasivo.due)}; termina el cobro persuasivo.`,
    };
  }
  const prejuridico = due.find((d) => d.kind === 'fin_prejuridico');
  if (prejuridico && prejuridico.due < today) {
    return {
      kind: 'juridico',
      date: addDays(prejuridico.due, 1),
      reason: `Regla: el cobro prejurídico venció el ${fmt(prejuridico.due)} (${prejuridico.term}) sin acuerdo.`,
    };
  }
  return null;
}

const fmt = (d: IsoDate) => d.split('-').reverse().join('/');
