/**
 * Cartera ledger operations through the dispatcher on a temporary database
 * (CO profile; the MX profile for its unit): notas crédito/débito with the
 * 5 units / 25 % rule (SMMLV for CO, UMA mensual in force for MX), their
 * balance effects and replay; pagos por aplicar registered and applied.
 * Refusals leave the database file byte-identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { ErrorCodes } from '../../shared/api/errors';
import { SMMLV_SEED } from '../../shared/domain/catalogs';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectUnchanged,
  FIXTURES,
  ledgerCounts,
  MX_INSTITUTION,
  newKey,
  QUERETARO,
  setupCo,
  setupMx,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

const SMMLV = new Map(SMMLV_SEED);
const SMMLV_2025 = SMMLV.get(2025)!; // 1.423.500,00
const SMMLV_2024 = SMMLV.get(2024)!;

function co(): { t: TempDb; eps: number; other: number } {
  const t = createTempDb();
  setupCo(t.dispatch);
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
  }).id;
  const other = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Sanitas EPS',
    taxId: '800251440-6',
  }).id;
  return { t, eps, other };
}

function invoice(t: TempDb, counterpartyId: number, amountCents: number, issueDate = '2024-01-15') {
  return createInvoice(t.dispatch, { counterpartyId, amountCents, issueDate }).invoice;
}

type NotaIn = Input<'ledger.registerNota'>;
function notaInput(invoiceId: number, over: Partial<NotaIn> = {}): NotaIn {
  return {
    invoiceId,
    kind: 'nota_credito',
    tipo: 'error_administrativo',
    amountCents: 100_000,
    date: '2025-06-30',
    supportReference: 'Acta de conciliación 12-2025',
    idempotencyKey: newKey('nota'),
    ...over,
  };
}
const nota = (t: TempDb, invoiceId: number, over: Partial<NotaIn> = {}) =>
  call(t.dispatch, 'ledger.registerNota', notaInput(invoiceId, over));
const balance = (t: TempDb, id: number) => call(t.dispatch, 'invoices.get', { id }).balanceCents;
const APPROVAL = { approvedBy: 'Comité de Cartera', reference: 'Acta 07 de 2025', date: '2025-06-20' };

describe('nota crédito por error administrativo: 5 SMMLV and 25 % of the invoice', () => {
  it('5 SMMLV of the nota’s year: exactly at the limit applies directly; one centavo over needs an approval', () => {
    const { t, eps } = co();
    // Big invoices, so only the SMMLV limit is in play (25 % of 30.000.000,00 is 7.500.000,00 > 5 SMMLV).
    const a = invoice(t, eps, 3_000_000_000);
    const b = invoice(t, eps, 3_000_000_000);
    const inside = nota(t, a.id, { amountCents: 5 * SMMLV_2025 });
    expect(inside.nota).toMatchObject({
      tipo: 'error_administrativo',
      tipoLabel: 'Error administrativo',
      approval: null,
    });
    expect(inside.entries[0]).toMatchObject({ kind: 'nota_credito', amountCents: -5 * SMMLV_2025 });

    const over = notaInput(b.id, { amountCents: 5 * SMMLV_2025 + 1 });
    const err = expectUnchanged(t, (d) => expectErr(d('ledger.registerNota', over), 'nota/aprobacion-requerida'));
    expect(err.message).toContain('supera 5 SMMLV ($ 7.117.500,00)');
    expect(err.message).not.toContain('25 %');
    expect(err.message).toMatch(/Registre la aprobación: quién la aprobó, el documento .* y su fecha/);

    const approved = call(t.dispatch, 'ledger.registerNota', { ...over, approval: APPROVAL });
    expect(approved.nota.approval).toEqual({
      approvedBy: 'Comité de Cartera',
      reference: 'Acta 07 de 2025',
      date: '2025-06-20',
    });
    expect(balance(t, b.id)).toBe(3_000_000_000 - 5 * SMMLV_2025 - 1);
  });

  it('25 % of the invoice’s original amount: exactly a quarter applies directly; one centavo more needs an approval', () => {
    const { t, eps } = co();
    const a = invoice(t, eps, 1_000_000);
    const b = invoice(t, eps, 1_000_000);
    expect(nota(t, a.id, { amountCents: 250_000 }).nota.approval).toBeNull();
    const err = expectUnchanged(t, (d) =>
      expectErr(d('ledger.registerNota', notaInput(b.id, { amountCents: 250_001 })), 'nota/aprobacion-requerida'),
    );
    expect(err.message).toContain('supera el 25 % del valor de la factura ($ 10.000,00)');
    expect(err.message).not.toContain('SMMLV');
    // The 25 % is of the original amount, not of the balance: after a payment, a quarter of the invoice still applies directly.
    call(t.dispatch, 'ledger.registerPayment', {
      date: '2025-02-01',
      reference: 'RC-1',
      allocations: [{ invoiceId: b.id, amountCents: 600_000 }],
      idempotencyKey: newKey('p'),
    });
    expect(nota(t, b.id, { amountCents: 250_000 }).nota.approval).toBeNull();
    expect(balance(t, b.id)).toBe(150_000);
  });

  it('both limits over: the message names both; the SMMLV is the one of the nota’s year (reference-units table)', () => {
    const { t, eps } = co();
    const a = invoice(t, eps, 3_000_000_000);
    // 5 SMMLV of 2024 (6.500.000,00) + 1 centavo: over in 2024, inside in 2025.
    const amount = 5 * SMMLV_2024 + 1;
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerNota', notaInput(a.id, { amountCents: amount, date: '2024-12-31' })),
        'nota/aprobacion-requerida',
      ),
    );
    expect(nota(t, a.id, { amountCents: amount, date: '2025-01-02' }).nota.approval).toBeNull();

    const small = invoice(t, eps, 2_000_000_000);
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerNota', notaInput(small.id, { amountCents: 800_000_000 })),
        'nota/aprobacion-requerida',
      ),
    );
    expect(err.message).toMatch(/supera 5 SMMLV .* y supera el 25 % del valor de la factura/);
  });

  it('a date without its SMMLV is refused until it is captured in Configuración → Tablas', () => {
    const { t, eps } = co();
    // SMMLV 2026 is seeded: take it out of the table (configuration, not append-only) to have a year without it.
    t.sqlite.prepare(`DELETE FROM reference_units WHERE kind = 'SMMLV' AND year = 2026`).run();
    const a = invoice(t, eps, 1_000_000);
    const input = notaInput(a.id, { amountCents: 1_000, date: '2026-02-01' });
    const err = expectUnchanged(t, (d) => expectErr(d('ledger.registerNota', input), 'cartera/unidad-faltante'));
    expect(err.message).toBe(
      'Falta el SMMLV vigente el 01/02/2026 (el SMMLV de 2026). Regístrelo en Configuración → Tablas.',
    );
    expect(err.details).toMatchObject({ kind: 'SMMLV', year: 2026, date: '2026-02-01' });
    // Other tipos have no limit: they do not need the unit.
    expect(nota(t, a.id, { tipo: 'glosa_aceptada', amountCents: 1_000, date: '2026-02-01' }).nota.approval).toBeNull();
    const units = call(t.dispatch, 'settings.setReferenceUnit', {
      kind: 'SMMLV',
      year: 2026,
      valueCents: 175_090_500,
      source: 'Decreto 0159 de 2026',
    });
    expect(units).toContainEqual({
      kind: 'SMMLV',
      year: 2026,
      valueCents: 175_090_500,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      source: 'Decreto 0159 de 2026',
    });
    expect(call(t.dispatch, 'ledger.registerNota', input).nota.approval).toBeNull();
  });

  it('CO uses the SMMLV 2026 of the table (1.750.905): 5 SMMLV exactly applies directly, one centavo more needs an approval', () => {
    const { t, eps } = co();
    const SMMLV_2026 = 175_090_500;
    // 25 % of 50.000.000,00 is 12.500.000,00 > 5 SMMLV 2026 (8.754.525,00): only the unit limit is in play.
    const a = invoice(t, eps, 5_000_000_000);
    const b = invoice(t, eps, 5_000_000_000);
    expect(nota(t, a.id, { amountCents: 5 * SMMLV_2026, date: '2026-03-02' }).nota.approval).toBeNull();
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerNota', notaInput(b.id, { amountCents: 5 * SMMLV_2026 + 1, date: '2026-03-02' })),
        'nota/aprobacion-requerida',
      ),
    );
    expect(err.message).toContain('supera 5 SMMLV ($ 8.754.525,00)');
  });

  it('other tipos de nota crédito have no limit: a nota for the whole balance applies directly', () => {
    const { t, eps } = co();
    for (const tipo of ['glosa_aceptada', 'ajuste_facturacion', 'servicio_no_prestado', 'refacturacion'] as const) {
      const a = invoice(t, eps, 3_000_000_000);
      const r = nota(t, a.id, { tipo, amountCents: 3_000_000_000 });
      expect(r.nota).toMatchObject({ tipo, approval: null, kind: 'nota_credito' });
      expect(balance(t, a.id)).toBe(0);
      expect(call(t.dispatch, 'invoices.get', { id: a.id }).status).toBe('pagada');
    }
  });
});

describe('nota crédito por error administrativo in the profile MX: 5 UMA mensuales in force on the nota’s date', () => {
  const UMA_2025 = 343_946; // daily 113.14 × 30.4 = 3,439.46 (in force 01/02/2025 – 31/01/2026)
  const UMA_2026 = 356_622; // daily 117.31 × 30.4 = 3,566.22 (in force 01/02/2026 – 31/01/2027)

  function mx(): TempDb {
    const t = createTempDb();
    setupMx(t.dispatch);
    return t;
  }
  /** A Querétaro invoice large enough that only the unit limit is in play (25 % of 300,000.00 = 75,000.00). */
  const bigInvoice = (t: TempDb) =>
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, amountCents: 30_000_000, issueDate: '2025-12-01' }).invoice;

  it('January 2026 measures against the UMA 2025 (5 × 3,439.46): exactly at the limit applies, one centavo more needs an approval', () => {
    const t = mx();
    const a = bigInvoice(t);
    const b = bigInvoice(t);
    expect(nota(t, a.id, { amountCents: 5 * UMA_2025, date: '2026-01-15' }).nota.approval).toBeNull();
    const over = notaInput(b.id, { amountCents: 5 * UMA_2025 + 1, date: '2026-01-15' });
    const err = expectUnchanged(t, (d) => expectErr(d('ledger.registerNota', over), 'nota/aprobacion-requerida'));
    expect(err.message).toContain('supera 5 UMA mensuales ($17,197.30)');
    expect(err.message).not.toContain('SMMLV');
    expect(
      call(t.dispatch, 'ledger.registerNota', { ...over, approval: { ...APPROVAL, date: '2026-01-14' } }).nota.approval,
    ).not.toBeNull();
  });

  it('February 2026 measures against the UMA 2026 (5 × 3,566.22): exactly at the limit applies, one centavo more needs an approval', () => {
    const t = mx();
    const a = bigInvoice(t);
    const b = bigInvoice(t);
    const c = bigInvoice(t);
    expect(nota(t, a.id, { amountCents: 5 * UMA_2026, date: '2026-02-01' }).nota.approval).toBeNull();
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerNota', notaInput(b.id, { amountCents: 5 * UMA_2026 + 1, date: '2026-02-01' })),
        'nota/aprobacion-requerida',
      ),
    );
    expect(err.message).toContain('supera 5 UMA mensuales ($17,831.10)');
    // The same amount one day earlier (31 January, the UMA 2025 still in force) is over the limit.
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerNota', notaInput(c.id, { amountCents: 5 * UMA_2026, date: '2026-01-31' })),
        'nota/aprobacion-requerida',
      ),
    );
  });

  it('without the UMA in force the nota is refused naming the UMA (never the SMMLV) and where to capture it', () => {
    const t = mx();
    t.sqlite.prepare(`DELETE FROM reference_units WHERE kind = 'UMA' AND year = 2026`).run();
    const a = bigInvoice(t);
    const input = notaInput(a.id, { amountCents: 1_000, date: '2026-02-10' });
    const err = expectUnchanged(t, (d) => expectErr(d('ledger.registerNota', input), 'cartera/unidad-faltante'));
    expect(err.message).toBe(
      'Falta la UMA vigente el 10/02/2026 (la UMA diaria de 2026, vigente del 01/02/2026 al 31/01/2027). Regístrela en Configuración → Tablas.',
    );
    // January still has the UMA 2025.
    expect(nota(t, a.id, { amountCents: 1_000, date: '2026-01-20' }).nota.approval).toBeNull();
    // Captured with its daily value, it is in force from 1 February.
    const units = call(t.dispatch, 'settings.setReferenceUnit', { kind: 'UMA', year: 2026, valueCents: 11_731 });
    expect(units).toContainEqual({
      kind: 'UMA',
      year: 2026,
      valueCents: 11_731,
      validFrom: '2026-02-01',
      validTo: '2027-01-31',
      source: '',
    });
    expect(call(t.dispatch, 'ledger.registerNota', input).nota.approval).toBeNull();
  });

  it('an institution that measures in salario mínimo uses 30 days of the daily figure, and asks for the salario mínimo when it is missing', () => {
    const t = mx();
    call(t.dispatch, 'settings.saveInstitution', { ...MX_INSTITUTION, referenceUnitKind: 'SM' });
    const a = bigInvoice(t);
    const b = bigInvoice(t);
    const input = notaInput(a.id, { amountCents: 5 * 945_120, date: '2026-03-02' });
    const err = expectUnchanged(t, (d) => expectErr(d('ledger.registerNota', input), 'cartera/unidad-faltante'));
    expect(err.message).toBe(
      'Falta el salario mínimo vigente el 02/03/2026 (el salario mínimo diario de 2026). Regístrelo en Configuración → Tablas.',
    );
    // Salario mínimo general 2026: 315.04 a day → 9,451.20 a month.
    call(t.dispatch, 'settings.setReferenceUnit', {
      kind: 'SM',
      year: 2026,
      valueCents: 31_504,
      source: 'DOF, salario mínimo general 2026',
    });
    expect(call(t.dispatch, 'ledger.registerNota', input).nota.approval).toBeNull();
    const over = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerNota', notaInput(b.id, { amountCents: 5 * 945_120 + 1, date: '2026-03-02' })),
        'nota/aprobacion-requerida',
      ),
    );
    expect(over.message).toContain('supera 5 salarios mínimos mensuales ($47,256.00)');
  });
});

describe('ledger.registerNota: balance effects, detail, refusals, replay', () => {
  it('crédito lowers and débito raises the balance; invoices.get shows tipo, soporte, scan and approval', () => {
    const { t, eps } = co();
    const a = invoice(t, eps, 1_000_000);
    const scan = {
      fileName: 'acta.png',
      dataBase64: fs.readFileSync(path.join(FIXTURES, 'logo-2x2.png')).toString('base64'),
    };
    const c = nota(t, a.id, { tipo: 'glosa_aceptada', amountCents: 300_000, scan, memo: 'Glosa 45 aceptada' });
    expect(c.nota.supportAssetId).toBeGreaterThan(0);
    const dGlosa = nota(t, a.id, {
      kind: 'nota_debito',
      tipo: 'glosa',
      amountCents: 50_000,
      supportReference: 'Oficio de respuesta a glosa 9',
    });
    const dDev = nota(t, a.id, {
      kind: 'nota_debito',
      tipo: 'devolucion',
      amountCents: 20_000,
      supportReference: 'Devolución 3',
    });
    expect(dGlosa.entries[0]).toMatchObject({ kind: 'nota_debito', amountCents: 50_000 });
    const detail = call(t.dispatch, 'invoices.get', { id: a.id });
    expect(detail.balanceCents).toBe(1_000_000 - 300_000 + 50_000 + 20_000);
    expect(detail.notas).toEqual([
      expect.objectContaining({
        entryId: c.entries[0]!.id,
        kind: 'nota_credito',
        tipoLabel: 'Glosa aceptada',
        supportReference: 'Acta de conciliación 12-2025',
        supportAssetId: c.nota.supportAssetId,
      }),
      expect.objectContaining({
        entryId: dGlosa.entries[0]!.id,
        kind: 'nota_debito',
        tipoLabel: 'Trámite de glosa',
        supportAssetId: null,
      }),
      expect.objectContaining({ entryId: dDev.entries[0]!.id, tipo: 'devolucion', supportReference: 'Devolución 3' }),
    ]);
    expect(detail.entries.find((e) => e.id === c.entries[0]!.id)).toMatchObject({
      reference: 'Acta de conciliación 12-2025',
      memo: 'Glosa 45 aceptada',
    });
    // A nota is a ledger entry like any other: it can be reversed.
    call(t.dispatch, 'ledger.reverse', {
      entryId: c.entries[0]!.id,
      reason: 'Glosa mal aplicada',
      idempotencyKey: newKey('r'),
    });
    expect(balance(t, a.id)).toBe(1_070_000);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('a nota crédito never exceeds the balance; a nota débito may raise it', () => {
    const { t, eps } = co();
    const a = invoice(t, eps, 1_000_000);
    call(t.dispatch, 'ledger.registerPayment', {
      date: '2025-02-01',
      reference: 'RC-1',
      allocations: [{ invoiceId: a.id, amountCents: 900_000 }],
      idempotencyKey: newKey('p'),
    });
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerNota', notaInput(a.id, { tipo: 'glosa_aceptada', amountCents: 100_001 })),
        'nota/excede-saldo',
      ),
    );
    expect(err.message).toContain('excede el saldo de la factura');
    expect(err.message).toContain('$ 1.000,01');
    nota(t, a.id, { tipo: 'glosa_aceptada', amountCents: 100_000 });
    expect(balance(t, a.id)).toBe(0);
    nota(t, a.id, { kind: 'nota_debito', tipo: 'devolucion', amountCents: 5_000 });
    expect(balance(t, a.id)).toBe(5_000);
  });

  it('refusals write nothing: missing support, wrong tipo, future date, before the invoice, approval after the nota, bad scan, unknown invoice', () => {
    const { t, eps } = co();
    const a = invoice(t, eps, 1_000_000, '2025-03-01');
    const cases: [Partial<NotaIn>, string][] = [
      [{ supportReference: '  ' }, ErrorCodes.invalidInput],
      [{ kind: 'nota_debito', tipo: 'glosa_aceptada' }, ErrorCodes.invalidInput],
      [{ kind: 'nota_credito', tipo: 'devolucion' }, ErrorCodes.invalidInput],
      [{ date: '2026-03-11' }, ErrorCodes.futureDate],
      [{ date: '2025-02-28' }, 'libro/fecha-incoherente'],
      [{ amountCents: 300_000, approval: { ...APPROVAL, date: '2025-07-01' } }, 'nota/aprobacion-posterior'],
      [{ approval: { ...APPROVAL, approvedBy: '' } }, ErrorCodes.invalidInput],
      [
        { scan: { fileName: 'soporte.pdf', dataBase64: Buffer.from('MZ no es un PDF').toString('base64') } },
        'archivos/tipo-no-admitido',
      ],
      [{ invoiceId: 9_999 }, ErrorCodes.notFound],
    ];
    const counts = ledgerCounts(t.sqlite);
    for (const [over, code] of cases)
      expectUnchanged(t, (d) => expectErr(d('ledger.registerNota', notaInput(a.id, over)), code));
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
  });

  it('the same key replays (no new rows, even after the balance moved); another payload with it is refused', () => {
    const { t, eps } = co();
    const a = invoice(t, eps, 1_000_000);
    const input = notaInput(a.id, { tipo: 'ajuste_facturacion', amountCents: 400_000 });
    const first = call(t.dispatch, 'ledger.registerNota', input);
    nota(t, a.id, { tipo: 'ajuste_facturacion', amountCents: 600_000 });
    const counts = ledgerCounts(t.sqlite);
    const again = call(t.dispatch, 'ledger.registerNota', input);
    expect(again.replayed).toBe(true);
    expect(again.postingId).toBe(first.postingId);
    expect(again.nota).toEqual(first.nota);
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    expectUnchanged(t, (d) =>
      expectErr(d('ledger.registerNota', { ...input, amountCents: 1 }), 'libro/clave-idempotencia-reutilizada'),
    );
  });
});

describe('pagos por aplicar', () => {
  it('registered → applied to two invoices → the remaining amount is shown; then applied to the end', () => {
    const { t, eps, other } = co();
    const a = invoice(t, eps, 500_000);
    const b = invoice(t, eps, 800_000);
    const key = newKey('pa');
    const input = {
      counterpartyId: eps,
      date: '2025-05-10',
      reference: 'Consignación 778899',
      memo: 'Sin detalle de facturas',
      amountCents: 1_000_000,
      idempotencyKey: key,
    };
    const reg = call(t.dispatch, 'cartera.registerUnapplied', input);
    expect(reg.payment).toMatchObject({
      counterpartyName: 'Nueva EPS S.A.',
      amountCents: 1_000_000,
      appliedCents: 0,
      remainingCents: 1_000_000,
      applications: [],
    });
    // Money registered but not applied does not move any balance.
    expect(balance(t, a.id)).toBe(500_000);
    expect(call(t.dispatch, 'cartera.registerUnapplied', input)).toMatchObject({
      replayed: true,
      payment: { id: reg.payment.id },
    });

    const applyKey = newKey('ap');
    const applyInput = {
      unappliedPaymentId: reg.payment.id,
      date: '2025-05-20',
      allocations: [
        { invoiceId: a.id, amountCents: 300_000 },
        { invoiceId: b.id, amountCents: 400_000 },
      ],
      idempotencyKey: applyKey,
    };
    const applied = call(t.dispatch, 'cartera.applyUnapplied', applyInput);
    expect(applied.entries.map((e) => [e.kind, e.invoiceId, e.amountCents, e.reference])).toEqual([
      ['abono', a.id, -300_000, 'Consignación 778899'],
      ['abono', b.id, -400_000, 'Consignación 778899'],
    ]);
    expect(applied.payment).toMatchObject({ appliedCents: 700_000, remainingCents: 300_000 });
    expect(applied.payment.applications.map((x) => [x.invoiceNumber, x.amountCents])).toEqual([
      [a.number, 300_000],
      [b.number, 400_000],
    ]);
    expect(balance(t, a.id)).toBe(200_000);
    expect(balance(t, b.id)).toBe(400_000);
    const counts = ledgerCounts(t.sqlite);
    expect(call(t.dispatch, 'cartera.applyUnapplied', applyInput).replayed).toBe(true);
    expect(ledgerCounts(t.sqlite)).toEqual(counts);

    const listed = call(t.dispatch, 'cartera.listUnapplied', { counterpartyId: eps });
    expect(listed).toMatchObject({ totalAmountCents: 1_000_000, totalRemainingCents: 300_000 });
    expect(listed.rows).toHaveLength(1);
    expect(call(t.dispatch, 'cartera.listUnapplied', { counterpartyId: other }).rows).toEqual([]);

    call(t.dispatch, 'cartera.applyUnapplied', {
      unappliedPaymentId: reg.payment.id,
      date: '2025-06-01',
      allocations: [{ invoiceId: b.id, amountCents: 300_000 }],
      idempotencyKey: newKey('ap'),
    });
    expect(call(t.dispatch, 'cartera.listUnapplied', { pendingOnly: true }).rows).toEqual([]);
    expect(call(t.dispatch, 'cartera.listUnapplied', {}).rows[0]).toMatchObject({
      appliedCents: 1_000_000,
      remainingCents: 0,
    });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('refusals write nothing: over what is left, over a balance, another entidad’s invoice, a payable invoice, dates, reused key', () => {
    const { t, eps, other } = co();
    const a = invoice(t, eps, 500_000);
    const b = invoice(t, eps, 800_000);
    const foreign = invoice(t, other, 500_000);
    const payable = createInvoice(t.dispatch, {
      counterpartyId: eps,
      direction: 'payable',
      amountCents: 500_000,
      issueDate: '2024-01-15',
    }).invoice;
    const key = newKey('pa');
    const p = call(t.dispatch, 'cartera.registerUnapplied', {
      counterpartyId: eps,
      date: '2025-05-10',
      reference: 'RC-55',
      amountCents: 600_000,
      idempotencyKey: key,
    }).payment;
    const apply = (allocations: { invoiceId: number; amountCents: number }[], over: Record<string, unknown> = {}) => ({
      unappliedPaymentId: p.id,
      date: '2025-05-20',
      allocations,
      idempotencyKey: newKey('ap'),
      ...over,
    });
    const cases: [unknown, string][] = [
      [
        apply([
          { invoiceId: a.id, amountCents: 300_000 },
          { invoiceId: b.id, amountCents: 300_001 },
        ]),
        'pagos/excede-por-aplicar',
      ],
      [apply([{ invoiceId: a.id, amountCents: 500_001 }]), 'libro/abono-excede-saldo'],
      [apply([{ invoiceId: foreign.id, amountCents: 1 }]), 'pagos/factura-de-otra-entidad'],
      [apply([{ invoiceId: payable.id, amountCents: 1 }]), 'pagos/factura-por-pagar'],
      [
        apply([
          { invoiceId: a.id, amountCents: 1 },
          { invoiceId: a.id, amountCents: 1 },
        ]),
        'libro/factura-repetida',
      ],
      [apply([{ invoiceId: a.id, amountCents: 1 }], { date: '2025-05-09' }), 'libro/fecha-incoherente'],
      [apply([{ invoiceId: a.id, amountCents: 1 }], { date: '2026-03-11' }), ErrorCodes.futureDate],
      [apply([{ invoiceId: a.id, amountCents: 1 }], { unappliedPaymentId: 999 }), ErrorCodes.notFound],
      [apply([]), ErrorCodes.invalidInput],
    ];
    for (const [input, code] of cases) expectUnchanged(t, (d) => expectErr(d('cartera.applyUnapplied', input), code));
    const reg = (over: Record<string, unknown>) => ({
      counterpartyId: eps,
      date: '2025-05-10',
      reference: 'RC-56',
      amountCents: 1,
      idempotencyKey: newKey('pa'),
      ...over,
    });
    const regCases: [unknown, string][] = [
      [reg({ counterpartyId: 9_999 }), ErrorCodes.notFound],
      [reg({ date: '2026-03-11' }), ErrorCodes.futureDate],
      [reg({ amountCents: 0 }), ErrorCodes.invalidInput],
      [reg({ reference: '' }), ErrorCodes.invalidInput],
      [reg({ idempotencyKey: key, reference: 'RC-55', amountCents: 600_001 }), 'libro/clave-idempotencia-reutilizada'],
    ];
    for (const [input, code] of regCases)
      expectUnchanged(t, (d) => expectErr(d('cartera.registerUnapplied', input), code));
    expectUnchanged(t, (d) => expectErr(d('cartera.listUnapplied', { counterpartyId: 9_999 }), ErrorCodes.notFound));
  });
});

describe('append-only: raw SQL cannot change notas or pagos por aplicar', () => {
  it('UPDATE and DELETE are refused on nota_details, unapplied_payments and unapplied_applications; ledger.check stays ok', () => {
    const { t, eps } = co();
    const a = invoice(t, eps, 1_000_000);
    nota(t, a.id, { amountCents: 1_000 });
    const p = call(t.dispatch, 'cartera.registerUnapplied', {
      counterpartyId: eps,
      date: '2025-05-10',
      reference: 'RC-1',
      amountCents: 10_000,
      idempotencyKey: newKey('pa'),
    }).payment;
    call(t.dispatch, 'cartera.applyUnapplied', {
      unappliedPaymentId: p.id,
      date: '2025-05-10',
      allocations: [{ invoiceId: a.id, amountCents: 10_000 }],
      idempotencyKey: newKey('ap'),
    });
    const statements = [
      `UPDATE nota_details SET tipo = 'glosa_aceptada'`,
      'UPDATE nota_details SET approved_by = NULL',
      'DELETE FROM nota_details',
      'UPDATE unapplied_payments SET amount_cents = 1',
      'DELETE FROM unapplied_payments',
      'UPDATE unapplied_applications SET amount_cents = 1',
      'DELETE FROM unapplied_applications',
      // An application must be an abono of the entidad, of the same amount, within what is left.
      `INSERT INTO unapplied_applications (unapplied_payment_id, entry_id, amount_cents, created_at) VALUES (${p.id}, 1, 1, 'x')`,
      // Nota data only on a nota, with its support.
      `INSERT INTO nota_details (entry_id, tipo, support_reference, created_at) VALUES (1, 'ajuste_facturacion', 'x', 'x')`,
    ];
    for (const sql of statements) expect(() => t.sqlite.exec(sql), sql).toThrow(/libro mayor/);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });
});
