/**
 * Estado de cuenta import (issue 5, item 1): the billing system's statement,
 * one line per invoice, staged, inspected (no case) and imported by
 * invoices.import into the ledger — each invoice with its cargo, balances
 * and ledger.check consistent. Bad files (wrong columns, text in an amount,
 * empty, repeated invoice, invoice already in the ledger, unknown NIT) are
 * rejected with per-row Spanish errors and the database file byte-identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnMapping, InvoiceImportResult } from '../../shared/api/types';
import { writeCsv, writeXlsx } from '../unit/imports-helpers';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectOk,
  expectSpanish,
  expectUnchangedAsync,
  setupCo,
  type TempDb,
} from './helpers';

afterAll(cleanupTemp);
let t: TempDb;
let nueva: number;
let sanitas: number;
beforeEach(() => {
  t = createTempDb();
  setupCo(t.dispatch);
  nueva = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    shortName: 'Nueva EPS',
    taxId: '900156264-2',
    naturalezaJuridica: 'eps_contributiva',
  }).id;
  sanitas = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'EPS Sanitas S.A.S.',
    shortName: 'Sanitas',
    taxId: '800251440-6',
    naturalezaJuridica: 'eps_contributiva',
  }).id;
  return () => t.close();
});

type Cell = string | number | Date | null;
const HEADERS = [
  'NIT',
  'Entidad',
  'Número de factura',
  'Fecha de expedición',
  'Fecha de radicación',
  'Fecha de vencimiento',
  'Valor factura',
  'Concepto',
  'Periodo',
];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Three invoices: two of Nueva EPS (one without due date), one of Sanitas (NIT with dots). */
function goodRows(date: (iso: string) => Cell = d, money: (cents: number) => Cell = (c) => c / 100): Cell[][] {
  return [
    HEADERS,
    [
      '900156264-2',
      'Nueva EPS S.A.',
      'FE-1001',
      date('2025-03-05'),
      date('2025-03-10'),
      date('2025-05-09'),
      money(125_000_050),
      'Servicios de urgencias',
      '2025-02',
    ],
    [
      '900156264',
      'Nueva EPS S.A.',
      'fe-1002',
      date('2025-03-06'),
      date('2025-03-12'),
      null,
      money(3_400_000),
      'Hospitalización',
      '2025-02',
    ],
    ['800.251.440-6', 'EPS Sanitas', 'FE-1003', date('2025-04-01'), null, null, money(99_999), '', null],
  ];
}
const GOOD_TOTAL = 125_000_050 + 3_400_000 + 99_999;

function stage(p: string): string {
  return call(t.dispatch, 'imports.stage', {
    fileName: path.basename(p),
    dataBase64: fs.readFileSync(p).toString('base64'),
  }).fileId;
}

async function inspect(fileId: string) {
  return expectOk<{ mapping: ColumnMapping; headers: string[]; problems: { message: string }[] }>(
    await t.dispatch.run('imports.inspect', { fileId, kind: 'estado_cuenta' }),
  );
}

async function importFile(p: string, extra: Record<string, unknown> = {}): Promise<InvoiceImportResult> {
  const fileId = stage(p);
  const { mapping } = await inspect(fileId);
  return expectOk<InvoiceImportResult>(await t.dispatch.run('invoices.import', { fileId, mapping, ...extra }));
}

const invoicesOf = (counterpartyId: number) =>
  call(t.dispatch, 'invoices.list', { counterpartyId, sort: 'number_asc', page: 1, pageSize: 50 }).rows;

describe('estado de cuenta', () => {
  it('un .xlsx se importa: facturas con su cargo, saldos, vencimiento por plazo y ledger.check en orden', async () => {
    const p = await writeXlsx(path.join(t.dir, 'estado-cuenta-marzo.xlsx'), [
      { name: 'Estado de cuenta', rows: [['ESTADO DE CUENTA — HUSR'], [], ...goodRows()] },
    ]);
    const fileId = stage(p);
    const ins = await inspect(fileId);
    expect(ins.problems).toEqual([]);
    expect(ins.mapping.columns).toMatchObject({
      nit: 'NIT',
      entidad: 'Entidad',
      numero: 'Número de factura',
      fechaExpedicion: 'Fecha de expedición',
      fechaRadicacion: 'Fecha de radicación',
      fechaVencimiento: 'Fecha de vencimiento',
      valor: 'Valor factura',
      concepto: 'Concepto',
      periodo: 'Periodo',
    });
    expect(ins.mapping.numberFormat).toBe('es-CO');

    const r = expectOk<InvoiceImportResult>(
      await t.dispatch.run('invoices.import', {
        fileId,
        mapping: ins.mapping,
        saveMappingAs: 'Estado de cuenta facturación',
      }),
    );
    expect(r).toMatchObject({
      status: 'importado',
      direction: 'receivable',
      invoicesCreated: 3,
      validRows: 3,
      errorCount: 0,
      totalCents: GOOD_TOTAL,
      batch: null,
    });
    expect(r.counterparties).toEqual([
      { counterpartyId: sanitas, name: 'EPS Sanitas S.A.S.', invoices: 1, totalCents: 99_999 },
      { counterpartyId: nueva, name: 'Nueva EPS S.A.', invoices: 2, totalCents: 128_400_050 },
    ]);

    const rows = invoicesOf(nueva);
    expect(rows.map((i) => [i.number, i.amountCents, i.balanceCents, i.issueDate, i.dueDate, i.period])).toEqual([
      ['FE-1001', 125_000_050, 125_000_050, '2025-03-05', '2025-05-09', '2025-02'],
      // No due date in the file: radicación + 60 days (the institution's plazo).
      ['FE-1002', 3_400_000, 3_400_000, '2025-03-06', '2025-05-11', '2025-02'],
    ]);
    const fe3 = call(t.dispatch, 'invoices.get', { id: invoicesOf(sanitas)[0]!.id });
    expect(fe3).toMatchObject({ number: 'FE-1003', radicacionDate: null, dueDate: '2025-05-31', balanceCents: 99_999 });
    expect(fe3.entries.map((e) => [e.kind, e.amountCents])).toEqual([['cargo', 99_999]]);
    const total = [...rows, ...invoicesOf(sanitas)].reduce((s, i) => s + i.balanceCents, 0);
    expect(total).toBe(r.totalCents);
    expect(call(t.dispatch, 'counterparties.get', { id: nueva }).balances.receivableCents).toBe(128_400_050);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
    expect(call(t.dispatch, 'imports.mappings.list', { kind: 'estado_cuenta' }).map((m) => m.name)).toEqual([
      'Estado de cuenta facturación',
    ]);
  });

  it('un .csv con separador «;», importes 1.234,56, fechas DD/MM/AAAA y un NIT con el dígito pegado se importa; por pagar si se pide', async () => {
    const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const money = (c: number) => `$ ${(c / 100).toLocaleString('es-CO', { minimumFractionDigits: 2 })}`;
    // Row 3's NIT with its check digit glued on (9001562642): read when the digit checks.
    const rows = goodRows(dmy, money).map((r) => (r[0] === '900156264' ? ['9001562642', ...r.slice(1)] : r));
    const p = writeCsv(path.join(t.dir, 'estado-cuenta.csv'), rows, { delimiter: ';' });
    const r = await importFile(p, { direction: 'payable' });
    expect(r).toMatchObject({ status: 'importado', direction: 'payable', invoicesCreated: 3, totalCents: GOOD_TOTAL });
    const list = call(t.dispatch, 'invoices.list', {
      direction: 'payable',
      sort: 'number_asc',
      page: 1,
      pageSize: 50,
    }).rows;
    expect(list.map((i) => [i.number, i.balanceCents])).toEqual([
      ['FE-1001', 125_000_050],
      ['FE-1002', 3_400_000],
      ['FE-1003', 99_999],
    ]);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('una columna «Naturaleza de la obligación» se lee por su nombre; vacía es servicios de salud', async () => {
    const naturalezas = ['Naturaleza de la obligación', 'Convenios interadministrativos', 'SANCIONES Y MULTAS', ''];
    const rows = goodRows().map((r, i) => [
      ...r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)),
      naturalezas[i]!,
    ]);
    const r = await importFile(writeCsv(path.join(t.dir, 'naturaleza.csv'), rows));
    expect(r).toMatchObject({ status: 'importado', invoicesCreated: 3 });
    const naturaleza = (id: number) => call(t.dispatch, 'invoices.get', { id }).naturaleza.value;
    expect([...invoicesOf(nueva), ...invoicesOf(sanitas)].map((i) => [i.number, naturaleza(i.id)])).toEqual([
      ['FE-1001', 'convenios_interadministrativos'],
      ['FE-1002', 'sanciones_multas'],
      ['FE-1003', 'servicios_salud'],
    ]);
    // A value outside the catalog refuses the file, naming the row.
    const bad = rows.map((row, i) => (i === 1 ? [...row.slice(0, -1), 'Regalías'] : row));
    await expectUnchangedAsync(t, async () => {
      const again = await importFile(writeCsv(path.join(t.dir, 'naturaleza-mala.csv'), bad));
      expect(again.status).toBe('rechazado');
      expect(again.errors[0]!.message).toMatch(
        /^Fila 2, columna «Naturaleza de la obligación»: «Regalías» no es una naturaleza/,
      );
    });
  });

  it('sin columna NIT, la entidad se busca por su nombre o nombre corto', async () => {
    const rows = goodRows().map((r) => r.slice(1));
    const r = await importFile(
      writeCsv(
        path.join(t.dir, 'por-nombre.csv'),
        rows.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c))),
      ),
    );
    expect(r).toMatchObject({ status: 'importado', invoicesCreated: 3 });
    expect(invoicesOf(sanitas).map((i) => i.number)).toEqual(['FE-1003']);
  });

  const BAD: [string, () => Cell[][], RegExp[]][] = [
    [
      'columnas equivocadas',
      () => [
        ['Cliente', 'Concepto', 'Monto'],
        ['Nueva EPS', 'x', 10],
      ],
      [/^Faltan columnas obligatorias del estado de cuenta: .*«Número de factura»/],
    ],
    [
      'texto en un valor',
      () =>
        goodRows().map((r, i) =>
          i === 2 ? r.map((c, j) => (HEADERS[j] === 'Valor factura' ? 'tres millones' : c)) : r,
        ),
      [/^Fila 3, columna «Valor factura»: «tres millones» no es un importe/],
    ],
    ['archivo vacío', () => [], [/vacío/]],
    [
      'factura repetida en el archivo',
      () => [...goodRows(), ['900156264-2', '', 'FE-1001', d('2025-03-07'), null, null, 5000, '', null]],
      [/^Fila 5, columna «Número de factura»: la factura «FE-1001» de Nueva EPS S\.A\. ya aparece en la fila 2/],
    ],
    [
      'NIT desconocido',
      () => [
        ...goodRows(),
        ['999.888.777-1', 'EPS Inexistente', 'FE-2000', d('2025-03-07'), null, null, 5000, '', null],
      ],
      [/^Fila 5, columna «NIT»: «999\.888\.777-1» no corresponde a ninguna entidad registrada/],
    ],
    [
      'fecha inválida',
      () =>
        goodRows().map((r, i) =>
          i === 1 ? r.map((c, j) => (HEADERS[j] === 'Fecha de expedición' ? '31/02/2025' : c)) : r,
        ),
      [/^Fila 2, columna «Fecha de expedición»: «31\/02\/2025»/],
    ],
    [
      'radicación antes de la expedición',
      () =>
        goodRows().map((r, i) =>
          i === 1 ? r.map((c, j) => (HEADERS[j] === 'Fecha de radicación' ? d('2025-03-01') : c)) : r,
        ),
      [/^Fila 2, columna «Fecha de radicación»: la fecha de radicación es anterior/],
    ],
  ];
  for (const [name, rows, messages] of BAD) {
    it(`rechaza ${name} con errores en español y no escribe nada`, async () => {
      const p = await writeXlsx(path.join(t.dir, `${name.replace(/\s+/g, '-')}.xlsx`), [
        { name: 'Hoja1', rows: rows() },
      ]);
      const fileId = stage(p);
      const { mapping } = await inspect(fileId);
      const r = await expectUnchangedAsync(t, async () =>
        expectOk<InvoiceImportResult>(await t.dispatch.run('invoices.import', { fileId, mapping })),
      );
      expect(r).toMatchObject({ status: 'rechazado', invoicesCreated: 0, invoiceIds: [] });
      for (const m of messages)
        expect(
          r.errors.map((e) => e.message).some((x) => m.test(x)),
          `${m} en ${JSON.stringify(r.errors)}`,
        ).toBe(true);
      for (const e of r.errors) expectSpanish(e.message);
      expect(call(t.dispatch, 'invoices.list', { page: 1, pageSize: 10 }).total).toBe(0);
    });
  }

  it('una factura ya registrada en la cartera rechaza el archivo entero, fila por fila', async () => {
    createInvoice(t.dispatch, {
      counterpartyId: nueva,
      number: 'FE-1002',
      amountCents: 3_400_000,
      issueDate: '2025-03-06',
    });
    const p = await writeXlsx(path.join(t.dir, 'ya-registrada.xlsx'), [{ name: 'Hoja1', rows: goodRows() }]);
    const fileId = stage(p);
    const { mapping } = await inspect(fileId);
    const r = await expectUnchangedAsync(t, async () =>
      expectOk<InvoiceImportResult>(await t.dispatch.run('invoices.import', { fileId, mapping })),
    );
    expect(r).toMatchObject({ status: 'rechazado', errorCount: 1, invoicesCreated: 0 });
    expect(r.errors[0]!.message).toBe(
      'Fila 3, columna «Número de factura»: la factura «FE-1002» de Nueva EPS S.A. ya está registrada en la cartera; no se registra de nuevo.',
    );
    expect(invoicesOf(nueva).map((i) => i.number)).toEqual(['FE-1002']);
  });

  it('el mismo archivo importado dos veces: la segunda se rechaza sin escribir nada', async () => {
    const p = await writeXlsx(path.join(t.dir, 'dos-veces.xlsx'), [{ name: 'Hoja1', rows: goodRows() }]);
    await importFile(p);
    const fileId = stage(p);
    const { mapping } = await inspect(fileId);
    const r = await expectUnchangedAsync(t, async () =>
      expectOk<InvoiceImportResult>(await t.dispatch.run('invoices.import', { fileId, mapping })),
    );
    expect(r).toMatchObject({ status: 'rechazado', errorCount: 3 });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('una entidad inactiva se señala en su fila', async () => {
    const c = call(t.dispatch, 'counterparties.get', { id: sanitas });
    const { balances: _b, id, createdAt: _c, updatedAt: _u, ...rest } = c;
    call(t.dispatch, 'counterparties.update', { ...rest, id, active: false } as never);
    const p = await writeXlsx(path.join(t.dir, 'inactiva.xlsx'), [{ name: 'Hoja1', rows: goodRows() }]);
    const r = await expectUnchangedAsync(t, () => importFile(p));
    expect(r.errors.map((e) => e.message)).toEqual([
      'Fila 4, columna «NIT»: «800.251.440-6» es de EPS Sanitas S.A.S., que está inactiva; reactívela en Entidades antes de importar.',
    ]);
  });
});
