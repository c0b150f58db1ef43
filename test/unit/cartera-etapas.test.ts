/** Etapas de cobro folded from their events (shared/domain/cartera/etapas.ts). */
import { describe, expect, it } from 'vitest';
import {
  currentStage,
  ETAPAS_COBRO,
  inForceEvents,
  stageBefore,
  stageHistory,
  type StageEvent,
} from '../../shared/domain/cartera/etapas';

const ev = (id: number, stage: StageEvent['stage'], date: string, correctsId: number | null = null): StageEvent => ({
  id,
  stage,
  date,
  correctsId,
});

describe('etapas de cobro', () => {
  it('an invoice with no events is in cobro persuasivo, with no date', () => {
    expect(currentStage([])).toEqual({ stage: 'persuasivo', since: null, eventId: null });
    expect(ETAPAS_COBRO[currentStage([]).stage]).toBe('Cobro persuasivo');
  });

  it('the latest event decides, whatever order they arrive in', () => {
    const events = [ev(7, 'juridico', '2025-07-01'), ev(3, 'prejuridico', '2025-02-10')];
    expect(currentStage(events)).toEqual({ stage: 'juridico', since: '2025-07-01', eventId: 7 });
  });

  it('a correction puts back the stage in force before the event it undoes, with its original date', () => {
    const events = [
      ev(1, 'prejuridico', '2025-02-10'),
      ev(2, 'juridico', '2025-07-01'),
      ev(3, 'prejuridico', '2025-07-20', 2),
    ];
    expect(currentStage(events)).toEqual({ stage: 'prejuridico', since: '2025-02-10', eventId: 1 });
    expect(stageBefore(events, 2)).toEqual({ stage: 'prejuridico', since: '2025-02-10', eventId: 1 });
    expect(stageBefore(events, 1)).toEqual({ stage: 'persuasivo', since: null, eventId: null });
    expect(stageHistory(events).after.get(2)).toEqual({ stage: 'juridico', since: '2025-07-01', eventId: 2 });
  });

  it('undoing the only move returns to the initial stage; a later move counts again', () => {
    const events = [
      ev(1, 'juridico', '2025-05-01'),
      ev(2, 'persuasivo', '2025-05-01', 1),
      ev(3, 'juridico', '2025-06-01'),
    ];
    expect(currentStage(events.slice(0, 2))).toEqual({ stage: 'persuasivo', since: null, eventId: null });
    expect(currentStage(events)).toEqual({ stage: 'juridico', since: '2025-06-01', eventId: 3 });
    expect(inForceEvents(events).map((e) => e.id)).toEqual([3]);
  });

  it('a correction of an event that is not in the list is a bug, said in Spanish', () => {
    expect(() => currentStage([ev(5, 'persuasivo', '2025-01-01', 4)])).toThrow(/corrige el 4/);
    expect(() => stageBefore([ev(1, 'juridico', '2025-01-01')], 9)).toThrow(/No existe el evento de etapa 9/);
  });
});
