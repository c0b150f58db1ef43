/**
 * The BDME across two semestral cuts, each reported on a business date after it (as `--today` pins it): the
 * boundaries (exactly 5 SMMLV is not reported, one centavo more is; an obligation due exactly six months before
 * the cut is not counted), the cut recorded once and shown as recorded, and at the next cut the debtor who paid
 * retired while a debtor now six months overdue is included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, createTempDb, expectErr, newKey, openOn, setupCo, type TempDb } from './helpers';

afterEach(cleanupTemp);

const SMMLV_2026 = 175_090_500;
const FIVE = 5 * SMMLV_2026;

function debtor(
  t: TempDb,
  name: string,
  taxId: string,
  invoice: { number: string; dueDate: string; amountCents: number },
) {
  const d = t.dispatch;
  const c = d('counterparties.create', { kind: 'eps', name, taxId, naturalezaJuridica: 'eps_contributiva' });
  if (!c.ok) throw new Error(c.error.message);
  const id = (c.value as { id: number }).id;
  const inv = d('invoices.create', {
    counterpartyId: id,
    direction: 'receivable',
    number: invoice.number,
    issueDate: '2025-10-01',
    dueDate: invoice.dueDate,
    amountCents: invoice.amountCents,
    idempotencyKey: newKey('inv'),
  });
  if (!inv.ok) throw new Error(inv.error.message);
  return { id, invoiceId: (inv.value as { invoice: { id: number } }).invoice.id };
}

describe('BDME: two semestral cuts', () => {
  it('reports above 5 SMMLV more than six months overdue, records the cut once, retires who paid', async () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const exact = debtor(t, 'EPS Exacta', '800000001-1', { number: 'A-1', dueDate: '2025-11-29', amountCents: FIVE });
    const above = debtor(t, 'EPS Encima', '800000002-1', {
      number: 'B-1',
      dueDate: '2025-11-29',
      amountCents: FIVE + 1,
    });
    const sixMonths = debtor(t, 'EPS Seis Meses', '800000003-1', {
      number: 'C-1',
      dueDate: '2025-11-30',
      amountCents: 2 * FIVE,
    });

    let day = openOn(t, '2026-06-05');
    day.call('settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: SMMLV_2026 });
    const may = day.call('bdme.cut', { cutDate: '2026-05-31' });
    expect(may).toMatchObject({
      sixMonthsBefore: '2025-11-30',
      thresholdCents: FIVE,
      reported: null,
      previousCut: null,
    });
    // Exactly 5 SMMLV: not reported; one centavo more: reported; due exactly six months before: not counted.
    expect(may.candidates.map((c) => [c.counterpartyId, c.overdueCents])).toEqual([[above.id, FIVE + 1]]);
    const first = await day.run('bdme.report', { cutDate: '2026-05-31' });
    expect(first.cut.reported).toMatchObject({ fileName: first.fileName });
    // Once: the same cut again is refused, writing nothing.
    expectErr(await day.dispatch.run('bdme.report', { cutDate: '2026-05-31' }), 'cierre/corte-ya-reportado');
    expect(day.call('bdme.cuts', {})).toHaveLength(1);
    day.close();

    // The debtor above the threshold pays; a payment dated before the cut, entered later, does not change
    // what the recorded cut says.
    day = openOn(t, '2026-07-01');
    day.call('ledger.registerPayment', {
      date: '2026-05-20',
      reference: 'Transferencia 4455',
      allocations: [{ invoiceId: above.invoiceId, amountCents: FIVE + 1 }],
      idempotencyKey: newKey('pay'),
    });
    expect(day.call('bdme.cut', { cutDate: '2026-05-31' }).candidates.map((c) => c.counterpartyId)).toEqual([above.id]);
    day.close();

    day = openOn(t, '2026-12-03');
    const nov = day.call('bdme.cut', { cutDate: '2026-11-30' });
    expect(nov).toMatchObject({ sixMonthsBefore: '2026-05-30', previousCut: '2026-05-31', reported: null });
    // Now more than six months overdue; the exact 5 SMMLV is still not above the threshold.
    expect(nov.candidates.map((c) => [c.counterpartyId, c.overdueCents])).toEqual([[sixMonths.id, 2 * FIVE]]);
    expect(nov.candidates.some((c) => c.counterpartyId === exact.id)).toBe(false);
    expect(nov.retirements).toMatchObject([{ counterpartyId: above.id, previousReasons: ['mora'] }]);
    const second = await day.run('bdme.report', { cutDate: '2026-11-30' });
    expect(second.rows).toBe(nov.candidates.length + 1);
    expect(day.call('bdme.cuts', {})).toMatchObject([
      { cutDate: '2026-11-30', included: nov.candidates.length, retired: 1 },
      { cutDate: '2026-05-31', included: 1, retired: 0 },
    ]);
    // A cut not yet come is refused.
    expectErr(await day.dispatch.run('bdme.report', { cutDate: '2027-05-31' }), 'cierre/corte-futuro');
    day.close();
  });
});
