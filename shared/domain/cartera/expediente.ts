/**
 * The expediente de cobro of a debtor (domain README §Etapas de cobro): an append-only history of events,
 * each with its date and reason; the debtor's stage (and so the stage of each of its receivable invoices)
 * is their fold. An anulación undoes one earlier event: the fold simply runs without both, so whatever
 * that event changed is as if it never happened (the aceleración annulled, a stage moved by mistake).
 * No I/O: the service loads the events; these functions decide what they mean and what is allowed next.
 */
import type { IsoDate } from '../dates';
import type { EtapaCobro } from './etapas';

export const EXPEDIENTE_EVENT_KINDS = {
  circularizacion: 'Circularización (oficio con estado de cuenta)',
  conciliacion: 'Estado de cartera conciliado (acta)',
  citacion: 'Citación enviada',
  comparecencia: 'Comparecencia del deudor',
  aviso: 'Aviso enviado',
  aviso_publicado: 'Aviso publicado (dirección desconocida)',
  devolucion: 'Devolución de correspondencia',
  prejuridico: 'Paso a cobro prejurídico',
  derecho_peticion: 'Derecho de petición',
  solicitud_conciliacion: 'Solicitud de conciliación ante la Superintendencia',
  contrato_transaccion: 'Contrato de transacción',
  juridico: 'Paso a cobro jurídico',
  demanda_radicada: 'Demanda radicada',
  mandamiento_pago: 'Mandamiento de pago',
  medidas_cautelares: 'Medidas cautelares',
  sentencia: 'Sentencia',
  terminacion: 'Terminación del proceso',
  suspension: 'Suspensión por acuerdo de pago',
  reanudacion: 'Reanudación del cobro',
  cierre: 'Cierre del expediente',
  anulacion: 'Anulación de un evento',
} as const;
export type ExpedienteEventKind = keyof typeof EXPEDIENTE_EVENT_KINDS;

/** The stage of a debtor: the three of the cobro, suspended by an acuerdo, or closed; null before it opens. */
export type EtapaExpediente = EtapaCobro;

export interface ExpedienteEvent {
  id: number;
  kind: ExpedienteEventKind;
  date: IsoDate;
  /** For an anulación: the event it undoes. */
  correctsId: number | null;
}

/** What the events in force say: the stage and the dates the terms run from. */
export interface ExpedienteState {
  stage: EtapaExpediente | null;
  /** Date the current stage began. */
  since: IsoDate | null;
  persuasivoSince: IsoDate | null;
  conciliadoOn: IsoDate | null;
  /** The last citación after the conciliación, and whether the debtor appeared after it. */
  citacionOn: IsoDate | null;
  comparecenciaOn: IsoDate | null;
  avisoOn: IsoDate | null;
  avisoPublicadoOn: IsoDate | null;
  devolucionOn: IsoDate | null;
  prejuridicoSince: IsoDate | null;
  juridicoSince: IsoDate | null;
  /** While suspended: the stage the acuerdo suspended (reanudación returns to it). */
  suspendedStage: EtapaExpediente | null;
}

const EMPTY: ExpedienteState = {
  stage: null,
  since: null,
  persuasivoSince: null,
  conciliadoOn: null,
  citacionOn: null,
  comparecenciaOn: null,
  avisoOn: null,
  avisoPublicadoOn: null,
  devolucionOn: null,
  prejuridicoSince: null,
  juridicoSince: null,
  suspendedStage: null,
};

/** The stages from which each kind may be recorded (null: no expediente yet). Kinds not listed: any open stage. */
const ALLOWED_FROM: Partial<Record<ExpedienteEventKind, readonly (EtapaExpediente | null)[]>> = {
  circularizacion: [null, 'persuasivo', 'cerrado'],
  conciliacion: [null, 'persuasivo', 'prejuridico', 'juridico', 'suspendido', 'cerrado'],
  citacion: ['persuasivo'],
  comparecencia: ['persuasivo', 'prejuridico'],
  aviso: ['persuasivo'],
  aviso_publicado: ['persuasivo'],
  devolucion: ['persuasivo'],
  prejuridico: [null, 'persuasivo'],
  derecho_peticion: ['prejuridico'],
  solicitud_conciliacion: ['prejuridico'],
  contrato_transaccion: ['prejuridico'],
  juridico: [null, 'persuasivo', 'prejuridico', 'suspendido'],
  demanda_radicada: ['juridico'],
  mandamiento_pago: ['juridico'],
  medidas_cautelares: ['juridico'],
  sentencia: ['juridico'],
  terminacion: ['juridico'],
  // An acuerdo de pago signed before any expediente opens it suspended (reanudación → persuasivo).
  suspension: [null, 'persuasivo', 'prejuridico', 'juridico'],
  reanudacion: ['suspendido'],
  cierre: ['persuasivo', 'prejuridico', 'juridico', 'suspendido'],
};

/** Events in force: neither an anulación nor annulled by one. */
export function inForce<E extends ExpedienteEvent>(events: readonly E[]): E[] {
  const annulled = new Set(events.filter((e) => e.kind === 'anulacion').map((e) => e.correctsId));
  return [...events].sort((a, b) => a.id - b.id).filter((e) => e.kind !== 'anulacion' && !annulled.has(e.id));
}

function move(s: ExpedienteState, stage: EtapaExpediente, date: IsoDate): ExpedienteState {
  return { ...s, stage, since: date, suspendedStage: null };
}

function apply(s: ExpedienteState, e: ExpedienteEvent): ExpedienteState {
  switch (e.kind) {
    case 'circularizacion':
      return s.stage === 'persuasivo' ? s : { ...move(EMPTY, 'persuasivo', e.date), persuasivoSince: e.date };
    case 'conciliacion': {
      const opened = s.stage === null || s.stage === 'cerrado';
      const base = opened ? { ...move(EMPTY, 'persuasivo', e.date), persuasivoSince: e.date } : s;
      // A new conciliación starts the citación term again.
      return {
        ...base,
        conciliadoOn: e.date,
        citacionOn: null,
        comparecenciaOn: null,
        avisoOn: null,
        avisoPublicadoOn: null,
      };
    }
    case 'citacion':
      return { ...s, citacionOn: e.date, comparecenciaOn: null, avisoOn: null, avisoPublicadoOn: null };
    case 'comparecencia':
      return { ...s, comparecenciaOn: e.date };
    case 'aviso':
      return { ...s, avisoOn: e.date };
    case 'aviso_publicado':
      return { ...s, avisoPublicadoOn: e.date };
    case 'devolucion':
      return { ...move(s, 'prejuridico', e.date), devolucionOn: e.date, prejuridicoSince: e.date };
    case 'prejuridico':
      return { ...move(s, 'prejuridico', e.date), prejuridicoSince: e.date };
    case 'contrato_transaccion':
      return { ...move(s, 'suspendido', e.date), suspendedStage: 'prejuridico' };
    case 'juridico':
      return { ...move(s, 'juridico', e.date), juridicoSince: e.date };
    case 'terminacion':
    case 'cierre':
      return move(s, 'cerrado', e.date);
    case 'suspension':
      return { ...move(s, 'suspendido', e.date), suspendedStage: s.stage };
    case 'reanudacion':
      return move(s, s.suspendedStage ?? 'persuasivo', e.date);
    default:
      return s; // milestones and petitions: recorded, the stage stays
  }
}

/** The state after the events in force, in the order they were recorded (optionally only those dated up to `asOf`). */
export function foldExpediente(events: readonly ExpedienteEvent[], asOf?: IsoDate): ExpedienteState {
  const upTo = asOf === undefined ? events : events.filter((e) => e.date <= asOf || e.kind === 'anulacion');
  return inForce(upTo).reduce(apply, EMPTY);
}

/** Why `kind` cannot be recorded now (a Spanish sentence), or null when it can. */
export function refusalOf(
  state: ExpedienteState,
  kind: ExpedienteEventKind,
  date: IsoDate,
  events: readonly ExpedienteEvent[],
  correctsId: number | null,
): string | null {
  if (kind === 'anulacion') {
    const target = inForce(events).find((e) => e.id === correctsId);
    return target ? null : 'El evento a anular no existe en este expediente o ya fue anulado.';
  }
  const last = inForce(events).at(-1);
  if (last && date < last.date)
    return `La fecha no puede ser anterior al último evento del expediente (${last.date.split('-').reverse().join('/')}).`;
  const allowed = ALLOWED_FROM[kind];
  if (allowed && !allowed.includes(state.stage)) {
    const where = state.stage === null ? 'sin expediente abierto' : `en etapa ${STAGE_WORDS[state.stage]}`;
    return `«${EXPEDIENTE_EVENT_KINDS[kind]}» no procede ${where}.`;
  }
  if ((kind === 'aviso' || kind === 'aviso_publicado') && !state.citacionOn)
    return 'El aviso procede después de una citación sin comparecencia.';
  if ((kind === 'aviso' || kind === 'aviso_publicado') && state.comparecenciaOn)
    return 'El deudor ya compareció: no procede el aviso.';
  if (kind === 'citacion' && !state.conciliadoOn)
    return 'La citación procede después de conciliar el estado de cartera (acta de depuración).';
  return null;
}

/** A stage after «en etapa …». */
export const STAGE_WORDS: Record<EtapaExpediente, string> = {
  persuasivo: 'de cobro persuasivo',
  prejuridico: 'de cobro prejurídico',
  juridico: 'de cobro jurídico',
  suspendido: 'suspendida por acuerdo de pago',
  cerrado: 'cerrada',
};

/** The last cobro persuasivo of the expediente: when it opened, and when and by which event it ended (null: still open). */
export interface PersuasivoSpan {
  start: IsoDate;
  end: IsoDate | null;
  endedBy: ExpedienteEventKind | null;
  /** The events in force from its opening to its end, both included. */
  events: ExpedienteEvent[];
}

export function persuasivoSpan(events: readonly ExpedienteEvent[]): PersuasivoSpan | null {
  let span: PersuasivoSpan | null = null;
  let s = EMPTY;
  for (const e of inForce(events)) {
    const next = apply(s, e);
    if (next.stage === 'persuasivo' && s.stage !== 'persuasivo')
      span = { start: e.date, end: null, endedBy: null, events: [] };
    if (span && span.end === null) span.events.push(e);
    if (span && span.end === null && s.stage === 'persuasivo' && next.stage !== 'persuasivo') {
      span.end = e.date;
      span.endedBy = e.kind;
    }
    s = next;
  }
  return span;
}
