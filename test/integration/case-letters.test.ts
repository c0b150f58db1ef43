/**
 * Letters drafted by a 32x32 case state what the case knows
 * (shared/domain/portabilidad/letter-facts.ts), read when the letter is
 * issued: the oficio they cite — the paper that opened the case, the
 * debtor's answer registered with its action, or a letter of the case issued
 * earlier — the payment a notification reports; a requerimiento carries three
 * signers. A cited oficio still missing is refused in words, and nothing is
 * numbered.
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
    nationalAuthorityName: 'Comisión Nacional de Protección Social en Salud',
    nationalAuthorityTitle: 'Lic.',
    nationalAuthorityAddressee: 'Rodrigo Saldaña Vela',
    nationalAuthorityPosition: 'Director General de Financiamiento',
    nationalAuthorityAddress: 'Gustavo E. Campa No. 54, Col. Guadalupe Inn\nC.P. 01020, Ciudad de México',
  });
  call(t.dispatch, 'settings.saveSignatories', {
    signatories: [
      { title: 'Lic.', name: 'María Pérez Gómez', position: 'Jefa de Financiamiento y Balance', initials: 'MPG' },
      { title: 'C.P.', name: 'Jorge Ruiz Ávila', position: 'Director de Administración', initials: 'JRA' },
      { title: 'Dr.', name: 'Ernesto Salas Núñez', position: 'Director General', initials: 'ESN' },
      { title: 'Lic.', name: 'Ana Toral', position: 'Enlace de Portabilidad', initials: 'AT' },
    ],
  });
  const q = call(t.dispatch, 'counterparties.get', { id: QUERETARO });
  call(t.dispatch, 'counterparties.update', {
    ...q,
    addresseeTitle: 'L.C.P.',
    addresseeName: 'María Elena Muñoz Ávila',
    addresseePosition: 'Directora General',
  });
}

const act = (id: number, action: string, input: Record<string, unknown> = {}) =>
  call(t.dispatch, 'cases.act', { id, action, ...input });
const draftOf = (c: CaseDetail, docType: string) => {
  const id = c.events
    .at(-1)!
    .effects.map((e) => e.documentId)
    .find((d) => d !== undefined && call(t.dispatch, 'documents.get', { id: d }).docType === docType);
  return call(t.dispatch, 'documents.get', { id: id! });
};
const issue = async (id: number) => expectOk<DocumentDetail>(await t.dispatch.run('documents.issue', { id }));
/** The issued letter's printed text: asunto, paragraphs and table cells, as frozen at issue. */
const letterText = (id: number) => {
  const l = JSON.parse(
    (t.sqlite.prepare('SELECT letter FROM documents WHERE id = ?').get(id) as { letter: string }).letter,
  ) as {
    asunto: string;
    bodyBefore: string[];
    bodyAfter: string[];
    table: { rows: string[][] } | null;
  };
  return [l.asunto, ...l.bodyBefore, ...(l.table?.rows.flat() ?? []), ...l.bodyAfter].join('\n');
};

describe('oficios de un caso de cobro', () => {
  it('el requerimiento cita el oficio de validación y lleva tres firmas; el memorándum de subsanación, la respuesta del deudor', async () => {
    prepare();
    const inv = createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      number: 'A-1',
      amountCents: 1_000_000,
      issueDate: '2025-09-01',
    }).invoice.id;
    let c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: [inv],
      date: '2025-10-01',
      paper: { numero: 'DCGSS/1234/2025', fecha: '2025-09-28', deParteDe: 'Dirección de Contratación' },
    });
    c = act(c.id, 'enviar_requerimiento', { date: '2025-10-02' });
    const req = draftOf(c, 'requerimiento_pago');
    const signers = call(t.dispatch, 'settings.get', {})
      .signatories.filter((s) => s.active)
      .slice(0, 3)
      .map((s) => s.id);
    expect(req.data.signatoryIds).toEqual(signers);
    await issue(req.id);
    expect(letterText(req.id)).toContain('en seguimiento al oficio DCGSS/1234/2025 de fecha 28 de septiembre de 2025');

    call(t.dispatch, 'templates.saveAddressee', {
      docType: 'memo_subsanacion',
      addressee: {
        title: 'Dr.',
        name: 'Ramón Ibarra Luna',
        position: 'Director de Contratación y Garantía de Servicios',
      },
    });
    c = act(c.id, 'registrar_observaciones', {
      date: '2025-10-20',
      observaciones: 'Tres atenciones duplicadas.',
      paper: { numero: 'SSQ/DF/77/2025', fecha: '2025-10-17', deParteDe: 'Servicios de Salud de Querétaro' },
    });
    const memo = draftOf(c, 'memo_subsanacion');
    // Addressed to the titular set for the type in Configuración → Plantillas.
    expect(memo.data.addressee).toMatchObject({
      title: 'Dr.',
      name: 'Ramón Ibarra Luna',
      position: 'Director de Contratación y Garantía de Servicios',
    });
    await issue(memo.id);
    expect(letterText(memo.id)).toContain('mediante oficio SSQ/DF/77/2025 de fecha 17 de octubre de 2025');
    // The answer is in the bitácora with its number.
    const entry = c.events.at(-1)!.effects.find((e) => e.bitacoraEntryId)!;
    expect(call(t.dispatch, 'bitacora.get', { id: entry.bitacoraEntryId! })).toMatchObject({
      direction: 'recibido',
      documentNumber: 'SSQ/DF/77/2025',
      documentDate: '2025-10-17',
    });
  });

  it('la consulta de pago cita el oficio de envío de facturas; la notificación a la autoridad, el requerimiento de cobranza una vez emitido', async () => {
    prepare();
    const inv = createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      number: 'A-2',
      amountCents: 2_000_000,
      issueDate: '2025-08-01',
    }).invoice.id;
    let c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: [inv],
      date: '2025-08-05',
    });
    c = act(c.id, 'enviar_requerimiento', { date: '2025-08-06' });
    c = act(c.id, 'registrar_aceptacion', { date: '2025-08-20' });
    c = act(c.id, 'solicitar_factura', { date: '2025-08-21' });
    c = act(c.id, 'registrar_factura', { date: '2025-09-01' });
    c = act(c.id, 'enviar_factura', { date: '2025-10-01', plazoPagoDias: 30 });
    const envio = await issue(draftOf(c, 'oficio_envio_factura').id);

    c = act(c.id, 'consultar_pago', { date: '2025-10-20' });
    const consulta = await issue(draftOf(c, 'consulta_pago').id);
    expect(letterText(consulta.id)).toContain(
      `en seguimiento a nuestro oficio ${envio.number} de fecha 1 de octubre de 2025`,
    );

    c = act(c.id, 'marcar_plazo_vencido', { date: '2025-11-01' });
    // The cobranza deadline set at the envío was set again (same date) when the plazo lapsed: replaced, not attended.
    const cobranzaDeadlines = c.deadlines.filter((d) => d.kind === 'requerimiento_cobranza');
    expect(cobranzaDeadlines.map((d) => [d.dueOn, d.clearedOn, d.replaced])).toEqual([
      ['2025-11-05', '2025-11-01', true],
      ['2025-11-05', null, false],
    ]);
    c = act(c.id, 'enviar_requerimiento_cobranza', { date: '2025-11-03' });
    const cobranza = draftOf(c, 'requerimiento_cobranza');
    const aviso = draftOf(c, 'notificacion_autoridad');
    // Drafted together: the notice cannot cite a requerimiento that has no number yet.
    const refused = expectErr(
      await t.dispatch.run('documents.issue', { id: aviso.id }),
      'documentos/falta-dato-del-caso',
    );
    expect(refused.message).toBe(
      'No se puede emitir la notificación a la autoridad nacional (regla de 5 días): falta el requerimiento de cobranza del caso, emitido con fecha igual o anterior a la de esta carta.',
    );
    expect(call(t.dispatch, 'documents.get', { id: aviso.id })).toMatchObject({ status: 'borrador', number: null });

    const issuedCobranza = await issue(cobranza.id);
    // The plazo ended on the day recorded when the facturas were sent (1 Oct + 30 days), not the letter's date + plazo.
    expect(letterText(cobranza.id)).toContain('venció el 31 de octubre de 2025');
    await issue(aviso.id);
    expect(letterText(aviso.id)).toContain(`mediante oficio ${issuedCobranza.number} de fecha 3 de noviembre de 2025`);
    // Addressed to the national authority it speaks to, not to the debtor state.
    const printed = JSON.parse(
      (t.sqlite.prepare('SELECT letter FROM documents WHERE id = ?').get(aviso.id) as { letter: string }).letter,
    ) as {
      addressee: { title: string; name: string; position: string; institution: string; addressLines: string[] };
    };
    expect(printed.addressee).toEqual({
      title: 'Lic.',
      name: 'Rodrigo Saldaña Vela',
      position: 'Director General de Financiamiento',
      institution: 'Comisión Nacional de Protección Social en Salud',
      addressLines: ['Gustavo E. Campa No. 54, Col. Guadalupe Inn', 'C.P. 01020, Ciudad de México'],
    });
  });
});

describe('oficios de un caso de pago', () => {
  it('la notificación al acreedor lleva el pago registrado y cita la solicitud', async () => {
    prepare();
    const inv = createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      direction: 'payable',
      number: 'Q-9',
      amountCents: 3_000_000,
      issueDate: '2025-10-01',
    }).invoice.id;
    let c = call(t.dispatch, 'cases.open', {
      direction: 'pago',
      counterpartyId: QUERETARO,
      invoiceIds: [inv],
      date: '2025-11-01',
      paper: { numero: 'DCGSS/M/55/2025', fecha: '2025-10-30', deParteDe: 'Dirección de Contratación' },
    });
    c = act(c.id, 'solicitar_pago', { date: '2025-11-21' });
    call(t.dispatch, 'templates.saveAddressee', {
      docType: 'memo_solicitud_pago',
      addressee: { title: 'C.P.', name: 'Rosa Díaz', position: 'Directora de Recursos Financieros' },
    });
    const solicitud = draftOf(c, 'memo_solicitud_pago');
    const cp = call(t.dispatch, 'counterparties.get', { id: QUERETARO });
    call(t.dispatch, 'counterparties.update', {
      ...cp,
      bankName: 'Banorte',
      bankAccount: '0012345678',
      bankClabe: '072680000123456785',
    });
    await issue(solicitud.id);
    expect(letterText(solicitud.id)).toContain('en atención al oficio DCGSS/M/55/2025 de fecha 30 de octubre de 2025');
    const comprobante = {
      fileName: 'comprobante.pdf',
      dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    };
    c = act(c.id, 'registrar_pago_realizado', {
      date: '2025-12-05',
      payment: { amountCents: 3_000_000, reference: 'SPEI 0012345678' },
      comprobante,
    });
    c = act(c.id, 'notificar_pago_acreedor', { date: '2025-12-06' });
    const n = draftOf(c, 'notificacion_pago_acreedor');
    const issued = await issue(n.id);
    expect(issued.status).toBe('emitido');
    expect(letterText(n.id)).toContain(
      'con fecha 5 de diciembre de 2025 se realizó el pago por $30,000.00 (TREINTA MIL PESOS 00/100 M.N.) mediante transferencia electrónica, con número de referencia SPEI 0012345678',
    );
    // The seeded state has no street: its address would only repeat the institution line («Querétaro»).
    const letter = JSON.parse(
      (t.sqlite.prepare('SELECT letter FROM documents WHERE id = ?').get(n.id) as { letter: string }).letter,
    ) as { addressee: { institution: string; addressLines: string[] } };
    expect(letter.addressee.institution).toBe('Querétaro');
    expect(letter.addressee.addressLines).not.toContain('Querétaro');
  });
});
