/**
 * Circularización as a batch: one oficio per debtor with overdue balance, each with the estado de cuenta of
 * its overdue invoices only; each issued letter opens its debtor's expediente (an event pointing at the
 * letter) and is registered in the bitácora. A citación and an aviso issued later advance the expediente
 * the same way; a letter whose event does not proceed is issued and the expediente does not move.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../shared/api/types';
import { flat, missingPdfTools, pdfPages, writePdf } from '../fixtures/pdf/poppler';
import { call, cleanupTemp, CO_INSTITUTION, createInvoice, createTempDb, setupCo, TODAY, type TempDb } from './helpers';

afterEach(cleanupTemp);

async function run<T>(t: TempDb, method: string, input: unknown): Promise<T> {
  const r = await t.dispatch.run(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

function debtor(t: TempDb, name: string, taxId: string) {
  return call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name,
    taxId,
    addresseeTitle: 'Dr.',
    addresseeName: `Representante de ${name}`,
    addresseePosition: 'Representante legal',
  }).id;
}

describe('circularización por lote', () => {
  it('one oficio per debtor with its overdue invoices only; each opens the expediente and goes to the bitácora', async () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    // The circularización prints the account to pay into.
    call(t.dispatch, 'settings.saveInstitution', {
      ...CO_INSTITUTION,
      bankDenomination: 'E.S.E. Hospital Universitario San Rafael',
      bankName: 'Banco de Bogotá',
      bankAccount: '616-12345-6',
      bankAccountType: 'Corriente',
    });
    const signer = call(t.dispatch, 'settings.get', {}).signatories[0]!.id;
    const a = debtor(t, 'Nueva EPS S.A.', '900156264-2');
    const b = debtor(t, 'Sanitas EPS', '800251440-6');
    const overdueA = createInvoice(t.dispatch, {
      counterpartyId: a,
      number: 'FE-1',
      issueDate: '2025-12-01',
      dueDate: '2026-01-01',
    });
    // Not yet due on the letter's date: it stays out of the estado de cuenta.
    createInvoice(t.dispatch, { counterpartyId: a, number: 'FE-2', issueDate: '2026-03-01', dueDate: '2026-04-30' });
    const overdueB = createInvoice(t.dispatch, {
      counterpartyId: b,
      number: 'FE-3',
      issueDate: '2025-11-01',
      dueDate: '2025-12-01',
    });

    const res = await run<{ issued: { id: number; number: string }[]; failed: unknown[] }>(t, 'documents.issueBatch', {
      docType: 'circularizacion',
      counterpartyIds: [a, b],
      date: TODAY,
      includeOpenInvoices: true,
      data: { signatoryIds: [signer] },
    });
    expect(res.failed).toEqual([]);
    expect(res.issued).toHaveLength(2);
    const docs = res.issued.map((i) => call(t.dispatch, 'documents.get', { id: i.id }) as DocumentDetail);
    expect(docs.map((d) => d.data.invoiceIds)).toEqual([[overdueA.invoice.id], [overdueB.invoice.id]]);

    for (const [counterpartyId, doc] of [
      [a, docs[0]!],
      [b, docs[1]!],
    ] as const) {
      const v = call(t.dispatch, 'expedientes.get', { counterpartyId });
      expect(v).toMatchObject({ stage: 'persuasivo', since: TODAY });
      expect(v.events).toMatchObject([
        { kind: 'circularizacion', origin: 'carta', documentId: doc.id, documentNumber: doc.number, date: TODAY },
      ]);
    }
    const bitacora = call(t.dispatch, 'bitacora.list', { pageSize: 50 } as never) as {
      rows: { documentNumber: string | null }[];
    };
    expect(bitacora.rows.map((r) => r.documentNumber).sort()).toEqual(res.issued.map((i) => i.number).sort());

    // A citación before the conciliación does not move the expediente; after it, it does.
    const citar = async () =>
      run<DocumentDetail>(t, 'documents.issue', {
        id: call(t.dispatch, 'documents.createDraft', {
          docType: 'citacion',
          counterpartyId: a,
          date: TODAY,
          data: {
            signatoryIds: [signer],
            citacion: { fecha: '2026-03-20', hora: '09:00', lugar: 'Oficina de Cartera' },
          },
        } as never).id,
      });
    await citar();
    expect(call(t.dispatch, 'expedientes.get', { counterpartyId: a }).events.map((e) => e.kind)).toEqual([
      'circularizacion',
    ]);
    call(t.dispatch, 'expedientes.record', { counterpartyId: a, kind: 'conciliacion', date: TODAY, reason: 'Acta 1' });
    const cit = await citar();
    const v = call(t.dispatch, 'expedientes.get', { counterpartyId: a });
    expect(v.events.map((e) => [e.kind, e.origin, e.documentId])).toEqual([
      ['circularizacion', 'carta', docs[0]!.id],
      ['conciliacion', 'manual', null],
      ['citacion', 'carta', cit.id],
    ]);
    expect(v.deadlines[0]).toMatchObject({ kind: 'aviso', term: '5 días hábiles' });
    if (missingPdfTools('LAS CARTAS DEL COBRO PERSUASIVO').length > 0) return;
    const text = (id: number, name: string) =>
      flat(
        pdfPages(writePdf(name, Buffer.from(call(t.dispatch, 'documents.pdf', { id }).dataBase64, 'base64'))).join(' '),
      );
    // The circularización's estado de cuenta lists the overdue invoice only.
    const circ = text(docs[0]!.id, 'circularizacion-deudor-a');
    expect(circ).toContain('FE-1');
    expect(circ).not.toContain('FE-2');
    // The citación, drafted without a typed reference, cites the circularización and the overdue balance.
    const citacion = text(cit.id, 'citacion-deudor-a');
    expect(citacion).toContain(`nuestra comunicación ${docs[0]!.number}`);
    expect(citacion).toContain('asciende a $ 10.000,00');
  });
});
