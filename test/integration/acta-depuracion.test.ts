/**
 * The acta de depuración that closes a conciliación (domain README §Conciliación): the debtor's statement with
 * every class, values agreed in the session, the acta issued; its number, the notas it posts (every balance
 * becomes the agreed one, the ledger stays consistent), its PDF, the «conciliación» in the expediente; a
 * second acta and a value agreed afterwards are refused and write nothing.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ConciliacionSessionErrorCodes } from '../../shared/api/errors-conciliaciones';
import { CLASS_LABELS } from '../../shared/domain/cartera/conciliacion';
import { flat, missingPdfTools, pdfPages, writePdf } from '../fixtures/pdf/poppler';
import { call, cleanupTemp, expectErr, expectUnchanged, expectUnchangedAsync, TODAY } from './helpers';
import { run, tableCount } from './api/support';
import { debtor, importCsv } from './conciliacion-fixture';
import type { ConciliationView } from '../../shared/api/conciliaciones';

afterEach(cleanupTemp);

const SIGNERS = {
  ours: { name: 'Ana Gómez', position: 'Líder de cartera' },
  theirs: { name: 'Luis Pardo', position: 'Coordinador de cuentas médicas' },
  interventoria: { name: 'Marta Ruiz', position: 'Interventora del contrato' },
};

describe('acta de depuración', () => {
  it('posts the agreed adjustments as notas, prints every row and records the conciliación in the expediente', async () => {
    const { t, eps, id } = debtor();
    const r = importCsv(t, eps);
    if (!r.ok) throw new Error(r.error.message);
    const cid = (r.value as ConciliationView).id;
    const agree = (key: string, agreedCents: number, note: string) =>
      call(t.dispatch, 'conciliaciones.agree', { id: cid, key, agreedCents, note });
    agree('FE|3', 25_000_000, 'Se factura por 250.000'); // crédito 50.000 (valor diferente)
    agree('FE|4', 25_000_000, 'Pago del 15/02 por aplicar'); // crédito 100.000 (pagada por aplicar)
    agree('FE|6', 59_000_000, 'Se levanta parte de la glosa'); // débito 10.000 (glosa aceptada)
    const v = agree('FE|7', 63_000_000, 'Glosa conciliada por 70.000'); // crédito 70.000 (glosa conciliada)
    expect(v.agreed.adjustmentTotalCents).toBe(-5_000_000 - 10_000_000 + 1_000_000 - 7_000_000);
    const ledgerBefore = tableCount(t, 'ledger_entries');

    const acta = await run(t, 'conciliaciones.acta', { id: cid, date: TODAY, signers: SIGNERS });
    // (a) the first acta of the year
    expect(acta).toMatchObject({ number: 'ACTA-DEP/0001/2026', date: TODAY, adjustments: 4 });
    expect(acta.fileName).toMatch(/^acta-depuracion-.*\.pdf$/);
    expect(fs.statSync(acta.path).size).toBe(acta.sizeBytes);
    expect(tableCount(t, 'ledger_entries')).toBe(ledgerBefore + 4);
    expect(tableCount(t, 'postings')).toBeGreaterThan(0);

    // (b) every invoice of ours now carries its agreed balance; the ledger is consistent
    const after = call(t.dispatch, 'conciliaciones.get', { id: cid });
    expect(after.acta).toMatchObject({ number: acta.number, date: TODAY, postingId: acta.postingId });
    expect(after.agreed.adjustments).toEqual([]);
    for (const row of v.rows) {
      if (row.ourInvoiceId === null) continue;
      const expected = row.agreedCents ?? row.ourBalanceCents;
      expect(call(t.dispatch, 'invoices.get', { id: row.ourInvoiceId }).balanceCents, row.number).toBe(expected);
    }
    expect(call(t.dispatch, 'invoices.get', { id: id('FE-6') }).balanceCents).toBe(59_000_000);
    expect(call(t.dispatch, 'ledger.check', {})).toMatchObject({ ok: true });
    const notas = call(t.dispatch, 'invoices.get', { id: id('FE-6') }).notas;
    expect(notas.at(-1)).toMatchObject({ kind: 'nota_debito', tipo: 'glosa', supportReference: acta.number });

    // (d) the expediente: a «conciliación» dated the acta's date, which starts the citación term
    const exp = call(t.dispatch, 'expedientes.get', { counterpartyId: eps });
    expect(exp.conciliadoOn).toBe(TODAY);
    expect(exp.events.at(-1)).toMatchObject({ kind: 'conciliacion', date: TODAY });
    expect(exp.events.at(-1)!.reason).toBe('Acta de depuración ACTA-DEP/0001/2026');

    // (e) closed: a second acta and a new agreed value are refused in Spanish, nothing written
    const err = await expectUnchangedAsync(t, async (d) =>
      expectErr(
        await d.run('conciliaciones.acta', { id: cid, date: TODAY, signers: SIGNERS }),
        ConciliacionSessionErrorCodes.conActa,
      ),
    );
    expect(err.message).toContain('ya tiene el acta ACTA-DEP/0001/2026');
    expectUnchanged(t, (d) => {
      const e = expectErr(
        d('conciliaciones.agree', { id: cid, key: 'FE|2', agreedCents: 0, note: 'Tarde' }),
        ConciliacionSessionErrorCodes.conActa,
      );
      expect(e.message).toMatch(/^La conciliación ya tiene el acta .* no admite nuevos valores acordados/);
    });
    expect(tableCount(t, 'conciliation_actas')).toBe(1);
    expect(tableCount(t, 'conciliation_values')).toBe(4);

    // (c) the PDF: every class present, the saldo conciliado in es-CO, the signatures
    if (missingPdfTools('EL ACTA DE DEPURACIÓN').length > 0) return;
    const text = flat(pdfPages(writePdf('acta-depuracion', fs.readFileSync(acta.path))).join(' '));
    expect(text).toContain('Acta de depuración de cartera No. ACTA-DEP/0001/2026');
    expect(text).toContain('NIT 900156264-2');
    for (const cls of new Set(v.rows.map((row) => row.class))) expect(text).toContain(CLASS_LABELS[cls]);
    expect(text).toContain('Saldo conciliado: $ 5.120.000,00');
    expect(text).toContain('FE-99');
    expect(text).toContain('por registrar');
    expect(text).toContain('Por la institución: Ana Gómez, Líder de cartera');
    expect(text).toContain('Por Nueva EPS S.A.: Luis Pardo, Coordinador de cuentas médicas');
    expect(text).toContain('Visto bueno, Interventoría: Marta Ruiz, Interventora del contrato');
  });

  it('the table refuses a changed, deleted or second acta, and a number out of sequence', async () => {
    const { t, eps } = debtor();
    const r = importCsv(t, eps);
    if (!r.ok) throw new Error(r.error.message);
    const cid = (r.value as ConciliationView).id;
    const acta = await run(t, 'conciliaciones.acta', { id: cid, date: TODAY, signers: SIGNERS });
    expect(acta).toMatchObject({ adjustments: 0, postingId: null });
    const raw = t.sqlite;
    expect(() => raw.prepare("UPDATE conciliation_actas SET number = 'x'").run()).toThrow(/no se modifica/);
    expect(() => raw.prepare('DELETE FROM conciliation_actas').run()).toThrow(/no se elimina/);
    const insert = (conciliationId: number, seq: number) =>
      raw
        .prepare(
          `INSERT INTO conciliation_actas (conciliation_id, year, seq, number, date, signers, result, pdf_asset_id, pdf_sha256, created_at)
           SELECT ?, 2026, ?, 'ACTA-DEP/x', '2026-03-10', '{}', '{}', pdf_asset_id, pdf_sha256, 'x' FROM conciliation_actas`,
        )
        .run(conciliationId, seq);
    expect(() => insert(cid, 2)).toThrow(/una por conciliación/);
    const other = importCsv(t, eps);
    if (!other.ok) throw new Error(other.error.message);
    expect(() => insert((other.value as ConciliationView).id, 3)).toThrow(/siguiente consecutivo/);
  });
});
