/**
 * The CO debtor of the conciliación tests (conciliacion.test.ts, acta-depuracion.test.ts): FE-1 … FE-11 set up
 * through the API, and its CSV statement that puts one invoice in each of the 11 classes.
 */
import type { ConciliationView } from '../../shared/api/conciliaciones';
import { call, createInvoice, createTempDb, newKey, pay, setupCo, type TempDb } from './helpers';
import { b64 } from './api/support';

/** FE-n is worth n × 100.000,00. */
export const value = (n: number) => n * 10_000_000;

export function debtor() {
  const t = createTempDb();
  setupCo(t.dispatch);
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
  }).id;
  const ids = new Map<string, number>();
  for (let n = 1; n <= 11; n++) {
    const number = `FE-${n}`;
    const inv = createInvoice(t.dispatch, {
      counterpartyId: eps,
      number,
      amountCents: value(n),
      issueDate: '2026-01-10',
      // FE-9 was never radicated.
      radicacionDate: n === 9 ? null : '2026-01-20',
    });
    ids.set(number, inv.invoice.id);
  }
  const id = (number: string) => ids.get(number)!;
  pay(t.dispatch, [
    { invoiceId: id('FE-1'), amountCents: value(1) }, // paid in full: they still list it, with saldo 0
    { invoiceId: id('FE-4'), amountCents: 5_000_000 }, // 50.000,00 applied; they say 150.000,00 paid
    { invoiceId: id('FE-11'), amountCents: value(11) }, // paid in full and not listed: out of the cruce
  ]);
  call(t.dispatch, 'ledger.registerNota', {
    invoiceId: id('FE-6'),
    kind: 'nota_credito',
    tipo: 'glosa_aceptada',
    amountCents: 2_000_000,
    date: '2026-02-25',
    supportReference: 'Acta de conciliación de glosas 12',
    idempotencyKey: newKey('nota'),
  });
  return { t, eps, id };
}

/** Their estado de cartera: `;`, accents in the header, es-CO and plain amounts. Line numbers are the file's. */
export const STATEMENT = [
  'Número Factura;Valor Factura;Valor Pagado;Glosa;Estado_Glosa;Devolución;Radicada;Saldo',
  'FE-1;100.000,00;100.000,00;;;NO;SI;0', // line 2
  'FE 2;200000;;;;NO;SI;$ 200.000,00', // 3
  'fe-003;250.000;;;;NO;SI;250000.00', // 4: they have it for 250.000
  'FE-4;400.000,00;150.000,00;;;NO;SI;250.000,00', // 5
  'FE-5;500.000,00;;50.000,00;pendiente;NO;SI;450.000,00', // 6
  'FE-6;600.000,00;;60.000,00;Aceptada;NO;SI;540.000,00', // 7
  'FE-7;700.000,00;;70.000,00;CONCILIADA;NO;SI;630.000,00', // 8
  'FE-8;800.000,00;;;;SI;SI;800.000,00', // 9: returned
  'FE-9;900.000,00;;;;NO;NO;900.000,00', // 10: not radicated
  '', // a blank line is skipped
  'FE-99;123.456,78;;;;NO;SI;"$ 123.456,78"', // 12: only theirs
].join('\r\n');

export const csvFile = (text: string, fileName = 'estado-nueva-eps.csv') => ({ fileName, dataBase64: b64(text) });

export function importCsv(t: TempDb, eps: number, text = STATEMENT) {
  return t.dispatch('conciliaciones.import', { counterpartyId: eps, statementDate: '2026-03-05', file: csvFile(text) });
}

export const byNumber = (v: ConciliationView) => Object.fromEntries(v.rows.map((r) => [r.number, r]));
