/**
 * Etapas de cobro (domain README §Etapas de cobro): persuasivo → prejurídico → jurídico.
 * An invoice's stage is the fold of its stage events (append-only): with none
 * it is in cobro persuasivo, where every collection starts; an event moves it
 * to its stage; a correction (an event that `correctsId` an earlier one)
 * puts back what was in force just before the event it undoes, with the date
 * it had then.
 */

export type EtapaCobro = 'persuasivo' | 'prejuridico' | 'juridico';

export const ETAPAS_COBRO: Record<EtapaCobro, string> = {
  persuasivo: 'Cobro persuasivo',
  prejuridico: 'Cobro prejurídico',
  juridico: 'Cobro jurídico',
};

export const ETAPA_INICIAL: EtapaCobro = 'persuasivo';

export interface StageEvent {
  id: number;
  stage: EtapaCobro;
  date: string;
  correctsId: number | null;
}

export interface StageInForce {
  stage: EtapaCobro;
  /** Date the stage began; null for the initial stage (no event). */
  since: string | null;
  /** The event that put the invoice in this stage; null for the initial stage. */
  eventId: number | null;
}

const INITIAL: StageInForce = { stage: ETAPA_INICIAL, since: null, eventId: null };

/**
 * The stage in force after each event, in id order, and the last one.
 * Events must all belong to one invoice; a correction of an unknown event
 * is an error (the database refuses it; here it would hide a bug).
 */
export function stageHistory(events: readonly StageEvent[]): {
  after: Map<number, StageInForce>;
  current: StageInForce;
} {
  const sorted = [...events].sort((a, b) => a.id - b.id);
  const before = new Map<number, StageInForce>();
  const after = new Map<number, StageInForce>();
  let current = INITIAL;
  for (const e of sorted) {
    before.set(e.id, current);
    if (e.correctsId === null) current = { stage: e.stage, since: e.date, eventId: e.id };
    else {
      const undone = before.get(e.correctsId);
      if (!undone) throw new Error(`El evento de etapa ${e.id} corrige el ${e.correctsId}, que no es de esta factura.`);
      current = undone;
    }
    after.set(e.id, current);
  }
  return { after, current };
}

export function currentStage(events: readonly StageEvent[]): StageInForce {
  return stageHistory(events).current;
}

/** The stage an event's correction must record: the one in force just before it. */
export function stageBefore(events: readonly StageEvent[], eventId: number): StageInForce {
  const sorted = [...events].sort((a, b) => a.id - b.id);
  const i = sorted.findIndex((e) => e.id === eventId);
  if (i < 0) throw new Error(`No existe el evento de etapa ${eventId}.`);
  return i === 0 ? INITIAL : stageHistory(sorted.slice(0, i)).current;
}

/** Events not undone by a later correction. */
export function inForceEvents<E extends StageEvent>(events: readonly E[]): E[] {
  const corrected = new Set(events.map((e) => e.correctsId).filter((id): id is number => id !== null));
  return events.filter((e) => e.correctsId === null && !corrected.has(e.id));
}
