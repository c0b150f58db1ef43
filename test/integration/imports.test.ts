/**
 * SICOMPENSA imports through the dispatcher (issue 4, "Imports"): a hoja and
 * a listado staged, inspected and imported into a cobro; bad files (wrong
 * columns, text in amounts, empty, duplicated factura — in the file or
 * already imported) rejected with per-row Spanish errors and the database
 * file byte-identical; the listado's total against the hoja (refused, or
 * imported with the motivo); a corrected file replacing an earlier one;
 * saved mappings; the rows append-only against raw SQL; a 50,000-row listado
 * with progress events.
 */
import fs from 'node:fs';
import { ImportErrorCodes } from '../../shared/api/errors-imports';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/core/backend';
import type { Dispatch } from '../../electron/core/dispatch';
import type { ColumnMapping, ImportRunResult, JobProgress } from '../../shared/api/types';
import { hojaLine, HOJA_HEADERS, listadoLine, LISTADO_HEADERS, writeCsv, writeXlsx } from '../unit/imports-helpers';
import {
  call,
  cleanupTemp,
  createTempDb,
  expectErr,
  expectOk,
  expectSpanish,
  expectUnchangedAsync,
  now,
  QUERETARO,
  setupMx,
  type TempDb,
} from './helpers';

afterAll(cleanupTemp);
let t: TempDb;
beforeEach(() => {
  t = createTempDb();
  return () => t.close();
});

/** A cobro to Querétaro from Zacatecas (the test institution). */
function openCobro(): number {
  setupMx(t.dispatch);
  return call(t.dispatch, 'cases.open', {
    direction: 'cobro',
    counterpartyId: QUERETARO,
    periodFrom: '2025-07',
    periodTo: '2025-07',
    date: '2025-10-01',
  }).id;
}

const OVER = { 'Entidad prestadora': 'Zacatecas', 'Entidad de afiliación': 'Querétaro' };
const hojaRows = (n: number, over: Record<string, string | number | null> = {}) => [
  HOJA_HEADERS,
  ...Array.from({ length: n }, (_, i) => hojaLine(i + 1, { ...OVER, ...over })),
];

function file(name: string, rows: readonly (readonly (string | number | Date | null)[])[]): string {
  return writeCsv(path.join(t.dir, name), rows);
}

function stage(p: string, d: Dispatch = t.dispatch): string {
  return call(d, 'imports.stage', { fileName: path.basename(p), dataBase64: fs.readFileSync(p).toString('base64') })
    .fileId;
}

async function inspect(fileId: string, kind: 'hoja' | 'listado', mapping?: ColumnMapping, d: Dispatch = t.dispatch) {
  return expectOk<{
    mapping: ColumnMapping;
    headers: string[];
    problems: { message: string }[];
    savedMappings: { name: string }[];
  }>(await d.run('imports.inspect', { fileId, kind, ...(mapping ? { mapping } : {}) }));
}

async function importFile(
  caseId: number,
  p: string,
  kind: 'hoja' | 'listado',
  extra: Record<string, unknown> = {},
  d: Dispatch = t.dispatch,
): Promise<ImportRunResult> {
  const fileId = stage(p, d);
  const { mapping } = await inspect(fileId, kind, undefined, d);
  return expectOk<ImportRunResult>(await d.run('imports.run', { fileId, caseId, kind, mapping, ...extra }));
}

describe('hoja de cálculo', () => {
  it('se importa con sus filas, total y periodos; el archivo pendiente se borra', async () => {
    const caseId = openCobro();
    const fileId = stage(file('hoja-qro-julio.csv', hojaRows(3)));
    const ins = await inspect(fileId, 'hoja');
    expect(ins.headers).toEqual(HOJA_HEADERS);
    expect(ins.problems).toEqual([]);
    expect(ins.mapping.columns).toMatchObject({
      entidadPrestadora: 'Entidad prestadora',
      importe: 'Importe',
      factura: 'Factura',
    });

    const r = expectOk<ImportRunResult>(
      await t.dispatch.run('imports.run', {
        fileId,
        caseId,
        kind: 'hoja',
        mapping: ins.mapping,
        saveMappingAs: 'SICOMPENSA hoja',
      }),
    );
    expect(r).toMatchObject({
      status: 'importado',
      validRows: 3,
      errorCount: 0,
      totalCents: 3 * 200_100,
      totalsByPeriod: { '2025-07': 600_300 },
    });
    expect(r.batch).toMatchObject({
      kind: 'hoja',
      fileName: 'hoja-qro-julio.csv',
      rows: 3,
      totalCents: 600_300,
      periodos: ['2025-07'],
      comparedWith: null,
    });

    const page = call(t.dispatch, 'imports.rows', { batchId: r.batch!.id, page: 1, pageSize: 2 });
    expect(page).toMatchObject({ kind: 'hoja', total: 3 });
    expect(page.rows[0]).toMatchObject({
      row: 2,
      entidadPrestadora: '32',
      entidadAfiliacion: '22',
      descripcion: 'Intervención 1',
      costoCents: 100_050,
      cantidad: 2,
      importeCents: 200_100,
      periodo: '2025-07',
      factura: 'F-1',
    });
    expect(page.rows).toHaveLength(2);

    expect(call(t.dispatch, 'imports.batches', { caseId }).map((b) => b.id)).toEqual([r.batch!.id]);
    expect(call(t.dispatch, 'imports.mappings.list', { kind: 'hoja' }).map((m) => m.name)).toEqual(['SICOMPENSA hoja']);
    // Imported: the staged copy is gone.
    expect(
      expectErr(await t.dispatch.run('imports.inspect', { fileId, kind: 'hoja' }), 'general/no-encontrado').message,
    ).toMatch(/ya no está disponible/);
  });

  it('un .xlsx con título arriba de la tabla se importa igual', async () => {
    const caseId = openCobro();
    const p = await writeXlsx(path.join(t.dir, 'hoja.xlsx'), [
      { name: 'Hoja de cálculo', rows: [['HOJA DE CÁLCULO — Querétaro'], [], ...hojaRows(2)] },
    ]);
    const r = await importFile(caseId, p, 'hoja');
    expect(r).toMatchObject({ status: 'importado', validRows: 2, totalCents: 400_200 });
  });

  type Rows = (string | number | Date | null)[][];
  const BAD: [string, () => Rows, RegExp[]][] = [
    [
      'columnas equivocadas',
      () => [
        ['Estado', 'Concepto', 'Monto'],
        ['Querétaro', 'x', 10],
      ],
      [/Faltan columnas obligatorias de la hoja de cálculo: .*Entidad prestadora/],
    ],
    [
      'texto en un importe',
      () => hojaRows(3).map((r, i) => (i === 2 ? r.map((c, j) => (HOJA_HEADERS[j] === 'Costo' ? 'mil pesos' : c)) : r)),
      [/^Fila 3, columna «Costo»/],
    ],
    ['archivo vacío', () => [], [/vacío/]],
    [
      'factura repetida en el archivo',
      () => [...hojaRows(2), hojaLine(3, { ...OVER, Factura: 'F-1' })],
      [/^Fila 4, columna «Factura».*F-1/],
    ],
  ];
  for (const [name, rows, messages] of BAD) {
    it(`rechaza ${name} con errores en español y no escribe nada`, async () => {
      const caseId = openCobro();
      const p = file(`${name.replace(/\s+/g, '-')}.csv`, rows());
      const fileId = stage(p);
      const { mapping } = await inspect(fileId, 'hoja');
      const r = await expectUnchangedAsync(t, async () =>
        expectOk<ImportRunResult>(
          await t.dispatch.run('imports.run', { fileId, caseId, kind: 'hoja', mapping: { ...mapping, kind: 'hoja' } }),
        ),
      );
      expect(r.status).toBe('rechazado');
      expect(r.batch).toBeNull();
      for (const m of messages)
        expect(
          r.errors.map((e) => e.message).some((x) => m.test(x)),
          `${m} en ${JSON.stringify(r.errors)}`,
        ).toBe(true);
      for (const e of r.errors) expectSpanish(e.message);
      expect(call(t.dispatch, 'imports.batches', { caseId })).toEqual([]);
    });
  }

  it('una factura ya importada para la misma entidad se rechaza por fila, con el caso y el archivo donde está', async () => {
    const first = openCobro();
    await importFile(first, file('hoja-1.csv', hojaRows(2)), 'hoja');
    const second = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      date: '2025-11-01',
    }).id;
    const p = file('hoja-2.csv', [HOJA_HEADERS, hojaLine(7, OVER), hojaLine(2, OVER)]);
    const fileId = stage(p);
    const { mapping } = await inspect(fileId, 'hoja');
    const r = await expectUnchangedAsync(t, async () =>
      expectOk<ImportRunResult>(await t.dispatch.run('imports.run', { fileId, caseId: second, kind: 'hoja', mapping })),
    );
    expect(r).toMatchObject({ status: 'rechazado', errorCount: 1 });
    expect(r.errors[0]!.message).toBe(
      'Fila 3, columna «Factura»: la factura «F-2» ya se importó en el caso COB-2025-0001 («hoja-1.csv», fila 3); se cobraría dos veces.',
    );
  });

  it('el mismo archivo no se importa dos veces en el caso; un archivo corregido reemplaza al anterior', async () => {
    const caseId = openCobro();
    const p = file('hoja.csv', hojaRows(2));
    const first = await importFile(caseId, p, 'hoja');
    const again = stage(p);
    const { mapping } = await inspect(again, 'hoja');
    expect(
      expectErr(
        await t.dispatch.run('imports.run', { fileId: again, caseId, kind: 'hoja', mapping }),
        'general/duplicado',
      ).message,
    ).toMatch(/ya se importó en el caso COB-2025-0001/);

    // The corrected file keeps F-1 and F-2 (they were in the file it replaces) and adds F-3.
    const fixed = await importFile(caseId, file('hoja-corregida.csv', hojaRows(3)), 'hoja', {
      replacesBatchId: first.batch!.id,
    });
    expect(fixed).toMatchObject({ status: 'importado', batch: { replacesBatchId: first.batch!.id, rows: 3 } });
    const list = call(t.dispatch, 'imports.batches', { caseId });
    expect(list.map((b) => [b.fileName, b.replacedByBatchId])).toEqual([
      ['hoja-corregida.csv', null],
      ['hoja.csv', fixed.batch!.id],
    ]);
    // A replaced file cannot be replaced again.
    const f2 = stage(file('otra.csv', hojaRows(1, { Factura: 'Z-1' })));
    expect(
      expectErr(
        await t.dispatch.run('imports.run', {
          fileId: f2,
          caseId,
          kind: 'hoja',
          mapping,
          replacesBatchId: first.batch!.id,
        }),
        ImportErrorCodes.invalidReplacement,
      ).message,
    ).toMatch(/ya fue reemplazado/);
  });

  it('filas de otra entidad se rechazan (la hoja debe ser de Zacatecas a Querétaro)', async () => {
    const caseId = openCobro();
    const r = await importFile(
      caseId,
      file('hoja-nay.csv', [HOJA_HEADERS, hojaLine(1, { ...OVER, 'Entidad de afiliación': 'Nayarit' })]),
      'hoja',
    );
    expect(r.status).toBe('rechazado');
    expect(r.errors[0]!.message).toMatch(/^Fila 2, columna «Entidad de afiliación»/);
  });
});

describe('listado nominal', () => {
  /** The hoja's total is 3 × $2,001.00 = $6,003.00; the listado's lines are $100.25 each. */
  async function withHoja(): Promise<number> {
    const caseId = openCobro();
    await importFile(
      caseId,
      file('hoja.csv', [HOJA_HEADERS, hojaLine(1, { ...OVER, Costo: '100.25', Cantidad: 4, Importe: '401.00' })]),
      'hoja',
    );
    return caseId;
  }
  const listado = (n: number) => [LISTADO_HEADERS, ...Array.from({ length: n }, (_, i) => listadoLine(i + 1))];

  it('sin hoja de cálculo en el caso se pide primero la hoja', async () => {
    const caseId = openCobro();
    const fileId = stage(file('listado.csv', listado(4)));
    const { mapping } = await inspect(fileId, 'listado');
    expect(
      expectErr(
        await t.dispatch.run('imports.run', { fileId, caseId, kind: 'listado', mapping }),
        ImportErrorCodes.noSheet,
      ).message,
    ).toMatch(/Importe primero la hoja de cálculo/);
  });

  it('con el total igual al de la hoja se importa; los datos personales sólo salen por imports.rows del archivo', async () => {
    const caseId = await withHoja();
    const r = await importFile(caseId, file('listado.csv', listado(4)), 'listado');
    expect(r).toMatchObject({
      status: 'importado',
      validRows: 4,
      totalCents: 40_100,
      comparedWith: { hojaTotalCents: 40_100, differenceCents: 0 },
    });
    expect(r.batch).toMatchObject({
      kind: 'listado',
      comparedWith: { differenceCents: 0 },
      mismatchAcceptedMotivo: null,
    });
    const page = call(t.dispatch, 'imports.rows', { batchId: r.batch!.id, page: 1, pageSize: 10 });
    expect(page.kind).toBe('listado');
    expect(page.rows[0]).toMatchObject({
      idServicio: 'S-000001',
      nombre: 'PACIENTE PRUEBA 1',
      numeroAfiliacion: 'AF100001',
      tarifaCents: 10_025,
      fechaAtencion: '2025-07-02',
    });
    // Not in the bitácora search, which is the app's text search.
    expect(call(t.dispatch, 'bitacora.list', { filters: { search: 'PACIENTE PRUEBA' } }).total).toBe(0);
  });

  it('un total distinto al de la hoja se rechaza mostrando la diferencia; se importa sólo con el motivo', async () => {
    const caseId = await withHoja();
    const p = file('listado-5.csv', listado(5));
    const fileId = stage(p);
    const { mapping } = await inspect(fileId, 'listado');
    const r = await expectUnchangedAsync(t, async () =>
      expectOk<ImportRunResult>(await t.dispatch.run('imports.run', { fileId, caseId, kind: 'listado', mapping })),
    );
    expect(r).toMatchObject({
      status: 'rechazado',
      onlyTotalMismatch: true,
      errorCount: 1,
      comparedWith: { hojaTotalCents: 40_100, differenceCents: 10_025 },
    });
    expect(r.errors[0]!.message).toBe(
      'El total del listado nominal ($501.25) no coincide con el de la hoja de cálculo ($401.00): el listado tiene $100.25 de más. Revise que ambos archivos sean del mismo periodo y estén completos.',
    );
    const ok = expectOk<ImportRunResult>(
      await t.dispatch.run('imports.run', {
        fileId,
        caseId,
        kind: 'listado',
        mapping,
        acceptMismatch: { motivo: 'La hoja de SICOMPENSA omite un servicio; se solicitó su corrección.' },
      }),
    );
    expect(ok.batch).toMatchObject({
      comparedWith: { differenceCents: 10_025 },
      mismatchAcceptedMotivo: 'La hoja de SICOMPENSA omite un servicio; se solicitó su corrección.',
    });
  });

  it('la aceptación de la diferencia no salva un archivo con errores por fila', async () => {
    const caseId = await withHoja();
    const rows = listado(4);
    rows[2] = listadoLine(2, { Tarifa: 'cien' });
    rows[3] = listadoLine(3, { Nombre: null });
    rows[4] = listadoLine(1);
    const r = await expectUnchangedAsync(t, async () =>
      importFile(caseId, file('listado-malo.csv', rows), 'listado', { acceptMismatch: { motivo: 'x' } }),
    );
    expect(r.status).toBe('rechazado');
    expect(r.onlyTotalMismatch).toBe(false);
    const msgs = r.errors.map((e) => e.message).join('\n');
    expect(msgs).toMatch(/Fila 3, columna «Tarifa»/);
    expect(msgs).toMatch(/Fila 4, columna «Nombre»/);
    expect(msgs).toMatch(/Fila 5, columna «ID servicio»/);
    // No personal value is quoted.
    expect(msgs).not.toMatch(/PACIENTE PRUEBA/);
  });

  it('50,000 filas se importan con eventos de progreso', { timeout: 120_000 }, async () => {
    const caseId = openCobro();
    const n = 50_000;
    await importFile(
      caseId,
      file('hoja-grande.csv', [HOJA_HEADERS, hojaLine(1, { ...OVER, Costo: '100.25', Cantidad: n, Importe: null })]),
      'hoja',
    );
    const p = file('listado-grande.csv', listado(n));
    const events: JobProgress[] = [];
    t.close();
    const b = createBackend({
      dbFile: t.file,
      now,
      log: () => {},
      emit: (e, payload) => void (e === 'job.progress' && events.push(payload as JobProgress)),
    });
    let r: ImportRunResult;
    try {
      r = await importFile(caseId, p, 'listado', {}, b.dispatch);
    } finally {
      b.close();
      t.reopen();
    }
    expect(r).toMatchObject({
      status: 'importado',
      validRows: n,
      totalCents: n * 10_025,
      comparedWith: { differenceCents: 0 },
    });
    // Rows read against the rows expected (estimated from the bytes read; exact at the end).
    const reading = events.filter((e) => e.label === 'Revisando el listado nominal…');
    expect(reading.length).toBeGreaterThan(10);
    expect(reading.every((e) => e.done <= e.total || e.total === 0)).toBe(true);
    // The reader parses whole chunks, so the first estimates are rough; past a fifth of the file they are close.
    expect(reading.filter((e) => e.done >= n / 5).every((e) => Math.abs(e.total - n) < n * 0.1)).toBe(true);
    expect(reading.at(-1)).toMatchObject({ done: n, total: n });
    expect(events.some((e) => /Guardando 50,000 filas/.test(e.label))).toBe(true);
    expect((t.sqlite.prepare('SELECT COUNT(*) AS n FROM import_listado_rows').get() as { n: number }).n).toBe(n);
    expect(call(t.dispatch, 'ledger.check', {})).toMatchObject({ ok: true, problems: [] });
  });
});

describe('resguardo', () => {
  it('las filas y los archivos importados no se modifican ni se borran con SQL directo', async () => {
    const caseId = openCobro();
    await importFile(caseId, file('hoja.csv', hojaRows(1)), 'hoja');
    for (const sql of [
      `UPDATE import_hoja_rows SET importe_cents = 1`,
      `DELETE FROM import_hoja_rows`,
      `UPDATE import_batches SET total_cents = 1`,
      `DELETE FROM import_batches`,
    ]) {
      expect(() => t.sqlite.prepare(sql).run(), sql).toThrow(/importaciones: /);
    }
    // Rows only go into the newest batch, and of its kind.
    const id = (t.sqlite.prepare('SELECT MAX(id) AS id FROM import_batches').get() as { id: number }).id;
    expect(() =>
      t.sqlite
        .prepare(
          `INSERT INTO import_listado_rows (batch_id, row, id_servicio, nombre, numero_afiliacion, fecha_atencion, intervencion, tarifa_cents, cantidad, importe_cents, periodo) VALUES (?, 99, 'x', 'x', 'x', '2025-07-01', '1', 1, 1, 1, '2025-07')`,
        )
        .run(id),
    ).toThrow(/no se agregan filas/);
  });

  it('un archivo que no es CSV ni Excel se rechaza al subirlo', () => {
    setupMx(t.dispatch);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]).toString('base64');
    expect(
      expectErr(
        t.dispatch('imports.stage', { fileName: 'listado.csv', dataBase64: exe }),
        'importacion/formato-no-soportado',
      ).message,
    ).toMatch(/no es un archivo de texto CSV/);
    expect(
      expectErr(
        t.dispatch('imports.stage', { fileName: 'listado.xls', dataBase64: exe }),
        'importacion/formato-no-soportado',
      ).message,
    ).toMatch(/Excel antiguo/);
    expect(
      expectErr(
        t.dispatch('imports.stage', {
          fileName: 'listado.pdf',
          dataBase64: Buffer.from('%PDF-1.4').toString('base64'),
        }),
        'importacion/formato-no-soportado',
      ).message,
    ).toMatch(/solo se importan/);
  });

  it('asignaciones guardadas: se guardan por nombre, se reemplazan y se borran', () => {
    setupMx(t.dispatch);
    const mapping: ColumnMapping = { version: 1, kind: 'listado', columns: { idServicio: 'Folio' } };
    const a = call(t.dispatch, 'imports.mappings.save', { name: 'Listado 2025', mapping });
    const b = call(t.dispatch, 'imports.mappings.save', {
      name: 'Listado 2025',
      mapping: { ...mapping, columns: { idServicio: 'ID' } },
    });
    expect(b.id).toBe(a.id);
    expect(call(t.dispatch, 'imports.mappings.list', {}).map((m) => m.mapping.columns)).toEqual([{ idServicio: 'ID' }]);
    expect(call(t.dispatch, 'imports.mappings.delete', { id: a.id })).toEqual({ deleted: true });
    expectErr(t.dispatch('imports.mappings.delete', { id: a.id }), 'general/no-encontrado');
  });
});
