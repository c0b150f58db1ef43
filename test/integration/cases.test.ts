/**
 * 32x32 cases through the real dispatcher: a full cobro (validación recibida →
 * requerimiento → subsanación → factura → envío → pago), a cobro that ends in
 * the garantía (refused on day 119, allowed on day 120), a full pago, illegal
 * transitions refused with nothing written, the Tablero's deadlines, and the
 * raw-SQL guards of the case tables.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, DocumentDetail } from '../../shared/api/types';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  expectUnchanged,
  QUERETARO,
  setupMx,
  type TempDb,
} from './helpers';

afterAll(cleanupTemp);
let t: TempDb;
beforeEach(() => {
  t = createTempDb();
  return () => t.close();
});

function prepare() {
  const s = setupMx(t.dispatch);
  call(t.dispatch, 'settings.saveInstitution', {
    ...s.institution!,
    bankName: 'BBVA México',
    bankAccount: '0198765432',
    bankClabe: '012320001987654327',
  });
  const q = call(t.dispatch, 'counterparties.get', { id: QUERETARO });
  call(t.dispatch, 'counterparties.update', {
    ...q,
    addresseeTitle: 'L.C.P.',
    addresseeName: 'María Elena Muñoz Ávila',
    addresseePosition: 'Directora General',
  });
}

function invoices(direction: 'receivable' | 'payable', issueDate = '2025-09-15') {
  return [
    createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      direction,
      number: `${direction}-1`,
      amountCents: 84_500_000,
      issueDate,
      concept: 'HC-QRO-0725-014',
    }).invoice.id,
    createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      direction,
      number: `${direction}-2`,
      amountCents: 38_956_789,
      issueDate,
      concept: 'HC-QRO-0825-009',
    }).invoice.id,
  ];
}

const act = (id: number, action: string, input: Record<string, unknown> = {}) =>
  call(t.dispatch, 'cases.act', { id, action, ...input });
const drafted = (c: CaseDetail) =>
  c.events
    .at(-1)!
    .effects.filter((e) => e.documentId !== undefined)
    .map((e) => e.documentId!);

describe('cobro 32x32', () => {
  it('de la validación recibida al pago: cada paso redacta su oficio, registra la bitácora y el caso cierra con saldo cero', async () => {
    prepare();
    const ids = invoices('receivable');
    let c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: ids,
      periodFrom: '2025-07',
      periodTo: '2025-08',
      date: '2025-10-01',
      paper: { numero: 'DCGSSP/1234/2025', fecha: '2025-09-28', deParteDe: 'Dirección de Contratación' },
    });
    expect(c).toMatchObject({
      folio: 'COB-2025-0001',
      state: 'validacion_recibida',
      stateLabel: 'Validación recibida',
      balanceCents: 123_456_789,
    });
    const opened = c.events[0]!.effects.find((e) => e.bitacoraEntryId)!;
    expect(call(t.dispatch, 'bitacora.get', { id: opened.bitacoraEntryId! })).toMatchObject({
      direction: 'recibido',
      documentNumber: 'DCGSSP/1234/2025',
      caseRef: 'COB-2025-0001',
    });
    expect(c.actions.map((a) => a.action)).toEqual(['enviar_requerimiento']);

    // An action not available now is refused with the state's name, and nothing is written.
    expectUnchanged(t, (d) =>
      expect(
        expectErr(d('cases.act', { id: c.id, action: 'enviar_factura' }), 'expedientes/accion-no-permitida').message,
      ).toMatch(/Validación recibida/),
    );

    c = act(c.id, 'enviar_requerimiento', { date: '2025-10-02' });
    expect(c.state).toBe('requerimiento_enviado');
    const [reqId] = drafted(c);
    const req = expectOk<DocumentDetail>(await t.dispatch.run('documents.issue', { id: reqId }));
    expect(req).toMatchObject({
      docType: 'requerimiento_pago',
      status: 'emitido',
      number: expect.stringMatching(/^DGF\/0001\//),
    });
    expect(req.invoices.map((i) => i.id)).toEqual(ids);
    expect(req.data.caseFolio).toBe('COB-2025-0001');
    expect(req.bitacoraEntryId).not.toBeNull();

    expectErr(
      t.dispatch('cases.act', { id: c.id, action: 'registrar_observaciones' }),
      'expedientes/accion-no-permitida',
    );
    c = act(c.id, 'registrar_observaciones', {
      date: '2025-10-20',
      observaciones: 'Tres atenciones duplicadas en el listado nominal.',
    });
    expect(c.state).toBe('subsanacion_solicitada');
    const memo = call(t.dispatch, 'documents.get', { id: drafted(c)[0]! });
    expect(memo).toMatchObject({
      docType: 'memo_subsanacion',
      data: { observaciones: 'Tres atenciones duplicadas en el listado nominal.' },
    });

    c = act(c.id, 'registrar_subsanacion', { date: '2025-11-03' });
    c = act(c.id, 'solicitar_factura', { date: '2025-11-04' });
    expect(call(t.dispatch, 'documents.get', { id: drafted(c)[0]! }).docType).toBe('memo_solicitud_factura');
    c = act(c.id, 'registrar_factura', { date: '2025-11-20' });
    c = act(c.id, 'enviar_factura', { date: '2025-11-21', plazoPagoDias: 30 });
    expect(c).toMatchObject({ state: 'factura_enviada', facturasSentOn: '2025-11-21' });
    expect(call(t.dispatch, 'documents.get', { id: drafted(c)[0]! }).docType).toBe('oficio_envio_factura');
    const pending = Object.fromEntries(c.deadlines.filter((d) => !d.clearedOn).map((d) => [d.kind, d.dueOn]));
    // Plazo 30 días from 2025-11-21; cobranza 5 days after; garantía from day 120.
    expect(pending).toEqual({ plazo_pago: '2025-12-21', requerimiento_cobranza: '2025-12-26', garantia: '2026-03-21' });
    // The timeline says what the action set.
    expect(c.events.at(-1)!.effects.map((e) => e.label)).toEqual(
      expect.arrayContaining([
        'Facturas enviadas el 2025-11-21',
        'Plazo: Fin del plazo de pago del estado deudor (2025-12-21)',
      ]),
    );

    // Partial payment keeps it open; the rest closes it and clears the deadlines.
    c = act(c.id, 'registrar_pago', {
      date: '2025-12-10',
      payment: { amountCents: 84_500_000, reference: 'SPEI 0098765432' },
    });
    expect(c).toMatchObject({ state: 'factura_enviada', balanceCents: 38_956_789, closedOn: null });
    c = act(c.id, 'registrar_pago', {
      date: '2025-12-15',
      payment: { amountCents: 38_956_789, reference: 'SPEI 0098765499' },
    });
    expect(c).toMatchObject({
      state: 'cerrado_pagado',
      closeReason: 'pagado',
      closedOn: '2025-12-15',
      balanceCents: 0,
      actions: [],
    });
    expect(c.deadlines.every((d) => d.clearedOn !== null)).toBe(true);
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: QUERETARO }).receivableCents).toBe(0);
    expect(call(t.dispatch, 'ledger.check', {})).toMatchObject({ ok: true });
    expect(c.events.map((e) => e.action)).toEqual([
      'abrir',
      'enviar_requerimiento',
      'registrar_observaciones',
      'registrar_subsanacion',
      'solicitar_factura',
      'registrar_factura',
      'enviar_factura',
      'registrar_pago',
      'registrar_pago',
    ]);
  });

  it('la ejecución de garantía se rechaza el día 119 y se permite el día 120; el caso cierra con la cuota social', () => {
    prepare();
    const ids = invoices('receivable', '2025-08-01');
    let c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: ids,
      date: '2025-08-05',
    });
    c = act(c.id, 'enviar_requerimiento', { date: '2025-08-06' });
    c = act(c.id, 'registrar_aceptacion', { date: '2025-08-20' });
    c = act(c.id, 'solicitar_factura', { date: '2025-08-21' });
    c = act(c.id, 'registrar_factura', { date: '2025-09-01' });
    c = act(c.id, 'enviar_factura', { date: '2025-10-01', plazoPagoDias: 30 });
    c = act(c.id, 'marcar_plazo_vencido', { date: '2025-11-01' });
    c = act(c.id, 'enviar_requerimiento_cobranza', { date: '2025-11-03' });
    expect(c.state).toBe('en_cobranza');
    // Day 119 after 2025-10-01 is 2026-01-28.
    const refused = expectErr(
      t.dispatch('cases.act', { id: c.id, action: 'solicitar_garantia', date: '2026-01-28' }),
      'expedientes/accion-no-permitida',
    );
    expect(refused.message).toMatch(/29 de enero de 2026/);
    c = act(c.id, 'solicitar_garantia', { date: '2026-01-29' });
    expect(c.state).toBe('garantia_solicitada');
    expect(call(t.dispatch, 'documents.get', { id: drafted(c)[0]! }).docType).toBe('solicitud_ejecucion_garantia');
    c = act(c.id, 'registrar_garantia_procedente', { date: '2026-02-20' });
    c = act(c.id, 'notificar_cuota_social', { date: '2026-02-21' });
    expect(c).toMatchObject({ state: 'cerrado_garantia', closeReason: 'garantia_ejecutada' });
    expect(call(t.dispatch, 'documents.get', { id: drafted(c)[0]! }).docType).toBe('memo_notificacion_pago');
  });

  it('un caso impagable cierra con su motivo', () => {
    prepare();
    let c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: invoices('receivable'),
      date: '2025-10-01',
    });
    c = act(c.id, 'enviar_requerimiento', { date: '2025-10-02' });
    c = act(c.id, 'registrar_observaciones', {
      date: '2025-10-03',
      observaciones: 'No corresponde a afiliados de Querétaro.',
    });
    expectErr(
      t.dispatch('cases.act', { id: c.id, action: 'declarar_impagable', date: '2025-10-10' }),
      'expedientes/accion-no-permitida',
    );
    c = act(c.id, 'declarar_impagable', {
      date: '2025-10-10',
      motivo: 'Pacientes sin afiliación vigente en el periodo.',
    });
    expect(c).toMatchObject({
      state: 'cerrado_impagable',
      closeReason: 'impagable',
      impagableMotivo: 'Pacientes sin afiliación vigente en el periodo.',
    });
    expectErr(t.dispatch('cases.act', { id: c.id, action: 'enviar_requerimiento' }), 'expedientes/accion-no-permitida');
  });
});

describe('pago 32x32', () => {
  it('solicitud recibida → documentación faltante → procedente → pago con comprobante → notificación al acreedor', () => {
    prepare();
    const ids = invoices('payable');
    let c = call(t.dispatch, 'cases.open', {
      direction: 'pago',
      counterpartyId: QUERETARO,
      invoiceIds: ids,
      date: '2025-11-01',
    });
    expect(c).toMatchObject({ folio: 'PAG-2025-0001', state: 'solicitud_recibida' });
    c = act(c.id, 'declarar_no_procedente', {
      date: '2025-11-02',
      documentosFaltantes: 'Recibo fiscal\nListado nominal firmado',
    });
    expect(call(t.dispatch, 'documents.get', { id: drafted(c)[0]! }).data.documentosFaltantes).toEqual([
      'Recibo fiscal',
      'Listado nominal firmado',
    ]);
    c = act(c.id, 'registrar_documentacion', { date: '2025-11-20' });
    c = act(c.id, 'solicitar_pago', { date: '2025-11-21' });
    expect(call(t.dispatch, 'documents.get', { id: drafted(c)[0]! }).docType).toBe('memo_solicitud_pago');
    // Without the comprobante the payment is refused.
    expectErr(
      t.dispatch('cases.act', {
        id: c.id,
        action: 'registrar_pago_realizado',
        payment: { amountCents: 123_456_789, reference: 'SPEI 1' },
      }),
      'expedientes/accion-no-permitida',
    );
    const comprobante = {
      fileName: 'comprobante.pdf',
      dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    };
    c = act(c.id, 'registrar_pago_realizado', {
      date: '2025-12-05',
      payment: { amountCents: 123_456_789, reference: 'SPEI 1' },
      comprobante,
    });
    expect(c).toMatchObject({ state: 'pago_realizado', balanceCents: 0 });
    c = act(c.id, 'notificar_pago_acreedor', { date: '2025-12-06' });
    expect(c).toMatchObject({ state: 'cerrado', closeReason: 'pagado' });
    expect(call(t.dispatch, 'documents.get', { id: drafted(c)[0]! }).docType).toBe('notificacion_pago_acreedor');
  });
});

describe('vencimientos y reglas', () => {
  it('el Tablero lista los plazos pendientes por urgencia', () => {
    prepare();
    let c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: invoices('receivable'),
      date: '2026-01-05',
    });
    c = act(c.id, 'enviar_requerimiento', { date: '2026-01-06' });
    c = act(c.id, 'registrar_aceptacion', { date: '2026-01-10' });
    c = act(c.id, 'solicitar_factura', { date: '2026-01-11' });
    c = act(c.id, 'registrar_factura', { date: '2026-01-14' });
    c = act(c.id, 'enviar_factura', { date: '2026-01-15', plazoPagoDias: 45 });
    // Pinned today: 2026-03-10. Plazo ended 2026-03-01 (vencido), cobranza due 2026-03-06 (vencido), garantía from 2026-05-15.
    const items = call(t.dispatch, 'cases.deadlines', { horizonDays: 90 });
    expect(items.map((i) => [i.kind, i.dueOn, i.category])).toEqual([
      ['plazo_pago', '2026-03-01', 'vencido'],
      ['requerimiento_cobranza', '2026-03-06', 'vencido'],
      ['garantia', '2026-05-15', 'proximo'],
    ]);
    expect(items[1]).toMatchObject({ folio: c.folio, counterpartyName: 'Querétaro', when: 'Venció hace 4 días' });
  });

  it('una factura no está en dos casos; la de otra dirección no entra; las tablas de casos no se alteran por SQL', () => {
    prepare();
    const ids = invoices('receivable');
    const c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: ids,
      date: '2026-01-05',
    });
    expectErr(
      t.dispatch('cases.open', { direction: 'cobro', counterpartyId: QUERETARO, invoiceIds: [ids[0]!] }),
      'expedientes/factura-en-otro-caso',
    );
    expectErr(
      t.dispatch('cases.open', { direction: 'pago', counterpartyId: QUERETARO, invoiceIds: [ids[0]!] }),
      'expedientes/factura-otra-direccion',
    );
    for (const sql of [
      `UPDATE cases SET state = 'cerrado_pagado' WHERE id = ${c.id}`,
      `UPDATE cases SET folio = 'X' WHERE id = ${c.id}`,
      `DELETE FROM cases`,
      `UPDATE case_events SET note = 'x'`,
      `DELETE FROM case_events`,
      `DELETE FROM case_invoices`,
    ]) {
      expect(() => t.sqlite.exec(sql), sql).toThrow(/expedientes:/);
    }
  });
});

describe('vista 32x32', () => {
  it('31 estados; sus totales son la suma de los saldos del libro mayor por dirección; neto, vencido, factura más antigua y siguiente plazo', () => {
    prepare();
    // Querétaro: we bill it, it bills us; Jalisco only bills us.
    invoices('receivable', '2025-09-15');
    createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      direction: 'payable',
      number: 'QRO-P-1',
      amountCents: 20_000_000,
      issueDate: '2026-02-20',
    });
    const jal = createInvoice(t.dispatch, {
      counterpartyId: 14,
      direction: 'payable',
      number: 'JAL-P-1',
      amountCents: 7_500_050,
      issueDate: '2026-03-01',
    }).invoice.id;
    call(t.dispatch, 'ledger.registerPayment', {
      date: '2026-03-05',
      reference: 'SPEI 5',
      allocations: [{ invoiceId: jal, amountCents: 2_500_000 }],
      idempotencyKey: 'pago-jal-0001',
    });

    const v = call(t.dispatch, 'portabilidad.view', {});
    expect(v.rows).toHaveLength(31);
    expect(v.rows.some((r) => r.inegiCode === '32')).toBe(false); // our own state (Zacatecas) is not a counterparty
    const ledger = t.sqlite
      .prepare(
        `SELECT i.direction, SUM(e.amount_cents) AS total FROM ledger_entries e JOIN invoices i ON i.id = e.invoice_id
         JOIN counterparties c ON c.id = i.counterparty_id WHERE c.kind = 'entidad_federativa' GROUP BY i.direction`,
      )
      .all() as { direction: string; total: number }[];
    const byDir = Object.fromEntries(ledger.map((r) => [r.direction, r.total]));
    expect(v.totals.receivableCents).toBe(byDir.receivable);
    expect(v.totals.payableCents).toBe(byDir.payable);
    expect(v.totals.netCents).toBe(byDir.receivable! - byDir.payable!);

    const q = v.rows.find((r) => r.counterpartyId === QUERETARO)!;
    expect(q).toMatchObject({
      receivableCents: 123_456_789,
      payableCents: 20_000_000,
      netCents: 103_456_789,
      urgency: 'vencido',
    });
    expect(q.overdueReceivableCents).toBe(123_456_789);
    expect(q.oldestUnpaid).toMatchObject({ number: 'RECEIVABLE-1', issueDate: '2025-09-15', direction: 'receivable' });
    const j = v.rows.find((r) => r.counterpartyId === 14)!;
    expect(j).toMatchObject({ receivableCents: 0, payableCents: 5_000_050, netCents: -5_000_050 });
    expect(j.nextDeadline).toMatchObject({ label: 'Fin del plazo de pago de una factura', caseId: null });
    expect(v.rows.find((r) => r.counterpartyId === 1)).toMatchObject({
      receivableCents: 0,
      payableCents: 0,
      urgency: 'sin_pendientes',
      oldestUnpaid: null,
      nextDeadline: null,
    });
  });
});
