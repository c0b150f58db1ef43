/**
 * The estado de cartera import kind (electron/modules/imports/estado-cartera.ts): the columns an EPS's statement
 * names are suggested; a saldo may be negative (a credit balance) in every way it is written; estado de la glosa
 * and the yes/no flags take their words and refuse anything else.
 */
import { describe, expect, it } from 'vitest';
import { parseGlosaState, parseSignedAmount, parseYesNo } from '../../electron/modules/imports/estado-cartera';
import { suggestMapping } from '../../electron/modules/imports/mapping';
import type { ValueContext } from '../../electron/modules/imports/values';

const co: ValueContext = { numberFormat: 'es-CO' };
const mx: ValueContext = { numberFormat: 'es-MX' };

describe('estado de cartera: suggested columns', () => {
  it('finds the fields under the headers EPS systems write', () => {
    const headers = [
      'No. factura',
      'Fecha de radicación',
      'Valor facturado',
      'Valor pagado',
      'Valor glosa',
      'Estado de la glosa',
      'Devolución',
      'Radicado',
      'Saldo pendiente',
    ];
    expect(suggestMapping('estado_cartera', headers).columns).toEqual({
      factura: 'No. factura',
      valor: 'Valor facturado',
      pagado: 'Valor pagado',
      glosa: 'Valor glosa',
      estadoGlosa: 'Estado de la glosa',
      devuelta: 'Devolución',
      radicada: 'Radicado',
      saldo: 'Saldo pendiente',
    });
    expect(suggestMapping('estado_cartera', ['Prefijo y número', 'Saldo']).columns).toEqual({
      factura: 'Prefijo y número',
      saldo: 'Saldo',
    });
  });
});

describe('estado de cartera: values', () => {
  it('a saldo may be negative however it is written; the rest of parseAmount still applies', () => {
    const cases: [string | number, ValueContext, number][] = [
      ['-5.000,00', co, -500_000],
      ['$ -5.000,00', co, -500_000],
      ['-$ 5.000,00', co, -500_000],
      ['(5.000,00)', co, -500_000],
      ['5.000,00-', co, -500_000],
      ['-1,234.56', mx, -123_456],
      [-5000.5, co, -500_050],
      ['1.234.567,89', co, 123_456_789],
      ['-0', co, 0],
      [0, co, 0],
    ];
    for (const [raw, ctx, cents] of cases)
      expect(parseSignedAmount(raw, ctx), String(raw)).toEqual({ ok: true, value: cents });
    expect(parseSignedAmount('-5.000,123', co)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/dos decimales/),
    });
    expect(parseSignedAmount('--5', co)).toMatchObject({ ok: false, problem: expect.stringMatching(/signo menos/) });
    expect(parseSignedAmount('(-5)', co)).toMatchObject({ ok: false });
    expect(parseSignedAmount('cinco mil', co)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/no es un importe/),
    });
  });

  it('estado de la glosa: pendiente, aceptada or conciliada, accents and case aside', () => {
    expect(parseGlosaState(' Aceptada ')).toEqual({ ok: true, value: 'aceptada' });
    expect(parseGlosaState('CONCILIADA')).toEqual({ ok: true, value: 'conciliada' });
    expect(parseGlosaState('Pendiénte')).toEqual({ ok: true, value: 'pendiente' });
    expect(parseGlosaState('rechazada')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/estado de glosa/),
    });
    expect(parseGlosaState({ error: '#N/A' })).toMatchObject({ ok: false, problem: expect.stringMatching(/#N\/A/) });
  });

  it('sí or no in the words and marks statements use', () => {
    for (const yes of ['sí', 'SI', 's', 'X', '1', 1, true, 'true', 'Verdadero'])
      expect(parseYesNo(yes), String(yes)).toEqual({ ok: true, value: true });
    for (const no of ['no', 'N', '0', 0, false, 'FALSE', 'falso'])
      expect(parseYesNo(no), String(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo('quizá')).toMatchObject({ ok: false, problem: 'no es sí ni no (use SI o NO)' });
    expect(parseYesNo(2)).toMatchObject({ ok: false });
  });
});
