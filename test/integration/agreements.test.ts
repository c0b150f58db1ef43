/**
 * Acuerdos de pago through the dispatcher on a temporary database (CO
 * profile, DTF table loaded first): issue 5's examples to the centavo, the
 * rules refusing with nothing written, month-end due dates, payments and
 * cuota states, aceleración recorded once with its BDME candidate, cumplido,
 * and the ledger always equal to what the agreement says is owed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../shared/api/errors';
import type { Input } from '../../shared/api/contract';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectUnchanged,
  newKey,
  setupCo,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

/** DTF by month, as percentages: 9.0 / 8.8 / 8.6 for January–March 2025 (the issue's example), 8.5 otherwise. */
function dtfRates(): { period: string; rate: string }[] {
  const out: { period: string; rate: string }[] = [];
  const special: Record<string, string> = { '2025-01': '9.0', '2025-02': '8.8', '2025-03': '8.6' };
  for (const y of [2024, 2025, 2026]) {
    for (let m = 1; m <= 12; m++) {
      const period = `${y}-${String(m).padStart(2, '0')}`;
      out.push({ period, rate: special[period] ?? '8,5' });
    }
  }
  return out;
}

function co(): { t: TempDb; eps: number; hospital: number } {
  const t = createTempDb();
  setupCo(t.dispatch);
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
    naturalezaJuridica: 'eps_contributiva',
  }).id;
  const hospital = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Hospital Regional de Duitama',
    taxId: '891855039-9',
    naturalezaJuridica: 'ips_publica',
  }).id;
  const saved = call(t.dispatch, 'cartera.dtf.save', { rates: dtfRates() });
  expect(saved.saved).toBe(36);
  return { t, eps, hospital };
}

const GUARANTEE = {
  type: 'Pagaré',
  description: 'Pagaré en blanco con carta de instrucciones firmado por el representante legal',
};

/** The issue's example: capital 10.000.000,00, obligation 2025-01-01. */
function exampleInvoice(t: TempDb, counterpartyId: number, amountCents = 1_000_000_000, dueDate = '2025-01-01') {
  return createInvoice(t.dispatch, { counterpartyId, amountCents, issueDate: '2024-12-01', dueDate }).invoice;
}

type Proposal = Input<'agreements.create'>;
function proposal(counterpartyId: number, invoiceIds: number[], over: Partial<Proposal> = {}): Proposal {
  return {
    counterpartyId,
    invoiceIds,
    signingDate: '2025-03-31',
    costsCents: 0,
    numeroCuotas: 4,
    guarantee: GUARANTEE,
    idempotencyKey: newKey('acu'),
    ...over,
  };
}

const invoiceBalance = (t: TempDb, id: number) => call(t.dispatch, 'invoices.get', { id }).balanceCents;
const pay = (t: TempDb, id: number, date: string, amountCents: number) =>
  call(t.dispatch, 'agreements.pay', {
    id,
    date,
    amountCents,
    reference: `RC-${date}`,
    idempotencyKey: newKey('pago'),
  });

describe('the issue’s examples, to the centavo, through the service', () => {
  it('interest of mora 206.307,84 and the schedule 1.946.801,41 × 3 + 1.946.801,42 on a financed 7.654.730,88', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const p = call(t.dispatch, 'agreements.preview', proposal(eps, [inv.id]));
    expect(p).toMatchObject({
      capitalCents: 1_000_000_000,
      interestCents: 20_630_784,
      debtCents: 1_020_630_784,
      minimumCuotaInicialCents: 255_157_696,
      cuotaInicialCents: 255_157_696,
      financedCents: 765_473_088,
      cuantia: 'minima',
      maxCuotas: 4,
      termAnnualRate: '0.086',
      rules: [],
      canSign: true,
    });
    expect(p.invoices[0]!.stretches.map((s) => [s.period, s.days, s.rate])).toEqual([
      ['2025-01', 30, '0.09'],
      ['2025-02', 28, '0.088'],
      ['2025-03', 31, '0.086'],
    ]);
    expect(p.schedule!.slice(1).map((c) => [c.dueDate, c.cuotaCents, c.interestCents])).toEqual([
      ['2025-04-30', 194_680_141, 5_280_838],
      ['2025-05-31', 194_680_141, 3_974_212],
      ['2025-06-30', 194_680_141, 2_658_572],
      ['2025-07-31', 194_680_142, 1_333_855],
    ]);
    expect(p.schedule!.at(-1)!.balanceAfterCents).toBe(0);

    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    expect(a).toMatchObject({
      folio: 'ACU-2025-0001',
      state: 'vigente',
      interestCents: 20_630_784,
      termInterestCents: 13_247_477,
      dtfRate: '0.086',
      replayed: false,
    });
    expect(a.cuotas.map((c) => c.cuotaCents)).toEqual([
      255_157_696, 194_680_141, 194_680_141, 194_680_141, 194_680_142,
    ]);
    expect(a.events.map((e) => e.kind)).toEqual(['firmado']);
    // The ledger owes what the schedule says: debt + intereses de plazo.
    const total = 1_020_630_784 + 13_247_477;
    expect(invoiceBalance(t, inv.id)).toBe(total);
    expect(a.ledgerBalanceCents).toBe(total);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('a repeated create with the same key returns the first agreement and writes nothing', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const input = proposal(eps, [inv.id]);
    const first = call(t.dispatch, 'agreements.create', input);
    const again = expectUnchanged(t, (d) => d('agreements.create', input));
    expect(again).toMatchObject({ ok: true, value: { id: first.id, folio: first.folio, replayed: true } });
    expect(call(t.dispatch, 'agreements.create', proposal(eps, [exampleInvoice(t, eps).id])).folio).toBe(
      'ACU-2025-0002',
    );
  });

  it('several invoices: interest rounded once, split so the parts add up; costs and intereses de plazo split by capital', () => {
    const { t, eps } = co();
    const a1 = exampleInvoice(t, eps, 333_333_333);
    const a2 = exampleInvoice(t, eps, 666_666_667, '2025-02-15');
    const r = call(t.dispatch, 'agreements.create', proposal(eps, [a1.id, a2.id], { costsCents: 12_345_67 }));
    expect(r.invoices.reduce((s, i) => s + i.interestCents, 0)).toBe(r.interestCents);
    const owed = r.debtCents + r.termInterestCents;
    expect(invoiceBalance(t, a1.id) + invoiceBalance(t, a2.id)).toBe(owed);
    expect(r.owedCents).toBe(owed);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });
});

describe('rules and refusals: nothing written', () => {
  it('every broken rule listed in the preview and in the refusal', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const bad = proposal(eps, [inv.id], { cuotaInicialCents: 255_157_695, numeroCuotas: 5, guarantee: null });
    const p = call(t.dispatch, 'agreements.preview', bad);
    expect(p.rules.map((r) => r.codigo)).toEqual([
      'acuerdo/cuota-inicial-insuficiente',
      'acuerdo/plazo-requiere-aprobacion',
      'acuerdo/plazo-requiere-renuncia-prescripcion',
      'acuerdo/garantia-requerida',
    ]);
    expect(p.canSign).toBe(false);
    const err = expectUnchanged(t, (d) => expectErr(d('agreements.create', bad), 'acuerdo/reglas-incumplidas'));
    expect(err.message).toMatch(/^No se firmó el acuerdo: La cuota inicial debe ser al menos el 25 %/);
    expect(err.message).toContain('registre la aprobación de la Gerencia');
    expect(err.message).toContain('requiere garantía');
    expect(call(t.dispatch, 'agreements.list', {})).toEqual([]);
  });

  it('an extension beyond the cuantía’s maximum signs with the approval and the waiver recorded', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const ok = proposal(eps, [inv.id], {
      numeroCuotas: 10,
      approval: { approvedBy: 'Gerente', reference: 'Resolución 45 de 2025', date: '2025-03-28' },
      prescriptionWaiver: { reference: 'Escrito de renuncia del deudor', date: '2025-03-31' },
    });
    const a = call(t.dispatch, 'agreements.create', ok);
    expect(a.cuotas).toHaveLength(11);
    expect(a.terms.approval).toMatchObject({ reference: 'Resolución 45 de 2025' });
  });

  it('a public debtor paying in two halves needs no guarantee', () => {
    const { t, hospital } = co();
    const inv = exampleInvoice(t, hospital);
    const p = call(
      t.dispatch,
      'agreements.preview',
      proposal(hospital, [inv.id], {
        numeroCuotas: 1,
        cuotaInicialCents: 510_315_392,
        guarantee: null,
        termRate: 'cero',
      }),
    );
    expect(p).toMatchObject({ guaranteeExempt: true, rules: [], termAnnualRate: '0' });
    expect(p.schedule!.map((c) => c.cuotaCents)).toEqual([510_315_392, 510_315_392]);
  });

  it('a debtor in the BDME, or with an accelerated agreement, needs the certificate of cure', () => {
    const { t, eps } = co();
    const first = call(t.dispatch, 'agreements.create', proposal(eps, [exampleInvoice(t, eps).id]));
    call(t.dispatch, 'agreements.review', { asOf: '2025-05-15' });
    expect(call(t.dispatch, 'agreements.get', { id: first.id }).state).toBe('acelerado');
    const inv = exampleInvoice(t, eps);
    const p = call(t.dispatch, 'agreements.preview', proposal(eps, [inv.id]));
    expect(p).toMatchObject({
      bdmeBreachedAgreement: true,
      canSign: false,
      rules: [{ codigo: 'acuerdo/bdme-sin-certificado', campo: 'bdmeCertificate' }],
    });
    const cured = proposal(eps, [inv.id], {
      bdmeCertificate: { reference: 'Certificación CGN 2025-118', date: '2025-03-20' },
    });
    expect(call(t.dispatch, 'agreements.create', cured).terms.bdmeCertificate).toMatchObject({
      reference: 'Certificación CGN 2025-118',
    });

    const flagged = call(t.dispatch, 'counterparties.create', {
      kind: 'eps',
      name: 'Coomeva EPS',
      taxId: '805000427-1',
      bdme: true,
    }).id;
    const r = call(t.dispatch, 'agreements.preview', proposal(flagged, [exampleInvoice(t, flagged).id]));
    expect(r.rules.map((x) => x.codigo)).toEqual(['acuerdo/bdme-sin-certificado']);
  });

  it('a missing DTF month is named in Spanish; other refusals', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('agreements.preview', proposal(eps, [inv.id], { signingDate: '2027-01-31' })),
        'cartera/tasa-faltante',
      ),
    );
    expect(err.message).toContain('enero de 2027 (2027-01)');
    expectUnchanged(t, (d) =>
      expectErr(d('agreements.create', proposal(eps, [inv.id], { signingDate: '2026-12-01' })), ErrorCodes.futureDate),
    );
    const other = createInvoice(t.dispatch, {
      counterpartyId: eps,
      direction: 'payable',
      issueDate: '2024-12-01',
      dueDate: '2025-01-01',
    }).invoice;
    expectUnchanged(t, (d) =>
      expectErr(d('agreements.create', proposal(eps, [other.id])), 'acuerdo/factura-no-por-cobrar'),
    );
    call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    expectUnchanged(t, (d) =>
      expectErr(d('agreements.create', proposal(eps, [inv.id])), 'acuerdo/factura-en-otro-acuerdo'),
    );
  });

  it('raw SQL cannot change or delete an agreement’s terms, schedule, payments or events', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    pay(t, a.id, '2025-03-31', 255_157_696);
    const refused: [string, RegExp][] = [
      ['UPDATE agreements SET debt_cents = 1', /términos y el calendario/],
      ["UPDATE agreements SET state = 'cumplido'", /sólo cambia con un evento/],
      ['DELETE FROM agreements', /no se elimina/],
      ['UPDATE agreement_cuotas SET cuota_cents = 1', /cuotas de un acuerdo no se modifican/],
      ['DELETE FROM agreement_cuotas', /no se eliminan/],
      ['UPDATE agreement_invoices SET interest_cents = 0', /no se modifican/],
      ['DELETE FROM agreement_payments', /pagos de un acuerdo no se eliminan/],
      ['UPDATE agreement_payments SET amount_cents = 1', /no se modifican/],
      ["UPDATE agreement_events SET kind = 'x'", /eventos de un acuerdo no se modifican/],
      ['DELETE FROM agreement_events', /no se eliminan/],
    ];
    for (const [sql, message] of refused) expect(() => t.sqlite.prepare(sql).run(), sql).toThrow(message);
  });

  it('raw SQL cannot change or delete the expediente de cobro, nor annul a move twice or across debtors', () => {
    const { t, eps, hospital: otherDebtor } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    call(t.dispatch, 'agreements.review', { asOf: '2025-05-10' });
    const [suspension, move] = call(t.dispatch, 'invoices.get', { id: inv.id }).etapa!.events;
    expect(suspension).toMatchObject({ kind: 'suspension', origin: 'acuerdo', agreementId: a.id });
    expect(move).toMatchObject({ kind: 'juridico', origin: 'aceleracion', agreementId: a.id });
    const insert = (counterpartyId: number, kind: string, correctsId: number | null, origin = 'aceleracion') =>
      t.sqlite
        .prepare(
          'INSERT INTO collection_file_events (counterparty_id, kind, date, reason, origin, agreement_id, corrects_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(counterpartyId, kind, '2025-05-02', 'x', origin, a.id, correctsId, '2025-05-02T00:00:00Z');
    const refused: [string, () => unknown, RegExp][] = [
      [
        'UPDATE',
        () => t.sqlite.prepare("UPDATE collection_file_events SET kind = 'prejuridico'").run(),
        /no se modifica/,
      ],
      ['DELETE', () => t.sqlite.prepare('DELETE FROM collection_file_events').run(), /no se elimina/],
      ['evento inventado', () => insert(eps, 'coactivo', null), /evento no válido/],
      ['origen inventado', () => insert(eps, 'juridico', null, 'robot'), /evento no válido/],
      ['anulación sin anular nada', () => insert(eps, 'anulacion', null), /evento no válido/],
      [
        'anulación en el expediente de otro deudor',
        () => insert(otherDebtor, 'anulacion', move!.id),
        /evento no válido/,
      ],
    ];
    for (const [what, run, message] of refused) expect(run, what).toThrow(message);
    // The payment entered late annuls the aceleración: the one anulación it writes cannot be written again.
    pay(t, a.id, '2025-03-31', 255_157_696);
    expect(call(t.dispatch, 'invoices.get', { id: inv.id }).etapa!.stage).toBe('suspendido');
    expect(() => insert(eps, 'anulacion', move!.id)).toThrow(/UNIQUE constraint failed/);
  });
});

describe('an invoice in an agreement is paid through the agreement', () => {
  it('a payment, nota, pago por aplicar or reversal straight on it is refused with the folio; nothing written', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    const cargo = call(t.dispatch, 'invoices.get', { id: inv.id }).entries[0]!.id;
    const unapplied = call(t.dispatch, 'cartera.registerUnapplied', {
      counterpartyId: eps,
      date: '2025-04-02',
      reference: 'RC-77',
      amountCents: 100_000,
      idempotencyKey: newKey('pa'),
    });
    const refusals: [string, Record<string, unknown>][] = [
      [
        'ledger.registerPayment',
        {
          date: '2025-04-02',
          reference: 'RC-1',
          allocations: [{ invoiceId: inv.id, amountCents: 100_000 }],
          idempotencyKey: newKey('p'),
        },
      ],
      [
        'ledger.registerNota',
        {
          invoiceId: inv.id,
          kind: 'nota_credito',
          tipo: 'glosa_aceptada',
          amountCents: 100_000,
          date: '2025-04-02',
          supportReference: 'Acta 1',
          idempotencyKey: newKey('n'),
        },
      ],
      [
        'cartera.applyUnapplied',
        {
          unappliedPaymentId: unapplied.payment.id,
          date: '2025-04-02',
          allocations: [{ invoiceId: inv.id, amountCents: 100_000 }],
          idempotencyKey: newKey('ap'),
        },
      ],
      ['ledger.reverse', { entryId: cargo, reason: 'Error de captura', idempotencyKey: newKey('r') }],
    ];
    for (const [method, input] of refusals) {
      const err = expectUnchanged(t, (d) => expectErr(d(method, input), 'libro/factura-en-acuerdo'));
      expect(err.message).toContain(`está en el acuerdo de pago ${a.folio}`);
    }
  });
});

describe('an agreement entered late: its past payments may undo an aceleración', () => {
  it('review accelerates before the payments are entered; the payment of the cuota inicial on its date annuls it; the right cuotas accelerate later', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    const ledgerOwes = () => invoiceBalance(t, inv.id);
    // Nothing entered yet: on 1 May the cuota inicial (31 Mar) and cuota 1 (30 Apr) look unpaid.
    expect(call(t.dispatch, 'agreements.review', { asOf: '2025-05-10' }).accelerated).toMatchObject([
      { date: '2025-05-01', cuotasIncumplidas: [0, 1] },
    ]);
    const etapa = () => call(t.dispatch, 'invoices.get', { id: inv.id }).etapa!;
    expect(etapa()).toMatchObject({ stage: 'juridico', since: '2025-05-01', agreementFolio: a.folio });
    // The cuota inicial had been paid on time: only cuota 1 was incumplida on 1 May.
    const p = pay(t, a.id, '2025-03-31', 255_157_696);
    expect(p.recordedEvents).toEqual(['aceleracion_anulada']);
    const after = call(t.dispatch, 'agreements.get', { id: a.id, asOf: '2025-05-10' });
    expect(after).toMatchObject({ state: 'vigente', acceleratedOn: null, cobroJuridico: null });
    // Back to the suspension of the signing by an anulación: the move to jurídico stays in the expediente, annulled.
    expect(etapa()).toMatchObject({ stage: 'suspendido', since: '2025-03-31', agreementFolio: null });
    expect(etapa().events.map((e) => [e.kind, e.origin, e.date, e.correctsId !== null, e.annulled])).toEqual([
      ['suspension', 'acuerdo', '2025-03-31', false, false],
      ['juridico', 'aceleracion', '2025-05-01', false, true],
      ['anulacion', 'aceleracion', '2025-05-01', true, false],
    ]);
    expect(after.events.map((e) => e.kind)).toEqual(['firmado', 'aceleracion', 'aceleracion_anulada']);
    // The nota crédito of unearned interest was reversed: the ledger owes the schedule's unpaid balance again.
    expect(after.owedCents).toBe(ledgerOwes());
    expect(ledgerOwes()).toBe(194_680_141 * 3 + 194_680_142);
    // Cuotas 1 (30 Apr) and 2 (31 May) then lapse: accelerated again, on 1 June, for the right cuotas.
    expect(call(t.dispatch, 'agreements.review', { asOf: '2025-06-10' }).accelerated).toMatchObject([
      { date: '2025-06-01', cuotasIncumplidas: [1, 2] },
    ]);
    const acc = call(t.dispatch, 'agreements.get', { id: a.id, asOf: '2025-06-10' });
    expect(acc).toMatchObject({
      state: 'acelerado',
      acceleratedOn: '2025-06-01',
      cobroJuridico: { since: '2025-06-01', invoices: [inv.number] },
    });
    expect(etapa()).toMatchObject({ stage: 'juridico', since: '2025-06-01', agreementFolio: a.folio });
    expect(etapa().events).toHaveLength(4);
    expect(acc.owedCents).toBe(ledgerOwes());
    expect(call(t.dispatch, 'ledger.check', {})).toMatchObject({ ok: true });
  });
});

describe('due dates at month end do not drift', () => {
  it('signing 31 January → 28 February, 31 March, 30 April, 31 May', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps, 100_000_000, '2024-12-31');
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id], { signingDate: '2025-01-31' }));
    expect(a.cuotas.map((c) => c.dueDate)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
    ]);
  });
});

describe('payments, cuota states, aceleración and cumplido', () => {
  it('pays the first cuotas (full and partial), lets two lapse, is accelerated once, then paid in full', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    const states = (asOf: string) => call(t.dispatch, 'agreements.get', { id: a.id, asOf }).cuotas.map((c) => c.state);
    const ledgerOwes = () => invoiceBalance(t, inv.id);

    // Signing suspends the cobro while the agreement is kept.
    expect(call(t.dispatch, 'invoices.get', { id: inv.id }).etapa).toMatchObject({
      stage: 'suspendido',
      label: 'Suspendido por acuerdo',
      since: '2025-03-31',
      agreementId: null,
      agreementFolio: null,
      events: [{ kind: 'suspension', origin: 'acuerdo', agreementId: a.id, date: '2025-03-31' }],
    });
    const p0 = pay(t, a.id, '2025-03-31', 255_157_696);
    expect(p0.entries).toMatchObject([{ kind: 'abono', amountCents: -255_157_696 }]);
    expect(p0.recordedEvents).toEqual([]);
    pay(t, a.id, '2025-04-30', 100_000_000);
    expect(states('2025-04-30')).toEqual(['pagada', 'parcial', 'pendiente', 'pendiente', 'pendiente']);
    expect(states('2025-05-01')).toEqual(['pagada', 'vencida', 'pendiente', 'pendiente', 'pendiente']);
    pay(t, a.id, '2025-05-05', 94_680_141);
    const may = call(t.dispatch, 'agreements.get', { id: a.id, asOf: '2025-05-05' });
    expect(may.cuotas.map((c) => c.state)).toEqual(['pagada', 'pagada', 'pendiente', 'pendiente', 'pendiente']);
    expect(may.cuotas[1]!.paidOn).toBe('2025-05-05');
    expect(may.owedCents).toBe(ledgerOwes());

    // Cuotas 2 (31 May) and 3 (30 June) lapse: on 1 July two are incumplidas.
    const r = call(t.dispatch, 'agreements.review', { asOf: '2025-07-15' });
    expect(r.accelerated).toEqual([{ id: a.id, folio: a.folio, date: '2025-07-01', cuotasIncumplidas: [2, 3] }]);
    expect(call(t.dispatch, 'agreements.review', { asOf: '2025-08-15' }).accelerated).toEqual([]);
    expect(call(t.dispatch, 'agreements.review', {}).accelerated).toEqual([]);
    const acc = call(t.dispatch, 'agreements.get', { id: a.id, asOf: '2025-07-15' });
    expect(acc).toMatchObject({ state: 'acelerado', acceleratedOn: '2025-07-01', unearnedInterestCents: 1_333_855 });
    expect(acc.events.map((e) => e.kind)).toEqual(['firmado', 'aceleracion']);
    // The case moves to cobro jurídico: the invoice's stage, the agreement's detail and the aging detail say so.
    expect(acc.cobroJuridico).toEqual({ since: '2025-07-01', invoices: [inv.number] });
    const etapa = call(t.dispatch, 'invoices.get', { id: inv.id }).etapa!;
    expect(etapa).toMatchObject({
      stage: 'juridico',
      label: 'Cobro jurídico',
      since: '2025-07-01',
      agreementId: a.id,
      agreementFolio: a.folio,
    });
    expect(etapa.events).toMatchObject([
      { kind: 'suspension', origin: 'acuerdo', agreementId: a.id },
      { kind: 'juridico', origin: 'aceleracion', agreementId: a.id, agreementFolio: a.folio, correctsId: null },
    ]);
    expect(etapa.events[1]!.reason).toContain(a.folio);
    const aging = call(t.dispatch, 'cartera.agingDetail', { counterpartyId: eps, asOf: '2025-07-15' });
    expect(aging.rows.map((r) => [r.number, r.etapa, r.etapaLabel])).toEqual([
      [inv.number, 'juridico', 'Cobro jurídico'],
    ]);
    // At a cut before the aceleración the same invoice was suspended by the agreement.
    const june = call(t.dispatch, 'cartera.agingDetail', { counterpartyId: eps, asOf: '2025-06-30' });
    expect(june.rows.map((r) => [r.number, r.etapa])).toEqual([[inv.number, 'suspendido']]);
    // The whole balance is due at once, less the intereses de plazo of cuota 4 (not yet due on 1 July).
    const due = 194_680_141 * 2 + 194_680_142 - 1_333_855;
    expect(acc.owedCents).toBe(due);
    expect(acc.overdueCents).toBe(due);
    expect(ledgerOwes()).toBe(due);
    expect(call(t.dispatch, 'agreements.bdmeCandidates', {})).toMatchObject([
      { agreementId: a.id, counterpartyId: eps, owedCents: due, acceleratedOn: '2025-07-01', alreadyReported: false },
    ]);
    expect(call(t.dispatch, 'agreements.list', { state: 'acelerado' }).map((x) => x.folio)).toEqual([a.folio]);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);

    // Paying more than is owed is refused; paying it all closes the agreement.
    expectUnchanged(t, (d) =>
      expectErr(
        d('agreements.pay', {
          id: a.id,
          date: '2025-08-01',
          amountCents: due + 1,
          reference: 'RC-9',
          idempotencyKey: newKey('pago'),
        }),
        'acuerdo/pago-excede-saldo',
      ),
    );
    pay(t, a.id, '2025-08-01', 100_000_000);
    expect(call(t.dispatch, 'agreements.get', { id: a.id }).owedCents).toBe(ledgerOwes());
    const last = pay(t, a.id, '2025-08-02', due - 100_000_000);
    expect(last.recordedEvents).toEqual(['cumplido']);
    expect(last.agreement).toMatchObject({ state: 'cumplido', owedCents: 0, ledgerBalanceCents: 0 });
    // Paid in full at paz y salvo: the expediente closes (its cobro jurídico ends).
    expect(call(t.dispatch, 'invoices.get', { id: inv.id }).etapa!.events.at(-1)).toMatchObject({
      kind: 'cierre',
      origin: 'acuerdo',
      agreementId: a.id,
      date: '2025-08-02',
    });
    expect(call(t.dispatch, 'agreements.review', { asOf: '2025-08-15' }).accelerated).toEqual([]);
    expect(ledgerOwes()).toBe(0);
    expect(call(t.dispatch, 'agreements.bdmeCandidates', {})).toEqual([]);
    expectUnchanged(t, (d) =>
      expectErr(
        d('agreements.pay', {
          id: a.id,
          date: '2025-08-03',
          amountCents: 1,
          reference: 'RC-10',
          idempotencyKey: newKey('pago'),
        }),
        'acuerdo/cumplido',
      ),
    );
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('a payment after two cuotas lapsed records the aceleración first, then applies', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    pay(t, a.id, '2025-03-31', 255_157_696);
    // Cuotas 1 (30 April) and 2 (31 May) unpaid on 1 June.
    const r = pay(t, a.id, '2025-06-10', 194_680_141);
    expect(r.recordedEvents).toEqual(['aceleracion']);
    expect(r.agreement).toMatchObject({ state: 'acelerado', acceleratedOn: '2025-06-01' });
    // Unearned: the intereses de plazo of cuotas 3 and 4.
    expect(r.agreement.unearnedInterestCents).toBe(2_658_572 + 1_333_855);
    expect(r.agreement.owedCents).toBe(invoiceBalance(t, inv.id));
    expect(r.agreement.owedCents).toBe(194_680_141 * 3 + 194_680_142 - 194_680_141 - 2_658_572 - 1_333_855);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('paying every cuota on time: cumplido, ledger at zero; a replayed payment writes nothing', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    for (const c of a.cuotas.slice(0, -1)) pay(t, a.id, c.dueDate, c.cuotaCents);
    const lastCuota = a.cuotas.at(-1)!;
    const input = {
      id: a.id,
      date: lastCuota.dueDate,
      amountCents: lastCuota.cuotaCents,
      reference: 'RC-final',
      idempotencyKey: newKey('pago'),
    };
    const done = call(t.dispatch, 'agreements.pay', input);
    expect(done.recordedEvents).toEqual(['cumplido']);
    expect(done.agreement.cuotas.every((c) => c.state === 'pagada')).toBe(true);
    const again = expectUnchanged(t, (d) => d('agreements.pay', input));
    expect(again).toMatchObject({ ok: true, value: { replayed: true, payment: { id: done.payment.id } } });
    expect(invoiceBalance(t, inv.id)).toBe(0);
    expect(call(t.dispatch, 'agreements.get', { id: a.id }).events.map((e) => e.kind)).toEqual(['firmado', 'cumplido']);
  });

  it('cuotas due this week for the Tablero', () => {
    const { t, eps } = co();
    const inv = exampleInvoice(t, eps);
    const a = call(t.dispatch, 'agreements.create', proposal(eps, [inv.id]));
    pay(t, a.id, '2025-03-31', 255_157_696);
    const w = call(t.dispatch, 'agreements.dueThisWeek', { asOf: '2025-04-25' });
    expect(w).toMatchObject({
      from: '2025-04-25',
      to: '2025-05-01',
      totalCents: 194_680_141,
      rows: [{ folio: a.folio, numero: 1, dueDate: '2025-04-30', state: 'pendiente' }],
    });
    expect(call(t.dispatch, 'agreements.dueThisWeek', { asOf: '2025-05-01' }).rows).toEqual([]);
  });
});
