/**
 * A debtor's expediente de cobro walked day by day (each step on its own business date, as `--today` pins
 * it): circularización → conciliación → citación → aviso (dates from the CO calendar of días hábiles) →
 * closing of persuasivo at a returned letter → prejurídico → contrato de transacción; every event present,
 * and the Tablero's terms (expedientes.deadlines) showing each deadline on its date. Then the rules'
 * own moves: a persuasivo whose obligation turned 180 days old, and a prejurídico past its 90 days.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { cleanupTemp, createTempDb, expectErr, newKey, openOn, setupCo, type TempDb } from './helpers';
import { ExpedienteErrorCodes } from '../../shared/api/errors-expedientes';

afterEach(cleanupTemp);

function debtor(t: TempDb, name: string, taxId: string, invoice: { number: string; dueDate: string }) {
  const d = t.dispatch;
  const c = d('counterparties.create', { kind: 'eps', name, taxId, naturalezaJuridica: 'eps_contributiva' });
  if (!c.ok) throw new Error(c.error.message);
  const id = (c.value as { id: number }).id;
  const inv = d('invoices.create', {
    counterpartyId: id,
    direction: 'receivable',
    number: invoice.number,
    concept: 'Servicios de salud',
    issueDate: '2025-08-01',
    radicacionDate: '2025-08-05',
    dueDate: invoice.dueDate,
    amountCents: 1_000_000_000,
    idempotencyKey: newKey('inv'),
  });
  if (!inv.ok) throw new Error(inv.error.message);
  return id;
}

describe('expediente de cobro, walked with the calendar', () => {
  it('circularización → conciliación → citación → aviso → devolución → prejurídico → contrato de transacción', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const eps = debtor(t, 'Nueva EPS S.A.', '900156264-2', { number: 'FE-1001', dueDate: '2026-02-01' });

    let day = openOn(t, '2026-03-02');
    const record = (kind: Input<'expedientes.record'>['kind'], date: string, reason: string) =>
      day.call('expedientes.record', { counterpartyId: eps, kind, date, reason });
    // No expediente yet: the invoice counts as persuasivo, no term runs.
    expect(day.call('expedientes.get', { counterpartyId: eps })).toMatchObject({ stage: null, deadlines: [] });
    let v = record('circularizacion', '2026-03-02', 'Oficio de circularización con estado de cuenta');
    expect(v).toMatchObject({ stage: 'persuasivo', since: '2026-03-02', oldestDueDate: '2026-02-01' });
    // The obligation (due 1 February) turns 180 days old on 31 July.
    expect(v.deadlines.map((d) => [d.kind, d.due, d.term])).toEqual([
      ['fin_persuasivo', '2026-07-31', '180 días calendario'],
    ]);
    // A citación before the conciliación does not proceed.
    expectErr(
      day.dispatch('expedientes.record', { counterpartyId: eps, kind: 'citacion', date: '2026-03-02', reason: 'x' }),
      ExpedienteErrorCodes.noProcede,
    );
    day.close();

    day = openOn(t, '2026-03-20');
    v = record('conciliacion', '2026-03-20', 'Acta de depuración firmada con la EPS');
    // 30 días hábiles after Friday 20 March: 23 March, 2–3 April and 1 May are holidays → 7 May.
    expect(v.deadlines.map((d) => [d.kind, d.due])).toEqual([
      ['citacion', '2026-05-07'],
      ['fin_persuasivo', '2026-07-31'],
    ]);
    day.close();

    // On 7 May the Tablero shows the citación due today.
    day = openOn(t, '2026-05-07');
    expect(day.call('expedientes.deadlines', {}).map((d) => [d.kind, d.due, d.category])).toEqual([
      ['citacion', '2026-05-07', 'hoy'],
    ]);
    day.close();
    day = openOn(t, '2026-05-08');
    expect(day.call('expedientes.deadlines', {})[0]).toMatchObject({
      kind: 'citacion',
      category: 'vencido',
      when: 'Venció ayer',
    });
    day.close();

    day = openOn(t, '2026-04-10');
    v = record('citacion', '2026-04-10', 'Citación enviada por correo certificado');
    // 5 días hábiles after Friday 10 April → Friday 17 April.
    expect(v.deadlines[0]).toMatchObject({ kind: 'aviso', due: '2026-04-17', term: '5 días hábiles' });
    day.close();
    day = openOn(t, '2026-04-17');
    expect(day.call('expedientes.deadlines', {}).map((d) => [d.kind, d.category])).toEqual([['aviso', 'hoy']]);
    day.close();

    day = openOn(t, '2026-04-20');
    v = record('aviso', '2026-04-20', 'Aviso con el estado de cartera adjunto');
    expect(v.deadlines.map((d) => d.kind)).toEqual(['fin_persuasivo']);
    day.close();

    day = openOn(t, '2026-04-27');
    v = record('devolucion', '2026-04-27', 'Correo devuelto: dirección no existe');
    // A returned letter closes the persuasivo at once: prejurídico from that day, 90 days calendario.
    expect(v).toMatchObject({ stage: 'prejuridico', since: '2026-04-27' });
    expect(v.deadlines.map((d) => [d.kind, d.due, d.term])).toEqual([
      ['fin_prejuridico', '2026-07-26', '90 días calendario'],
    ]);
    day.close();

    day = openOn(t, '2026-05-15');
    v = record('contrato_transaccion', '2026-05-15', 'Contrato de transacción firmado: 6 cuotas');
    expect(v).toMatchObject({ stage: 'suspendido', since: '2026-05-15', deadlines: [] });
    expect(v.events.map((e) => [e.kind, e.date, e.origin])).toEqual([
      ['circularizacion', '2026-03-02', 'manual'],
      ['conciliacion', '2026-03-20', 'manual'],
      ['citacion', '2026-04-10', 'manual'],
      ['aviso', '2026-04-20', 'manual'],
      ['devolucion', '2026-04-27', 'manual'],
      ['contrato_transaccion', '2026-05-15', 'manual'],
    ]);
    // The invoice's stage is its debtor's.
    const invoices = day.call('invoices.list', { counterpartyId: eps, direction: 'receivable', pageSize: 10 });
    const detail = day.call('invoices.get', { id: invoices.rows[0]!.id });
    expect(detail.etapa).toMatchObject({ stage: 'suspendido', since: '2026-05-15' });
    day.close();
  });

  it('the rules move an expediente when its term ends: 180 days → prejurídico; 90 more → jurídico', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const eps = debtor(t, 'Famisanar EPS', '830003564-7', { number: 'FE-2001', dueDate: '2025-09-01' });
    let day = openOn(t, '2026-01-15');
    day.call('expedientes.record', {
      counterpartyId: eps,
      kind: 'circularizacion',
      date: '2026-01-15',
      reason: 'Circular',
    });
    expect(day.call('expedientes.review', {})).toEqual({ moved: [] });
    day.close();

    // 180 days after 1 September 2025 is 28 February 2026.
    day = openOn(t, '2026-03-10');
    expect(day.call('expedientes.review', {}).moved).toMatchObject([
      { counterpartyId: eps, kind: 'prejuridico', date: '2026-02-28' },
    ]);
    expect(day.call('expedientes.review', {})).toEqual({ moved: [] });
    day.close();

    // 90 days of prejurídico end on 29 May; the next day it is in jurídico.
    day = openOn(t, '2026-05-29');
    expect(day.call('expedientes.review', {})).toEqual({ moved: [] });
    day.close();
    day = openOn(t, '2026-05-30');
    const moved = day.call('expedientes.review', {}).moved;
    expect(moved).toMatchObject([{ kind: 'juridico', date: '2026-05-30' }]);
    expect(moved[0]!.reason).toContain('29/05/2026');
    const v = day.call('expedientes.get', { counterpartyId: eps });
    expect(v).toMatchObject({ stage: 'juridico', since: '2026-05-30' });
    expect(v.events.map((e) => [e.kind, e.origin])).toEqual([
      ['circularizacion', 'manual'],
      ['prejuridico', 'regla'],
      ['juridico', 'regla'],
    ]);
    day.close();
  });

  it('an anulación undoes one event: the stage is as if it never happened, and the event stays, annulled', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const eps = debtor(t, 'Sanitas EPS', '800251440-6', { number: 'FE-3001', dueDate: '2026-02-01' });
    const day = openOn(t, '2026-03-10');
    day.call('expedientes.record', {
      counterpartyId: eps,
      kind: 'circularizacion',
      date: '2026-03-02',
      reason: 'Circular',
    });
    const moved = day.call('expedientes.record', {
      counterpartyId: eps,
      kind: 'prejuridico',
      date: '2026-03-05',
      reason: 'Por error',
    });
    const wrong = moved.events.at(-1)!.id;
    const v = day.call('expedientes.record', {
      counterpartyId: eps,
      kind: 'anulacion',
      date: '2026-03-10',
      reason: 'El paso a prejurídico se registró por error',
      correctsId: wrong,
    });
    expect(v).toMatchObject({ stage: 'persuasivo', since: '2026-03-02' });
    expect(v.events.map((e) => [e.kind, e.annulled])).toEqual([
      ['circularizacion', false],
      ['prejuridico', true],
      ['anulacion', false],
    ]);
    expectErr(
      day.dispatch('expedientes.record', {
        counterpartyId: eps,
        kind: 'anulacion',
        date: '2026-03-10',
        reason: 'Otra vez',
        correctsId: wrong,
      }),
      ExpedienteErrorCodes.noProcede,
    );
    day.close();
  });
});
