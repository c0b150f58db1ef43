/**
 * Letters drafted by a 32x32 case carry what the case knows (electron/
 * services/cases/letter-data.ts): the oficio they cite — the paper that
 * opened the case, the debtor's answer registered with its action, or a
 * letter of the case issued earlier (filled at issue when it was issued
 * after the draft) — the payment a notification reports, and the three
 * signers of a requerimiento. A cited oficio still missing is refused in
 * words, and nothing is numbered.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, DocumentDetail } from '../../shared/api/types';
import { call, cleanupTemp, createInvoice, createTempDb, expectErr, expectOk, QUERETARO, setupMx, type TempDb } from './helpers';

afterAll(cleanupTemp);
let t: TempDb;
beforeEach(() => {
  t = createTempDb();
  return () => t.close();
});

function prepare() {
  const s = setupMx(t.dispatch);
  call(t.dispatch, 'settings.saveInstitution', { ...s.institution!, bankName: 'BBVA México', bankAccount: '0198765432', bankClabe: '012320001987654327' });
  call(t.dispatch, 'settings.saveSignatories', {
    signatories: [
      { title: 'Lic.', name: 'María Pérez Gómez', position: 'Jefa de Financiamiento y Balance', initials: 'MPG' },
      { title: 'C.P.', name: 'Jorge Ruiz Ávila', position: 'Director de Administración', initials: 'JRA' },
      { title: 'Dr.', name: 'Ernesto Salas Núñez', position: 'Director General', initials: 'ESN' },
      { title: 'Lic.', name: 'Ana Toral', position: 'Enlace de Portabilidad', initials: 'AT' },
    ],
  });
  const q = call(t.dispatch, 'counterparties.get', { id: QUERETARO });
  call(t.dispatch, 'counterparties.update', { ...q, addresseeTitle: 'L.C.P.', addresseeName: 'María Elena Muñoz Ávila', addresseePosition: 'Directora General' });
}

const act = (id: number, action: string, input: Record<string, unknown> = {}) => call(t.dispatch, 'cases.act', { id, action, ...input });
const draftOf = (c: CaseDetail, docType: string) => {
  const id = c.events.at(-1)!.effects.map((e) => e.documentId).find((d) => d !== undefined && call(t.dispatch, 'documents.get', { id: d }).docType === docType);
  return call(t.dispatch, 'documents.get', { id: id! });
};
const issue = async (id: number) => expectOk<DocumentDetail>(await t.dispatch.run('documents.issue', { id }));

describe('oficios de un caso de cobro', () => {
  it('el requerimiento cita el oficio de validación y lleva tres firmas; el memorándum de subsanación, la respuesta del deudor', async () => {
    prepare();
    const inv = createInvoice(t.dispatch, { counterpartyId: QUERETARO, number: 'A-1', amountCents: 1_000_000, issueDate: '2025-09-01' }).invoice.id;
    let c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: [inv],
      date: '2025-10-01',
      paper: { numero: 'DCGSS/1234/2025', fecha: '2025-09-28', deParteDe: 'Dirección de Contratación' },
    });
    c = act(c.id, 'enviar_requerimiento', { date: '2025-10-02' });
    const req = draftOf(c, 'requerimiento_pago');
    expect(req.data.reference).toEqual({ numero: 'DCGSS/1234/2025', fecha: '2025-09-28', emisor: 'Dirección de Contratación' });
    const signers = call(t.dispatch, 'settings.get', {}).signatories.filter((s) => s.active).slice(0, 3).map((s) => s.id);
    expect(req.data.signatoryIds).toEqual(signers);

    call(t.dispatch, 'templates.saveAddressee', {
      docType: 'memo_subsanacion',
      addressee: { title: 'Dr.', name: 'Ramón Ibarra Luna', position: 'Director de Contratación y Garantía de Servicios' },
    });
    c = act(c.id, 'registrar_observaciones', {
      date: '2025-10-20',
      observaciones: 'Tres atenciones duplicadas.',
      paper: { numero: 'SSQ/DF/77/2025', fecha: '2025-10-17', deParteDe: 'Servicios de Salud de Querétaro' },
    });
    const memo = draftOf(c, 'memo_subsanacion');
    // Addressed to the titular set for the type in Configuración → Plantillas.
    expect(memo.data.addressee).toMatchObject({ title: 'Dr.', name: 'Ramón Ibarra Luna', position: 'Director de Contratación y Garantía de Servicios' });
    expect(memo.data.reference).toEqual({ numero: 'SSQ/DF/77/2025', fecha: '2025-10-17', emisor: 'Servicios de Salud de Querétaro' });
    // The answer is in the bitácora with its number.
    const entry = c.events.at(-1)!.effects.find((e) => e.bitacoraEntryId)!;
    expect(call(t.dispatch, 'bitacora.get', { id: entry.bitacoraEntryId! })).toMatchObject({ direction: 'recibido', documentNumber: 'SSQ/DF/77/2025', documentDate: '2025-10-17' });
  });

  it('la consulta de pago cita el oficio de envío de facturas; la notificación a la autoridad, el requerimiento de cobranza una vez emitido', async () => {
    prepare();
    const inv = createInvoice(t.dispatch, { counterpartyId: QUERETARO, number: 'A-2', amountCents: 2_000_000, issueDate: '2025-08-01' }).invoice.id;
    let c = call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO, invoiceIds: [inv], date: '2025-08-05' });
    c = act(c.id, 'enviar_requerimiento', { date: '2025-08-06' });
    c = act(c.id, 'registrar_aceptacion', { date: '2025-08-20' });
    c = act(c.id, 'solicitar_factura', { date: '2025-08-21' });
    c = act(c.id, 'registrar_factura', { date: '2025-09-01' });
    c = act(c.id, 'enviar_factura', { date: '2025-10-01', plazoPagoDias: 30 });
    const envio = await issue(draftOf(c, 'oficio_envio_factura').id);

    c = act(c.id, 'consultar_pago', { date: '2025-10-20' });
    expect(draftOf(c, 'consulta_pago').data.reference).toMatchObject({ numero: envio.number, fecha: '2025-10-01' });

    c = act(c.id, 'marcar_plazo_vencido', { date: '2025-11-01' });
    c = act(c.id, 'enviar_requerimiento_cobranza', { date: '2025-11-03' });
    const cobranza = draftOf(c, 'requerimiento_cobranza');
    const aviso = draftOf(c, 'notificacion_autoridad');
    expect(cobranza.data.reference.numero).toBe(envio.number);
    // Drafted together: the notice cannot cite a requerimiento that has no number yet.
    expect(aviso.data.reference.numero).toBe('');
    const refused = expectErr(await t.dispatch.run('documents.issue', { id: aviso.id }), 'documentos/incompleto');
    expect(refused.message).toMatch(/^Falta el oficio de referencia \(número y fecha\) que cita .*: el requerimiento de cobranza del caso, que aún no se emite, o captúrelo al editar el borrador\.$/);
    expect(call(t.dispatch, 'documents.get', { id: aviso.id })).toMatchObject({ status: 'borrador', number: null });

    const issuedCobranza = await issue(cobranza.id);
    const issuedAviso = await issue(aviso.id);
    expect(issuedAviso.data.reference).toMatchObject({ numero: issuedCobranza.number, fecha: '2025-11-03' });
  });
});

describe('oficios de un caso de pago', () => {
  it('la notificación al acreedor lleva el pago registrado y cita la solicitud', async () => {
    prepare();
    const inv = createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'payable', number: 'Q-9', amountCents: 3_000_000, issueDate: '2025-10-01' }).invoice.id;
    let c = call(t.dispatch, 'cases.open', {
      direction: 'pago',
      counterpartyId: QUERETARO,
      invoiceIds: [inv],
      date: '2025-11-01',
      paper: { numero: 'DCGSS/M/55/2025', fecha: '2025-10-30', deParteDe: 'Dirección de Contratación' },
    });
    c = act(c.id, 'solicitar_pago', { date: '2025-11-21' });
    expect(draftOf(c, 'memo_solicitud_pago').data.reference.numero).toBe('DCGSS/M/55/2025');
    const comprobante = { fileName: 'comprobante.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') };
    c = act(c.id, 'registrar_pago_realizado', { date: '2025-12-05', payment: { amountCents: 3_000_000, reference: 'SPEI 0012345678' }, comprobante });
    c = act(c.id, 'notificar_pago_acreedor', { date: '2025-12-06' });
    const n = draftOf(c, 'notificacion_pago_acreedor');
    expect(n.data.pago).toEqual({ montoCents: 3_000_000, fecha: '2025-12-05', referencia: 'SPEI 0012345678', medio: 'transferencia electrónica' });
    expect(n.data.reference.numero).toBe('DCGSS/M/55/2025');
    const issued = await issue(n.id);
    expect(issued.status).toBe('emitido');
    // The seeded state has no street: its address would only repeat the institution line («Querétaro»).
    const letter = JSON.parse((t.sqlite.prepare('SELECT letter FROM documents WHERE id = ?').get(n.id) as { letter: string }).letter) as { addressee: { institution: string; addressLines: string[] } };
    expect(letter.addressee.institution).toBe('Querétaro');
    expect(letter.addressee.addressLines).not.toContain('Querétaro');
  });
});
