/**
 * The conciliación with a CO debtor end to end (domain README §Conciliación): invoices, payments and a glosa aceptada set up
 * through the API; the debtor's CSV statement puts one invoice in each of the 11 classes; the totals and every
 * class are exact; a malformed statement is refused naming its line and writes nothing; a Circular 030 file
 * brings only this debtor's records; the balances agreed in the session give the adjustments to post.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ConciliationView } from '../../shared/api/conciliaciones';
import { ConciliacionErrorCodes } from '../../shared/api/errors-cartera';
import { ConciliacionSessionErrorCodes } from '../../shared/api/errors-conciliaciones';
import { writeCircular030, type Circular030Entry } from '../../shared/domain/cartera/circular030';
import { call, cleanupTemp, expectErr, expectUnchanged } from './helpers';
import { b64, tableCount } from './api/support';
import { byNumber, debtor, importCsv, STATEMENT, value } from './conciliacion-fixture';

afterEach(cleanupTemp);

describe('conciliación with a debtor: the CSV statement', () => {
  it('puts every invoice in one of the 11 classes, with exact totals', () => {
    const { t, eps, id } = debtor();
    const r = importCsv(t, eps);
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as ConciliationView;
    const rows = byNumber(v);
    const expected: Record<string, [string, number[]]> = {
      'FE-1': ['coincide', [2]],
      'FE-2': ['pendiente_de_pago', [3]],
      'FE-3': ['valor_diferente', [4]],
      'FE-4': ['pagada_por_aplicar', [5]],
      'FE-5': ['glosa_pendiente', [6]],
      'FE-6': ['glosa_aceptada', [7]],
      'FE-7': ['glosa_conciliada', [8]],
      'FE-8': ['devolucion', [9]],
      'FE-9': ['no_radicada', [10]],
      'FE-10': ['solo_nuestra', []],
      'FE-99': ['solo_suya', [12]],
    };
    expect(Object.fromEntries(v.rows.map((row) => [row.number, [row.class, row.lines]]))).toEqual(expected);
    expect(rows['FE-11']).toBeUndefined(); // paid and not listed
    expect(new Set(v.rows.map((row) => row.class)).size).toBe(11);
    expect(rows['FE-3']).toMatchObject({ key: 'FE|3', ourInvoiceId: id('FE-3'), differenceCents: 5_000_000 });
    expect(rows['FE-4']).toMatchObject({ ourBalanceCents: 35_000_000, theirBalanceCents: 25_000_000 });
    expect(rows['FE-6']).toMatchObject({ ourBalanceCents: 58_000_000, differenceCents: 4_000_000 });
    expect(rows['FE-6']!.explanation).toContain('glosa aceptada por $ 20.000,00');
    expect(rows['FE-99']).toMatchObject({
      label: 'Sólo en su estado',
      ourInvoiceId: null,
      differenceCents: -12_345_678,
    });
    // Ours: 0 + 200 + 300 + 350 + 500 + 580 + 700 + 800 + 900 + 1.000 thousand; theirs: 4.020.000 + 123.456,78.
    expect(v.totals).toMatchObject({
      ourTotalCents: 533_000_000,
      theirTotalCents: 414_345_678,
      differenceCents: 118_654_322,
    });
    expect(v.totals.byClass.glosa_aceptada).toEqual({
      count: 1,
      ourCents: 58_000_000,
      theirCents: 54_000_000,
      differenceCents: 4_000_000,
    });
    expect(call(t.dispatch, 'conciliaciones.get', { id: v.id })).toEqual(v);
    expect(call(t.dispatch, 'conciliaciones.list', { counterpartyId: eps })).toMatchObject([{ lineCount: 10 }]);
  });

  it('a malformed statement is refused in Spanish naming its line, and nothing is written', () => {
    const { t, eps } = debtor();
    const threeDecimals = STATEMENT.replace('FE-5;500.000,00;;50.000,00', 'FE-5;500.000,00;;12,345');
    const cases: [string, RegExp][] = [
      [threeDecimals, /^Línea 6, columna «glosa»: .*como máximo dos decimales/],
      [STATEMENT.replace(';Saldo', ';Saldo pendiente'), /^Línea 1: falta la columna «saldo»/],
      [
        STATEMENT.replace('FE-8;800.000,00;;;;SI', 'FE-8;800.000,00;;;;QUIZÁ'),
        /^Línea 9, columna «devuelta»: .*SI ni NO/,
      ],
      [STATEMENT.replace('FE-9;', ';'), /^Línea 10, columna «factura»: falta el número/],
      [STATEMENT.replace('Aceptada', 'rechazada'), /^Línea 7, columna «estado glosa»/],
      [STATEMENT.replace('FE-4;400.000,00', 'FE-4;-400.000,00'), /^Línea 5, columna «valor»: .*negativo/],
    ];
    for (const [text, message] of cases) {
      expectUnchanged(t, () => {
        const err = expectErr(importCsv(t, eps, text), ConciliacionSessionErrorCodes.archivoInvalido);
        expect(err.message).toMatch(message);
      });
    }
    expect(tableCount(t, 'conciliations')).toBe(0);
  });
});

describe('conciliación with a debtor: the Circular 030 file', () => {
  const entry = (payerNit: string, payerName: string, prefix: string, number: string, o: Partial<Circular030Entry>) =>
    ({
      payerIdType: 'NI',
      payerNit,
      payerName,
      ipsIdType: 'NI',
      ipsNit: '891800231',
      cobroType: 'F',
      prefix,
      number,
      indicator: 'A',
      valueCents: 0,
      issueDate: '2026-01-10',
      radicacionDate: '2026-01-20',
      devolucionDate: null,
      paymentsCents: 0,
      acceptedGlosaCents: 0,
      glosaAnswered: false,
      balanceCents: 0,
      juridico: false,
      juridicoStage: '0',
      ...o,
    }) satisfies Circular030Entry;
  const control = { ipsNit: '891800231-9', ipsName: 'HUSR', startDate: '2026-01-01', cutDate: '2026-03-31' };

  it('keeps only the records of this debtor (by NIT) and classifies them', () => {
    const { t, eps } = debtor();
    const text = writeCircular030(control, [
      entry('800251440', 'SANITAS EPS', 'FE', '3', { valueCents: value(3), balanceCents: value(3) }),
      entry('900156264', 'NUEVA EPS', 'FE', '2', { valueCents: value(2), balanceCents: value(2) }),
      entry('900156264', 'NUEVA EPS', 'FE', '6', {
        valueCents: value(6),
        acceptedGlosaCents: 6_000_000,
        glosaAnswered: true,
        balanceCents: 54_000_000,
      }),
    ]);
    const v = call(t.dispatch, 'conciliaciones.import', {
      counterpartyId: eps,
      statementDate: '2026-03-05',
      file: { fileName: 'SAC165FIPS20260331NI000891800231.txt', dataBase64: b64(text) },
    });
    expect(v.source).toBe('circular030');
    const rows = byNumber(v);
    expect(rows['FE-2']).toMatchObject({ class: 'pendiente_de_pago', lines: [3] });
    expect(rows['FE-6']).toMatchObject({ class: 'glosa_aceptada', lines: [4], differenceCents: 4_000_000 });
    // Sanitas's FE-3 is not this debtor's: our FE-3 stands alone.
    expect(rows['FE-3']).toMatchObject({ class: 'solo_nuestra', lines: [] });
    expect(v.totals.theirTotalCents).toBe(value(2) + 54_000_000);

    // A file with no record of this debtor is refused naming the NIT; nothing is written.
    const others = writeCircular030(control, [entry('800251440', 'SANITAS EPS', 'FE', '3', {})]);
    expectUnchanged(t, (d) => {
      const err = expectErr(
        d('conciliaciones.import', {
          counterpartyId: eps,
          statementDate: '2026-03-05',
          file: { fileName: 'sanitas.txt', dataBase64: b64(others) },
        }),
        ConciliacionSessionErrorCodes.sinRegistrosDelDeudor,
      );
      expect(err.message).toContain('NIT 900156264');
    });
  });
});

describe('conciliación with a debtor: the values agreed in the session', () => {
  it('the agreed balances give the adjustments per invoice; the latest value per key is in force', () => {
    const { t, eps, id } = debtor();
    const r = importCsv(t, eps);
    if (!r.ok) throw new Error(r.error.message);
    const cid = (r.value as ConciliationView).id;
    const adjustment = (number: string, adjustmentCents: number) => ({
      key: number.replace('-', '|'),
      number,
      ourInvoiceId: id(number),
      adjustmentCents,
      nota: 'nota_credito',
      amountCents: -adjustmentCents,
    });
    const agree = (key: string, agreedCents: number, note: string) =>
      call(t.dispatch, 'conciliaciones.agree', { id: cid, key, agreedCents, note });
    agree('FE|3', 25_000_000, 'Se factura por 250.000: nota crédito por ajuste');
    agree('FE-4', 25_000_000, 'Pago del 15/02 por aplicar');
    agree('FE|2', 20_000_000, 'Saldo reconocido');
    agree('FE|6', 54_000_000, 'Glosa aceptada por 60.000');
    const v = agree('FE|6', 56_000_000, 'Se levanta parte de la glosa: queda en 40.000');

    // Refused before writing: above the invoice's value; a row without invoice of ours.
    expectUnchanged(t, (d) => {
      const err = expectErr(
        d('conciliaciones.agree', { id: cid, key: 'FE|3', agreedCents: 30_000_001, note: 'x' }),
        ConciliacionErrorCodes.valorAcordadoInvalido,
      );
      expect(err.message).toContain('supera su valor');
      const solo = expectErr(
        d('conciliaciones.agree', { id: cid, key: 'FE|99', agreedCents: 12_345_678, note: 'x' }),
        ConciliacionSessionErrorCodes.sinFacturaNuestra,
      );
      expect(solo.message).toContain('regístrela primero');
    });
    expect(tableCount(t, 'conciliation_values')).toBe(5);

    expect(byNumber(v)['FE-6']).toMatchObject({
      agreedCents: 56_000_000,
      agreedNote: expect.stringContaining('40.000'),
    });
    expect(v.agreed).toEqual({
      ourTotalCents: 533_000_000,
      agreedTotalCents: 516_000_000,
      adjustmentTotalCents: -17_000_000,
      adjustments: [
        ['FE-3', -5_000_000],
        ['FE-4', -10_000_000],
        ['FE-6', -2_000_000],
      ].map(([n, cents]) => adjustment(n as string, cents as number)),
      requiresRegistration: [
        expect.objectContaining({ key: 'FE|99', theirBalanceCents: 12_345_678, agreedCents: null }),
      ],
    });
    expect(call(t.dispatch, 'conciliaciones.get', { id: cid })).toEqual(v);
  });
});
