/**
 * `npm run bench`: the app's own paths on a million-invoice file, each figure
 * beside its floor (a bare library call or one hand-written SQL) measured in
 * the same run. Not a timed test: it reports, it does not fail on numbers.
 *
 *   node --expose-gc dist/bench.cjs [--rebuild] [--profile MX|CO] [--runs N] [--file PATH] [--only export]
 *
 * `--only export` runs section (d) alone (no big file needed): 100,000
 * bitácora entries recorded with recordEntry in a temporary database (child
 * process), then bitacora.export through the dispatcher, beside the writer
 * alone on synthetic rows, a plain CSV write and a bare SQL read.
 *
 * The big file (.bench/big.sqlite) is generated once with loadDemoBig, in a
 * child process so its memory does not count in this process's peak RSS.
 * Figures are also written to .bench/last.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { defaultMigrationsFolder, openDatabase } from '../../db/open';
import { balancesByCounterparty } from '../../db/repositories/ledger';
import type { AgingReport } from '../../shared/api/types-cartera-reports';
import { createBackend } from '../../electron/core/backend';
import { localDate } from '../../electron/core/context';
import { loadDemoBig, type BigDemoResult } from '../../electron/demo/cli';
import type { BitacoraExportRow } from '../../electron/adapters/excel/bitacora-row';
import { BITACORA_COLUMNS, writeBitacoraWorkbook } from '../../electron/adapters/excel/bitacora-workbook';
import type { ServiceContext } from '../../electron/core/context';
import { attachAsset, recordAmendment, recordEntry } from '../../electron/modules/bitacora';
import { storeScan } from '../../electron/modules/bitacora/scans';
import type { ExportResult, Page, InvoiceRow } from '../../shared/api/types';

// ── arguments ────────────────────────────────────────────────────────────

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const benchDir = path.resolve('.bench');
const file = path.resolve(option('file') ?? path.join(benchDir, 'big.sqlite'));
const profile = option('profile') ?? 'MX';
const runs = Number.parseInt(option('runs') ?? '15', 10);

// ── timing ───────────────────────────────────────────────────────────────

interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

function measure(fn: () => unknown, opts: { warmup: number; runs: number }): Timing {
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < opts.warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { medianMs: median, minMs: samples[0]!, maxMs: samples[samples.length - 1]!, runs: samples.length };
}

const fmtMs = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`;
const fmtInt = (n: number) => n.toLocaleString('es-MX');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// ── generation (child process) ───────────────────────────────────────────

async function generateHere(): Promise<void> {
  const r = await loadDemoBig(file, profile);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ result: r, peakRssBytes })}\n`);
  process.exit(r.ok ? 0 : 1);
}

function ensureBigFile(): { generated: BigDemoResult | null; peakRssBytes: number | null } {
  let rebuild = flag('rebuild');
  if (!rebuild && fs.existsSync(file)) {
    // A file from an older schema would be migrated (and copied) on open, and its rows were
    // written under older triggers: regenerate it so the figures describe the current app.
    const known = readMigrationFiles({ migrationsFolder: defaultMigrationsFolder() }).length;
    const probe = new Database(file, { readonly: true });
    const applied = (probe.prepare(`SELECT COUNT(*) AS n FROM __drizzle_migrations`).get() as { n: number }).n;
    probe.close();
    if (applied !== known) {
      console.error(
        `${path.relative(process.cwd(), file)} tiene el esquema ${applied} y la aplicación el ${known}: se genera de nuevo.`,
      );
      rebuild = true;
    }
  }
  if (rebuild) for (const ext of ['', '-wal', '-shm']) fs.rmSync(`${file}${ext}`, { force: true });
  if (fs.existsSync(file)) {
    console.error(`Usando ${path.relative(process.cwd(), file)} existente (--rebuild para generarlo de nuevo).`);
    return { generated: null, peakRssBytes: null };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  console.error(
    `Generando ${path.relative(process.cwd(), file)} (perfil ${profile}): 1,000,000 facturas y 3,000,000 movimientos…`,
  );
  const child = spawnSync(
    process.execPath,
    [process.argv[1]!, '--generate-only', '--file', file, '--profile', profile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  type ChildReport = {
    result: { ok: boolean; value?: BigDemoResult; error?: { message: string } };
    peakRssBytes: number;
  };
  let parsed: ChildReport | null;
  try {
    parsed = JSON.parse(last) as ChildReport;
  } catch {
    parsed = null;
  }
  if (child.status !== 0 || !parsed?.result.ok || !parsed.result.value) {
    console.error(
      `No se pudo generar la base grande: ${parsed?.result.error?.message ?? child.stderr ?? `código ${child.status}`}`,
    );
    process.exit(1);
  }
  const g = parsed.result.value;
  console.error(
    `Generada en ${g.seconds.toFixed(1)} s (${fmtInt(g.invoicesPerSecond)} facturas/s, ${fmtInt(g.entriesPerSecond)} movimientos/s).`,
  );
  return { generated: g, peakRssBytes: parsed.peakRssBytes };
}

// ── (d) bitácora export ──────────────────────────────────────────────────

const EXPORT_ROWS = 100_000;

/** 100,000 synthetic bitácora entries, made one at a time (never an array). */
function* syntheticBitacora(n: number): Generator<BitacoraExportRow> {
  const estados = [
    'Michoacán',
    'Nuevo León',
    'Yucatán',
    'Querétaro',
    'Estado de México',
    'San Luis Potosí',
    'Ciudad de México',
    'Zacatecas',
  ];
  const asuntos = [
    'Requerimiento de pago — Convenio 32x32',
    'Acuse de recibo de factura y hoja de cálculo',
    'Solicitud de documentación faltante',
    'Notificación de pago al Estado acreedor',
    'Consulta de pago por transferencia interbancaria',
  ];
  const personas = [
    'Lic. José Núñez Peña',
    'Mtra. María Guadalupe Ibáñez Ordóñez',
    'C.P. Begoña Muñoz Álvarez',
    'Dr. Raúl Acuña Ríos',
  ];
  const p2 = (x: number) => String(x).padStart(2, '0');
  for (let i = 0; i < n; i++) {
    const day = `${2020 + (i % 6)}-${p2(1 + (i % 12))}-${p2(1 + (i % 28))}`;
    yield {
      volante: `${2020 + (i % 6)}-${String(i + 1).padStart(6, '0')}`,
      asunto: `${asuntos[i % asuntos.length]!}, folio ${i + 1}`,
      documento: `SSJ/DGA/CP/${i + 1}/${2020 + (i % 6)}`,
      fecha: i % 17 === 0 ? null : day,
      dirigidoA: personas[i % personas.length]!,
      estado: estados[i % estados.length]!,
      deParteDe: personas[(i + 1) % personas.length]!,
      entrego: i % 2 ? 'Oficialía de partes' : 'Mensajería',
      fechaEntrega: i % 4 === 3 ? null : day,
      direccion: i % 3 === 0 ? 'enviado' : 'recibido',
      lugarOrigen: `Capital de ${estados[(i + 2) % estados.length]!}`,
      carpetaFisica: `Carpeta ${p2(1 + (i % 40))}`,
      observaciones: i % 5 === 0 ? 'Se recibió con acuse; falta el anexo de la hoja de cálculo.' : '',
      expediente: `EXP-${2020 + (i % 6)}-${String(1 + (i % 900)).padStart(3, '0')}`,
      tipoDocumento: i % 2 ? 'Oficio' : 'Memorándum',
      escaneos: i % 4,
      enmiendas: i % 50 === 0 ? 1 : 0,
      registradoEl: `${day}T${p2(14 + (i % 9))}:${p2(i % 60)}:00.000Z`,
    };
  }
}

/** Peak RSS above the starting point while fn runs, sampled every 50 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; peakRssDeltaBytes: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = process.hrtime.bigint();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9, peakRssDeltaBytes: peak - base };
  } finally {
    clearInterval(timer);
  }
}

const csvField = (v: string | number | null) => {
  const t = v === null ? '' : String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

/** The floor: the same rows as CSV text through a plain fs write stream (honouring backpressure). */
async function writeCsv(rows: Iterable<BitacoraExportRow>, file: string): Promise<number> {
  const out = fs.createWriteStream(file);
  let n = 0;
  const line = (cells: (string | number | null)[]) => `${cells.map(csvField).join(',')}\r\n`;
  out.write(line(BITACORA_COLUMNS.map((c) => c.header)));
  for (const r of rows) {
    if (!out.write(line(BITACORA_COLUMNS.map((c) => c.value(r) ?? null))))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    n++;
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return n;
}

interface ExportBench {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  bytes: number;
  peakRssDeltaBytes: number;
  maxRssBytes: number;
  /** The 100,000 entries recorded through recordEntry (child process). */
  seed: { entries: number; seconds: number; entriesPerSecond: number; peakRssBytes: number };
  /** Floors, measured after the app: the writer alone on synthetic rows, plain CSV, and the bare SQL read. */
  writer: { seconds: number; rowsPerSecond: number; bytes: number; peakRssDeltaBytes: number };
  csv: { seconds: number; rowsPerSecond: number; bytes: number; peakRssDeltaBytes: number };
  sqlRead: { seconds: number; rowsPerSecond: number };
}

/**
 * Child process: records EXPORT_ROWS entries with the app's own recordEntry
 * (volante per year, projection and FTS triggers), one in 50 amended and one
 * in 4 with a scan, in one transaction. Prints {seconds, peakRssBytes}.
 */
function seedBitacoraHere(): void {
  const target = option('seed-bitacora')!;
  const opened = openDatabase(target);
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    now: () => new Date('2026-03-10T15:00:00Z'),
    today: () => '2026-03-10',
    todayPinned: true,
    emit: () => {},
    dataDir: path.dirname(target),
    jobs: { cancel: () => false },
  };
  const t0 = process.hrtime.bigint();
  opened.sqlite.transaction(() => {
    const acuse = storeScan(ctx, {
      fileName: 'acuse.pdf',
      dataBase64: Buffer.from('%PDF-1.4\n% acuse de recibo\n%%EOF\n').toString('base64'),
    });
    let i = 0;
    for (const r of syntheticBitacora(EXPORT_ROWS)) {
      const id = recordEntry(ctx, {
        direction: r.direccion,
        asunto: r.asunto,
        documentNumber: r.documento,
        documentDate: r.fecha,
        addressedTo: r.dirigidoA,
        entity: r.estado,
        counterpartyId: null,
        fromParty: r.deParteDe,
        deliveredBy: r.entrego,
        deliveryDate: r.fechaEntrega,
        origin: r.lugarOrigen,
        folder: r.carpetaFisica,
        observations: r.observaciones,
        caseRef: r.expediente,
        docKind: r.tipoDocumento,
        documentId: null,
      });
      if (i % 50 === 0)
        recordAmendment(
          ctx,
          id,
          { observations: 'Enmienda de prueba: se corrigió el acuse.' },
          'Corrección de prueba del benchmark',
        );
      if (i % 4 === 1) attachAsset(ctx, id, acuse.assetId, 'acuse.pdf');
      i++;
    }
  })();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  opened.close();
  process.stdout.write(`${JSON.stringify({ seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
  process.exit(0);
}

function seedBitacora(dbFile: string): ExportBench['seed'] {
  const child = spawnSync(process.execPath, [process.argv[1]!, '--seed-bitacora', dbFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0) throw new Error(`(d) no se pudo sembrar la bitácora (código ${child.status})`);
  const r = JSON.parse(last) as { seconds: number; peakRssBytes: number };
  return {
    entries: EXPORT_ROWS,
    seconds: r.seconds,
    entriesPerSecond: EXPORT_ROWS / r.seconds,
    peakRssBytes: r.peakRssBytes,
  };
}

async function benchExport(): Promise<ExportBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bitacora-'));
  try {
    const dbFile = path.join(dir, 'bitacora.sqlite');
    const seed = seedBitacora(dbFile);

    // The app: bitacora.export through the dispatcher (chunked reads → streaming .xlsx, progress events).
    let progressEvents = 0;
    const backend = createBackend({ dbFile, dataDir: dir, emit: () => void progressEvents++ });
    const app = await withPeakRss(() => backend.dispatch.run('bitacora.export', { filters: {}, format: 'xlsx' }));
    if (!app.value.ok) throw new Error(`(d) bitacora.export falló: ${app.value.error.message}`);
    const result = app.value.value as ExportResult;
    const maxRssBytes = process.resourceUsage().maxRSS * 1024;

    // Floor 3: the same rows read with one bare SQL statement (no chunks, no mapping, no writing).
    const sqlite = backend.opened.sqlite;
    const t0 = process.hrtime.bigint();
    let read = 0;
    for (const _row of sqlite
      .prepare(
        `SELECT c.*, (SELECT COUNT(*) FROM bitacora_attachments a WHERE a.entry_id = c.id) AS n FROM bitacora_current c`,
      )
      .iterate())
      read++;
    const sqlSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    backend.close();

    // Floors 1 and 2: the writer alone on synthetic rows, and plain CSV.
    const writer = await withPeakRss(() =>
      writeBitacoraWorkbook(syntheticBitacora(EXPORT_ROWS), path.join(dir, 'sintetico.xlsx'), {
        title: 'Bitácora (benchmark)',
      }),
    );
    const csvFile = path.join(dir, 'bitacora.csv');
    const csv = await withPeakRss(() => writeCsv(syntheticBitacora(EXPORT_ROWS), csvFile));
    if (
      result.rows !== EXPORT_ROWS ||
      writer.value.rows !== EXPORT_ROWS ||
      csv.value !== EXPORT_ROWS ||
      read !== EXPORT_ROWS
    )
      throw new Error('(d) la exportación no escribió todas las filas');
    if (progressEvents < EXPORT_ROWS / 1000)
      throw new Error(`(d) la exportación emitió solo ${progressEvents} eventos de avance`);
    return {
      rows: result.rows,
      seconds: app.seconds,
      rowsPerSecond: result.rows / app.seconds,
      bytes: result.sizeBytes,
      peakRssDeltaBytes: app.peakRssDeltaBytes,
      maxRssBytes,
      seed,
      writer: {
        seconds: writer.seconds,
        rowsPerSecond: writer.value.rows / writer.seconds,
        bytes: writer.value.bytes,
        peakRssDeltaBytes: writer.peakRssDeltaBytes,
      },
      csv: {
        seconds: csv.seconds,
        rowsPerSecond: csv.value / csv.seconds,
        bytes: fs.statSync(csvFile).size,
        peakRssDeltaBytes: csv.peakRssDeltaBytes,
      },
      sqlRead: { seconds: sqlSeconds, rowsPerSecond: read / sqlSeconds },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function exportReport(e: ExportBench, alone: boolean): string[] {
  const rate = (n: number) => `${fmtInt(Math.round(n))} filas/s`;
  return [
    `(d) exportación de bitácora ${fmtInt(e.rows)} registros (bitacora.export de punta a punta: lecturas por bloques de 1,000 → .xlsx en streaming)`,
    `    app:    ${e.seconds.toFixed(2)} s · ${rate(e.rowsPerSecond)} · ${(e.bytes / 1024 / 1024).toFixed(1)} MB · RSS pico +${mb(e.peakRssDeltaBytes)} durante la exportación (muestreo cada 50 ms)`,
    `    piso 1: ${e.writer.seconds.toFixed(2)} s · ${rate(e.writer.rowsPerSecond)} · ${(e.writer.bytes / 1024 / 1024).toFixed(1)} MB (writeBitacoraWorkbook solo, filas sintéticas sin base; RSS pico +${mb(e.writer.peakRssDeltaBytes)})`,
    `    piso 2: ${e.csv.seconds.toFixed(2)} s · ${rate(e.csv.rowsPerSecond)} · ${(e.csv.bytes / 1024 / 1024).toFixed(1)} MB (mismas filas como CSV con fs.createWriteStream; RSS pico +${mb(e.csv.peakRssDeltaBytes)})`,
    `    piso 3: ${e.sqlRead.seconds.toFixed(2)} s · ${rate(e.sqlRead.rowsPerSecond)} (leer bitacora_current con un solo SELECT … iterate(), sin escribir)`,
    `    app/piso 1: ${(e.seconds / e.writer.seconds).toFixed(2)}× · app/piso 2: ${(e.seconds / e.csv.seconds).toFixed(1)}× · maxRSS del proceso al terminar la exportación: ${mb(e.maxRssBytes)}${alone ? '' : ' (medida antes de abrir la base grande)'}`,
    `    siembra: ${fmtInt(e.seed.entries)} registros con recordEntry (1 de 50 enmendado, 1 de 4 con escaneo) en ${e.seed.seconds.toFixed(1)} s · ${fmtInt(Math.round(e.seed.entriesPerSecond))} registros/s (proceso hijo, RSS pico ${mb(e.seed.peakRssBytes)})`,
  ];
}

// ── the bench ────────────────────────────────────────────────────────────

interface Row {
  id: string;
  label: string;
  app: Timing;
  floor: Timing;
  ratio: number;
  note?: string;
}

function row(id: string, label: string, app: Timing, floor: Timing, note?: string): Row {
  return { id, label, app, floor, ratio: app.medianMs / floor.medianMs, ...(note ? { note } : {}) };
}

function sameIds(a: { id: number }[], b: { id: number }[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]!.id);
}

async function main(): Promise<void> {
  if (flag('generate-only')) return generateHere();
  if (option('seed-bitacora')) return seedBitacoraHere();
  if (option('only') === 'export') {
    console.log(['', ...exportReport(await benchExport(), true), ''].join('\n'));
    return;
  }
  const gen = ensureBigFile();
  // (d) runs first, before the big file is opened, so maxRSS describes the export; it is reported after (c).
  const exportBench = await benchExport();

  const fileBytes = fs.statSync(file).size;
  const raw = new Database(file, { readonly: true });
  const counts = raw
    .prepare(
      `SELECT (SELECT COUNT(*) FROM invoices) AS invoices, (SELECT COUNT(*) FROM ledger_entries) AS entries, (SELECT COUNT(*) FROM postings) AS postings, (SELECT COUNT(*) FROM counterparties) AS counterparties`,
    )
    .get() as { invoices: number; entries: number; postings: number; counterparties: number };
  // The counterparty with the most invoices, for the filtered list.
  const top = raw
    .prepare(
      `SELECT i.counterparty_id AS id, c.name AS name, COUNT(*) AS n FROM invoices i JOIN counterparties c ON c.id = i.counterparty_id GROUP BY i.counterparty_id ORDER BY n DESC LIMIT 1`,
    )
    .get() as { id: number; name: string; n: number };
  raw.close();
  const today = localDate(new Date());
  const rows: Row[] = [];

  // (a) open + migration check vs bare open + one pragma.
  rows.push(
    row(
      'open',
      '(a) openDatabase + verificación de migraciones',
      measure(
        () => {
          const o = openDatabase(file);
          o.close();
        },
        { warmup: 2, runs },
      ),
      measure(
        () => {
          const d = new Database(file);
          d.pragma('journal_mode');
          d.close();
        },
        { warmup: 2, runs },
      ),
      'piso: new Database(file) + un pragma',
    ),
  );

  const backend = createBackend({ dbFile: file });
  const sqlite = backend.opened.sqlite;
  const listSql = (where: string, order: string) =>
    sqlite.prepare(
      `SELECT i.id, i.counterparty_id, c.name, i.direction, i.number, i.concept, i.period, i.issue_date, i.due_date, i.amount_cents, b.balance_cents
       FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id JOIN counterparties c ON c.id = i.counterparty_id
       WHERE ${where} ORDER BY ${order} LIMIT 50`,
    );

  // What the app also runs per page: the match count, capped at 10,001 rows.
  const countSql = (where: string) =>
    sqlite.prepare(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id WHERE ${where} LIMIT 10001)`,
    );

  // (b1) overdue receivables, oldest due first.
  const input1 = { status: 'vencida', direction: 'receivable', sort: 'due_asc', asOf: today, pageSize: 50 };
  const floor1 = listSql(`i.direction = 'receivable' AND b.balance_cents > 0 AND i.due_date < ?`, 'i.due_date, i.id');
  const app1 = backend.dispatch('invoices.list', input1);
  if (!app1.ok) throw new Error(`invoices.list falló: ${app1.error.message}`);
  const page1 = app1.value as Page<InvoiceRow>;
  if (!sameIds(page1.rows, floor1.all(today) as { id: number }[]))
    throw new Error('(b1) la app y el SQL de referencia no devuelven las mismas filas');
  const count1 = countSql(`i.direction = 'receivable' AND b.balance_cents > 0 AND i.due_date < ?`);
  const floor1Counted = measure(() => [floor1.all(today), count1.get(today)], { warmup: 3, runs });
  rows.push(
    row(
      'list_overdue',
      '(b1) invoices.list vencidas por cobrar, venc. asc (50)',
      measure(() => backend.dispatch('invoices.list', input1), { warmup: 3, runs }),
      measure(() => floor1.all(today), { warmup: 3, runs }),
      `total ${page1.totalCapped ? 'más de ' : ''}${fmtInt(page1.total)}; la app además cuenta hasta 10,001 coincidencias (piso con ese conteo: ${fmtMs(floor1Counted.medianMs)})`,
    ),
  );

  // (b2) one counterparty's invoices with a balance, latest due first.
  const input2 = { counterpartyId: top.id, status: 'con_saldo', sort: 'due_desc', asOf: today, pageSize: 50 };
  const floor2 = listSql(`i.counterparty_id = ? AND b.balance_cents <> 0`, 'i.due_date DESC, i.id DESC');
  const app2 = backend.dispatch('invoices.list', input2);
  if (!app2.ok) throw new Error(`invoices.list falló: ${app2.error.message}`);
  const page2 = app2.value as Page<InvoiceRow>;
  if (!sameIds(page2.rows, floor2.all(top.id) as { id: number }[]))
    throw new Error('(b2) la app y el SQL de referencia no devuelven las mismas filas');
  const count2 = countSql(`i.counterparty_id = ? AND b.balance_cents <> 0`);
  const floor2Counted = measure(() => [floor2.all(top.id), count2.get(top.id)], { warmup: 3, runs });
  rows.push(
    row(
      'list_counterparty',
      `(b2) invoices.list una entidad, con saldo, venc. desc (50)`,
      measure(() => backend.dispatch('invoices.list', input2), { warmup: 3, runs }),
      measure(() => floor2.all(top.id), { warmup: 3, runs }),
      `${top.name} (#${top.id}): ${fmtInt(top.n)} facturas; con saldo ${page2.totalCapped ? 'más de ' : ''}${fmtInt(page2.total)}; piso con conteo: ${fmtMs(floor2Counted.medianMs)}`,
    ),
  );

  // (c) balance per counterparty and direction, from the entries.
  const balanceRuns = Math.max(3, Math.min(runs, 7));
  const floorC = sqlite.prepare(
    `SELECT i.counterparty_id AS counterpartyId, i.direction AS direction, SUM(e.amount_cents) AS balance
     FROM ledger_entries e JOIN invoices i ON i.id = e.invoice_id GROUP BY i.counterparty_id, i.direction`,
  );
  const appRows = balancesByCounterparty(backend.opened.db);
  const floorRows = floorC.all() as { counterpartyId: number; direction: string; balance: number }[];
  const key = (r: { counterpartyId: number; direction: string; balance: number }) =>
    `${r.counterpartyId}|${r.direction}|${r.balance}`;
  if (appRows.map(key).sort().join() !== floorRows.map(key).sort().join())
    throw new Error('(c) los saldos de la app y del SQL de referencia difieren');
  rows.push(
    row(
      'balances',
      '(c) saldo por entidad (balancesByCounterparty)',
      measure(() => balancesByCounterparty(backend.opened.db), { warmup: 1, runs: balanceRuns }),
      measure(() => floorC.all(), { warmup: 1, runs: balanceRuns }),
      `${fmtInt(appRows.length)} grupos entidad × sentido sobre ${fmtInt(counts.entries)} movimientos`,
    ),
  );
  // (e) cartera por edades over every debtor: today (the balance projection) and a past cut (Σ entries dated up to it).
  const agingFloor = (historical: boolean) =>
    sqlite.prepare(
      `SELECT i.counterparty_id AS id, SUM(b.balance_cents) AS total
       FROM ${historical ? '(SELECT invoice_id, SUM(amount_cents) AS balance_cents FROM ledger_entries WHERE date <= @asOf GROUP BY invoice_id)' : 'invoice_balances'} b
       JOIN invoices i ON i.id = b.invoice_id
       WHERE b.balance_cents <> 0 AND i.direction = 'receivable' AND i.issue_date <= @asOf GROUP BY i.counterparty_id`,
    );
  const pastCut = `${Number(today.slice(0, 4)) - 1}-12-31`;
  for (const [id, label, asOf, historical] of [
    ['aging_today', '(e1) cartera.aging por cobrar, corte hoy', today, false],
    ['aging_past', `(e2) cartera.aging por cobrar, corte ${pastCut}`, pastCut, true],
  ] as const) {
    const floor = agingFloor(historical);
    const app = backend.dispatch('cartera.aging', { asOf, direction: 'receivable' });
    if (!app.ok) throw new Error(`cartera.aging falló: ${app.error.message}`);
    const report = app.value as AgingReport;
    const expected = new Map((floor.all({ asOf }) as { id: number; total: number }[]).map((r) => [r.id, r.total]));
    if (
      report.rows.length !== expected.size ||
      report.rows.some((r) => expected.get(r.counterpartyId) !== r.totalCents)
    ) {
      throw new Error(`(${id}) los saldos del informe y del SQL de referencia difieren`);
    }
    rows.push(
      row(
        id,
        label,
        measure(() => backend.dispatch('cartera.aging', { asOf, direction: 'receivable' }), {
          warmup: 1,
          runs: balanceRuns,
        }),
        measure(() => floor.all({ asOf }), { warmup: 1, runs: balanceRuns }),
        `${fmtInt(report.rows.length)} entidades, ${fmtInt(report.totals.invoiceCount)} facturas con saldo; ${historical ? 'saldos desde los movimientos' : 'saldos desde la proyección'}; la app agrupa por tramo, cuantía, riesgo y prescripción`,
      ),
    );
  }

  // For reference: the same figures from the balance projection (one row per invoice).
  const projection = sqlite.prepare(
    `SELECT i.counterparty_id AS counterpartyId, i.direction AS direction, SUM(b.balance_cents) AS balance
     FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id GROUP BY i.counterparty_id, i.direction`,
  );
  const projectionTiming = measure(() => projection.all(), { warmup: 1, runs: balanceRuns });
  backend.close();

  const peakRssBytes = process.resourceUsage().maxRSS * 1024;

  // ── report ──
  const w = [58, 14, 14, 9];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  const out: string[] = [];
  out.push('');
  out.push(`Cartera y Portabilidad — benchmark (${new Date().toISOString()})`);
  out.push(
    `Archivo: ${path.relative(process.cwd(), file)} · ${mb(fileBytes)} · ${fmtInt(counts.invoices)} facturas · ${fmtInt(counts.entries)} movimientos · ` +
      `${fmtInt(counts.postings)} asientos · ${fmtInt(counts.counterparties)} entidades`,
  );
  if (gen.generated)
    out.push(
      `Generación: ${gen.generated.seconds.toFixed(1)} s (${fmtInt(gen.generated.entriesPerSecond)} movimientos/s, RSS pico del generador ${mb(gen.peakRssBytes ?? 0)})`,
    );
  out.push(
    `Medianas de ${runs} corridas (saldos: ${balanceRuns}) tras calentamiento; app = código de la aplicación, piso = SQL/llamada mínima equivalente.`,
  );
  out.push('');
  out.push(line(['Medición', 'App', 'Piso', 'App/Piso']));
  out.push(line(['-'.repeat(w[0]!), '-'.repeat(w[1]!), '-'.repeat(w[2]!), '-'.repeat(w[3]!)]));
  for (const r of rows) {
    out.push(line([r.label, fmtMs(r.app.medianMs), fmtMs(r.floor.medianMs), `${r.ratio.toFixed(2)}×`]));
    if (r.note) out.push(`    ${r.note}`);
  }
  out.push(
    line([
      '    (ref. de c) mismo saldo desde la proyección invoice_balances',
      '',
      fmtMs(projectionTiming.medianMs),
      '',
    ]),
  );
  out.push('');
  out.push(...exportReport(exportBench, false));
  out.push('');
  out.push(`RSS pico de este proceso: ${mb(peakRssBytes)}`);
  out.push('');
  console.log(out.join('\n'));

  fs.mkdirSync(benchDir, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    file: path.relative(process.cwd(), file),
    fileBytes,
    counts,
    generation: gen.generated ? { ...gen.generated, peakRssBytes: gen.peakRssBytes } : null,
    results: rows.map((r) => ({
      id: r.id,
      label: r.label,
      appMedianMs: r.app.medianMs,
      floorMedianMs: r.floor.medianMs,
      ratio: r.ratio,
      app: r.app,
      floor: r.floor,
      note: r.note ?? null,
    })),
    reference: { balancesFromProjection: projectionTiming },
    bitacoraExport: exportBench,
    peakRssBytes,
  };
  fs.writeFileSync(path.join(benchDir, 'last.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Cifras guardadas en ${path.relative(process.cwd(), path.join(benchDir, 'last.json'))}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
