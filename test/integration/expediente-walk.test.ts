/**
 * A debtor's expediente de cobro walked day by day (each step on its own business date, as `--today` pins
 * it): circularización → conciliación → citación → aviso (dates from the CO calendar of días hábiles) →
 * closing of persuasivo at a returned letter → prejurídico → contrato de transacción (signed as an agreement,
 * its mora at the DIAN rate) → paid, the expediente closed; the circularización, citación and aviso are letters
 * issued through documents.issue, each recording its own event; every event present, and the Tablero's terms
 * (expedientes.deadlines) showing each deadline on its date. Then: a contrato outside prejurídico refused, an
 * acuerdo that suspends and resumes, the rules' own moves (180 days → prejurídico, the prejurídico's days →
 * jurídico), the prejurídico's days from Configuración, and the anulación.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import {
  CO_INSTITUTION,
  cleanupTemp,
  createTempDb,
  expectErr,
  expectOk,
  newKey,
  openOn,
  setupCo,
  type TempDb,
} from './helpers';
import { ExpedienteErrorCodes } from '../../shared/api/errors-expedientes';

afterEach(cleanupTemp);

/** The months of mora and signing of the contrato (their DTF and DIAN rates are recorded). */
const MONTHS = ['2026-02', '2026-03', '2026-04', '2026-05'];

function debtorInvoice(t: TempDb, counterpartyId: number, number: string) {
  const inv = t.dispatch('invoices.create', {
    counterpartyId,
    direction: 'receivable',
    number,
    concept: 'Servicios de salud',
    issueDate: '2025-08-01',
    radicacionDate: '2025-08-05',
    dueDate: '2026-02-01',
    amountCents: 500_000_000,
    idempotencyKey: newKey('inv'),
  });
  if (!inv.ok) throw new Error(inv.error.message);
}

function debtor(t: TempDb, name: string, taxId: string, invoice: { number: string; dueDate: string }) {
  const d = t.dispatch;
  const c = d('counterparties.create', {
    kind: 'eps',
    name,
    taxId,
    naturalezaJuridica: 'eps_contributiva',
    // The titular the cobro letters are addressed to.
    addresseeName: 'Andrés Felipe Rojas Medina',
    addresseePosition: 'Representante Legal',
    street: 'Carrera 85 No. 46A-66',
    city: 'Bogotá D.C.',
  });
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
  it('circularización → conciliación → citación → aviso → devolución → prejurídico → contrato de transacción', async () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const eps = debtor(t, 'Nueva EPS S.A.', '900156264-2', { number: 'FE-1001', dueDate: '2026-02-01' });
    const signer = expectOk<{ signatories: { id: number }[] }>(t.dispatch('settings.get', {})).signatories[0]!.id;
    // The account the circularización prints for the payment.
    expectOk(
      t.dispatch('settings.saveInstitution', {
        ...CO_INSTITUTION,
        bankName: 'Banco de Bogotá',
        bankAccount: '616-12345-6',
        bankAccountType: 'Corriente',
        bankDenomination: 'E.S.E. Hospital Universitario San Rafael',
      }),
    );

    let day = openOn(t, '2026-03-02');
    const record = (kind: Input<'expedientes.record'>['kind'], date: string, reason: string) =>
      day.call('expedientes.record', { counterpartyId: eps, kind, date, reason });
    const invoiceId = day.call('invoices.list', { counterpartyId: eps, direction: 'receivable', pageSize: 10 }).rows[0]!
      .id;
    /** The cobro letter issued on `date` (a job, as the screen does): it records its own event in the expediente. */
    const issue = async (docType: 'circularizacion' | 'citacion' | 'aviso', date: string) => {
      const draft = day.call('documents.createDraft', {
        docType,
        counterpartyId: eps,
        date,
        data: {
          signatoryIds: [signer],
          invoiceIds: docType === 'citacion' ? [] : [invoiceId],
          ...(docType === 'citacion'
            ? { citacion: { fecha: '2026-04-17', hora: '09:00', lugar: 'Oficina de Cartera' } }
            : {}),
        },
      } as never);
      const issued = await day.run('documents.issue', { id: draft.id });
      return day.call('expedientes.get', { counterpartyId: eps }).events.find((e) => e.documentId === issued.id)!;
    };
    // No expediente yet: the invoice counts as persuasivo, no term runs.
    expect(day.call('expedientes.get', { counterpartyId: eps })).toMatchObject({ stage: null, deadlines: [] });
    const circularizacion = await issue('circularizacion', '2026-03-02');
    expect(circularizacion).toMatchObject({ kind: 'circularizacion', origin: 'carta', date: '2026-03-02' });
    let v = day.call('expedientes.get', { counterpartyId: eps });
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
    expect(await issue('citacion', '2026-04-10')).toMatchObject({ kind: 'citacion', origin: 'carta' });
    v = day.call('expedientes.get', { counterpartyId: eps });
    // 5 días hábiles after Friday 10 April → Friday 17 April.
    expect(v.deadlines[0]).toMatchObject({ kind: 'aviso', due: '2026-04-17', term: '5 días hábiles' });
    day.close();
    day = openOn(t, '2026-04-17');
    expect(day.call('expedientes.deadlines', {}).map((d) => [d.kind, d.category])).toEqual([['aviso', 'hoy']]);
    day.close();

    day = openOn(t, '2026-04-20');
    expect(await issue('aviso', '2026-04-20')).toMatchObject({ kind: 'aviso', origin: 'carta' });
    v = day.call('expedientes.get', { counterpartyId: eps });
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

    // The contrato de transacción: an agreement of kind contrato_transaccion, its mora at the DIAN's rate.
    day = openOn(t, '2026-05-15');
    day.call('settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: 175_090_500 });
    day.call('cartera.dtf.save', { rates: MONTHS.map((period) => ({ period, rate: '9.2' })) });
    day.call('cartera.moraDian.save', { rates: MONTHS.map((period) => ({ period, rate: '26.76' })) });
    const contrato = {
      counterpartyId: eps,
      invoiceIds: [invoiceId],
      signingDate: '2026-05-15',
      numeroCuotas: 4,
      kind: 'contrato_transaccion' as const,
      moraRate: 'dian' as const,
      guarantee: { type: 'Pagaré', description: 'Pagaré en blanco con carta de instrucciones' },
    };
    const atDtf = day.call('agreements.preview', { ...contrato, moraRate: 'dtf' });
    const atDian = day.call('agreements.preview', contrato);
    expect(atDian).toMatchObject({ kind: 'contrato_transaccion', moraRate: 'dian', canSign: true, rules: [] });
    // 103 days of mora (2 February – 15 May) at 26.76 % instead of 9.2 % e.a.
    expect(atDian.interestCents).toBeGreaterThan(2 * atDtf.interestCents);
    expect(atDian.invoices[0]!.stretches.map((st) => [st.period, st.days, st.rate])).toEqual([
      ['2026-02', 27, '0.2676'],
      ['2026-03', 31, '0.2676'],
      ['2026-04', 30, '0.2676'],
      ['2026-05', 15, '0.2676'],
    ]);
    const signed = day.call('agreements.create', { ...contrato, idempotencyKey: newKey('ctr') });
    expect(signed).toMatchObject({
      interestCents: atDian.interestCents,
      terms: { kind: 'contrato_transaccion', moraRate: 'dian' },
    });
    v = day.call('expedientes.get', { counterpartyId: eps });
    expect(v).toMatchObject({ stage: 'suspendido', since: '2026-05-15', deadlines: [] });
    expect(v.events.map((e) => [e.kind, e.date, e.origin])).toEqual([
      ['circularizacion', '2026-03-02', 'carta'],
      ['conciliacion', '2026-03-20', 'manual'],
      ['citacion', '2026-04-10', 'carta'],
      ['aviso', '2026-04-20', 'carta'],
      ['devolucion', '2026-04-27', 'manual'],
      ['contrato_transaccion', '2026-05-15', 'acuerdo'],
    ]);
    expect(v.events.at(-1)).toMatchObject({ agreementId: signed.id, agreementFolio: signed.folio });
    // The invoice's stage is its debtor's.
    expect(day.call('invoices.get', { id: invoiceId }).etapa).toMatchObject({
      stage: 'suspendido',
      since: '2026-05-15',
    });
    // Its letter is titled a contrato de transacción.
    const letter = day.call('agreements.document', { id: signed.id });
    expect(letter.asunto).toContain(`Contrato de transacción ${signed.folio}`);
    day.close();

    // Paid in full: the contrato is cumplido and the expediente closes at paz y salvo.
    day = openOn(t, '2026-05-20');
    const paid = day.call('agreements.pay', {
      id: signed.id,
      date: '2026-05-20',
      amountCents: signed.owedCents,
      reference: 'Transferencia 7781',
      idempotencyKey: newKey('pago'),
    });
    expect(paid.recordedEvents).toEqual(['cumplido']);
    v = day.call('expedientes.get', { counterpartyId: eps });
    expect(v).toMatchObject({ stage: 'cerrado', since: '2026-05-20', deadlines: [] });
    expect(v.events.at(-1)).toMatchObject({ kind: 'cierre', origin: 'acuerdo', agreementId: signed.id });
    expect(day.call('ledger.check', {})).toMatchObject({ ok: true });
    day.close();
  });

  it('a contrato de transacción outside cobro prejurídico is refused with the rule; an acuerdo suspends and resumes', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const eps = debtor(t, 'Salud Total EPS', '800130907-4', { number: 'FE-3001', dueDate: '2026-02-01' });
    debtorInvoice(t, eps, 'FE-3002');
    const day = openOn(t, '2026-03-02');
    day.call('settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: 175_090_500 });
    day.call('cartera.dtf.save', { rates: MONTHS.map((period) => ({ period, rate: '9.2' })) });
    day.call('expedientes.record', {
      counterpartyId: eps,
      kind: 'circularizacion',
      date: '2026-03-02',
      reason: 'Circular',
    });
    const [first, second] = day.call('invoices.list', {
      counterpartyId: eps,
      direction: 'receivable',
      pageSize: 10,
    }).rows;
    const base = {
      counterpartyId: eps,
      invoiceIds: [first!.id],
      signingDate: '2026-03-02',
      numeroCuotas: 4,
      guarantee: { type: 'Pagaré', description: 'Pagaré' },
    };
    const p = day.call('agreements.preview', { ...base, kind: 'contrato_transaccion' });
    expect(p.canSign).toBe(false);
    expect(p.rules).toMatchObject([{ codigo: 'acuerdo/transaccion-fuera-de-prejuridico', campo: 'kind' }]);
    expect(p.rules[0]!.mensaje).toContain('en etapa de cobro persuasivo');
    expectErr(
      day.dispatch('agreements.create', { ...base, kind: 'contrato_transaccion', idempotencyKey: newKey('c') }),
      'acuerdo/reglas-incumplidas',
    );
    // An acuerdo de pago over one invoice suspends the persuasivo; paid, the cobro resumes for the other invoice.
    const a = day.call('agreements.create', { ...base, idempotencyKey: newKey('a') });
    expect(day.call('expedientes.get', { counterpartyId: eps })).toMatchObject({
      stage: 'suspendido',
      since: '2026-03-02',
    });
    day.call('agreements.pay', {
      id: a.id,
      date: '2026-03-02',
      amountCents: a.owedCents,
      reference: 'RC-1',
      idempotencyKey: newKey('p'),
    });
    const v = day.call('expedientes.get', { counterpartyId: eps });
    expect(v).toMatchObject({ stage: 'persuasivo', since: '2026-03-02' });
    expect(v.events.map((e) => [e.kind, e.origin])).toEqual([
      ['circularizacion', 'manual'],
      ['suspension', 'acuerdo'],
      ['reanudacion', 'acuerdo'],
    ]);
    expect(v.events.at(-1)!.reason).toContain('demás obligaciones');
    expect(day.call('invoices.get', { id: second!.id }).etapa!.stage).toBe('persuasivo');
    day.close();
  });
});

describe('expediente de cobro: the rules', () => {
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

  it('the prejurídico lasts the days set in Configuración (kept when the institution is saved without them)', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const eps = debtor(t, 'Famisanar EPS', '830003564-7', { number: 'FE-2101', dueDate: '2025-09-01' });
    expectOk(t.dispatch('settings.saveInstitution', { ...CO_INSTITUTION, prejuridicoDays: 60 }));
    // Saved again without the field (an older screen): the 60 days stay.
    const saved = expectOk<{ prejuridicoDays: number }>(t.dispatch('settings.saveInstitution', CO_INSTITUTION));
    expect(saved.prejuridicoDays).toBe(60);
    expectErr(
      t.dispatch('settings.saveInstitution', { ...CO_INSTITUTION, prejuridicoDays: 0 }),
      'validacion/entrada-invalida',
    );
    let day = openOn(t, '2026-03-10');
    day.call('expedientes.record', { counterpartyId: eps, kind: 'prejuridico', date: '2026-03-02', reason: 'Paso' });
    // 60 días calendario from 2 March end on 1 May; the next day it is in jurídico.
    expect(day.call('expedientes.get', { counterpartyId: eps }).deadlines).toMatchObject([
      { kind: 'fin_prejuridico', due: '2026-05-01', term: '60 días calendario' },
    ]);
    day.close();
    day = openOn(t, '2026-05-02');
    expect(day.call('expedientes.review', {}).moved).toMatchObject([{ kind: 'juridico', date: '2026-05-02' }]);
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
