/**
 * The unit of reference of the thresholds as the law has it, through the
 * dispatcher: an MX institution measures the cuantía of an acuerdo de pago in
 * UMA mensual (daily × 30.4) in force on the signing date — in January the
 * previous year's UMA — and never asks for the SMMLV; a CO institution keeps
 * the SMMLV.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectUnchanged,
  newKey,
  QUERETARO,
  setupCo,
  setupMx,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

const UMA_2025 = 343_946; // 113.14 × 30.4 = 3,439.46, in force 01/02/2025 – 31/01/2026
const UMA_2026 = 356_622; // 117.31 × 30.4 = 3,566.22, in force 01/02/2026 – 31/01/2027
const RATES = ['2025-12', '2026-01', '2026-02', '2026-03'].map((period) => ({ period, rate: '8.5' }));
const GUARANTEE = { type: 'Pagaré', description: 'Pagaré con carta de instrucciones' };

function mx(): TempDb {
  const t = createTempDb();
  setupMx(t.dispatch);
  call(t.dispatch, 'cartera.dtf.save', { rates: RATES });
  return t;
}

/** An invoice due on the signing date (no interest of mora: the debt is the capital). */
function preview(t: TempDb, amountCents: number, signingDate: string, counterpartyId = QUERETARO) {
  const inv = createInvoice(t.dispatch, {
    counterpartyId,
    amountCents,
    issueDate: signingDate,
    dueDate: signingDate,
  }).invoice;
  const input: Input<'agreements.preview'> = {
    counterpartyId,
    invoiceIds: [inv.id],
    signingDate,
    costsCents: 0,
    numeroCuotas: 4,
    guarantee: GUARANTEE,
  };
  return { input, p: call(t.dispatch, 'agreements.preview', input) };
}

describe('acuerdo de pago: the cuantía in the institution’s unit in force on the signing date', () => {
  it('MX, March 2026: 40 UMA mensuales of 2026 is mínima (4 cuotas); one centavo more is menor (8)', () => {
    const t = mx();
    const { p } = preview(t, 40 * UMA_2026, '2026-03-02');
    expect(p).toMatchObject({
      debtCents: 40 * UMA_2026,
      cuantia: 'minima',
      maxCuotas: 4,
      smmlvCents: UMA_2026,
      debtInSmmlv: '40.00',
      unitLabel: 'UMA mensual',
    });
    expect(preview(t, 40 * UMA_2026 + 1, '2026-03-02').p).toMatchObject({ cuantia: 'menor', maxCuotas: 8 });
  });

  it('MX, January 2026: the UMA 2025 is still in force (40 × 3,439.46)', () => {
    const t = mx();
    expect(preview(t, 40 * UMA_2025, '2026-01-20').p).toMatchObject({
      cuantia: 'minima',
      smmlvCents: UMA_2025,
      unitLabel: 'UMA mensual',
    });
    expect(preview(t, 40 * UMA_2025 + 1, '2026-01-20').p).toMatchObject({ cuantia: 'menor', maxCuotas: 8 });
  });

  it('MX without the UMA in force: refused naming the UMA, nothing written', () => {
    const t = mx();
    t.sqlite.prepare(`DELETE FROM reference_units WHERE kind = 'UMA' AND year = 2026`).run();
    const inv = createInvoice(t.dispatch, {
      amountCents: 1_000_000,
      issueDate: '2026-03-02',
      dueDate: '2026-03-02',
    }).invoice;
    const input = {
      counterpartyId: QUERETARO,
      invoiceIds: [inv.id],
      signingDate: '2026-03-02',
      costsCents: 0,
      numeroCuotas: 4,
      guarantee: GUARANTEE,
      idempotencyKey: newKey('acu'),
    };
    const err = expectUnchanged(t, (d) => expectErr(d('agreements.create', input), 'cartera/unidad-faltante'));
    expect(err.message).toContain('Falta la UMA vigente el 02/03/2026');
    expect(err.message).not.toContain('SMMLV');
  });

  it('CO keeps the SMMLV in force (2026: 1.750.905)', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    call(t.dispatch, 'cartera.dtf.save', { rates: RATES });
    const eps = call(t.dispatch, 'counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
    }).id;
    const { p } = preview(t, 40 * 175_090_500 + 1, '2026-03-02', eps);
    expect(p).toMatchObject({ cuantia: 'menor', smmlvCents: 175_090_500, unitLabel: 'SMMLV', debtInSmmlv: '40.00' });
  });
});
