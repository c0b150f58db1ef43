/**
 * What the api/<namespace>.test.ts files share. Every method of the API
 * contract goes through the real dispatcher, each test on its own temporary
 * database file; refusals (zod and business rules) must carry a Spanish
 * message and leave the database file byte-identical.
 *
 * Each namespace ('app', 'invoices', 'cartera'…) has its own test file with
 * its own tables (one happy path and one bad input per method, the
 * business-rule refusals, the job methods' valid inputs) and hands them to
 * describeApi. ApiTables<'ns'> makes the compiler ask for every method of the
 * namespace; NAMESPACES must name every namespace of the contract (the type
 * EveryMethodHasANamespace fails to compile otherwise) and app.test.ts checks
 * that each has its file: so every method of the contract is in some table.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JOB_METHODS,
  METHODS,
  READ_ONLY_METHODS,
  type Input,
  type JobMethod,
  type Method,
  type Output,
} from '../../../shared/api/contract';
import { ErrorCodes } from '../../../shared/api/errors';
import type { BitacoraDetail, DocumentDetail } from '../../../shared/api/types';
import {
  call,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  expectUnchanged,
  expectUnchangedAsync,
  FIXED_NOW,
  FIXTURES,
  ledgerCounts,
  pay,
  QUERETARO,
  setupMx,
  TODAY,
  type TempDb,
} from '../helpers';
import type { ApiFragment, Refusal, Seeded } from './fragment';

// ─── namespaces: one test file each ─────────────────────────────────────────

export const NAMESPACES = [
  'app',
  'assets',
  'settings',
  'calendar',
  'counterparties',
  'invoices',
  'ledger',
  'cartera',
  'conciliaciones',
  'agreements',
  'bdme',
  'deterioro',
  'expedientes',
  'cases',
  'portabilidad',
  'documents',
  'templates',
  'bitacora',
  'imports',
  'demo',
  'files',
  'jobs',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

type Assert<T extends true> = T;
/** Fails to compile when a method's namespace is not in NAMESPACES (add it, and its api/<namespace>.test.ts). */
export type EveryMethodHasANamespace = Assert<
  [Exclude<Method, `${Namespace}.${string}`>] extends [never] ? true : false
>;

export type MethodsOf<NS extends Namespace> = Extract<Method, `${NS}.${string}`>;
type JobsOf<NS extends Namespace> = Extract<MethodsOf<NS>, JobMethod>;

export function methodsOf(ns: Namespace): Method[] {
  return METHODS.filter((m) => m.startsWith(`${ns}.`));
}

/**
 * One namespace's tables: a happy path and a bad input for each of its methods,
 * the refusals of its write methods (or the write methods only the schema
 * guards), and a valid input of each job method. validJobInput may be made on
 * the seeded database (a draft to preview), with a check to run after the calls.
 */
export type ApiTables<NS extends Namespace> = Omit<ApiFragment<MethodsOf<NS>>, 'validJobInput'> & {
  validJobInput:
    Record<JobsOf<NS>, unknown> | ((t: TempDb) => { valid: Record<JobsOf<NS>, unknown>; check?: () => void });
};

/** The part of a domain's fragment (api/agreements.ts…) that belongs to one namespace. */
export function inNamespace<M extends string, NS extends Namespace>(
  fragment: ApiFragment<M>,
  ns: NS,
): ApiFragment<Extract<M, `${NS}.${string}`>> {
  const mine = (m: string) => m.startsWith(`${ns}.`);
  const pick = <V>(r: Partial<Record<string, V>>) => Object.fromEntries(Object.entries(r).filter(([m]) => mine(m)));
  return {
    happy: pick(fragment.happy),
    badInput: pick(fragment.badInput),
    refusals: pick(fragment.refusals),
    onlySchemaGuarded: (fragment.onlySchemaGuarded ?? []).filter(mine),
    validJobInput: pick(fragment.validJobInput as Record<string, unknown>),
  } as never;
}

export const PNG = fs.readFileSync(path.join(FIXTURES, 'logo-2x2.png'));
export const NOT_AN_IMAGE = fs.readFileSync(path.join(FIXTURES, 'no-es-imagen.png'));

/** MX institution with one invoice (entry 1 = its cargo) and one abono: a database that is not trivially empty. */
export function seeded(): Seeded {
  const t = createTempDb();
  setupMx(t.dispatch);
  const inv = createInvoice(t.dispatch, { number: 'SEED-1', amountCents: 1_000_000 });
  const p = pay(t.dispatch, [{ invoiceId: inv.invoice.id, amountCents: 250_000 }]);
  return { t, invoiceId: inv.invoice.id, cargoId: inv.entries[0]!.id, abonoId: p.entries[0]!.id };
}

// ─── documents, templates, bitácora, exports: shared pieces ────────────────

export const YEAR = TODAY.slice(0, 4);
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
export const bytesOf = (f: { dataBase64: string }) => Buffer.from(f.dataBase64, 'base64');
/** A small but real PDF (one page, xref table): what a scanned acuse looks like to the content check. */
export const SCAN_PDF = (() => {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
})();
/** The start of a Windows executable ("MZ", DOS stub, "PE\0\0"): renamed to .pdf it must still be refused. */
export const EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(52),
  Buffer.from('This program cannot be run in DOS mode.\r\n', 'latin1'),
  Buffer.from('PE\0\0', 'latin1'),
]);
export const scanOf = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });

/** Job methods (PDF, batches, exports) are awaited through dispatch.run; the rest go through the sync dispatcher. */
export async function run<M extends JobMethod>(t: TempDb, method: M, input: Input<M>): Promise<Output<M>> {
  return expectOk<Output<M>>(await t.dispatch.run(method, input));
}

/** Querétaro's seeded record has no addressee: the letters name one. */
export const ADDRESSEE = {
  title: 'L.C.P.',
  name: 'María Elena Muñoz Ávila',
  position: 'Directora General',
  institution: '',
  address: '',
};
export function draftInput(over: Partial<Input<'documents.createDraft'>> = {}): Input<'documents.createDraft'> {
  return {
    docType: 'oficio_libre',
    counterpartyId: QUERETARO,
    date: TODAY,
    ...over,
    data: {
      asunto: 'Estado de la cartera de portabilidad',
      texto: 'Le informamos el estado de la cartera de portabilidad.',
      addressee: ADDRESSEE,
      ...over.data,
    },
  };
}
export function draft(t: TempDb, over: Partial<Input<'documents.createDraft'>> = {}): DocumentDetail {
  return call(t.dispatch, 'documents.createDraft', draftInput(over));
}
export async function issued(t: TempDb, over: Partial<Input<'documents.createDraft'>> = {}): Promise<DocumentDetail> {
  return run(t, 'documents.issue', { id: draft(t, over).id });
}
export function entry(t: TempDb, over: Partial<Input<'bitacora.create'>> = {}): BitacoraDetail {
  return call(t.dispatch, 'bitacora.create', {
    direction: 'recibido',
    asunto: 'Oficio de conciliación de cartera',
    ...over,
  });
}
export const tableCount = (t: TempDb, table: string) =>
  (t.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
export const exportsDir = (t: TempDb) => path.join(t.dir, 'exportaciones');
/** What exportaciones/ holds (or says it is not a folder): refusals must not leave files behind. */
export function exportsListing(t: TempDb): string[] {
  const dir = exportsDir(t);
  if (!fs.existsSync(dir)) return [];
  if (!fs.statSync(dir).isDirectory()) return ['<no es carpeta>'];
  return fs.readdirSync(dir).sort();
}
/** n entries written straight into the register (its triggers project them): volume for the export limits. */
export function seedBitacoraRaw(t: TempDb, n: number, year = 2024): void {
  const ins = t.sqlite.prepare(
    `INSERT INTO bitacora_entries (year, folio, direction, asunto, document_number, document_date, created_at) VALUES (?, ?, 'recibido', ?, ?, ?, ?)`,
  );
  t.sqlite.transaction(() => {
    for (let i = 1; i <= n; i++)
      ins.run(year, i, `Oficio recibido número ${i}`, `SSM/${i}/${year}`, `${year}-06-15`, FIXED_NOW);
  })();
}

// ─── SICOMPENSA imports: shared pieces ──────────────────────────────────────

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// ─── the checks every namespace's tables go through ─────────────────────────

export function describeApi<NS extends Namespace>(ns: NS, tables: ApiTables<NS>): void {
  const methods = methodsOf(ns);
  const happy = tables.happy as Partial<Record<string, (t: TempDb) => void | Promise<void>>>;
  const badInput = tables.badInput as Partial<Record<string, { input: unknown; message?: RegExp }>>;
  const refusals = tables.refusals as Partial<Record<string, Refusal[]>>;
  const onlySchemaGuarded: readonly string[] = tables.onlySchemaGuarded ?? [];
  const jobs = methods.filter((m) => JOB_METHODS.has(m));
  const writes = methods.filter((m) => !READ_ONLY_METHODS.has(m));

  // ─── one happy path per contract method ───────────────────────────────────

  describe('every contract method has a happy path here', () => {
    it('HAPPY names only real methods', () => {
      for (const m of Object.keys(happy)) {
        expect(METHODS, `${m} no está en el contrato`).toContain(m);
        expect(methods, `${m} no es del espacio ${ns}`).toContain(m);
      }
    });
    for (const m of methods) {
      it(m, async () => {
        const test = happy[m];
        expect(test, `el método ${m} no tiene prueba de camino feliz en api/${ns}.test.ts`).toBeTypeOf('function');
        await test!(createTempDb());
      });
    }
  });

  // ─── bad input (zod) for every method: Spanish message, file unchanged ────

  describe('bad input → validacion/entrada-invalida, Spanish message, database file unchanged', () => {
    for (const m of methods) {
      it(m, async () => {
        const { t } = seeded();
        const bad = badInput[m]!;
        expect(bad, `falta un caso de entrada inválida para ${m}`).toBeDefined();
        const counts = ledgerCounts(t.sqlite);
        const err = expectUnchanged(t, (d) => expectErr(d(m, bad.input), ErrorCodes.invalidInput));
        expect(err.message).toMatch(/^Datos no válidos\./);
        if (bad.message) expect(err.message).toMatch(bad.message);
        expect((err.details as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
        // A job validates the same way through run(), before any work starts.
        if (JOB_METHODS.has(m)) {
          const viaRun = await expectUnchangedAsync(t, async (d) =>
            expectErr(await d.run(m, bad.input), ErrorCodes.invalidInput),
          );
          expect(viaRun.message).toBe(err.message);
        }
        expect(ledgerCounts(t.sqlite)).toEqual(counts);
      });
    }
  });

  // ─── business-rule refusals for every write method: DomainError code, file unchanged ─

  if (writes.length || Object.keys(refusals).length)
    describe('business-rule refusals → their code, Spanish message, database file unchanged', () => {
      if (writes.length)
        it('every write method has a refusal case or is declared schema-only', () => {
          for (const m of writes) {
            if (m === 'demo.load') continue; // covered by its happy path (refuses until the demo module lands)
            expect(refusals[m] !== undefined || onlySchemaGuarded.includes(m), `sin caso de rechazo para ${m}`).toBe(
              true,
            );
          }
        });
      for (const [m, cases] of Object.entries(refusals)) {
        cases!.forEach((c, i) => {
          it(`${m} → ${c.code} (#${i + 1})`, async () => {
            const s = seeded();
            const prepared: unknown = await c.prepare?.(s.t, s);
            const counts = ledgerCounts(s.t.sqlite);
            const files = exportsListing(s.t);
            const input = c.input(s, prepared);
            if (JOB_METHODS.has(m as Method))
              await expectUnchangedAsync(s.t, async (d) => expectErr(await d.run(m, input), c.code));
            else expectUnchanged(s.t, (d) => expectErr(d(m, input), c.code));
            expect(ledgerCounts(s.t.sqlite)).toEqual(counts);
            expect(exportsListing(s.t), 'un rechazo dejó archivos en exportaciones/').toEqual(files);
          });
        });
      }
    });

  // ─── jobs: the async path of the dispatcher ───────────────────────────────

  if (jobs.length)
    describe('job methods (PDF, batches, exports)', () => {
      it('called synchronously: the input is validated first, then the call is refused with api/tarea; nothing written', () => {
        const { t } = seeded();
        const { valid, check } =
          typeof tables.validJobInput === 'function'
            ? tables.validJobInput(t)
            : { valid: tables.validJobInput, check: undefined };
        for (const m of jobs) expectUnchanged(t, (dd) => expectErr(dd(m, badInput[m]!.input), ErrorCodes.invalidInput));
        for (const m of jobs) {
          const err = expectUnchanged(t, (dd) => expectErr(dd(m, (valid as Record<string, unknown>)[m]), 'api/tarea'));
          expect(err.message).toContain(m);
        }
        check?.();
        expect(exportsListing(t)).toEqual([]);
      });
    });
}
