/**
 * Demo loading from the CLI and the bench.
 *
 * - loadDemoCli: the small demo through the dispatcher (setup first on a
 *   fresh file when a profile is given).
 * - loadDemoBig: a million invoices and three million ledger entries for
 *   benchmarks, written through db/repositories/bulk.ts in large
 *   transactions. The ledger triggers run on every row; the data passes
 *   `cli check` (every posting whole, projection = Σ entries, one cargo per
 *   invoice, reversals paired).
 */
import fs from 'node:fs';
import { CliErrorCodes } from '../../shared/api/errors';
import { SettingsErrorCodes, DemoErrorCodes } from '../../shared/api/errors-settings';
import type { Result } from '../../shared/api/errors';
import type { AppStatus, DemoResult, Profile, Settings } from '../../shared/api/types';
import { ENTIDADES_FEDERATIVAS } from '../../shared/domain/catalogs';
import { createBulkWriter, tuneForBulkLoad } from '../../db/repositories/bulk';
import { createBackend, type Backend } from '../core/backend';
import { bigGenerator, type BigDemoProgress } from './big';
import { generateCounterparties, type GenCounterparty } from './big-counterparties';

export type { BigDemoProgress };
import { localDate } from '../core/context';
import { coDemoSetup } from './data/co';
import { mxDemoSetup } from './data/mx';
import { Rng } from './data/random';

export function demoSetupInput(profile: Profile) {
  return profile === 'MX' ? mxDemoSetup() : coDemoSetup();
}

function fail(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

/**
 * Makes sure the file has an institution: on a fresh file, completes the
 * setup with the demo institution of `profile`. Refuses a profile that
 * differs from the file's.
 */
function ensureInstitution(
  backend: Backend,
  profile: string | undefined,
): Result<{ profile: Profile; setupCreated: boolean }> {
  const status = backend.dispatch('app.status', {}) as Result<AppStatus>;
  if (!status.ok) return status;
  const current = status.value.profile;
  if (current) {
    if (profile && profile !== current) {
      return fail(
        DemoErrorCodes.otherProfile,
        `Este archivo es de una institución con perfil ${current}; no se pueden cargar datos de ejemplo del perfil ${profile}.`,
      );
    }
    return { ok: true, value: { profile: current, setupCreated: false } };
  }
  if (profile !== 'MX' && profile !== 'CO') {
    return fail(
      SettingsErrorCodes.noInstitution,
      'El archivo no tiene institución configurada: indique --profile MX o --profile CO para crear una de ejemplo.',
    );
  }
  const setup = backend.dispatch('settings.completeSetup', demoSetupInput(profile)) as Result<Settings>;
  if (!setup.ok) return setup;
  return { ok: true, value: { profile, setupCreated: true } };
}

export interface SmallDemoCliResult extends DemoResult {
  profile: Profile;
  setupCreated: boolean;
  dbFile: string;
}

export function loadDemoCli(
  dbFile: string,
  profile: string | undefined,
  opts: { now?: () => Date; today?: string | undefined } = {},
): Result<SmallDemoCliResult> {
  // Without a profile there is nothing to set up: do not create an empty file just to refuse.
  if (profile === undefined && !fs.existsSync(dbFile)) {
    return fail(
      SettingsErrorCodes.noInstitution,
      `No existe ${dbFile}: indique --profile MX o --profile CO para crear una base de ejemplo.`,
    );
  }
  const backend = createBackend({
    dbFile,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.today ? { today: opts.today } : {}),
  });
  try {
    const inst = ensureInstitution(backend, profile);
    if (!inst.ok) return inst;
    const loaded = backend.dispatch('demo.load', { size: 'small', profile: inst.value.profile }) as Result<DemoResult>;
    if (!loaded.ok) return loaded;
    return { ok: true, value: { ...loaded.value, ...inst.value, dbFile } };
  } finally {
    backend.close();
  }
}

// ── big demo ─────────────────────────────────────────────────────────────

export interface BigDemoOptions {
  /** Invoices to generate (default 1,000,000). Entries are 3 per invoice on average (exactly when a multiple of 20). */
  invoices?: number;
  /** Counterparties besides the 32 entidades (default 2,000). */
  otherCounterparties?: number;
  /** Invoices per transaction (default 20,000). */
  chunkSize?: number;
  now?: () => Date;
  /** The pinned business date the data counts back from (default: the local date of now()). */
  today?: string | undefined;
  /** Progress sink; default prints to stderr. */
  progress?: (p: BigDemoProgress) => void;
}

export interface BigDemoResult {
  profile: Profile;
  dbFile: string;
  counterparties: number;
  invoices: number;
  postings: number;
  entries: number;
  seconds: number;
  invoicesPerSecond: number;
  entriesPerSecond: number;
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('es-MX');

function stderrProgress(p: BigDemoProgress): void {
  const pct = ((100 * p.invoices) / p.total).toFixed(0).padStart(3);
  const rate = p.seconds > 0 ? p.invoices / p.seconds : 0;
  const eta = rate > 0 ? (p.total - p.invoices) / rate : 0;
  process.stderr.write(
    `demo big: ${pct}% · ${fmtInt(p.invoices)}/${fmtInt(p.total)} facturas · ${fmtInt(p.entries)} movimientos · ` +
      `${fmtInt(rate)} facturas/s · ${fmtInt(p.entries / Math.max(p.seconds, 1e-9))} mov/s · ${p.seconds.toFixed(1)} s` +
      (p.invoices < p.total ? ` · faltan ~${eta.toFixed(0)} s` : '') +
      '\n',
  );
}

/**
 * Builds the benchmark database: a million invoices (by default) with about
 * three million entries. Refuses a file that already has invoices.
 */
export async function loadDemoBig(
  dbFile: string,
  profile: string,
  opts: BigDemoOptions = {},
): Promise<Result<BigDemoResult>> {
  if (profile !== 'MX' && profile !== 'CO') return fail(CliErrorCodes.usage, 'Perfil no válido: use MX o CO.');
  const total = opts.invoices ?? 1_000_000;
  const others = opts.otherCounterparties ?? 2_000;
  const chunkSize = opts.chunkSize ?? 20_000;
  const progress = opts.progress ?? stderrProgress;
  const now = opts.now ?? (() => new Date());
  const started = process.hrtime.bigint();
  const backend = createBackend({ dbFile, now, ...(opts.today ? { today: opts.today } : {}) });
  let restore: (() => void) | null = null;
  try {
    const status = backend.dispatch('app.status', {}) as Result<AppStatus>;
    if (!status.ok) return status;
    if (status.value.counts.invoices > 0) {
      return fail(
        DemoErrorCodes.baseNotEmpty,
        `El archivo ya tiene ${status.value.counts.invoices} facturas; la carga masiva se hace sobre un archivo nuevo (use otro --db).`,
      );
    }
    const inst = ensureInstitution(backend, profile);
    if (!inst.ok) return inst;
    const settings = backend.dispatch('settings.get', {}) as Result<Settings>;
    if (!settings.ok) return settings;
    const own = settings.value.institution?.ownStateCode ?? null;
    const ownAbbr = ENTIDADES_FEDERATIVAS.find((e) => e.inegi === own)?.abbr ?? 'FAC';

    const sqlite = backend.opened.sqlite;
    restore = tuneForBulkLoad(sqlite);
    const writer = createBulkWriter(sqlite, now().toISOString());
    const rng = new Rng(`demo-big-${inst.value.profile}-v1`);

    const counterparties: GenCounterparty[] = [];
    if (inst.value.profile === 'MX') {
      const rows = sqlite
        .prepare(
          `SELECT id, inegi_code AS inegi, abbreviation AS abbr, name FROM counterparties WHERE kind = 'entidad_federativa' ORDER BY inegi_code`,
        )
        .all() as {
        id: number;
        inegi: string;
        abbr: string;
        name: string;
      }[];
      for (const r of rows) {
        if (r.inegi === own) continue;
        counterparties.push({
          id: r.id,
          abbr: r.abbr,
          kind: 'entidad',
          name: r.name,
          receivableShare: 0.6,
          minPesos: 8_000,
          maxPesos: 4_800_000,
        });
      }
    }
    counterparties.push(...generateCounterparties(writer, rng, inst.value.profile, others));

    const gen = bigGenerator(writer, rng, {
      profile: inst.value.profile,
      ownAbbr,
      today: opts.today ?? localDate(now()),
      invoices: total,
      chunkSize,
      counterparties,
    });
    for await (const p of gen.run()) {
      progress(p);
      // Let the event loop breathe between transactions (stderr, signals).
      await new Promise((r) => setImmediate(r));
    }
    restore();
    restore = null;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const t = gen.totals();
    return {
      ok: true,
      value: {
        profile: inst.value.profile,
        dbFile,
        counterparties: counterparties.length,
        invoices: t.invoices,
        postings: t.postings,
        entries: t.entries,
        seconds: Math.round(seconds * 10) / 10,
        invoicesPerSecond: Math.round(t.invoices / seconds),
        entriesPerSecond: Math.round(t.entries / seconds),
      },
    };
  } finally {
    restore?.();
    backend.close();
  }
}
