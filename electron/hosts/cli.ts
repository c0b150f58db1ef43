/**
 * The API from a terminal: `npm run cli -- <method> '<json>' [--db FILE]`
 * prints the JSON result; exit code 0 on success, 1 when the API refused,
 * 2 for usage errors and malformed JSON (checked before the database is
 * opened, so a bad call never touches the file).
 * Also: backup FILE, restore FILE, check, demo --size small|big, batch FILE.jsonl, methods.
 *
 * The process ends by returning from main with process.exitCode set, never
 * by process.exit() after a write: a piped stdout is asynchronous, and an
 * early exit cut long answers at 64 KiB.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { isMethod, METHODS } from '../../shared/api/contract';
import { ErrorCodes, type Result, CliErrorCodes, BackupErrorCodes } from '../../shared/api/errors';
import { defaultMigrationsFolder, openDatabase, SchemaTooNewError } from '../../db/open';
import { createBackend } from '../core/backend';
import { flagString, parseArgs, type ParsedArgs } from './args';
import { pinnedNotice, pinnedToday } from './business-date';
import { defaultDbFile } from '../core/paths';
import { checkDatabase } from '../../db/integrity';
import {
  discardStagedRestore,
  inspectDatabaseFile,
  installStagedRestore,
  knownMigrationCount,
  preRestoreCopyPath,
  samePath,
  stageRestore,
} from '../shell/database-files';
import { loadDemoBig, loadDemoCli } from '../demo/cli';

const USAGE = `Uso: npm run cli -- <operación> ['<json>'] [--db ARCHIVO]

  <método> '<json>'         Llama a un método de la API (p. ej. counterparties.list '{"search":"jal"}')
  methods                   Lista los métodos disponibles
  check                     Integridad de SQLite e invariantes del libro mayor
  backup ARCHIVO            Copia consistente de la base de datos
  restore ARCHIVO           Reemplaza la base de datos por un respaldo (respalda antes la actual)
  demo --size small|big     Carga datos de ejemplo (--profile MX|CO en una base nueva)
  batch ARCHIVO.jsonl       Ejecuta una operación por línea ({"method":…,"input":…}), cada una en su transacción

  --today AAAA-MM-DD        Fija la fecha de trabajo («hoy») para reproducir un plazo o una demostración (también CYP_TODAY)

Base de datos por omisión: ${defaultDbFile()}`;

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Ends the command with an exit code once stdout has drained (main catches it). */
class CliExit {
  constructor(readonly code: number) {}
}

function exit(code: number): never {
  throw new CliExit(code);
}

function failWith(code: string, message: string, exitCode = 2): never {
  print({ ok: false, error: { code, message } } satisfies Result<never>);
  exit(exitCode);
}

/** The pinned business date (--today / CYP_TODAY), said on stderr so JSON on stdout stays clean. */
function today(args: ParsedArgs): string | undefined {
  const pinned = pinnedToday(args);
  if (!pinned.ok) failWith(CliErrorCodes.usage, pinned.message);
  if (pinned.today) process.stderr.write(`${pinnedNotice(pinned.today)}\n`);
  return pinned.today;
}

function dbPath(args: ParsedArgs): string {
  return path.resolve(flagString(args, 'db') ?? defaultDbFile());
}

async function callMethod(args: ParsedArgs, method: string, json: string | undefined): Promise<void> {
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch (e) {
      const at = /position (\d+)/.exec((e as Error).message)?.[1];
      failWith(
        ErrorCodes.malformedJson,
        `El JSON de entrada no es válido${at ? ` (cerca del carácter ${Number(at) + 1})` : ''}: revise comillas, comas y llaves. No se abrió la base de datos.`,
      );
    }
  }
  if (!isMethod(method))
    failWith(ErrorCodes.unknownMethod, `La operación «${method}» no existe. Use «methods» para ver la lista.`);
  const pinned = today(args);
  const backend = createBackend({
    dbFile: dbPath(args),
    emit: (event, payload) => process.stderr.write(`${JSON.stringify({ event, payload })}\n`),
    ...(pinned ? { today: pinned } : {}),
  });
  const result = await backend.dispatch.run(method, input);
  backend.close();
  print(result);
  exit(result.ok ? 0 : 1);
}

function backup(args: ParsedArgs, target: string | undefined): void {
  if (!target) failWith(CliErrorCodes.missingFile, 'Indique el archivo de respaldo: backup ARCHIVO');
  const dest = path.resolve(target);
  if (fs.existsSync(dest)) failWith(CliErrorCodes.fileExists, `El archivo ${dest} ya existe; elija otro nombre.`);
  const opened = openDatabase(existingDbPath(args));
  opened.sqlite.prepare('VACUUM INTO ?').run(dest);
  opened.close();
  const copy = new Database(dest, { readonly: true });
  const report = checkDatabase(copy);
  copy.close();
  print({ ok: report.ok, value: { backup: dest, bytes: fs.statSync(dest).size, check: report } });
  exit(report.ok ? 0 : 1);
}

async function restore(args: ParsedArgs, source: string | undefined): Promise<void> {
  if (!source) failWith(CliErrorCodes.missingFile, 'Indique el respaldo a restaurar: restore ARCHIVO');
  const src = path.resolve(source);
  const target = dbPath(args);
  // Validate first (intact, ours, not from a newer version): a bad choice never costs data.
  const inspection = inspectDatabaseFile(src, { knownMigrations: knownMigrationCount(defaultMigrationsFolder()) });
  if (!inspection.ok) failWith(inspection.code, `${inspection.message} No se restauró nada.`, 1);
  if (fs.existsSync(target) && samePath(src, target))
    failWith(BackupErrorCodes.sameFile, 'El respaldo es la misma base de datos en uso.', 1);
  const staged = await stageRestore(src, target);
  let previous: string | null = null;
  try {
    if (fs.existsSync(target)) {
      const current = openDatabase(target);
      previous = preRestoreCopyPath(target, new Date());
      current.sqlite.prepare('VACUUM INTO ?').run(previous);
      current.close();
    }
    installStagedRestore(target);
  } catch (e) {
    discardStagedRestore(target);
    failWith(BackupErrorCodes.notRestored, `${(e as Error).message} No se restauró nada.`, 1);
  }
  // An older backup is migrated (with its own pre-migration copy) on open.
  const reopened = openDatabase(target);
  const report = checkDatabase(reopened.sqlite);
  reopened.close();
  print({ ok: report.ok, value: { restored: target, from: src, staged, previousSavedAs: previous, check: report } });
  exit(report.ok ? 0 : 1);
}

/** The database must already exist: maintenance commands never create an empty one. */
function existingDbPath(args: ParsedArgs): string {
  const file = dbPath(args);
  if (!fs.existsSync(file)) failWith(CliErrorCodes.noDatabase, `No existe la base de datos ${file}.`, 1);
  return file;
}

function check(args: ParsedArgs): void {
  const opened = openDatabase(existingDbPath(args));
  const report = checkDatabase(opened.sqlite);
  opened.close();
  print({ ok: report.ok, value: report });
  exit(report.ok ? 0 : 1);
}

async function batch(args: ParsedArgs, file: string | undefined): Promise<void> {
  if (!file) failWith(CliErrorCodes.missingFile, 'Indique el archivo: batch ARCHIVO.jsonl');
  const pinned = today(args);
  const backend = createBackend({ dbFile: dbPath(args), ...(pinned ? { today: pinned } : {}) });
  const lines = readline.createInterface({ input: fs.createReadStream(path.resolve(file)), crlfDelay: Infinity });
  let done = 0;
  let failed = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let op: { method?: unknown; input?: unknown };
    try {
      op = JSON.parse(line) as typeof op;
    } catch {
      failed++;
      process.stderr.write(`línea ${lineNo}: JSON no válido\n`);
      continue;
    }
    // Each operation is its own transaction: a crash leaves every posting whole or absent.
    const r = await backend.dispatch.run(String(op.method), op.input);
    if (r.ok) done++;
    else {
      failed++;
      process.stderr.write(`línea ${lineNo}: ${r.error.message}\n`);
    }
    if ((done + failed) % 500 === 0) process.stderr.write(`progreso ${done + failed}\n`);
  }
  backend.close();
  print({ ok: failed === 0, value: { done, failed } });
  exit(failed === 0 ? 0 : 1);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const [command, arg] = args.positionals;
  if (!command || args.flags.has('help')) {
    console.log(USAGE);
    exit(command ? 0 : 2);
  }
  switch (command) {
    case 'methods':
      return print(METHODS);
    case 'check':
      return check(args);
    case 'backup':
      return backup(args, arg);
    case 'restore':
      return restore(args, arg);
    case 'batch':
      return batch(args, arg);
    case 'demo': {
      const size = flagString(args, 'size') ?? 'small';
      const profile = flagString(args, 'profile');
      if (size !== 'small' && size !== 'big')
        failWith(CliErrorCodes.usage, 'Tamaño no válido: use --size small o --size big.');
      if (profile !== undefined && profile !== 'MX' && profile !== 'CO')
        failWith(CliErrorCodes.usage, 'Perfil no válido: use --profile MX o --profile CO.');
      const pinned = today(args);
      const result =
        size === 'big'
          ? await loadDemoBig(dbPath(args), profile ?? 'MX', { today: pinned })
          : loadDemoCli(dbPath(args), profile, { today: pinned });
      print(result);
      return exit(result.ok ? 0 : 1);
    }
    default:
      return callMethod(args, command, arg);
  }
}

function fatal(err: unknown): void {
  if (err instanceof CliExit) {
    process.exitCode = err.code;
    return;
  }
  try {
    if (err instanceof SchemaTooNewError) failWith(err.code, err.message, 1);
    failWith(ErrorCodes.internal, `Error: ${err instanceof Error ? err.message : String(err)}`, 1);
  } catch (e) {
    process.exitCode = e instanceof CliExit ? e.code : 1;
  }
}

// No process.exit(): Node ends once stdout has drained, with this exit code.
main().then(() => {
  process.exitCode ??= 0;
}, fatal);
