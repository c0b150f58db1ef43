/**
 * The Circular 030 file over two consecutive quarterly cuts: the second marks the invoice still owed A,
 * the one issued in the quarter I and the one paid in the quarter E; every record's saldo = valor − pagos
 * − glosa aceptada equals the ledger's balance at the cut; reading the file back reproduces the figures
 * the app remembered for the cut.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readCircular030 } from '../../shared/domain/cartera/circular030';
import { cleanupTemp, createTempDb, newKey, openOn, setupCo } from './helpers';

afterEach(cleanupTemp);

describe('Circular 030: two consecutive cuts', () => {
  it('A for the invoice still owed, I for the new one, E for the one paid; saldo = ledger; the file reads back', async () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const day = openOn(t, '2026-07-15');
    const eps = day.call('counterparties.create', { kind: 'eps', name: 'Nueva EPS S.A.', taxId: '900156264-2' }).id;
    const invoice = (number: string, issueDate: string, amountCents: number) =>
      day.call('invoices.create', {
        counterpartyId: eps,
        direction: 'receivable',
        number,
        concept: 'Servicios de salud',
        issueDate,
        radicacionDate: issueDate,
        dueDate: null,
        amountCents,
        idempotencyKey: newKey('inv'),
      }).invoice.id;
    const owed = invoice('FE-1001', '2026-01-10', 1_000_000_00);
    const paid = invoice('FE 1002', '2026-02-10', 250_000_00);
    // Q1: a glosa aceptada on the owed one.
    day.call('ledger.registerNota', {
      invoiceId: owed,
      kind: 'nota_credito',
      tipo: 'glosa_aceptada',
      amountCents: 100_000_00,
      date: '2026-03-15',
      supportReference: 'Acta de conciliación de glosas 7',
      idempotencyKey: newKey('nota'),
    });
    const cut1 = await day.run('cartera.aclaracionFile', { cutDate: '2026-03-31' });
    expect(cut1.cut.counts).toEqual({ I: 2, A: 0, E: 0 });
    // Q2: a partial payment on the owed one, the other paid in full, a new invoice.
    const pay = (invoiceId: number, amountCents: number, date: string) =>
      day.call('ledger.registerPayment', {
        date,
        reference: 'Transferencia',
        allocations: [{ invoiceId, amountCents }],
        idempotencyKey: newKey('pay'),
      });
    pay(owed, 300_000_00, '2026-05-02');
    pay(paid, 250_000_00, '2026-05-10');
    const fresh = invoice('FE-1003', '2026-04-20', 80_000_00);
    // An entry after the cut does not count in it.
    pay(fresh, 10_000_00, '2026-07-02');

    const cut2 = await day.run('cartera.aclaracionFile', { cutDate: '2026-06-30' });
    expect(cut2.fileName).toBe('SAC165FIPS20260630NI000891800231.txt');
    expect(cut2.cut).toMatchObject({ startDate: '2026-04-01', recordCount: 3, counts: { I: 1, A: 1, E: 1 } });
    const text = fs.readFileSync(cut2.path, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      '1,NI,891800231,E.S.E. HOSPITAL UNIVERSITARIO SAN RAFAEL,2026-04-01,2026-06-30,3',
    );
    const file = readCircular030(text);
    const byNumber = Object.fromEntries(file.records.map((r) => [r.number, r]));
    expect(byNumber['1001']).toMatchObject({
      indicator: 'A',
      valueCents: 1_000_000_00,
      paymentsCents: 300_000_00,
      acceptedGlosaCents: 100_000_00,
      glosaAnswered: true,
      balanceCents: 600_000_00,
    });
    expect(byNumber['1002']).toMatchObject({ indicator: 'E', paymentsCents: 250_000_00, balanceCents: 0 });
    expect(byNumber['1003']).toMatchObject({ indicator: 'I', paymentsCents: 0, balanceCents: 80_000_00 });
    // saldo = valor − pagos − glosa aceptada = the ledger's balance at the cut (no entry of these after it).
    for (const [number, id] of [
      ['1001', owed],
      ['1002', paid],
    ] as const) {
      const r = byNumber[number]!;
      expect(r.valueCents - r.paymentsCents - r.acceptedGlosaCents).toBe(r.balanceCents);
      expect(day.call('invoices.get', { id }).balanceCents).toBe(r.balanceCents);
    }
    // What the app remembered for the cut is what the file says.
    const remembered = day.call('cartera.aclaracionCuts', {});
    expect(remembered.map((c) => [c.cutDate, c.recordCount])).toEqual([
      ['2026-06-30', 3],
      ['2026-03-31', 2],
    ]);
    expect(file.control).toMatchObject({ cutDate: '2026-06-30', recordCount: 3, ipsNit: '891800231' });
    day.close();
  });
});
