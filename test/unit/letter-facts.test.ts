/**
 * The facts a 32x32 case letter states, one rule at a time (the property
 * over generated timelines is letter-facts.property.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { beforeGarantiaDay } from '../../shared/domain/portabilidad/deadlines';
import {
  caseLetterFacts,
  type CaseInvoice,
  type CaseTimeline,
  type NumberedLetter,
} from '../../shared/domain/portabilidad/letter-facts';

const HOJA = {
  name: 'HC-NAY-0725-014',
  lines: [
    { periodo: '2025-07', importeCents: 45_600_25, factura: null },
    { periodo: '2025-07', importeCents: 12_000_00, factura: null },
    { periodo: '2025-08', importeCents: 33_598_25, factura: null },
  ],
};

function timeline(over: Partial<CaseTimeline> = {}): CaseTimeline {
  return {
    folio: 'COB-2026-0007',
    direction: 'cobro',
    openedOn: '2026-01-10',
    closedOn: null,
    closeLabel: '',
    periodFrom: '2025-07',
    periodTo: '2025-08',
    facturasSentOn: null,
    plazoEndsOn: null,
    papers: [
      {
        opening: true,
        numero: 'DCGSSP/0100/2026',
        fecha: '2026-01-08',
        emisor: 'Dirección de Contratación',
        receivedOn: '2026-01-10',
      },
    ],
    hoja: HOJA,
    invoices: [],
    letters: [],
    ...over,
  };
}

const invoice = (over: Partial<CaseInvoice> = {}): CaseInvoice => ({
  id: 1,
  number: 'A-9001',
  concept: 'HC-NAY-0725-014',
  period: '2025-07',
  issueDate: '2026-02-01',
  amountCents: 91_198_50,
  entries: [{ id: 1, date: '2026-02-01', kind: 'cargo', amountCents: 91_198_50, reference: 'A-9001' }],
  ...over,
});

const letter = (id: number, docType: NumberedLetter['docType'], numero: string, fecha: string): NumberedLetter => ({
  id,
  docType,
  numero,
  fecha,
  seq: id,
});

/** The case after its factura was sent on 2026-02-05 with a plazo of 30 días naturales. */
const sent = (over: Partial<CaseTimeline> = {}) =>
  timeline({ invoices: [invoice()], facturasSentOn: '2026-02-05', plazoEndsOn: '2026-03-07', ...over });

function ok(t: CaseTimeline, docType: Parameters<typeof caseLetterFacts>[1], date: string, self: number | null = null) {
  const r = caseLetterFacts(t, docType, date, self);
  if (!r.ok) throw new Error(r.message);
  return r.facts;
}
function refused(t: CaseTimeline, docType: Parameters<typeof caseLetterFacts>[1], date: string) {
  const r = caseLetterFacts(t, docType, date);
  if (r.ok) throw new Error('no se rechazó');
  return r;
}

describe('amounts: the hoja before the factura, the facturas with a balance after', () => {
  it('a requerimiento before any factura states the hoja, one line per period', () => {
    const f = ok(timeline(), 'requerimiento_pago', '2026-01-12');
    expect(f.rows.map((r) => [r.hoja, r.mes, r.monto, r.numero])).toEqual([
      ['HC-NAY-0725-014', '2025-07', 57_600_25, ''],
      ['HC-NAY-0725-014', '2025-08', 33_598_25, ''],
    ]);
    expect(f.total).toBe(91_198_50);
    expect(f.reference).toEqual({
      numero: 'DCGSSP/0100/2026',
      fecha: '2026-01-08',
      emisor: 'Dirección de Contratación',
    });
    expect([f.periodo, f.periodo_fin]).toEqual(['2025-07', '2025-08']);
  });

  it('the memorándum asking for the factura needs no factura; the oficio sending it does', () => {
    expect(ok(timeline(), 'memo_solicitud_factura', '2026-01-20').total).toBe(91_198_50);
    expect(refused(timeline(), 'oficio_envio_factura', '2026-01-20')).toMatchObject({
      code: 'documentos/falta-dato-del-caso',
      message: expect.stringMatching(/^No se puede emitir el oficio de envío de factura: falta la factura del caso/),
    });
  });

  it('with no hoja and no factura, the amount is a missing fact', () => {
    expect(refused(timeline({ hoja: null }), 'requerimiento_pago', '2026-01-12').message).toBe(
      'No se puede emitir el requerimiento de pago: falta el importe del caso: importe la hoja de cálculo del caso (o registre sus facturas) para que la carta diga qué se cobra.',
    );
  });

  it("once there are facturas, only those with a balance, at the balance of the letter's date", () => {
    const partly = invoice({
      entries: [
        ...invoice().entries,
        { id: 2, date: '2026-02-20', kind: 'abono', amountCents: -40_000_00, reference: 'SPEI 1' },
      ],
    });
    const paid = invoice({
      id: 2,
      number: 'A-9002',
      entries: [
        { id: 3, date: '2026-02-01', kind: 'cargo', amountCents: 5_00, reference: '' },
        { id: 4, date: '2026-02-10', kind: 'abono', amountCents: -5_00, reference: 'SPEI 2' },
      ],
    });
    const t = sent({ invoices: [partly, paid] });
    expect(ok(t, 'memo_notificacion_pago', '2026-02-15', null).rows.map((r) => [r.numero, r.monto])).toEqual([
      ['A-9001', 91_198_50],
    ]);
    expect(ok(t, 'oficio_envio_factura', '2026-02-25').rows.map((r) => [r.numero, r.monto, r.saldo])).toEqual([
      ['A-9001', 51_198_50, 51_198_50],
    ]);
    // An invoice issued after the letter's date is not in it.
    expect(refused(sent(), 'oficio_envio_factura', '2026-01-31').code).toBe('documentos/falta-dato-del-caso');
  });
});

describe('no demand for what is not owed', () => {
  const paidInFull = invoice({
    entries: [
      ...invoice().entries,
      { id: 2, date: '2026-03-01', kind: 'abono', amountCents: -91_198_50, reference: 'SPEI 9' },
    ],
  });

  it('a closed case demands nothing, at any date', () => {
    const r = refused(
      sent({ invoices: [paidInFull], closedOn: '2026-03-01', closeLabel: 'pagado' }),
      're_requerimiento',
      '2026-02-20',
    );
    expect(r).toEqual({
      ok: false,
      code: 'documentos/caso-cerrado',
      message:
        'No se emite el re-requerimiento de pago: el caso COB-2026-0007 está cerrado (pagado) desde el 1 de marzo de 2026.',
    });
  });

  it("an invoice paid since the letter's date is not demanded (the letter is sent now)", () => {
    const t = sent({
      invoices: [paidInFull],
      letters: [
        letter(1, 'requerimiento_pago', 'DGF/0001/2026', '2026-01-12'),
        letter(2, 'oficio_envio_factura', 'DGF/0002/2026', '2026-02-05'),
      ],
    });
    expect(refused(t, 're_requerimiento', '2026-02-20')).toEqual({
      ok: false,
      code: 'documentos/sin-saldo',
      message:
        'No se emite el re-requerimiento de pago: las facturas del caso COB-2026-0007 ya no tienen saldo pendiente (A-9001).',
    });
    // A letter that asks whether it was paid is not a demand.
    expect(ok(t, 'consulta_pago', '2026-02-20').total).toBe(91_198_50);
  });

  it("nothing owed on the letter's date: refused with the invoices it would have named", () => {
    const t = sent({ invoices: [paidInFull] });
    expect(refused(t, 'requerimiento_cobranza', '2026-03-10').message).toBe(
      'No se emite el requerimiento de cobranza: las facturas del caso COB-2026-0007 no tienen saldo pendiente al 10 de marzo de 2026 (A-9001).',
    );
  });
});

describe('the plazo: the recorded envío + plazo, stated only once it ended', () => {
  it('the requerimiento de cobranza says the plazo ended on the day the case recorded', () => {
    const f = ok(sent(), 'requerimiento_cobranza', '2026-03-09');
    expect([f.fecha_limite, f.plazo_dias]).toEqual(['2026-03-07', 30]);
  });

  it('before the plazo ends there is no cobranza; without the envío, no plazo', () => {
    expect(refused(sent(), 'requerimiento_cobranza', '2026-03-07')).toEqual({
      ok: false,
      code: 'documentos/antes-de-plazo',
      message:
        'No se emite el requerimiento de cobranza con fecha 7 de marzo de 2026: el plazo de pago termina el 7 de marzo de 2026 y se considera vencido a partir del día siguiente.',
    });
    expect(refused(timeline({ invoices: [invoice()] }), 'requerimiento_cobranza', '2026-03-09').message).toMatch(
      /falta la fecha de envío de las facturas y su plazo de pago/,
    );
  });

  it("the notificación cites this case's requerimiento de cobranza, once it has its number", () => {
    expect(refused(sent(), 'notificacion_autoridad', '2026-03-09').message).toBe(
      'No se puede emitir la notificación a la autoridad nacional (regla de 5 días): falta el requerimiento de cobranza del caso, emitido con fecha igual o anterior a la de esta carta.',
    );
    const t = sent({ letters: [letter(7, 'requerimiento_cobranza', 'DGF/0007/2026', '2026-03-09')] });
    expect(ok(t, 'notificacion_autoridad', '2026-03-09').reference).toEqual({
      numero: 'DGF/0007/2026',
      fecha: '2026-03-09',
      emisor: '',
    });
  });
});

describe("the garantía: day 120 from the envío, and the case's own requerimientos", () => {
  const letters = [
    letter(1, 'requerimiento_pago', 'DGF/0001/2026', '2026-01-12'),
    letter(5, 'requerimiento_cobranza', 'DGF/0005/2026', '2026-03-09'),
    letter(3, 're_requerimiento', 'DGF/0003/2026', '2026-01-30'),
    letter(9, 're_requerimiento', 'DGF/0009/2026', '2026-07-01'),
    letter(4, 'oficio_envio_factura', 'DGF/0004/2026', '2026-02-05'),
  ];

  it('counts días naturales from the recorded envío, as the workflow guard does', () => {
    expect(ok(sent({ letters }), 'solicitud_ejecucion_garantia', '2026-06-10').dias_transcurridos).toBe(125);
    expect(refused(sent({ letters }), 'solicitud_ejecucion_garantia', '2026-06-04')).toEqual({
      ok: false,
      code: 'documentos/antes-de-plazo',
      message: `No se emite la solicitud de ejecución de garantía de pago con fecha 4 de junio de 2026: ${beforeGarantiaDay('2026-02-05', '2026-06-04')}`,
    });
  });

  it('cites the requerimientos dated up to the letter, in date order, never itself', () => {
    const f = ok(sent({ letters }), 'solicitud_ejecucion_garantia', '2026-06-10');
    expect(f.requerimientos.map((r) => r.numero)).toEqual(['DGF/0001/2026', 'DGF/0003/2026', 'DGF/0005/2026']);
    expect(ok(sent({ letters }), 're_requerimiento', '2026-01-30', 3).requerimientos.map((r) => r.numero)).toEqual([
      'DGF/0001/2026',
    ]);
  });
});

describe('the oficio a letter cites', () => {
  it("the memorándum de subsanación cites the debtor's answer, never the validation oficio", () => {
    expect(refused(timeline(), 'memo_subsanacion', '2026-01-20').message).toMatch(
      /falta el oficio recibido en el caso después de su apertura/,
    );
    const answered = timeline({
      papers: [
        ...timeline().papers,
        {
          opening: false,
          numero: 'SSN/DG/0412/2026',
          fecha: '2026-01-18',
          emisor: 'Servicios de Salud de Nayarit',
          receivedOn: '2026-01-19',
        },
      ],
    });
    expect(ok(answered, 'memo_subsanacion', '2026-01-20').reference?.numero).toBe('SSN/DG/0412/2026');
    // An answer received after the letter's date is not cited by it.
    expect(refused(answered, 'memo_subsanacion', '2026-01-18').code).toBe('documentos/falta-dato-del-caso');
  });
});

describe('pago: the notification states what was paid', () => {
  it('the payments up to the letter: total, latest date, references in the order paid', () => {
    const p = (id: number, number: string, amount: number, pays: [string, number, string][]) =>
      invoice({
        id,
        number,
        amountCents: amount,
        entries: [
          { id: id * 10, date: '2026-01-01', kind: 'cargo', amountCents: amount, reference: number },
          ...pays.map(([date, cents, ref], k) => ({
            id: id * 10 + k + 1,
            date,
            kind: 'abono',
            amountCents: -cents,
            reference: ref,
          })),
        ],
      });
    const t = timeline({
      direction: 'pago',
      invoices: [
        p(1, 'P-1', 10_000, [['2026-02-10', 10_000, 'SPEI 2']]),
        p(2, 'P-2', 5_000, [
          ['2026-02-01', 2_000, 'SPEI 1'],
          ['2026-02-10', 3_000, 'SPEI 2'],
        ]),
      ],
    });
    const f = ok(t, 'notificacion_pago_acreedor', '2026-02-11');
    expect(f.pago).toEqual({ monto: 15_000, fecha: '2026-02-10', referencia: 'SPEI 1, SPEI 2' });
    expect(f.rows.map((r) => [r.numero, r.monto])).toEqual([
      ['P-1', 10_000],
      ['P-2', 5_000],
    ]);
  });
});
