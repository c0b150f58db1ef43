// Circular 030 de 2013, the IPS file (domain README §Circular 030; shared/domain/cartera/circular030/write.ts):
// the writer, and write → read over random cuts. Expected texts are written out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Circular030ErrorCodes as C } from '../../shared/api/errors-cartera';
import { readCircular030, writeCircular030 } from '../../shared/domain/cartera/circular030';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { MAX_CENTS } from '../../shared/domain/money';
import { A_77, CONTROL, EXPECTED, FE_1024, refusal } from './circular030-fixtures';

describe('writing', () => {
  it('control record + two records, CRLF after every line, exactly', () => {
    expect(writeCircular030(CONTROL, [FE_1024, A_77])).toBe(EXPECTED);
    expect(writeCircular030({ ...CONTROL, recordCount: 2 }, [FE_1024, A_77])).toBe(EXPECTED);
  });

  it('a file with no invoices is the control record alone', () => {
    expect(writeCircular030(CONTROL, [])).toBe(
      '1,NI,890123456,CLINICA SENORA DE LA PAZ S.A.S.,2026-01-01,2026-03-31,0\r\n',
    );
  });

  it('refuses saldo ≠ valor − pagos − glosa aceptada, naming the invoice', () => {
    expect(
      refusal(
        () => writeCircular030(CONTROL, [FE_1024, { ...A_77, balanceCents: 7_498_765_432 }]),
        C.saldoInconsistente,
      ),
    ).toBe(
      'Registro 2: el saldo de la factura A-77 (74987654.32) no es igual a valor − pagos − glosa aceptada (74987654.33).',
    );
    expect(
      refusal(
        () => writeCircular030(CONTROL, [{ ...FE_1024, paymentsCents: 200_000, balanceCents: 0 }]),
        C.saldoInconsistente,
      ),
    ).toBe('Registro 1: el saldo de la factura FE-1024 (0.00) no es igual a valor − pagos − glosa aceptada (-765.44).');
  });

  it('refuses negative or fractional amounts', () => {
    expect(
      refusal(
        () => writeCircular030(CONTROL, [{ ...FE_1024, paymentsCents: -5, balanceCents: 123_461 }]),
        C.importeInvalido,
      ),
    ).toBe('Registro 1: el valor de los pagos de la factura FE-1024 no puede ser negativo (-5 centavos).');
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, valueCents: 123_456.5 }]), C.importeInvalido)).toBe(
      'Registro 1: el valor de la factura FE-1024 no es un número entero de centavos (123456.5).',
    );
  });

  it('refuses a wrong count, a consecutive out of place, a repeated invoice, another IPS, bad dates', () => {
    expect(
      refusal(() => writeCircular030({ ...CONTROL, recordCount: 3 }, [FE_1024, A_77]), C.conteoInconsistente),
    ).toBe('Registro de control: anuncia 3 registros tipo 2 y se escriben 2.');
    expect(
      refusal(() => writeCircular030(CONTROL, [FE_1024, { ...A_77, consecutive: 1 }]), C.consecutivoFueraDeOrden),
    ).toBe('Registro 2: el consecutivo es 1 y se esperaba 2.');
    expect(
      refusal(
        () => writeCircular030(CONTROL, [FE_1024, { ...FE_1024, prefix: 'FE', number: '1024' }]),
        C.facturaRepetida,
      ),
    ).toBe('Registro 2: la factura FE-1024 ya está en el registro 1.');
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, ipsNit: '890123457' }]), C.otraIps)).toBe(
      'Registro 1: el NIT de la IPS (890123457) no es el del registro de control (890123456).',
    );
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, issueDate: '2026-02-30' }]), C.datoInvalido)).toBe(
      'Registro 1: la fecha de emisión de la factura FE-1024 "2026-02-30" no es válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => writeCircular030({ ...CONTROL, startDate: '2026-04-01' }, []), C.datoInvalido)).toBe(
      'Registro de control: la fecha inicial 2026-04-01 es posterior a la fecha de corte 2026-03-31.',
    );
    expect(
      refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, juridicoStage: '3' }]), C.etapaSinCobroJuridico),
    ).toBe('Registro 1: la factura FE-1024 no está en cobro jurídico y su etapa es "3" (se espera 0).');
  });
});

const FIRST = '1900-01-01';
const dateArb = fc.integer({ min: 0, max: daysBetween(FIRST, '2999-12-31') }).map((k) => addDays(FIRST, k));
const word = fc.stringMatching(/^[A-Z0-9.&-]{1,8}$/);
const textArb = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const nitArb = fc.stringMatching(/^[1-9]\d{0,11}$/);
const third = BigInt(Math.floor(MAX_CENTS / 3));
const centsArb = fc.bigInt({ min: 0n, max: third }).map(Number);

const invoiceArb = (ipsNit: string) =>
  fc
    .record({
      payerNit: nitArb,
      payerName: textArb,
      prefix: fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Z]{1,4}$/)),
      number: fc.stringMatching(/^[A-Z0-9-]{1,10}$/),
      indicator: fc.constantFrom<'I' | 'A' | 'E'>('I', 'A', 'E'),
      paymentsCents: centsArb,
      acceptedGlosaCents: centsArb,
      balanceCents: centsArb,
      issueDate: dateArb,
      radicacionDate: fc.option(dateArb),
      devolucionDate: fc.option(dateArb),
      glosaAnswered: fc.boolean(),
      juridicoStage: fc.option(fc.stringMatching(/^[0-9A-Z]{1,3}$/)),
    })
    .map(({ juridicoStage, ...r }) => ({
      ...r,
      payerIdType: 'NI' as const,
      ipsIdType: 'NI' as const,
      cobroType: 'F' as const,
      ipsNit,
      valueCents: r.paymentsCents + r.acceptedGlosaCents + r.balanceCents,
      juridico: juridicoStage !== null,
      juridicoStage: juridicoStage ?? '0',
    }));

describe('property: write → read reproduces every figure', () => {
  it('random cuts with amounts up to the maximum and dates of 1900–2999', () => {
    const cutArb = nitArb.chain((ipsNit) =>
      fc.record({
        control: fc.record({ ipsNit: fc.constant(ipsNit), ipsName: textArb, startDate: dateArb, cutDate: dateArb }),
        invoices: fc.uniqueArray(invoiceArb(ipsNit), {
          maxLength: 8,
          selector: (r) => `${r.prefix}|${r.number}`,
        }),
      }),
    );
    fc.assert(
      fc.property(cutArb, ({ control, invoices }) => {
        const [startDate, cutDate] = [control.startDate, control.cutDate].sort();
        const ctl = { ...control, startDate: startDate!, cutDate: cutDate! };
        const text = writeCircular030(ctl, invoices);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.split('\r\n')).toHaveLength(invoices.length + 2);
        const read = readCircular030(text);
        expect(read.control).toEqual({ ...ctl, recordCount: invoices.length });
        expect(read.records).toEqual(invoices.map((r, i) => ({ ...r, consecutive: i + 1 })));
        expect(writeCircular030(read.control, read.records)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
