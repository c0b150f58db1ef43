/**
 * Impagables (DOMAIN.md §5.1 step 4, issue 4 item 6) through the real
 * dispatcher on a temporary database: declarar_impagable records one row per
 * amount — by default every invoice with a balance, or the lines given (part
 * of an invoice, an amount with its concepto), each with its motivo — in the
 * action's transaction, without touching the ledger; Spanish refusals write
 * nothing; raw SQL cannot edit the rows; and the impagables report read back
 * with exceljs and opened by LibreOffice headless.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../shared/api/errors';
import type { CaseDetail, ExportResult, JobProgress } from '../../shared/api/types';
import { createBackend } from '../../electron/core/backend';
import { IMPAGABLES_SHEET, IMPAGABLES_TITLE } from '../../electron/modules/portabilidad/impagables-report';
import { CURRENCY_FMT } from '../../electron/adapters/excel/header-style';
import { CSV_UTF8, parseCsv, sofficeConvert, sofficeMissing } from '../fixtures/soffice';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  expectUnchanged,
  JALISCO,
  now,
  pay,
  QUERETARO,
  setupCo,
  setupMx,
  type TempDb,
} from './helpers';

afterAll(cleanupTemp);
let t: TempDb;
beforeEach(() => {
  t = createTempDb();
  return () => t.close();
});

const HEADERS = [
  'Entidad',
  'Clave INEGI',
  'Caso',
  'Periodo del caso',
  'Factura o concepto',
  'Fecha de declaración',
  'Monto',
  'Motivo',
];
/** Title, filters, generated, a blank row: the header is row 5. */
const HEADER_ROW = 5;

const act = (id: number, action: string, input: Record<string, unknown> = {}) =>
  call(t.dispatch, 'cases.act', { id, action, ...input });

/** A cobro with Querétaro (or another state) taken to "subsanación solicitada", where declarar_impagable is allowed. */
function toSubsanacion(
  invoiceIds: number[],
  counterpartyId = QUERETARO,
  period: [string, string] | null = ['2025-07', '2025-08'],
): CaseDetail {
  const c = call(t.dispatch, 'cases.open', {
    direction: 'cobro',
    counterpartyId,
    invoiceIds,
    date: '2025-10-01',
    ...(period ? { periodFrom: period[0], periodTo: period[1] } : {}),
  });
  act(c.id, 'enviar_requerimiento', { date: '2025-10-02' });
  return act(c.id, 'registrar_observaciones', {
    date: '2025-10-03',
    observaciones: 'Atenciones sin póliza vigente en el listado nominal.',
  });
}

function twoInvoices(counterpartyId = QUERETARO, tag = 'Q') {
  return [
    createInvoice(t.dispatch, {
      counterpartyId,
      number: `${tag}-0725-014`,
      amountCents: 84_500_000,
      issueDate: '2025-09-15',
    }).invoice.id,
    createInvoice(t.dispatch, {
      counterpartyId,
      number: `${tag}-0825-009`,
      amountCents: 38_956_789,
      issueDate: '2025-09-16',
    }).invoice.id,
  ];
}

const rowsOf = (caseId: number) =>
  t.sqlite
    .prepare(
      `SELECT event_id, invoice_id, concepto, amount_cents, motivo, declared_on FROM case_impagables WHERE case_id = ? ORDER BY id`,
    )
    .all(caseId) as {
    event_id: number;
    invoice_id: number | null;
    concepto: string;
    amount_cents: number;
    motivo: string;
    declared_on: string;
  }[];

describe('declarar_impagable', () => {
  it('without amounts: every invoice with a balance, for its balance, with the motivo; the ledger keeps the balances', () => {
    setupMx(t.dispatch);
    const [a, b] = twoInvoices();
    pay(t.dispatch, [{ invoiceId: a!, amountCents: 4_500_000 }]);
    const c0 = toSubsanacion([a!, b!]);
    const before = call(t.dispatch, 'ledger.balance', { counterpartyId: QUERETARO });

    const c = act(c0.id, 'declarar_impagable', {
      date: '2025-10-10',
      motivo: 'Pacientes sin afiliación vigente en el periodo.',
    });
    expect(c).toMatchObject({
      state: 'cerrado_impagable',
      closeReason: 'impagable',
      impagableMotivo: 'Pacientes sin afiliación vigente en el periodo.',
    });
    expect(c.impagables).toEqual([
      {
        id: expect.any(Number),
        invoiceId: a,
        invoiceNumber: 'Q-0725-014',
        concepto: '',
        amountCents: 80_000_000,
        motivo: 'Pacientes sin afiliación vigente en el periodo.',
        declaredOn: '2025-10-10',
      },
      {
        id: expect.any(Number),
        invoiceId: b,
        invoiceNumber: 'Q-0825-009',
        concepto: '',
        amountCents: 38_956_789,
        motivo: 'Pacientes sin afiliación vigente en el periodo.',
        declaredOn: '2025-10-10',
      },
    ]);
    // Written with the action's event, in its transaction.
    const event = c.events.at(-1)!;
    expect(event.action).toBe('declarar_impagable');
    expect(rowsOf(c.id).map((r) => r.event_id)).toEqual([event.id, event.id]);
    expect(event.effects.map((e) => e.label)).toContain(
      '2 montos impagables por $1,189,567.89 (las facturas conservan su saldo en el libro mayor hasta la nota de crédito)',
    );

    // Declaring impagable posts nothing: the balances stay until a nota de crédito.
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: QUERETARO })).toEqual(before);
    expect(c.balanceCents).toBe(118_956_789);
    expect(call(t.dispatch, 'cases.get', { id: c.id }).impagables).toEqual(c.impagables);
  });

  it('the amounts given: part of an invoice with its own motivo, and an amount with its concepto taking the action motivo', () => {
    setupMx(t.dispatch);
    const [a, b] = twoInvoices();
    const c0 = toSubsanacion([a!, b!]);
    const c = act(c0.id, 'declarar_impagable', {
      date: '2025-10-10',
      motivo: 'Servicios fuera del catálogo CAUSES.',
      impagables: [
        { invoiceId: a, amountCents: 1_234_567, motivo: 'Atención duplicada en el listado nominal.' },
        { invoiceId: null, concepto: 'Hoja de cálculo 2025-08, línea 14 (sin facturar)', amountCents: 305_050 },
      ],
    });
    expect(
      c.impagables.map(({ invoiceNumber, concepto, amountCents, motivo }) => ({
        invoiceNumber,
        concepto,
        amountCents,
        motivo,
      })),
    ).toEqual([
      {
        invoiceNumber: 'Q-0725-014',
        concepto: '',
        amountCents: 1_234_567,
        motivo: 'Atención duplicada en el listado nominal.',
      },
      {
        invoiceNumber: null,
        concepto: 'Hoja de cálculo 2025-08, línea 14 (sin facturar)',
        amountCents: 305_050,
        motivo: 'Servicios fuera del catálogo CAUSES.',
      },
    ]);
    expect(rowsOf(c.id).map((r) => r.invoice_id)).toEqual([a, null]);
  });

  describe('refusals write nothing', () => {
    function setup() {
      setupMx(t.dispatch);
      const [a, b] = twoInvoices();
      const other = createInvoice(t.dispatch, { counterpartyId: QUERETARO, number: 'Q-OTRO', amountCents: 10_000 })
        .invoice.id;
      call(t.dispatch, 'cases.open', {
        direction: 'cobro',
        counterpartyId: QUERETARO,
        invoiceIds: [other],
        date: '2025-10-01',
      });
      return { c: toSubsanacion([a!, b!]), a: a!, other };
    }
    const refuse = (id: number, input: Record<string, unknown>) =>
      expectUnchanged(
        t,
        (d) =>
          expectErr(
            d('cases.act', {
              id,
              action: 'declarar_impagable',
              date: '2025-10-10',
              motivo: 'Sin afiliación',
              ...input,
            }),
            'expedientes/accion-no-permitida',
          ).message,
      );

    it('an invoice of another case', () => {
      const { c, other } = setup();
      expect(refuse(c.id, { impagables: [{ invoiceId: other, amountCents: 10_000 }] })).toBe(
        'Línea 1: la factura indicada no pertenece a este caso; elija una de sus facturas.',
      );
    });

    it('an amount above the invoice balance', () => {
      const { c, a } = setup();
      expect(refuse(c.id, { impagables: [{ invoiceId: a, amountCents: 84_500_001 }] })).toBe(
        'Línea 1: el monto impagable de la factura Q-0725-014 ($845,000.01) excede su saldo ($845,000.00).',
      );
    });

    it('an amount without invoice and without concepto', () => {
      const { c, a } = setup();
      expect(
        refuse(c.id, {
          impagables: [
            { invoiceId: a, amountCents: 100 },
            { invoiceId: null, concepto: '  ', amountCents: 100 },
          ],
        }),
      ).toMatch(/^Línea 2: indique el concepto del monto/);
    });

    it('no invoice with a balance and no amounts given', () => {
      setupMx(t.dispatch);
      const c = toSubsanacion([], QUERETARO, null);
      expect(refuse(c.id, {})).toMatch(/^El caso no tiene facturas con saldo: indique los montos impagables/);
      expect(refuse(c.id, { impagables: [] })).toBe(
        'Indique al menos un monto impagable: una factura del caso o un importe con su concepto.',
      );
      // With the amounts it goes through.
      const done = act(c.id, 'declarar_impagable', {
        date: '2025-10-10',
        motivo: 'Sin afiliación',
        impagables: [{ concepto: 'Periodo 2025-07', amountCents: 99_900 }],
      });
      expect(done.impagables).toMatchObject([
        { invoiceId: null, concepto: 'Periodo 2025-07', amountCents: 99_900, motivo: 'Sin afiliación' },
      ]);
    });

    it('a zero amount is refused at the contract', () => {
      const { c } = setup();
      expectUnchanged(t, (d) =>
        expectErr(
          d('cases.act', {
            id: c.id,
            action: 'declarar_impagable',
            motivo: 'x',
            impagables: [{ concepto: 'x', amountCents: 0 }],
          }),
          ErrorCodes.invalidInput,
        ),
      );
    });
  });

  it('raw SQL cannot change, delete or forge impagable rows', () => {
    setupMx(t.dispatch);
    const c = act(toSubsanacion(twoInvoices()).id, 'declarar_impagable', {
      date: '2025-10-10',
      motivo: 'Sin afiliación',
    });
    const other = call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO, date: '2025-10-01' });
    const run = (sql: string) => () => t.sqlite.prepare(sql).run();
    expect(run(`UPDATE case_impagables SET amount_cents = 1`)).toThrow(
      'expedientes: los montos impagables no se modifican',
    );
    expect(run(`UPDATE case_impagables SET motivo = 'otro'`)).toThrow(
      'expedientes: los montos impagables no se modifican',
    );
    expect(run(`DELETE FROM case_impagables`)).toThrow('expedientes: los montos impagables no se eliminan');
    const event = c.events.at(-1)!.id;
    const insert = (caseId: number, amount: number) =>
      run(
        `INSERT INTO case_impagables (case_id, event_id, concepto, amount_cents, motivo, declared_on, created_at) VALUES (${caseId}, ${event}, 'x', ${amount}, 'x', '2025-10-10', '2025-10-10')`,
      );
    expect(insert(other.id, 100)).toThrow(/con la acción de su caso/);
    expect(insert(c.id, 0)).toThrow(/positivo/);
    expect(rowsOf(c.id)).toHaveLength(2);
  });
});

// ─── the report ─────────────────────────────────────────────────────────────

/** Two cases declared impagable: Querétaro (2025-10-10, two invoices) and Jalisco (2025-11-20, one amount without invoice). */
function seedReport(): { qro: CaseDetail; jal: CaseDetail } {
  setupMx(t.dispatch);
  const qro = act(toSubsanacion(twoInvoices()).id, 'declarar_impagable', {
    date: '2025-10-10',
    motivo: 'Pacientes sin afiliación vigente; ñandú «acción».',
  });
  const jal = toSubsanacion([], JALISCO, ['2025-09', '2025-09']);
  const jalDone = act(jal.id, 'declarar_impagable', {
    date: '2025-11-20',
    motivo: 'Servicios fuera del catálogo CAUSES.',
    impagables: [
      {
        concepto: 'Hoja de cálculo 2025-09, línea 7',
        amountCents: 305_050,
        motivo: 'Atención de urgencia no validada por la Dirección Médica.',
      },
    ],
  });
  return { qro, jal: jalDone };
}

async function report(input: Record<string, unknown> = {}) {
  const res = expectOk<ExportResult>(await t.dispatch.run('portabilidad.impagablesReport', input));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(res.path);
  return { res, ws: wb.getWorksheet(IMPAGABLES_SHEET)! };
}

describe('portabilidad.impagablesReport', () => {
  it('one row per amount: headers in order, real dates, amounts in pesos, the motivo, a totals row', async () => {
    const { qro } = seedReport();
    const { res, ws } = await report();
    expect(res.fileName).toMatch(/^impagables-\d{8}-\d{6}\.xlsx$/);
    expect(res.path).toBe(path.join(t.dir, 'exportaciones', res.fileName));
    expect(res.rows).toBe(3);
    expect(fs.statSync(res.path).size).toBe(res.sizeBytes);

    expect(ws.getCell('A1').value).toBe(IMPAGABLES_TITLE);
    expect(String(ws.getCell('A2').value)).toContain('Todos los montos declarados impagables');
    expect((ws.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:H${HEADER_ROW + 3}`);

    const row = (i: number) => (ws.getRow(HEADER_ROW + i).values as unknown[]).slice(1);
    expect(row(1)).toEqual([
      'Querétaro',
      '22',
      qro.folio,
      'julio de 2025 a agosto de 2025',
      'Q-0725-014',
      new Date(Date.UTC(2025, 9, 10)),
      845_000,
      'Pacientes sin afiliación vigente; ñandú «acción».',
    ]);
    expect(row(2).slice(4, 7)).toEqual(['Q-0825-009', new Date(Date.UTC(2025, 9, 10)), 389_567.89]);
    expect(row(3)).toEqual([
      'Jalisco',
      '14',
      expect.stringMatching(/^COB-2025-/),
      'septiembre de 2025',
      'Hoja de cálculo 2025-09, línea 7',
      new Date(Date.UTC(2025, 10, 20)),
      3_050.5,
      'Atención de urgencia no validada por la Dirección Médica.',
    ]);
    expect(ws.getRow(HEADER_ROW + 1).getCell(7).numFmt).toBe(CURRENCY_FMT);
    expect(ws.getRow(HEADER_ROW + 1).getCell(6).numFmt).toBe('dd/mm/yyyy');

    const totals = ws.getRow(HEADER_ROW + 4);
    expect(totals.getCell(1).value).toBe('Total (3 montos)');
    // 845,000.00 + 389,567.89 + 3,050.50, summed in centavos.
    expect(totals.getCell(7).value).toBe(1_237_618.39);
    expect(totals.getCell(7).font?.bold).toBe(true);
    expect(ws.rowCount).toBe(HEADER_ROW + 4);
  });

  it('filters by the declaration date and the entidad; the filters are printed above the table', async () => {
    seedReport();
    const rows = async (input: Record<string, unknown>) => (await report(input)).res.rows;
    expect(await rows({ from: '2025-11-01' })).toBe(1);
    expect(await rows({ to: '2025-10-10' })).toBe(2);
    expect(await rows({ from: '2025-10-11', to: '2025-11-19' })).toBe(0);
    expect(await rows({ counterpartyId: QUERETARO })).toBe(2);
    const { ws } = await report({ from: '2025-10-01', to: '2025-12-31', counterpartyId: JALISCO });
    expect(String(ws.getCell('A2').value)).toContain(
      'Declarados del 1 de octubre de 2025 al 31 de diciembre de 2025 · Entidad: Jalisco',
    );
    expect(ws.getRow(HEADER_ROW + 1).getCell(1).value).toBe('Jalisco');
    expect(ws.getRow(HEADER_ROW + 2).getCell(1).value).toBe('Total (1 monto)');
  });

  it('an empty report still has the headers and a zero total', async () => {
    setupMx(t.dispatch);
    const { res, ws } = await report();
    expect(res.rows).toBe(0);
    expect((ws.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(ws.getRow(HEADER_ROW + 1).getCell(7).value).toBe(0);
  });

  it('refusals: a range backwards, an unknown entidad, the CO profile — no file written', async () => {
    setupMx(t.dispatch);
    const exported = () =>
      fs.existsSync(path.join(t.dir, 'exportaciones')) ? fs.readdirSync(path.join(t.dir, 'exportaciones')) : [];
    expect(
      expectErr(
        await t.dispatch.run('portabilidad.impagablesReport', { from: '2026-02-01', to: '2026-01-31' }),
        'impagables/periodo-invalido',
      ).message,
    ).toBe('La fecha inicial (01/02/2026) es posterior a la final (31/01/2026).');
    expectErr(await t.dispatch.run('portabilidad.impagablesReport', { counterpartyId: 9999 }), 'general/no-encontrado');
    expect(exported()).toEqual([]);
    const co = createTempDb();
    setupCo(co.dispatch);
    expectErr(await co.dispatch.run('portabilidad.impagablesReport', {}), 'expedientes/solo-mx');
  });

  it('cancelled: Spanish "cancelada", no file and no partial file left', async () => {
    seedReport();
    t.close();
    const events: JobProgress[] = [];
    const b = createBackend({
      dbFile: t.file,
      now,
      log: () => {},
      emit: (event, payload) => {
        if (event !== 'job.progress') return;
        events.push(payload as JobProgress);
        b.dispatch.cancel('impagables-cancel');
      },
    });
    try {
      expectErr(
        await b.dispatch.run('portabilidad.impagablesReport', { jobId: 'impagables-cancel' }),
        'exportacion/cancelada',
      );
      expect(events.length).toBeGreaterThan(0);
      const dir = path.join(t.dir, 'exportaciones');
      expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
    } finally {
      b.close();
      t.reopen();
    }
  });

  describe.skipIf(sofficeMissing('impagables'))('LibreOffice headless', () => {
    it('opens the report and converts it to CSV: headers, dates dd/mm/yyyy, amounts, accents, totals', async () => {
      seedReport();
      const { res } = await report();
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'impagables-csv-'));
      try {
        const rows = parseCsv(fs.readFileSync(sofficeConvert(res.path, CSV_UTF8, out), 'utf8'));
        expect(rows[0]![0]).toBe(IMPAGABLES_TITLE);
        expect(rows[HEADER_ROW - 1]).toEqual(HEADERS);
        const qro = rows[HEADER_ROW]!;
        expect(qro.slice(0, 2)).toEqual(['Querétaro', '22']);
        expect(qro[5]).toBe('10/10/2025');
        expect(qro[6]).toBe('$845,000.00');
        expect(qro[7]).toBe('Pacientes sin afiliación vigente; ñandú «acción».');
        expect(rows[HEADER_ROW + 2]![4]).toBe('Hoja de cálculo 2025-09, línea 7');
        expect(rows[HEADER_ROW + 3]!.slice(0, 1)).toEqual(['Total (3 montos)']);
        expect(rows[HEADER_ROW + 3]![6]).toBe('$1,237,618.39');
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    }, 180_000);
  });
});
