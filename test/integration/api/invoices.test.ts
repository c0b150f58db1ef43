/**
 * The api tests of invoices: create, list, get and the invoice import; money limits and idempotency of
 * invoices.create: see support.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import type { InvoiceRow } from '../../../shared/api/types';
import { MAX_CENTS } from '../../../shared/domain/money';
import { LIST_COUNT_CAP } from '../../../electron/modules/invoices/service';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  expectUnchanged,
  FIXED_NOW,
  JALISCO,
  ledgerCounts,
  newKey,
  pay,
  QUERETARO,
  setupCo,
  setupMx,
  TODAY,
} from '../helpers';
import { type ApiTables, b64, describeApi, run, seeded } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'invoices'> = {
  happy: {
    'invoices.list': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { number: 'L-1' });
      const page = call(t.dispatch, 'invoices.list', {});
      expect(page.rows.map((r) => r.id)).toEqual([a.invoice.id]);
      expect(page).toMatchObject({ total: 1, totalCapped: false });
    },
    'invoices.get': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { number: 'G-1', amountCents: 123_456, radicacionDate: '2026-01-20' });
      const d = call(t.dispatch, 'invoices.get', { id: a.invoice.id });
      expect(d).toMatchObject({
        number: 'G-1',
        amountCents: 123_456,
        balanceCents: 123_456,
        radicacionDate: '2026-01-20',
        counterpartyName: 'Querétaro',
      });
      expect(d.entries).toHaveLength(1);
      expect(d.entries[0]).toMatchObject({ kind: 'cargo', amountCents: 123_456, reversedByEntryId: null });
    },
    'invoices.correctNaturaleza': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { number: 'N-1' });
      expect(a.invoice.naturaleza).toMatchObject({
        value: 'servicios_salud',
        registered: 'servicios_salud',
        corrections: [],
      });
      const d = call(t.dispatch, 'invoices.correctNaturaleza', {
        id: a.invoice.id,
        naturaleza: 'convenios_interadministrativos',
        reason: 'Es el convenio 045 con la Secretaría, no un servicio facturado',
      });
      expect(d.naturaleza).toMatchObject({
        value: 'convenios_interadministrativos',
        label: 'Convenios interadministrativos',
        registered: 'servicios_salud',
        corrections: [
          { naturaleza: 'convenios_interadministrativos', reason: expect.stringContaining('convenio 045') },
        ],
      });
      // Append-only: the correction cannot be changed or removed.
      expect(() => t.sqlite.prepare("UPDATE invoice_naturaleza_corrections SET naturaleza = 'otras'").run()).toThrow(
        /no se modifica/,
      );
      expect(() => t.sqlite.prepare('DELETE FROM invoice_naturaleza_corrections').run()).toThrow(/no se elimina/);
    },
    'invoices.create': (t) => {
      setupMx(t.dispatch);
      const r = call(t.dispatch, 'invoices.create', {
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: '  fac-2026-001 ',
        concept: 'Atención a afiliados de Querétaro, enero 2026',
        period: '2026-01',
        issueDate: '2026-02-15',
        amountCents: 12_345_678,
        idempotencyKey: newKey('inv'),
      });
      expect(r.replayed).toBe(false);
      expect(r.invoice).toMatchObject({
        number: 'FAC-2026-001',
        period: '2026-01',
        dueDate: '2026-03-17',
        balanceCents: 12_345_678,
        status: 'pendiente',
      });
      expect(r.entries).toMatchObject([
        { kind: 'cargo', amountCents: 12_345_678, invoiceId: r.invoice.id, postingId: r.postingId },
      ]);
      const posting = t.sqlite
        .prepare(`SELECT entry_count, net_cents, method FROM postings WHERE id = ?`)
        .get(r.postingId);
      expect(posting).toEqual({ entry_count: 1, net_cents: 12_345_678, method: 'invoices.create' });
    },
    'invoices.import': async (t) => {
      setupCo(t.dispatch);
      const eps = call(t.dispatch, 'counterparties.create', {
        kind: 'eps',
        name: 'Nueva EPS S.A.',
        taxId: '900156264-2',
      }).id;
      const csv =
        'NIT;Número de factura;Fecha de expedición;Fecha de radicación;Valor factura\r\n900156264-2;FE-1;05/03/2025;10/03/2025;1.250.000,50\r\n900.156.264;FE-2;06/03/2025;;99,99\r\n';
      const fileId = call(t.dispatch, 'imports.stage', { fileName: 'estado-cuenta.csv', dataBase64: b64(csv) }).fileId;
      const { mapping } = await run(t, 'imports.inspect', { fileId, kind: 'estado_cuenta' });
      const r = await run(t, 'invoices.import', { fileId, mapping });
      expect(r).toMatchObject({
        status: 'importado',
        invoicesCreated: 2,
        totalCents: 125_000_050 + 9_999,
        counterparties: [{ counterpartyId: eps, invoices: 2 }],
      });
      const rows = call(t.dispatch, 'invoices.list', {
        counterpartyId: eps,
        sort: 'number_asc',
        page: 1,
        pageSize: 10,
      }).rows;
      expect(rows.map((i) => [i.number, i.balanceCents, i.dueDate])).toEqual([
        ['FE-1', 125_000_050, '2025-05-09'],
        ['FE-2', 9_999, '2025-05-05'],
      ]);
      expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
    },
  },
  badInput: {
    'invoices.list': { input: { dueFrom: '2026-02-30' }, message: /Fecha inexistente/ },
    'invoices.get': { input: { id: -3 } },
    'invoices.create': {
      input: {
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: 'F-9',
        issueDate: '2026-01-01',
        amountCents: 100.5,
        idempotencyKey: 'clave-0001',
      },
      message: /centavos/,
    },
    'invoices.import': {
      input: { fileId: 'a'.repeat(32), mapping: { version: 1, kind: 'hoja', columns: {} } },
      message: /debe ser de un estado de cuenta/,
    },
    'invoices.correctNaturaleza': {
      input: { id: 1, naturaleza: 'regalias', reason: 'x' },
      message: /Naturaleza de la obligación no válida/,
    },
  },
  refusals: {
    'invoices.correctNaturaleza': [
      { code: ErrorCodes.notFound, input: () => ({ id: 9_999, naturaleza: 'otras', reason: 'Corrección' }) },
      {
        code: 'facturas/naturaleza-sin-cambio',
        input: (s) => ({ id: s.invoiceId, naturaleza: 'servicios_salud', reason: 'Corrección' }),
      },
    ],
    'invoices.create': [
      {
        code: 'facturas/numero-duplicado',
        // Same counterparty, direction and number (case and spaces normalised).
        input: () => ({
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: ' seed-1 ',
          issueDate: '2026-01-20',
          amountCents: 5,
          idempotencyKey: newKey('dup'),
        }),
      },
      {
        code: 'facturas/fechas-incoherentes',
        input: () => ({
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'X-1',
          issueDate: '2026-02-01',
          radicacionDate: '2026-01-31',
          amountCents: 5,
          idempotencyKey: newKey('f'),
        }),
      },
      {
        code: 'facturas/fechas-incoherentes',
        input: () => ({
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'X-2',
          issueDate: '2026-02-01',
          dueDate: '2026-01-31',
          amountCents: 5,
          idempotencyKey: newKey('f'),
        }),
      },
      {
        code: ErrorCodes.notFound,
        input: () => ({
          counterpartyId: 4242,
          direction: 'payable',
          number: 'X-3',
          issueDate: '2026-02-01',
          amountCents: 5,
          idempotencyKey: newKey('f'),
        }),
      },
    ],
    'invoices.import': [
      {
        code: ErrorCodes.notFound,
        input: () => ({ fileId: 'c'.repeat(32), mapping: { version: 1, kind: 'estado_cuenta', columns: {} } }),
      },
      {
        code: 'importacion/archivo-ilegible',
        prepare: (t) =>
          call(t.dispatch, 'imports.stage', {
            fileName: 'estado.xlsx',
            dataBase64: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(60)]).toString('base64'),
          }).fileId,
        input: (_s, fileId) => ({ fileId, mapping: { version: 1, kind: 'estado_cuenta', columns: {} } }),
      },
    ],
  },
  validJobInput: {
    'invoices.import': { fileId: 'a'.repeat(32), mapping: { version: 1, kind: 'estado_cuenta', columns: {} } },
  },
};

describeApi('invoices', tables);

describe('bad input → validacion/entrada-invalida, Spanish message, database file unchanged', () => {
  it('a missing required field reads "Campo obligatorio", with its path', () => {
    const { t } = seeded();
    const err = expectUnchanged(t, (d) =>
      expectErr(d('invoices.create', { direction: 'receivable' }), ErrorCodes.invalidInput),
    );
    expect(err.message).toMatch(/counterpartyId: Campo obligatorio/);
    expect(err.message).toMatch(/idempotencyKey: Campo obligatorio/);
  });
});

describe('business-rule refusals → their code, Spanish message, database file unchanged', () => {
  it('ledger commands before the initial setup are refused (configuracion/sin-institucion)', () => {
    const t = createTempDb();
    expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'A-1',
          issueDate: '2026-01-01',
          amountCents: 10,
          idempotencyKey: newKey('x'),
        }),
        'configuracion/sin-institucion',
      ),
    );
    expectUnchanged(t, (d) =>
      expectErr(d('settings.setLogo', { slot: 'left', image: null }), 'configuracion/sin-institucion'),
    );
  });
});

describe('invoices.create', () => {
  it('due date defaults to radicación (or issue) + the institution’s plazo, in días naturales', () => {
    const t = createTempDb();
    setupMx(t.dispatch); // plazo 30
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15' }).invoice.dueDate).toBe('2026-02-14');
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15', radicacionDate: '2026-01-20' }).invoice.dueDate).toBe(
      '2026-02-19',
    );
    // Across February of a non-leap year.
    expect(createInvoice(t.dispatch, { issueDate: '2026-02-10' }).invoice.dueDate).toBe('2026-03-12');
    // An explicit due date wins.
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15', dueDate: '2026-06-30' }).invoice.dueDate).toBe(
      '2026-06-30',
    );

    const co = createTempDb();
    setupCo(co.dispatch); // plazo 60
    const eps = call(co.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS Sanitas' });
    expect(
      createInvoice(co.dispatch, { counterpartyId: eps.id, issueDate: '2026-01-15', radicacionDate: '2026-01-31' })
        .invoice.dueDate,
    ).toBe('2026-04-01');
    expect(createInvoice(co.dispatch, { counterpartyId: eps.id, issueDate: '2024-01-01' }).invoice.dueDate).toBe(
      '2024-03-01',
    );
  });

  it('a receivable number is unique among all receivables; a payable number per creditor', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: QUERETARO, direction: 'receivable' });
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'f-77',
          issueDate: '2026-01-01',
          amountCents: 1,
          idempotencyKey: newKey('d'),
        }),
        'facturas/numero-duplicado',
      ),
    );
    expect(err.message).toMatch(/F-77/);
    expect(err.message).toMatch(/Querétaro/);
    // We number our receivables: another state cannot get the same number either.
    const other = expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: JALISCO,
          direction: 'receivable',
          number: 'F-77',
          issueDate: '2026-01-01',
          amountCents: 1,
          idempotencyKey: newKey('d'),
        }),
        'facturas/numero-duplicado',
      ),
    );
    expect(other.message).toBe(
      'Ya existe la factura F-77 por cobrar de Querétaro: las facturas que emitimos no repiten número; no se registró de nuevo.',
    );
    // A payable's number is its creditor's: unique per creditor only.
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: QUERETARO, direction: 'payable' });
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: JALISCO, direction: 'payable' });
    expectErr(
      t.dispatch('invoices.create', {
        counterpartyId: JALISCO,
        direction: 'payable',
        number: 'F-77',
        issueDate: '2026-01-01',
        amountCents: 1,
        idempotencyKey: newKey('d'),
      }),
      'facturas/numero-duplicado',
    );
    expect(call(t.dispatch, 'invoices.list', { search: 'F-77' }).total).toBe(3);
  });

  it('an invoice is recorded with exactly one cargo and its balance projection', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r = createInvoice(t.dispatch, { amountCents: 9_007_199_254_740 });
    expect(
      t.sqlite
        .prepare(`SELECT balance_cents, entry_count FROM invoice_balances WHERE invoice_id = ?`)
        .get(r.invoice.id),
    ).toEqual({
      balance_cents: 9_007_199_254_740,
      entry_count: 1,
    });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('invoices.get of a missing id → general/no-encontrado', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    expectErr(t.dispatch('invoices.get', { id: 31337 }), ErrorCodes.notFound);
  });
});

describe('invoices.list', () => {
  /**
   * A: QRO cobro F-100 due 01-31, paid in full        → pagada
   * B: QRO cobro F-101 due 02-09, 300k, paid 100k      → vencida (200k)
   * C: QRO cobro F-1020 due 03-31, 700k               → pendiente
   * D: JAL cobro AF-101 due 03-10 (= asOf), 200k       → pendiente
   * E: JAL pago  F-101 due 03-09, 900k                 → vencida
   * F: QRO pago  P-9 due 04-15, 50k                    → pendiente
   */
  function dataset() {
    const t = createTempDb();
    setupMx(t.dispatch);
    const mk = (o: Parameters<typeof createInvoice>[1]) => createInvoice(t.dispatch, o).invoice.id;
    const A = mk({
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: 'F-100',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      amountCents: 50_000,
    });
    const B = mk({
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: 'F-101',
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
      amountCents: 300_000,
    });
    const C = mk({
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: 'F-1020',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      amountCents: 700_000,
    });
    const D = mk({
      counterpartyId: JALISCO,
      direction: 'receivable',
      number: 'AF-101',
      issueDate: '2026-02-01',
      dueDate: '2026-03-10',
      amountCents: 200_000,
    });
    const E = mk({
      counterpartyId: JALISCO,
      direction: 'payable',
      number: 'F-101',
      issueDate: '2026-01-05',
      dueDate: '2026-03-09',
      amountCents: 900_000,
    });
    const F = mk({
      counterpartyId: QUERETARO,
      direction: 'payable',
      number: 'P-9',
      issueDate: '2026-02-15',
      dueDate: '2026-04-15',
      amountCents: 50_000,
    });
    pay(t.dispatch, [
      { invoiceId: A, amountCents: 50_000 },
      { invoiceId: B, amountCents: 100_000 },
    ]);
    const ids = (input: Record<string, unknown>) =>
      call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', pageSize: 500, ...input }).rows.map((r) => r.id);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    return { t, A, B, C, D, E, F, ids, sorted };
  }

  it('filters by direction, counterparty and status (with asOf)', () => {
    const { t, A, B, C, D, E, F, ids, sorted } = dataset();
    expect(sorted(ids({ direction: 'receivable' }))).toEqual([A, B, C, D]);
    expect(sorted(ids({ direction: 'payable' }))).toEqual([E, F]);
    expect(sorted(ids({ counterpartyId: QUERETARO }))).toEqual([A, B, C, F]);
    expect(sorted(ids({ status: 'pagada' }))).toEqual([A]);
    expect(sorted(ids({ status: 'vencida' }))).toEqual([B, E]);
    expect(sorted(ids({ status: 'pendiente' }))).toEqual([C, D, F]);
    expect(sorted(ids({ status: 'con_saldo' }))).toEqual([B, C, D, E, F]);
    expect(sorted(ids({ status: 'vencida', direction: 'receivable' }))).toEqual([B]);
    // The due date is the last day to pay: the day after, it is vencida.
    expect(sorted(ids({ status: 'vencida', asOf: '2026-03-11' }))).toEqual([B, D, E]);
    expect(ids({ status: 'vencida', asOf: '2026-01-01' })).toEqual([]);
    // Without asOf the pinned clock's local "today" is used (2026-03-10 from UTC−12 to UTC+8).
    expect(sorted(call(t.dispatch, 'invoices.list', { status: 'vencida' }).rows.map((r) => r.id))).toEqual(
      sorted(ids({ status: 'vencida', asOf: TODAY })),
    );
    expect(sorted(call(t.dispatch, 'invoices.list', { status: 'pendiente' }).rows.map((r) => r.id))).toEqual(
      sorted(ids({ status: 'pendiente', asOf: TODAY })),
    );
    // Row content: derived balance and status.
    const rowB = call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', search: 'F-101', direction: 'receivable' })
      .rows[0] as InvoiceRow;
    expect(rowB).toMatchObject({
      id: B,
      counterpartyName: 'Querétaro',
      amountCents: 300_000,
      balanceCents: 200_000,
      status: 'vencida',
      dueDate: '2026-02-09',
    });
  });

  it('search is a number prefix (case-insensitive), due range is inclusive', () => {
    const { A, B, C, D, E, ids, sorted } = dataset();
    expect(sorted(ids({ search: 'F-10' }))).toEqual([A, B, C, E]);
    expect(sorted(ids({ search: 'f-101' }))).toEqual([B, E]);
    expect(ids({ search: 'F-1020' })).toEqual([C]);
    expect(ids({ search: 'AF' })).toEqual([D]);
    expect(ids({ search: '101' })).toEqual([]);
    expect(sorted(ids({ dueFrom: '2026-02-09', dueTo: '2026-03-10' }))).toEqual([B, D, E]);
    expect(ids({ dueFrom: '2026-03-11', dueTo: '2026-03-30' })).toEqual([]);
  });

  it('sorts: due_asc, due_desc, number_asc, balance_desc (ties by id)', () => {
    const { A, B, C, D, E, F, ids } = dataset();
    expect(ids({ sort: 'due_asc' })).toEqual([A, B, E, D, C, F]);
    expect(ids({})).toEqual([A, B, E, D, C, F]); // default sort
    expect(ids({ sort: 'due_desc' })).toEqual([F, C, D, E, B, A]);
    expect(ids({ sort: 'number_asc' })).toEqual([D, A, B, E, C, F]);
    expect(ids({ sort: 'balance_desc' })).toEqual([E, C, B, D, F, A]);
  });

  it('paging: page/pageSize slice the sorted rows; total counts all matches', () => {
    const { t, A, B, C, D, E, F } = dataset();
    const page = (n: number) => call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', pageSize: 2, page: n });
    expect(page(1).rows.map((r) => r.id)).toEqual([A, B]);
    expect(page(2).rows.map((r) => r.id)).toEqual([E, D]);
    expect(page(3).rows.map((r) => r.id)).toEqual([C, F]);
    expect(page(4).rows).toEqual([]);
    expect(page(3)).toMatchObject({ page: 3, pageSize: 2, total: 6, totalCapped: false });
  });

  it(`totalCapped: the count stops at LIST_COUNT_CAP (${LIST_COUNT_CAP}) and says so`, () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    // Bulk rows written the way invoices.create writes them (invoice + posting + cargo),
    // in one transaction so the test stays fast; the triggers project the balances.
    const insInvoice = t.sqlite.prepare(
      `INSERT INTO invoices (counterparty_id, direction, number, concept, issue_date, due_date, amount_cents, created_at)
       VALUES (?, 'receivable', ?, '', '2026-01-01', '2026-01-31', 100, ?)`,
    );
    const insPosting = t.sqlite.prepare(
      `INSERT INTO postings (idempotency_key, request_hash, method, date, reference, entry_count, net_cents, created_at)
       VALUES (?, 'bulk', 'invoices.create', '2026-01-01', ?, 1, 100, ?)`,
    );
    const insEntry = t.sqlite.prepare(
      `INSERT INTO ledger_entries (posting_id, invoice_id, kind, amount_cents, date, reference, created_at) VALUES (?, ?, 'cargo', 100, '2026-01-01', ?, ?)`,
    );
    const bulk = t.sqlite.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const number = `B-${String(i).padStart(6, '0')}`;
        const inv = insInvoice.run(1 + (i % 32), number, FIXED_NOW).lastInsertRowid;
        const p = insPosting.run(`bulk-key-${i}`, number, FIXED_NOW).lastInsertRowid;
        insEntry.run(p, inv, number, FIXED_NOW);
      }
    });
    bulk(0, LIST_COUNT_CAP);
    const exact = call(t.dispatch, 'invoices.list', { pageSize: 10 });
    expect(exact).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: false });
    expect(exact.rows).toHaveLength(10);
    bulk(LIST_COUNT_CAP, LIST_COUNT_CAP + 1);
    const capped = call(t.dispatch, 'invoices.list', { pageSize: 10, page: 3 });
    expect(capped).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true, page: 3 });
    expect(capped.rows).toHaveLength(10);
    // A narrower filter is counted exactly again.
    expect(call(t.dispatch, 'invoices.list', { counterpartyId: 1 })).toMatchObject({
      total: Math.ceil((LIST_COUNT_CAP + 1) / 32),
      totalCapped: false,
    });
    // The last page is still reachable.
    expect(
      call(t.dispatch, 'invoices.list', { pageSize: 500, page: 21, sort: 'number_asc' }).rows.map((r) => r.number),
    ).toEqual([`B-${String(LIST_COUNT_CAP).padStart(6, '0')}`]);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });
});

describe('money limits (MAX_CENTS)', () => {
  it('an invoice of exactly MAX_CENTS is accepted', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    expect(createInvoice(t.dispatch, { amountCents: MAX_CENTS }).invoice.balanceCents).toBe(MAX_CENTS);
  });

  // Was a gap (shared/api/schemas.ts `cents`): the schema accepts any safe integer, so
  // MAX_CENTS < amount ≤ 2^53−1 passes validation and sumCents() in
  // db/repositories/ledger.ts insertPosting throws a MoneyError that the
  // dispatcher reports as interno/error ("Ocurrió un error interno…").
  it('an amount above MAX_CENTS is refused as invalid input, not as an internal error', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r = expectUnchanged(t, (d) =>
      d('invoices.create', {
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: 'MAX-1',
        issueDate: '2026-01-01',
        amountCents: MAX_CENTS + 1,
        idempotencyKey: newKey('max'),
      }),
    );
    expectErr(r, ErrorCodes.invalidInput);
  });
});

describe('idempotency', () => {
  it('invoices.create: same key → replayed, same posting and invoice, no new rows (number normalisation included)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const input = {
      counterpartyId: QUERETARO,
      direction: 'receivable' as const,
      number: 'IDEM-1',
      issueDate: '2026-01-10',
      amountCents: 55_500,
      idempotencyKey: 'idem-invoice-0001',
    };
    const first = call(t.dispatch, 'invoices.create', input);
    const counts = ledgerCounts(t.sqlite);
    const again = expectUnchanged(t, (d) => expectOk<typeof first>(d('invoices.create', input)));
    expect(again).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(again.invoice.id).toBe(first.invoice.id);
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    const lower = expectUnchanged(t, (d) =>
      expectOk<typeof first>(d('invoices.create', { ...input, number: ' idem-1 ' })),
    );
    expect(lower).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    // Same key, different payload: refused, nothing written.
    const err = expectUnchanged(t, (d) =>
      expectErr(d('invoices.create', { ...input, amountCents: 55_501 }), 'libro/clave-idempotencia-reutilizada'),
    );
    expect(err.details).toEqual({ postingId: first.postingId });
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
  });

  it('a key used by invoices.create cannot be reused for another invoice', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { number: 'K-1', idempotencyKey: 'shared-key-0001' });
    expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'K-2',
          issueDate: '2026-01-01',
          amountCents: 10,
          idempotencyKey: 'shared-key-0001',
        }),
        'libro/clave-idempotencia-reutilizada',
      ),
    );
  });
});
