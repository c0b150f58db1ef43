/** The expediente de cobro's fold, its refusals, its terms and the rules' moves (shared/domain/cartera/expediente*.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../shared/domain/business-days';
import {
  EXPEDIENTE_EVENT_KINDS,
  foldExpediente,
  inForce,
  persuasivoSpan,
  refusalOf,
  type ExpedienteEvent,
  type ExpedienteEventKind,
} from '../../shared/domain/cartera/expediente';
import { expedienteDeadlines, ruleMove } from '../../shared/domain/cartera/expediente-plazos';

const CO = businessCalendar('CO');
let seq = 0;
const ev = (kind: ExpedienteEventKind, date: string, correctsId: number | null = null): ExpedienteEvent => ({
  id: ++seq,
  kind,
  date,
  correctsId,
});

describe('fold', () => {
  it('no event: no expediente; a circularización opens the persuasivo', () => {
    expect(foldExpediente([]).stage).toBeNull();
    expect(foldExpediente([ev('circularizacion', '2026-03-02')])).toMatchObject({
      stage: 'persuasivo',
      since: '2026-03-02',
      persuasivoSince: '2026-03-02',
    });
  });

  it('a devolución closes the persuasivo at once (prejurídico from that day)', () => {
    const s = foldExpediente([ev('circularizacion', '2026-03-02'), ev('devolucion', '2026-03-09')]);
    expect(s).toMatchObject({ stage: 'prejuridico', since: '2026-03-09', devolucionOn: '2026-03-09' });
  });

  it('a suspension by acuerdo remembers the stage; the reanudación returns to it', () => {
    const events = [ev('circularizacion', '2026-01-02'), ev('juridico', '2026-02-02'), ev('suspension', '2026-03-02')];
    expect(foldExpediente(events)).toMatchObject({ stage: 'suspendido', suspendedStage: 'juridico' });
    expect(foldExpediente([...events, ev('reanudacion', '2026-04-02')])).toMatchObject({
      stage: 'juridico',
      since: '2026-04-02',
    });
  });

  it('an anulación undoes its event as if it never happened; the fold at a cut ignores later events', () => {
    const open = ev('circularizacion', '2026-01-02');
    const wrong = ev('prejuridico', '2026-02-02');
    const undo = ev('anulacion', '2026-02-03', wrong.id);
    expect(foldExpediente([open, wrong, undo])).toMatchObject({ stage: 'persuasivo', since: '2026-01-02' });
    expect(inForce([open, wrong, undo]).map((e) => e.id)).toEqual([open.id]);
    expect(foldExpediente([open, wrong], '2026-01-31').stage).toBe('persuasivo');
  });

  it('a new conciliación restarts the citación term', () => {
    const s = foldExpediente([
      ev('circularizacion', '2026-01-02'),
      ev('conciliacion', '2026-01-10'),
      ev('citacion', '2026-01-20'),
      ev('conciliacion', '2026-02-10'),
    ]);
    expect(s).toMatchObject({ conciliadoOn: '2026-02-10', citacionOn: null });
  });

  it('property: annulling every event gives back the empty expediente', () => {
    const kinds = Object.keys(EXPEDIENTE_EVENT_KINDS).filter((k) => k !== 'anulacion') as ExpedienteEventKind[];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kinds), { maxLength: 12 }), (list) => {
        const events = list.map((k, i) => ev(k, `2026-01-${String(i + 1).padStart(2, '0')}`));
        const undone = [...events, ...events.map((e) => ev('anulacion', '2026-02-01', e.id))];
        expect(foldExpediente(undone)).toEqual(foldExpediente([]));
      }),
    );
  });
});

describe('persuasivoSpan', () => {
  it('from the circularización to the event that ended it; null end while open; annulled events left out', () => {
    const open = ev('circularizacion', '2026-01-02');
    const cit = ev('conciliacion', '2026-01-10');
    expect(persuasivoSpan([open, cit])).toMatchObject({ start: '2026-01-02', end: null, endedBy: null });
    const wrong = ev('comparecencia', '2026-01-12');
    const undo = ev('anulacion', '2026-01-13', wrong.id);
    const back = ev('devolucion', '2026-01-20');
    const later = ev('derecho_peticion', '2026-02-01');
    const span = persuasivoSpan([open, cit, wrong, undo, back, later])!;
    expect(span).toMatchObject({ start: '2026-01-02', end: '2026-01-20', endedBy: 'devolucion' });
    expect(span.events.map((e) => e.kind)).toEqual(['circularizacion', 'conciliacion', 'devolucion']);
    expect(persuasivoSpan([ev('prejuridico', '2026-01-02')])).toBeNull();
  });
});

describe('refusals', () => {
  const s = (events: ExpedienteEvent[]) => foldExpediente(events);
  it('a citación needs the conciliación; an aviso needs a citación without comparecencia', () => {
    const open = [ev('circularizacion', '2026-01-02')];
    expect(refusalOf(s(open), 'citacion', '2026-01-05', open, null)).toMatch(/después de conciliar/);
    const cited = [...open, ev('conciliacion', '2026-01-10'), ev('citacion', '2026-01-20')];
    expect(refusalOf(s(cited), 'aviso', '2026-01-28', cited, null)).toBeNull();
    const appeared = [...cited, ev('comparecencia', '2026-01-22')];
    expect(refusalOf(s(appeared), 'aviso', '2026-01-28', appeared, null)).toMatch(/ya compareció/);
  });

  it('milestones only in jurídico; nothing dated before the last event; an anulación of an unknown event', () => {
    const open = [ev('circularizacion', '2026-01-02')];
    expect(refusalOf(s(open), 'sentencia', '2026-01-05', open, null)).toMatch(
      /no procede en etapa de cobro persuasivo/,
    );
    expect(refusalOf(s(open), 'prejuridico', '2026-01-01', open, null)).toMatch(
      /anterior al último evento del expediente \(02\/01\/2026\)/,
    );
    expect(refusalOf(s(open), 'anulacion', '2026-01-05', open, 999)).toMatch(/no existe/);
    expect(refusalOf(s([]), 'citacion', '2026-01-05', [], null)).toMatch(/sin expediente abierto/);
  });
});

describe('terms (CO calendar)', () => {
  it('citación 30 días hábiles after the conciliación; aviso 5 after the citación; publication and notification', () => {
    const events = [ev('circularizacion', '2026-03-02'), ev('conciliacion', '2026-03-20')];
    expect(expedienteDeadlines(foldExpediente(events), { oldestDueDate: null }, CO)).toEqual([
      expect.objectContaining({ kind: 'citacion', due: '2026-05-07', term: '30 días hábiles' }),
    ]);
    const cited = [...events, ev('citacion', '2026-07-10')];
    expect(expedienteDeadlines(foldExpediente(cited), { oldestDueDate: null }, CO)[0]).toMatchObject({
      kind: 'aviso',
      due: '2026-07-21', // 13 and 20 July are holidays
    });
    const published = [...cited, ev('aviso_publicado', '2026-12-04')];
    expect(
      expedienteDeadlines(foldExpediente(published), { oldestDueDate: null }, CO).map((d) => [d.kind, d.due]),
    ).toEqual([
      ['retiro_aviso', '2026-12-14'], // 8 December is a holiday
      ['notificacion_aviso', '2026-12-15'],
    ]);
  });

  it('the rules: 180 days → prejurídico on that day; prejurídico past its days → jurídico the next day', () => {
    const open = [ev('circularizacion', '2026-01-02')];
    const facts = { oldestDueDate: '2025-09-01' };
    expect(ruleMove(foldExpediente(open), facts, CO, '2026-02-27')).toBeNull();
    expect(ruleMove(foldExpediente(open), facts, CO, '2026-02-28')).toMatchObject({
      kind: 'prejuridico',
      date: '2026-02-28',
    });
    const pre = [...open, ev('prejuridico', '2026-02-28')];
    expect(ruleMove(foldExpediente(pre), facts, CO, '2026-05-29')).toBeNull();
    expect(ruleMove(foldExpediente(pre), { ...facts, prejuridicoDays: 60 }, CO, '2026-05-29')).toMatchObject({
      kind: 'juridico',
      date: '2026-04-30',
    });
  });
});
