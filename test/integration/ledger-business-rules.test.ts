// Business rules on dates and counterparties that a posting must respect;
// each refusal leaves the database file byte-identical.
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../shared/api/errors';
import {
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectUnchanged,
  newKey,
  QUERETARO,
  setupMx,
  TODAY,
} from './helpers';

afterAll(cleanupTemp);

describe('posting dates', () => {
  it('a payment dated after today is refused', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const inv = createInvoice(t.dispatch).invoice;
    const r = expectUnchanged(t, (d) =>
      d('ledger.registerPayment', {
        date: '2026-03-11',
        reference: 'SPEI',
        allocations: [{ invoiceId: inv.id, amountCents: 100 }],
        idempotencyKey: newKey(),
      }),
    );
    expect(TODAY).toBe('2026-03-10');
    expect(expectErr(r, ErrorCodes.futureDate).message).toMatch(/11\/03\/2026.*posterior a hoy/);
  });

  it('a payment dated before the invoice was issued is refused; on the issue date it is accepted', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const inv = createInvoice(t.dispatch, { issueDate: '2026-01-15' }).invoice;
    const early = expectUnchanged(t, (d) =>
      d('ledger.registerPayment', {
        date: '2026-01-14',
        reference: 'SPEI',
        allocations: [{ invoiceId: inv.id, amountCents: 100 }],
        idempotencyKey: newKey(),
      }),
    );
    expect(expectErr(early, 'libro/fecha-incoherente').message).toMatch(/anterior a la expedición/);
    const onTime = t.dispatch('ledger.registerPayment', {
      date: '2026-01-15',
      reference: 'SPEI',
      allocations: [{ invoiceId: inv.id, amountCents: 100 }],
      idempotencyKey: newKey(),
    });
    expect(onTime.ok).toBe(true);
  });

  it('a reversal cannot predate the entry it reverses nor be in the future', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const inv = createInvoice(t.dispatch).invoice;
    const pay = t.dispatch('ledger.registerPayment', {
      date: '2026-02-20',
      reference: 'SPEI',
      allocations: [{ invoiceId: inv.id, amountCents: 100 }],
      idempotencyKey: newKey(),
    });
    if (!pay.ok) throw new Error(pay.error.message);
    const entryId = (pay.value as { entries: { id: number }[] }).entries[0]!.id;
    const before = expectUnchanged(t, (d) =>
      d('ledger.reverse', { entryId, reason: 'Transferencia devuelta', date: '2026-02-19', idempotencyKey: newKey() }),
    );
    expectErr(before, 'libro/fecha-incoherente');
    const future = expectUnchanged(t, (d) =>
      d('ledger.reverse', { entryId, reason: 'Transferencia devuelta', date: '2026-04-01', idempotencyKey: newKey() }),
    );
    expectErr(future, ErrorCodes.futureDate);
  });
});

describe('counterparties that cannot be billed', () => {
  it('an MX institution does not bill its own state (inactive, and refused)', () => {
    const t = createTempDb();
    setupMx(t.dispatch); // own state: Zacatecas (32)
    const r = expectUnchanged(t, (d) =>
      d('invoices.create', {
        counterpartyId: 32,
        direction: 'receivable',
        number: 'X-1',
        issueDate: '2026-01-15',
        amountCents: 1000,
        idempotencyKey: newKey(),
      }),
    );
    expect(expectErr(r, 'facturas/contraparte-propia').message).toMatch(/Zacatecas/);
  });

  it('an inactive counterparty gets no new invoices', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const cp = t.dispatch('counterparties.get', { id: QUERETARO });
    if (!cp.ok) throw new Error(cp.error.message);
    const {
      balances: _b,
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      inegiCode: _g,
      ...values
    } = cp.value as Record<string, unknown>;
    expect(t.dispatch('counterparties.update', { ...values, id: QUERETARO, active: false }).ok).toBe(true);
    const r = expectUnchanged(t, (d) =>
      d('invoices.create', {
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: 'X-2',
        issueDate: '2026-01-15',
        amountCents: 1000,
        idempotencyKey: newKey(),
      }),
    );
    expectErr(r, 'facturas/entidad-inactiva');
  });
});

describe('annulled invoices', () => {
  it('reversing the cargo annuls the invoice: balance 0, status anulada in detail and list', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const created = createInvoice(t.dispatch, { number: 'ANUL-1', amountCents: 50_000 });
    const cargoId = created.entries[0]!.id;
    const r = t.dispatch('ledger.reverse', {
      entryId: cargoId,
      reason: 'Factura emitida por error',
      date: '2026-02-01',
      idempotencyKey: newKey(),
    });
    expect(r.ok).toBe(true);
    const detail = t.dispatch('invoices.get', { id: created.invoice.id });
    expect(detail.ok && detail.value).toMatchObject({ balanceCents: 0, status: 'anulada' });
    const list = t.dispatch('invoices.list', { search: 'ANUL' });
    expect(list.ok && (list.value as { rows: { status: string }[] }).rows.map((x) => x.status)).toEqual(['anulada']);
  });
});
