/**
 * The debtor's estado de cartera as any spreadsheet (domain README §Conciliación): an .xlsx with a title above the
 * table and the headers an EPS writes («Prefijo y número», «Saldo pendiente», «Valor glosa», «Estado de la glosa»)
 * is staged, inspected with kind estado_cartera (the columns suggested) and imported by conciliaciones.importMapped:
 * the conciliación has the same lines and classes as the same statement given as CSV to conciliaciones.import. A
 * file with bad rows is refused with every row named in Spanish and the database file byte-identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConciliationImportResult, ConciliationView } from '../../shared/api/conciliaciones';
import type { ImportInspection, ImportProblem } from '../../shared/api/types';
import type { StatementLine } from '../../shared/domain/cartera/conciliacion';
import { writeCsv, writeXlsx, type Cell } from '../unit/imports-helpers';
import { call, cleanupTemp, expectErr, expectOk, expectSpanish, expectUnchangedAsync, type TempDb } from './helpers';
import { tableCount } from './api/support';
import { byNumber, debtor, importCsv } from './conciliacion-fixture';

afterEach(cleanupTemp);

const TITLE: Cell[][] = [['NUEVA EPS S.A. — ESTADO DE CARTERA CON E.S.E. HOSPITAL UNIVERSITARIO SAN RAFAEL'], [], []];
const HEADERS = [
  'Prefijo y número',
  'Valor factura',
  'Valor pagado',
  'Valor glosa',
  'Estado de la glosa',
  'Factura devuelta',
  'Radicada',
  'Saldo pendiente',
];
/**
 * conciliacion-fixture's STATEMENT line by line, as an EPS's system writes it to Excel: number cells, some amounts
 * as es-CO text, «sí»/«N»/«S» for the flags. The table starts at row 4 (headers), so FE-1 is row 5.
 */
const LINES: Cell[][] = [
  ['FE-1', 100_000, 100_000, null, null, 'NO', 'SI', 0], // 5
  ['FE 2', 200_000, null, null, null, 'no', 'sí', '$ 200.000,00'], // 6
  ['fe-003', '250.000', null, null, null, 'N', 'S', 250_000], // 7: they have it for 250.000
  ['FE-4', 400_000, 150_000, null, null, 'NO', 'SI', 250_000], // 8
  ['FE-5', 500_000, null, 50_000, 'pendiente', 'NO', 'SI', 450_000], // 9
  ['FE-6', 600_000, null, 60_000, 'Aceptada', 'NO', 'SI', 540_000], // 10
  ['FE-7', 700_000, null, 70_000, 'CONCILIADA', 'NO', 'SI', 630_000], // 11
  ['FE-8', 800_000, null, null, null, 'X', 'SI', 800_000], // 12: returned
  ['FE-9', 900_000, null, null, null, 'NO', 'NO', 900_000], // 13: not radicated
  [], // 14: blank
  ['FE-99', 123_456.78, null, null, null, 'NO', 'SI', '$ 123.456,78'], // 15: only theirs
  [null, 'Cifras en pesos colombianos', null, null, null, null, null, null], // 16: no factura, no saldo: skipped
];

const xlsx = (t: TempDb, rows: Cell[][], name = 'Estado cartera Nueva EPS marzo.xlsx') =>
  writeXlsx(path.join(t.dir, name), [{ name: 'Cartera', rows: [...TITLE, HEADERS, ...rows] }]);

function stage(t: TempDb, file: string): string {
  return call(t.dispatch, 'imports.stage', {
    fileName: path.basename(file),
    dataBase64: fs.readFileSync(file).toString('base64'),
  }).fileId;
}

async function inspect(t: TempDb, fileId: string): Promise<ImportInspection> {
  return expectOk<ImportInspection>(await t.dispatch.run('imports.inspect', { fileId, kind: 'estado_cartera' }));
}

async function importMapped(t: TempDb, eps: number, file: string, extra: Record<string, unknown> = {}) {
  const fileId = stage(t, file);
  const { mapping } = await inspect(t, fileId);
  const input = { fileId, mapping, counterpartyId: eps, statementDate: '2026-03-05', jobId: 'job-mapped', ...extra };
  return { fileId, result: await t.dispatch.run('conciliaciones.importMapped', input) };
}

/** The stored statement without line numbers (the files number their lines differently). */
function storedLines(t: TempDb, id: number): Omit<StatementLine, 'line'>[] {
  const row = t.sqlite.prepare('SELECT lines FROM conciliations WHERE id = ?').get(id) as { lines: string };
  return (JSON.parse(row.lines) as StatementLine[]).map(({ line: _line, ...rest }) => rest);
}
/** The view without their line numbers. */
const withoutLines = (v: ConciliationView) => ({
  rows: v.rows.map(({ lines: _lines, ...r }) => r),
  totals: v.totals,
  agreed: { ...v.agreed, requiresRegistration: v.agreed.requiresRegistration.map(({ lines: _l, ...r }) => r) },
});

describe('estado de cartera through the column mapping', () => {
  it('an .xlsx with a title row and EPS headers gives the same conciliación as the CSV statement', async () => {
    const { t, eps } = debtor();
    const fileId = stage(t, await xlsx(t, LINES));
    const ins = await inspect(t, fileId);
    expect(ins.problems).toEqual([]);
    expect(ins.headerRow).toBe(4);
    expect(ins.mapping).toMatchObject({
      kind: 'estado_cartera',
      numberFormat: 'es-CO',
      columns: {
        factura: 'Prefijo y número',
        saldo: 'Saldo pendiente',
        valor: 'Valor factura',
        pagado: 'Valor pagado',
        glosa: 'Valor glosa',
        estadoGlosa: 'Estado de la glosa',
        devuelta: 'Factura devuelta',
        radicada: 'Radicada',
      },
    });
    expect(ins.fields.filter((f) => f.required).map((f) => f.key)).toEqual(['factura', 'saldo']);

    const r = expectOk<ConciliationImportResult>(
      await t.dispatch.run('conciliaciones.importMapped', {
        fileId,
        mapping: ins.mapping,
        counterpartyId: eps,
        statementDate: '2026-03-05',
        defaultPrefix: ' ',
        saveMappingAs: 'Nueva EPS — estado de cartera',
        jobId: 'job-mapped-1',
      }),
    );
    expect(r).toMatchObject({ status: 'importado', errorCount: 0, dataRows: 10, validRows: 10, invalidRows: 0 });
    const mapped = r.conciliation!;
    expect(mapped).toMatchObject({ source: 'csv', fileName: 'Estado cartera Nueva EPS marzo.xlsx', defaultPrefix: '' });
    expect(Object.fromEntries(mapped.rows.map((row) => [row.number, [row.class, row.lines]]))).toEqual({
      'FE-1': ['coincide', [5]],
      'FE-2': ['pendiente_de_pago', [6]],
      'FE-3': ['valor_diferente', [7]],
      'FE-4': ['pagada_por_aplicar', [8]],
      'FE-5': ['glosa_pendiente', [9]],
      'FE-6': ['glosa_aceptada', [10]],
      'FE-7': ['glosa_conciliada', [11]],
      'FE-8': ['devolucion', [12]],
      'FE-9': ['no_radicada', [13]],
      'FE-10': ['solo_nuestra', []],
      'FE-99': ['solo_suya', [15]],
    });
    expect(r.totalCents).toBe(mapped.totals.theirTotalCents);

    // The same statement as CSV through conciliaciones.import: the same lines, rows, classes and totals.
    const csv = importCsv(t, eps);
    if (!csv.ok) throw new Error(csv.error.message);
    const viaCsv = csv.value as ConciliationView;
    expect(storedLines(t, mapped.id)).toEqual(storedLines(t, viaCsv.id));
    expect(withoutLines(mapped)).toEqual(withoutLines(viaCsv));
    expect(call(t.dispatch, 'conciliaciones.get', { id: mapped.id })).toEqual(mapped);
    expect(call(t.dispatch, 'conciliaciones.list', { counterpartyId: eps })).toMatchObject([
      { id: viaCsv.id, lineCount: 10 },
      { id: mapped.id, lineCount: 10, source: 'csv', fileName: 'Estado cartera Nueva EPS marzo.xlsx' },
    ]);

    // The staged file is gone once imported; the mapping was saved for next month's file.
    expectErr(await t.dispatch.run('imports.inspect', { fileId, kind: 'estado_cartera' }), 'general/no-encontrado');
    const saved = call(t.dispatch, 'imports.mappings.list', { kind: 'estado_cartera' });
    expect(saved.map((m) => [m.name, m.mapping.columns.saldo])).toEqual([
      ['Nueva EPS — estado de cartera', 'Saldo pendiente'],
    ]);
  });

  it('a .csv with headers of its own goes through the same mapping (the «Asignar columnas» path)', async () => {
    const { t, eps } = debtor();
    const file = writeCsv(
      path.join(t.dir, 'cartera.csv'),
      [
        ['No. factura', 'Saldo por pagar', 'Valor glosado', 'Estado glosa'],
        ['FE-5', '450.000,00', '50.000,00', 'Pendiente'],
        ['FE-99', '(5.000,00)', '', ''], // a credit balance
      ],
      { delimiter: ';' },
    );
    const { result } = await importMapped(t, eps, file);
    const r = expectOk<ConciliationImportResult>(result);
    expect(r.status).toBe('importado');
    const rows = byNumber(r.conciliation!);
    expect(rows['FE-5']).toMatchObject({ class: 'glosa_pendiente', lines: [2], theirBalanceCents: 45_000_000 });
    expect(rows['FE-99']).toMatchObject({ class: 'solo_suya', lines: [3], theirBalanceCents: -500_000 });
    expect(storedLines(t, r.conciliation!.id)[1]).toEqual({
      number: 'FE-99',
      valueCents: null,
      paidCents: null,
      glosaCents: null,
      glosaState: null,
      devuelta: null,
      radicada: null,
      balanceCents: -500_000,
    });
  });

  it('a file with bad rows is refused with every row named in Spanish, and nothing is written', async () => {
    const { t, eps } = debtor();
    const bad = LINES.map((row) => [...row]);
    bad[1]![3] = '50.000,125'; // FE 2, row 6: three decimals in the glosa
    bad[3]![4] = 'rechazada'; // FE-4, row 8: not a glosa state
    bad[5]![5] = 'QUIZÁ'; // FE-6, row 10: not yes or no
    bad[6]![0] = null; // FE-7, row 11: saldo without factura
    bad[7]![1] = -800_000; // FE-8, row 12: a negative valor
    const fileId = stage(t, await xlsx(t, bad, 'cartera-con-errores.xlsx'));
    const { mapping } = await inspect(t, fileId);
    const input = { fileId, mapping, counterpartyId: eps, statementDate: '2026-03-05', jobId: 'job-mapped-bad' };
    const r = await expectUnchangedAsync(t, async (d) =>
      expectOk<ConciliationImportResult>(await d.run('conciliaciones.importMapped', input)),
    );
    expect(r).toMatchObject({ status: 'rechazado', conciliation: null, errorCount: 5, invalidRows: 5 });
    const messages = r.errors.map((e: ImportProblem) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Fila 6, columna «Valor glosa»: «50\.000,125» .*dos decimales/),
      expect.stringMatching(/^Fila 8, columna «Estado de la glosa»: «rechazada» no es un estado de glosa/),
      expect.stringMatching(/^Fila 10, columna «Factura devuelta»: «QUIZÁ» no es sí ni no/),
      expect.stringMatching(/^Fila 11, columna «Prefijo y número»: falta el dato/),
      expect.stringMatching(/^Fila 12, columna «Valor factura»: «-800000» es negativo/),
    ]);
    for (const m of messages) expectSpanish(m);
    expect(r.errors.map((e) => e.row)).toEqual([6, 8, 10, 11, 12]);
    expect(tableCount(t, 'conciliations')).toBe(0);
    // The file stays staged: the person may correct the mapping and run again.
    expect((await inspect(t, fileId)).problems).toEqual([]);
  });

  it('a file whose columns are not all mapped, or with no lines, is refused; the date and debtor are checked first', async () => {
    const { t, eps } = debtor();
    const fileId = stage(t, await xlsx(t, LINES));
    const { mapping } = await inspect(t, fileId);
    const run = (over: Record<string, unknown>) =>
      t.dispatch.run('conciliaciones.importMapped', {
        fileId,
        mapping,
        counterpartyId: eps,
        statementDate: '2026-03-05',
        jobId: 'job-mapped-x',
        ...over,
      });
    await expectUnchangedAsync(t, async () => {
      const { saldo: _saldo, ...columns } = mapping.columns;
      const missing = expectOk<ConciliationImportResult>(await run({ mapping: { ...mapping, columns } }));
      expect(missing.status).toBe('rechazado');
      expect(missing.errors[0]!.message).toMatch(/^Faltan columnas obligatorias del estado de cartera: «Saldo»/);
      expectErr(await run({ statementDate: '2026-12-31' }), 'conciliaciones/fecha-futura');
      expectErr(await run({ counterpartyId: 99_999 }), 'general/no-encontrado');
    });
    const empty = stage(t, await xlsx(t, [], 'vacio.xlsx'));
    const r = expectOk<ConciliationImportResult>(await run({ fileId: empty }));
    expect(r.errors.map((e) => e.message)).toEqual([
      'El archivo no tiene filas de datos debajo de los encabezados (fila 4).',
    ]);
    expect(tableCount(t, 'conciliations')).toBe(0);
  });
});
