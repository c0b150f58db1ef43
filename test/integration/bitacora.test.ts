/**
 * The bitácora through the real dispatcher on a temporary database file
 * (DOMAIN.md §7; issue 3 items 6–7): volantes per year, amendments that keep
 * both versions, accent-insensitive search and filters, scans checked by
 * content, the Excel and card-PDF export as a job (read back with exceljs,
 * opened by LibreOffice, cancelled half-way), files.read, and raw SQL that
 * tries to edit or delete the register (better-sqlite3 and the sqlite3 shell).
 *
 * LibreOffice and poppler checks are skipped locally with a loud message when
 * the tools are missing, and FAIL under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SCAN_BYTES } from '../../shared/api/schemas';
import { ErrorCodes, type Result } from '../../shared/api/errors';
import type { BitacoraDetail, BitacoraRow, ExportResult, JobProgress, Page, StoredFile } from '../../shared/api/types';
import { createBackend, type Backend } from '../../electron/core/backend';
import { MAX_PDF_ROWS } from '../../electron/modules/bitacora/export';
import { encodePng } from '../fixtures/pdf/png';
import {
  call,
  cleanupTemp,
  createTempDb,
  expectErr,
  expectOk,
  expectUnchanged,
  FIXED_NOW,
  JALISCO,
  now,
  QUERETARO,
  setupMx,
  TODAY,
  type TempDb,
} from './helpers';

const extraBackends = new Set<Backend>();
afterEach(() => {
  for (const b of extraBackends) b.close();
  extraBackends.clear();
  cleanupTemp();
});

// ─── fixtures (made here, not read from disk) ───────────────────────────────

/** A small but complete PDF (one empty page), with a correct xref table. */
function makePdf(title = 'Acuse'): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>`,
  ];
  const stream = `BT /F1 12 Tf 72 720 Td (${title}) Tj ET`;
  objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
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
}
const PDF = makePdf();
const PNG = Buffer.from(encodePng(3, 2, (x, y) => [x * 80, y * 120, 200, 255]));
/** SOI, a JFIF APP0 segment and EOI: what a camera's JPEG starts with. */
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
  0x00, 0xff, 0xd9,
]);
/** The start of a Windows executable ("MZ", DOS stub, "PE\0\0" header). */
const EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'),
  Buffer.alloc(44),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.from('This program cannot be run in DOS mode.\r\n', 'latin1'),
  Buffer.alloc(32),
  Buffer.from('PE\0\0', 'latin1'),
]);

const scan = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const count = (t: TempDb, table: string) =>
  (t.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
function counts(t: TempDb) {
  return {
    entries: count(t, 'bitacora_entries'),
    current: count(t, 'bitacora_current'),
    attachments: count(t, 'bitacora_attachments'),
    amendments: count(t, 'bitacora_amendments'),
    assets: count(t, 'assets'),
  };
}

type CreateInput = Parameters<typeof call<'bitacora.create'>>[2];
function create(t: TempDb, over: Partial<CreateInput> = {}): BitacoraDetail {
  return call(t.dispatch, 'bitacora.create', {
    direction: 'recibido',
    asunto: 'Oficio de prueba',
    ...over,
  } as CreateInput);
}
const list = (t: TempDb, filters: Record<string, unknown> = {}, page = 1, pageSize = 50) =>
  call(t.dispatch, 'bitacora.list', { filters, page, pageSize } as never) as Page<BitacoraRow>;
const volantes = (p: Page<BitacoraRow>) => p.rows.map((r) => r.volante);

/** n entries straight into the register (the triggers project them), for exports that need volume. */
function seedRaw(sqlite: Database.Database, n: number, year = 2024): void {
  const start =
    ((sqlite.prepare(`SELECT MAX(folio) AS m FROM bitacora_entries WHERE year = ?`).get(year) as { m: number | null })
      .m ?? 0) + 1;
  const ins = sqlite.prepare(
    `INSERT INTO bitacora_entries (year, folio, direction, asunto, document_number, document_date, addressed_to, entity, from_party, delivered_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'Lic. José Núñez Peña', 'Michoacán', 'Dirección de Finanzas', 'Mensajería', '2024-06-01T12:00:00.000Z')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < n; i++) {
      const folio = start + i;
      ins.run(
        year,
        folio,
        i % 3 ? 'recibido' : 'enviado',
        `Requerimiento número ${folio} — Órgano de Fiscalización`,
        `DGF/${folio}/${year}`,
        `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      );
    }
  })();
}

/** A backend on the same file whose job events are recorded (and may act on each one). */
function backendWithEvents(
  t: TempDb,
  onProgress?: (p: JobProgress, b: Backend) => void,
): { backend: Backend; events: JobProgress[] } {
  t.close();
  const events: JobProgress[] = [];
  const backend: Backend = createBackend({
    dbFile: t.file,
    now,
    log: () => {},
    emit: (event, payload) => {
      if (event !== 'job.progress') return;
      events.push(payload as JobProgress);
      onProgress?.(payload as JobProgress, backend);
    },
  });
  extraBackends.add(backend);
  return { backend, events };
}

const exportsDirOf = (t: TempDb) => path.join(t.dir, 'exportaciones');
const listExports = (t: TempDb) => (fs.existsSync(exportsDirOf(t)) ? fs.readdirSync(exportsDirOf(t)).sort() : []);

// ─── volantes ───────────────────────────────────────────────────────────────

describe('volante: consecutive per year, automatic', () => {
  it('2026-0001, 2026-0002… by the year the entry is recorded, whatever the document date; a new year starts at 0001', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    expect(TODAY.slice(0, 4)).toBe('2026');
    const a = create(t);
    const b = create(t, { documentDate: '2026-02-03' });
    // Arrived (and is registered) in 2026, though dated in December: it takes the 2026 register's next volante.
    const c = create(t, { documentDate: '2025-12-30', asunto: 'Llegó en marzo, fechado en diciembre' });
    const e = create(t, { direction: 'enviado' });
    expect([a, b, c, e].map((x) => x.volante)).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004']);
    expect([a.year, a.folio]).toEqual([2026, 1]);
    expect(a.createdAt).toBe(new Date(FIXED_NOW).toISOString());
    // Next January, the register starts again.
    const nextYear = createBackend({ dbFile: t.file, now: () => new Date('2027-01-04T16:00:00Z'), log: () => {} });
    extraBackends.add(nextYear);
    const d = expectOk<BitacoraDetail>(
      nextYear.dispatch('bitacora.create', {
        direction: 'recibido',
        asunto: 'Primero de 2027',
        documentDate: '2026-12-28',
      }),
    );
    expect(d.volante).toBe('2027-0001');
    // The list shows the newest volante first.
    expect(volantes(list(t))).toEqual(['2027-0001', '2026-0004', '2026-0003', '2026-0002', '2026-0001']);
  });

  it('two connections on the same file alternate and still get consecutive volantes, none repeated', () => {
    const t = createTempDb();
    const other = createBackend({ dbFile: t.file, now, log: () => {} });
    extraBackends.add(other);
    const got: string[] = [];
    for (let i = 0; i < 20; i++) {
      const d = i % 2 ? other.dispatch : t.dispatch;
      got.push(
        expectOk<BitacoraDetail>(d('bitacora.create', { direction: 'recibido', asunto: `Alterno ${i}` })).volante,
      );
    }
    expect(got).toEqual(Array.from({ length: 20 }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`));
  });

  it('a counterparty that does not exist is refused in Spanish and nothing is written', () => {
    const t = createTempDb();
    create(t);
    expectUnchanged(t, (d) =>
      expectErr(
        d('bitacora.create', { direction: 'recibido', asunto: 'X', counterpartyId: 9999 }),
        ErrorCodes.notFound,
      ),
    );
  });

  it('with a counterparty and no estado typed, the estado is the counterparty’s name', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    expect(create(t, { counterpartyId: QUERETARO }).entity).toBe('Querétaro');
    expect(create(t, { counterpartyId: QUERETARO, entity: 'Qro. (Servicios de Salud)' }).entity).toBe(
      'Qro. (Servicios de Salud)',
    );
  });

  it('bad input (no asunto, bad direction, impossible date) → Spanish validation error', () => {
    const t = createTempDb();
    expectErr(t.dispatch('bitacora.create', { direction: 'recibido', asunto: '   ' }), ErrorCodes.invalidInput);
    expectErr(t.dispatch('bitacora.create', { direction: 'perdido', asunto: 'X' }), ErrorCodes.invalidInput);
    expectErr(
      t.dispatch('bitacora.create', { direction: 'recibido', asunto: 'X', documentDate: '2026-02-30' }),
      ErrorCodes.invalidInput,
    );
    expect(count(t, 'bitacora_entries')).toBe(0);
  });
});

// ─── amendments ─────────────────────────────────────────────────────────────

// These send only the fields that change, as the Enmendar dialog does. They need bitacora.amend's
// `changes` schema without defaults: zod 4 applies the defaults of bitacoraFieldsInput inside
// .partial(), so a field not sent arrives as '' or null and the amendment would blank it.
describe('amendments: never edited in place, the history shows both versions', () => {
  function amendable(t: TempDb): BitacoraDetail {
    return create(t, {
      asunto: 'Requerimiento de pago al Estado de Jalisco',
      documentNumber: 'SSJ/DGA/123/2026',
      documentDate: '2026-02-03',
      addressedTo: 'Lic. José Núñez Peña',
      entity: 'Jalisco',
      fromParty: 'Dirección General de Administración',
      deliveredBy: 'Mensajería',
      observations: 'Sin anexos',
    });
  }

  it('records only the real differences; current changes, original stays; before/after with Spanish labels', () => {
    const t = createTempDb();
    const e = amendable(t);
    const amended = call(t.dispatch, 'bitacora.amend', {
      id: e.id,
      // asunto and deliveredBy repeat the current values: not part of the amendment.
      changes: {
        asunto: e.asunto,
        entity: 'Querétaro',
        documentDate: '2026-02-04',
        deliveredBy: 'Mensajería',
        observations: '',
      },
      reason: 'El oficio venía dirigido a Querétaro; se capturó mal el estado',
    } as never);
    expect(amended.amendmentCount).toBe(1);
    expect(amended.entity).toBe('Querétaro');
    expect(amended.documentDate).toBe('2026-02-04');
    expect(amended.observations).toBe('');
    expect(amended.original).toMatchObject({
      entity: 'Jalisco',
      documentDate: '2026-02-03',
      observations: 'Sin anexos',
      asunto: e.asunto,
    });
    expect(amended.amendments).toHaveLength(1);
    const [a] = amended.amendments;
    expect(a!.reason).toBe('El oficio venía dirigido a Querétaro; se capturó mal el estado');
    expect(a!.changes).toEqual([
      { field: 'documentDate', label: 'Fecha', before: '2026-02-03', after: '2026-02-04' },
      { field: 'entity', label: 'Estado', before: 'Jalisco', after: 'Querétaro' },
      { field: 'observations', label: 'Observaciones', before: 'Sin anexos', after: '' },
    ]);
    // The stored amendment holds the changed columns only, in bitacora_entries' names.
    const stored = t.sqlite.prepare(`SELECT changes FROM bitacora_amendments WHERE entry_id = ?`).get(e.id) as {
      changes: string;
    };
    expect(JSON.parse(stored.changes)).toEqual({ document_date: '2026-02-04', entity: 'Querétaro', observations: '' });
    // The first record is untouched in the table itself.
    expect(
      t.sqlite.prepare(`SELECT entity, document_date, observations FROM bitacora_entries WHERE id = ?`).get(e.id),
    ).toEqual({
      entity: 'Jalisco',
      document_date: '2026-02-03',
      observations: 'Sin anexos',
    });
  });

  it('a second amendment’s "before" is the first one’s "after"; clearing a date records null', () => {
    const t = createTempDb();
    const e = amendable(t);
    call(t.dispatch, 'bitacora.amend', {
      id: e.id,
      changes: { entity: 'Querétaro' },
      reason: 'Estado mal capturado',
    } as never);
    const d = call(t.dispatch, 'bitacora.amend', {
      id: e.id,
      changes: { entity: 'Nuevo León', documentDate: null },
      reason: 'Segunda corrección',
    } as never);
    expect(d.amendmentCount).toBe(2);
    expect(d.amendments.map((a) => a.changes)).toEqual([
      [{ field: 'entity', label: 'Estado', before: 'Jalisco', after: 'Querétaro' }],
      [
        { field: 'documentDate', label: 'Fecha', before: '2026-02-03', after: null },
        { field: 'entity', label: 'Estado', before: 'Querétaro', after: 'Nuevo León' },
      ],
    ]);
    expect(d.documentDate).toBeNull();
    // The volante never moves with the date.
    expect(d.volante).toBe(e.volante);
  });

  it('changing one field leaves every other field as it was', () => {
    const t = createTempDb();
    const e = amendable(t);
    const d = call(t.dispatch, 'bitacora.amend', {
      id: e.id,
      changes: { folder: 'Carpeta 7' },
      reason: 'Se archivó en otra carpeta',
    } as never);
    expect(d.amendments[0]!.changes.map((c) => c.field)).toEqual(['folder']);
    const { folder, ...rest } = d.original;
    expect(folder).toBe('');
    expect(d).toMatchObject({ ...rest, folder: 'Carpeta 7' });
  });

  it('changing the counterparty moves an estado that only repeated its name; a typed estado stays', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const auto = create(t, { counterpartyId: JALISCO });
    const typed = create(t, { counterpartyId: JALISCO, entity: 'Servicios de Salud Jalisco' });
    const a = call(t.dispatch, 'bitacora.amend', {
      id: auto.id,
      changes: { counterpartyId: QUERETARO },
      reason: 'Era de Querétaro',
    } as never);
    expect(a.entity).toBe('Querétaro');
    expect(a.amendments[0]!.changes).toEqual([
      { field: 'entity', label: 'Estado', before: 'Jalisco', after: 'Querétaro' },
      { field: 'counterpartyId', label: 'Entidad', before: JALISCO, after: QUERETARO },
    ]);
    const b = call(t.dispatch, 'bitacora.amend', {
      id: typed.id,
      changes: { counterpartyId: QUERETARO },
      reason: 'Era de Querétaro',
    } as never);
    expect(b.entity).toBe('Servicios de Salud Jalisco');
    expect(b.counterpartyId).toBe(QUERETARO);
  });

  it('an amendment that changes nothing is refused: "La enmienda no cambia nada"', () => {
    const t = createTempDb();
    const e = amendable(t);
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('bitacora.amend', {
          id: e.id,
          changes: { entity: 'Jalisco', asunto: `  ${e.asunto} ` },
          reason: 'Nada que cambiar',
        }),
        'bitacora/enmienda-sin-cambios',
      ),
    );
    expect(err.message).toMatch(/^La enmienda no cambia nada/);
  });

  it('refused: unknown entry, unknown counterparty, empty asunto, short reason, unknown field', () => {
    const t = createTempDb();
    const e = amendable(t);
    expectErr(
      t.dispatch('bitacora.amend', { id: 999, changes: { entity: 'X' }, reason: 'Motivo suficiente' }),
      ErrorCodes.notFound,
    );
    expectErr(
      t.dispatch('bitacora.amend', { id: e.id, changes: { counterpartyId: 9999 }, reason: 'Motivo suficiente' }),
      ErrorCodes.notFound,
    );
    expectErr(
      t.dispatch('bitacora.amend', { id: e.id, changes: { asunto: ' ' }, reason: 'Motivo suficiente' }),
      ErrorCodes.invalidInput,
    );
    expectErr(
      t.dispatch('bitacora.amend', { id: e.id, changes: { entity: 'X' }, reason: 'no' }),
      ErrorCodes.invalidInput,
    );
    expectErr(
      t.dispatch('bitacora.amend', { id: e.id, changes: { folio: 7 }, reason: 'Motivo suficiente' }),
      ErrorCodes.invalidInput,
    );
    expect(count(t, 'bitacora_amendments')).toBe(0);
  });

  it('search (FTS5) follows the amendment: the new text is found, the old one no longer; accents and case do not matter', () => {
    const t = createTempDb();
    const e = amendable(t);
    create(t, { asunto: 'Acuse de factura', entity: 'Michoacán' });
    expect(volantes(list(t, { search: 'jalisco' }))).toEqual([e.volante]);
    call(t.dispatch, 'bitacora.amend', {
      id: e.id,
      changes: { asunto: 'Requerimiento de pago al Estado de Querétaro', entity: 'Querétaro' },
      reason: 'Estado equivocado en el asunto',
    } as never);
    expect(list(t, { search: 'jalisco' }).total).toBe(0);
    for (const q of ['queretaro', 'QUERÉTARO', 'Querétaro', 'quer', 'requerimiento queretaro', 'pago estado'])
      expect(volantes(list(t, { search: q })), q).toEqual([e.volante]);
    expect(volantes(list(t, { search: 'michoacan' }))).toHaveLength(1);
    expect(list(t, { search: 'queretaro michoacan' }).total).toBe(0);
  });
});

// ─── list: search and filters ───────────────────────────────────────────────

describe('list: filters, search, pages', () => {
  function seeded(): { t: TempDb; byAsunto: Map<string, BitacoraDetail> } {
    const t = createTempDb();
    setupMx(t.dispatch);
    const specs: Partial<CreateInput>[] = [
      {
        asunto: 'Requerimiento de pago',
        documentDate: '2026-01-10',
        counterpartyId: QUERETARO,
        direction: 'enviado',
        docKind: 'Oficio',
      },
      {
        asunto: 'Acuse de recibo',
        documentDate: '2026-01-20',
        counterpartyId: JALISCO,
        direction: 'recibido',
        docKind: 'Oficio',
      },
      {
        asunto: 'Solicitud de documentación',
        documentDate: '2026-02-05',
        entity: 'Nuevo León',
        direction: 'recibido',
        docKind: 'Memorándum',
      },
      {
        asunto: 'Notificación de pago',
        documentDate: '2026-02-28',
        counterpartyId: QUERETARO,
        direction: 'recibido',
        docKind: 'Memorándum interno',
      },
      {
        asunto: 'Sin fecha, registrado hoy',
        documentDate: null,
        entity: 'Estado de México',
        direction: 'recibido',
        docKind: 'Tarjeta',
      },
      {
        asunto: 'Consulta 100% urgente_ya',
        documentDate: '2025-12-15',
        entity: 'Michoacán',
        direction: 'enviado',
        docKind: 'Oficio',
      },
    ];
    const byAsunto = new Map(specs.map((s) => [s.asunto!, create(t, s)]));
    return { t, byAsunto };
  }
  const asuntos = (p: Page<BitacoraRow>) => p.rows.map((r) => r.asunto);

  it('date range on the document date, falling back to the day it was recorded when it has none', () => {
    const { t } = seeded();
    expect(asuntos(list(t, { from: '2026-01-01', to: '2026-01-31' }))).toEqual([
      'Acuse de recibo',
      'Requerimiento de pago',
    ]);
    expect(asuntos(list(t, { from: '2026-02-01', to: '2026-02-28' }))).toEqual([
      'Notificación de pago',
      'Solicitud de documentación',
    ]);
    // Undated: recorded today (TODAY, local).
    expect(asuntos(list(t, { from: TODAY, to: TODAY }))).toEqual(['Sin fecha, registrado hoy']);
    expect(asuntos(list(t, { to: '2025-12-31' }))).toEqual(['Consulta 100% urgente_ya']);
    expect(list(t, { from: '2026-01-01' }).total).toBe(5);
    expectErr(
      t.dispatch('bitacora.list', { filters: { from: '2026-02-01', to: '2026-01-01' } }),
      ErrorCodes.invalidInput,
    );
  });

  it('counterparty, estado text (accent-insensitive, contains), direction, type', () => {
    const { t } = seeded();
    expect(asuntos(list(t, { counterpartyId: QUERETARO }))).toEqual(['Notificación de pago', 'Requerimiento de pago']);
    expect(asuntos(list(t, { entity: 'nuevo leon' }))).toEqual(['Solicitud de documentación']);
    expect(asuntos(list(t, { entity: 'QUERÉ' }))).toEqual(['Notificación de pago', 'Requerimiento de pago']);
    expect(list(t, { direction: 'enviado' }).total).toBe(2);
    expect(list(t, { direction: 'recibido' }).total).toBe(4);
    expect(asuntos(list(t, { docKind: 'memorandum' }))).toEqual(['Notificación de pago', 'Solicitud de documentación']);
    expect(
      asuntos(list(t, { direction: 'recibido', docKind: 'oficio', from: '2026-01-01', to: '2026-12-31' })),
    ).toEqual(['Acuse de recibo']);
    // % and _ typed in a filter are literal characters.
    expect(list(t, { entity: '%' }).total).toBe(0);
  });

  it('search: accent-free words, prefixes, several words all required, by volante; FTS syntax is never passed through', () => {
    const { t, byAsunto } = seeded();
    expect(asuntos(list(t, { search: 'notificacion' }))).toEqual(['Notificación de pago']);
    expect(asuntos(list(t, { search: 'pago' }))).toEqual(['Notificación de pago', 'Requerimiento de pago']);
    expect(asuntos(list(t, { search: 'pago requer' }))).toEqual(['Requerimiento de pago']);
    expect(asuntos(list(t, { search: 'michoacan' }))).toEqual(['Consulta 100% urgente_ya']);
    const second = byAsunto.get('Acuse de recibo')!;
    expect(asuntos(list(t, { search: second.volante }))).toEqual(['Acuse de recibo']);
    for (const nasty of [
      '"',
      'NEAR(pago',
      'pago OR',
      '* AND',
      'asunto:pago',
      '(((',
      '-pago',
      '^pago',
      'pago"*',
      "'; DROP TABLE bitacora_entries; --",
    ]) {
      const r = t.dispatch('bitacora.list', { filters: { search: nasty } });
      expect(r.ok, `${nasty}: ${JSON.stringify(r)}`).toBe(true);
    }
    expect(asuntos(list(t, { search: 'asunto:pago' }))).toEqual([]);
    expect(count(t, 'bitacora_entries')).toBe(6);
  });

  it('pages newest first with the total; attachmentCount comes along', () => {
    const { t, byAsunto } = seeded();
    call(t.dispatch, 'bitacora.attach', { id: byAsunto.get('Acuse de recibo')!.id, scan: scan('acuse.pdf', PDF) });
    const p1 = list(t, {}, 1, 4);
    const p2 = list(t, {}, 2, 4);
    expect(p1).toMatchObject({ page: 1, pageSize: 4, total: 6, totalCapped: false });
    expect(p1.rows).toHaveLength(4);
    expect(p2.rows).toHaveLength(2);
    expect([...volantes(p1), ...volantes(p2)]).toEqual([
      '2026-0006',
      '2026-0005',
      '2026-0004',
      '2026-0003',
      '2026-0002',
      '2026-0001',
    ]);
    expect([...p1.rows, ...p2.rows].find((r) => r.asunto === 'Acuse de recibo')!.attachmentCount).toBe(1);
    expect(p1.rows.every((r) => typeof r.amendmentCount === 'number' && r.documentId === null)).toBe(true);
  });
});

// ─── scans ──────────────────────────────────────────────────────────────────

describe('scans: PDF, JPG, PNG by content, with SHA-256; anything else refused and nothing written', () => {
  it('a PDF, a PNG and a JPEG are stored with their type, size and SHA-256; the bytes come back identical', () => {
    const t = createTempDb();
    const e = create(t, { scans: [scan('acuse.pdf', PDF), scan('foto.png', PNG), scan('foto.JPG', JPEG)] } as never);
    expect(e.attachmentCount).toBe(3);
    expect(e.attachments.map((a) => [a.fileName, a.mime, a.sizeBytes, a.sha256])).toEqual([
      ['acuse.pdf', 'application/pdf', PDF.length, sha256(PDF)],
      ['foto.png', 'image/png', PNG.length, sha256(PNG)],
      ['foto.JPG', 'image/jpeg', JPEG.length, sha256(JPEG)],
    ]);
    for (const [a, bytes] of [
      [e.attachments[0]!, PDF],
      [e.attachments[1]!, PNG],
      [e.attachments[2]!, JPEG],
    ] as const) {
      const got = call(t.dispatch, 'assets.get', { id: a.assetId });
      expect(Buffer.from(got.dataBase64, 'base64').equals(bytes)).toBe(true);
      expect(got.sha256).toBe(sha256(bytes));
    }
    expect(t.sqlite.prepare(`SELECT DISTINCT kind FROM assets`).all()).toEqual([{ kind: 'escaneo' }]);
  });

  it('a PNG named .pdf is a PNG (type by content, not by name)', () => {
    const t = createTempDb();
    const e = create(t, { scans: [scan('oficio.pdf', PNG)] } as never);
    expect(e.attachments[0]!.mime).toBe('image/png');
  });

  it('an .exe renamed to .pdf is refused with a Spanish message naming the file; no entry, no file, no volante used', () => {
    const t = createTempDb();
    create(t);
    const before = counts(t);
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('bitacora.create', {
          direction: 'recibido',
          asunto: 'Con virus',
          scans: [scan('acuse.pdf', PDF), scan('factura.pdf', EXE)],
        }),
        'archivos/tipo-no-admitido',
      ),
    );
    expect(err.message).toBe(
      'El archivo «factura.pdf» no es un PDF, JPG ni PNG (su contenido no corresponde a su nombre). No se guardó nada.',
    );
    expect(counts(t)).toEqual(before);
    // Attaching it to an existing entry is refused the same way.
    expectErr(t.dispatch('bitacora.attach', { id: 1, scan: scan('acuse.pdf', EXE) }), 'archivos/tipo-no-admitido');
    expect(counts(t)).toEqual(before);
    // The next entry takes the next volante: the refused one used none.
    expect(create(t).volante).toBe('2026-0002');
  });

  it('other contents (GIF, ZIP/DOCX, text) are refused too', () => {
    const t = createTempDb();
    const e = create(t);
    for (const [name, bytes] of [
      ['imagen.gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
      ['oficio.docx', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1')],
      ['nota.txt', Buffer.from('Hola, esto es texto con acentos: Querétaro', 'utf8')],
      ['casi.pdf', Buffer.from(' %PDF-1.4', 'latin1')],
    ] as const) {
      const err = expectErr(
        t.dispatch('bitacora.attach', { id: e.id, scan: scan(name, bytes) }),
        'archivos/tipo-no-admitido',
      );
      expect(err.message).toContain(`«${name}»`);
    }
    expect(count(t, 'assets')).toBe(0);
  });

  it('too big: one byte over the limit is refused with the limit in the message', () => {
    const t = createTempDb();
    const e = create(t);
    const big = Buffer.alloc(MAX_SCAN_BYTES + 1, 0x20);
    PDF.copy(big);
    const before = counts(t);
    const err = expectErr(
      t.dispatch('bitacora.attach', { id: e.id, scan: scan('expediente.pdf', big) }),
      'archivos/muy-grande',
    );
    expect(err.message).toContain('15 MB');
    expect(counts(t)).toEqual(before);
  });

  it('broken base64 is refused (not silently decoded into other bytes)', () => {
    const t = createTempDb();
    const e = create(t);
    const good = PDF.toString('base64');
    for (const bad of [
      `${good.slice(0, -4)}!!!!`,
      good.slice(0, -1),
      `${good.slice(0, 8)}\n${good.slice(8)}`,
      `data:application/pdf;base64,${good}`,
    ]) {
      expectErr(
        t.dispatch('bitacora.attach', { id: e.id, scan: { fileName: 'acuse.pdf', dataBase64: bad } }),
        'archivos/base64-invalido',
      );
    }
    expectErr(
      t.dispatch('bitacora.attach', { id: e.id, scan: { fileName: 'vacio.pdf', dataBase64: '' } }),
      ErrorCodes.invalidInput,
    );
    expect(count(t, 'assets')).toBe(0);
  });

  it('the same bytes are stored once; attaching the same file twice to one entry is refused', () => {
    const t = createTempDb();
    const a = create(t, { scans: [scan('acuse.pdf', PDF)] } as never);
    const b = create(t, { scans: [scan('copia del acuse.pdf', PDF)] } as never);
    expect(b.attachments[0]!.assetId).toBe(a.attachments[0]!.assetId);
    expect(count(t, 'assets')).toBe(1);
    const err = expectErr(
      t.dispatch('bitacora.attach', { id: a.id, scan: scan('otra vez.pdf', PDF) }),
      'bitacora/escaneo-repetido',
    );
    expect(err.message).toContain('ya está adjunto');
    const c = call(t.dispatch, 'bitacora.attach', { id: a.id, scan: scan('foto.png', PNG) });
    expect(c.attachments.map((x) => x.fileName)).toEqual(['acuse.pdf', 'foto.png']);
    expectErr(t.dispatch('bitacora.attach', { id: 999, scan: scan('foto.png', PNG) }), ErrorCodes.notFound);
  });
});

// ─── export ─────────────────────────────────────────────────────────────────

const EXPECTED_HEADERS = [
  'Volante',
  'Asunto',
  'Docto',
  'Fecha',
  'Dirigido a',
  'Estado',
  'De parte de',
  'Entregó',
  'Fecha (entrega)',
];

function localStamp(): string {
  const d = new Date(FIXED_NOW);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

async function runExport(b: Backend | TempDb, input: Record<string, unknown>): Promise<Result<unknown>> {
  return ('backend' in b ? b.backend : b).dispatch.run('bitacora.export', input);
}

function exportSample(t: TempDb): [BitacoraDetail, BitacoraDetail, BitacoraDetail] {
  setupMx(t.dispatch);
  const a = create(t, {
    asunto: 'Requerimiento de pago — Convenio 32x32 (ñandú, acción)',
    documentNumber: 'SSZ/DF/0042/2026',
    documentDate: '2026-02-03',
    addressedTo: 'Mtra. María Guadalupe Ibáñez Ordóñez',
    entity: 'Michoacán',
    fromParty: 'Dirección de Financiamiento',
    deliveredBy: 'Oficialía de partes',
    deliveryDate: '2026-02-05',
    origin: 'Morelia, Mich.',
    folder: 'Carpeta 3',
    observations: 'Acuse con sello; falta anexo',
    caseRef: 'EXP-2026-014',
    docKind: 'Oficio',
    scans: [scan('acuse.pdf', PDF)],
  } as never);
  const b = create(t, {
    asunto: 'Acuse de recibo de factura',
    documentDate: '2026-01-15',
    counterpartyId: QUERETARO,
    direction: 'enviado',
  });
  const c = create(t, { asunto: 'Nota sin fecha', documentDate: null });
  // Every field sent (the unchanged ones repeat their value), so this sample does not lean on how absent fields parse.
  call(t.dispatch, 'bitacora.amend', {
    id: b.id,
    changes: { ...b.original, asunto: 'Acuse de recibo de factura (corregido)', deliveredBy: 'Begoña Muñoz' },
    reason: 'Se corrigió el asunto',
  } as never);
  return [a, b, c];
}

describe('export: Excel by streaming, with progress, into exportaciones/', () => {
  it('columns in the paper form’s order, real dates, current (amended) values, only the filtered rows; progress reported', async () => {
    const t = createTempDb();
    const [a] = exportSample(t);
    create(t, { asunto: 'Fuera del periodo', documentDate: '2025-06-01' });
    const { backend, events } = backendWithEvents(t);
    const res = expectOk<ExportResult>(await runExport(backend, { filters: { from: '2026-01-01', to: '2026-12-31' } }));
    expect(res.fileName).toBe(`bitacora-${localStamp()}.xlsx`);
    expect(res.path).toBe(path.join(exportsDirOf(t), res.fileName));
    expect(res.rows).toBe(3);
    expect(res.sizeBytes).toBe(fs.statSync(res.path).size);
    expect(listExports(t)).toEqual([res.fileName]);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]).toMatchObject({ method: 'bitacora.export', done: 0, total: 3, label: 'Exportando bitácora…' });
    expect(events.at(-1)).toMatchObject({ done: 3, total: 3 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const ws = wb.getWorksheet('Bitácora')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual(EXPECTED_HEADERS);
    expect(header).toEqual(
      expect.arrayContaining([
        'Dirección',
        'Lugar de origen',
        'Observaciones',
        'Expediente',
        'Tipo de documento',
        'Escaneos',
        'Enmiendas',
      ]),
    );
    const col = (h: string) => header.indexOf(h) + 1;
    // Register order: volante ascending.
    const rows = [2, 3, 4].map((n) => ws.getRow(n));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    const first = rows[0]!;
    expect(first.getCell(col('Asunto')).value).toBe(a.asunto);
    expect(first.getCell(col('Dirigido a')).value).toBe('Mtra. María Guadalupe Ibáñez Ordóñez');
    expect(first.getCell(col('Fecha')).value).toEqual(new Date(Date.UTC(2026, 1, 3)));
    expect(first.getCell(col('Fecha (entrega)')).value).toEqual(new Date(Date.UTC(2026, 1, 5)));
    expect(first.getCell(col('Fecha')).value).toBeInstanceOf(Date);
    expect(first.getCell(col('Escaneos')).value).toBe(1);
    const second = rows[1]!;
    expect(second.getCell(col('Asunto')).value).toBe('Acuse de recibo de factura (corregido)');
    expect(second.getCell(col('Entregó')).value).toBe('Begoña Muñoz');
    expect(second.getCell(col('Estado')).value).toBe('Querétaro');
    expect(second.getCell(col('Enmiendas')).value).toBe(1);
    expect(second.getCell(col('Dirección')).value).toBe('Enviado');
    // The undated entry (recorded today) is in the range by its recording day; its Fecha cell is empty.
    expect(rows[2]!.getCell(col('Fecha')).value ?? null).toBeNull();
    expect(ws.rowCount).toBe(4);
  });

  it('files.read hands back exactly the exported bytes; nothing outside exportaciones/ is readable', async () => {
    const t = createTempDb();
    exportSample(t);
    const res = expectOk<ExportResult>(await runExport(t, {}));
    const got = call(t.dispatch, 'files.read', { fileName: res.fileName }) as StoredFile;
    expect(got.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(got.dataBase64, 'base64').equals(fs.readFileSync(res.path))).toBe(true);
    // The database file sits one folder up; names with separators never pass validation.
    expectErr(t.dispatch('files.read', { fileName: '../cartera.sqlite' }), ErrorCodes.invalidInput);
    expectErr(t.dispatch('files.read', { fileName: '..' }), 'archivos/fuera-de-exportaciones');
    expectErr(t.dispatch('files.read', { fileName: 'cartera.sqlite' }), 'archivos/tipo-no-admitido');
    expectErr(t.dispatch('files.read', { fileName: 'no-existe.xlsx' }), ErrorCodes.notFound);
    fs.writeFileSync(path.join(exportsDirOf(t), `${res.fileName}.partial`), 'x');
    expectErr(t.dispatch('files.read', { fileName: `${res.fileName}.partial` }), 'archivos/tipo-no-admitido');
  });

  it('two exports in the same second get different names', async () => {
    const t = createTempDb();
    exportSample(t);
    const a = expectOk<ExportResult>(await runExport(t, {}));
    const b = expectOk<ExportResult>(await runExport(t, { filters: { direction: 'enviado' } }));
    expect(b.fileName).toBe(`bitacora-${localStamp()}-2.xlsx`);
    expect(b.rows).toBe(1);
    const c = expectOk<ExportResult>(await runExport(t, { filters: { search: 'nandu accion' } }));
    expect(c.fileName).toBe(`bitacora-${localStamp()}-3.xlsx`);
    expect(listExports(t)).toEqual([a.fileName, b.fileName, c.fileName].sort());
  });

  it('search, counterparty and estado filters reach the export (current, amended text)', async () => {
    const t = createTempDb();
    exportSample(t);
    const rows = async (filters: Record<string, unknown>) =>
      expectOk<ExportResult>(await runExport(t, { filters })).rows;
    expect(await rows({ search: 'nandu accion' })).toBe(1);
    expect(await rows({ search: 'nandu', direction: 'enviado' })).toBe(0);
    expect(await rows({ search: 'acuse corregido', counterpartyId: QUERETARO })).toBe(1);
    expect(await rows({ search: 'acuse corregido', counterpartyId: JALISCO })).toBe(0);
    expect(await rows({ entity: 'michoacan' })).toBe(1);
    expect(await rows({ docKind: 'oficio', from: '2026-02-01', to: '2026-02-28' })).toBe(1);
  });

  it('cancelled half-way: Spanish "cancelada", no file and no partial file left', async () => {
    const t = createTempDb();
    seedRaw(t.sqlite, 6000);
    let asked = false;
    const { backend, events } = backendWithEvents(t, (p, b) => {
      if (!asked && p.done >= 1000) {
        asked = true;
        expect(b.dispatch.cancel('cancelame-1')).toBe(true);
      }
    });
    const r = await backend.dispatch.run('bitacora.export', { filters: {}, jobId: 'cancelame-1' });
    const err = expectErr(r, 'exportacion/cancelada');
    expect(err.message).toMatch(/cancelada/);
    expect(asked).toBe(true);
    expect(events.at(-1)!.done).toBeLessThan(6000);
    expect(listExports(t)).toEqual([]);
    // The job is gone: cancelling again finds nothing.
    expect(backend.dispatch.cancel('cancelame-1')).toBe(false);
  });

  it('an empty range still writes a workbook with the headers', async () => {
    const t = createTempDb();
    exportSample(t);
    const res = expectOk<ExportResult>(await runExport(t, { filters: { from: '2030-01-01' } }));
    expect(res.rows).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    expect((wb.getWorksheet('Bitácora')!.getRow(1).values as unknown[]).slice(1, 10)).toEqual(EXPECTED_HEADERS);
  });
});

// ─── export: the printed cards (PDF) ────────────────────────────────────────

const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
if (!hasPdftotext) {
  const msg = 'Falta poppler-utils (pdftotext): instale «apt-get install -y poppler-utils».';
  if (process.env.CI === 'true') console.error(`[bitácora] ${msg} En CI esta prueba es obligatoria y FALLA.`);
  else
    console.warn(
      `\n${'!'.repeat(100)}\n[bitácora] SE OMITE LA LECTURA DEL PDF DE TARJETAS. ${msg}\n${'!'.repeat(100)}\n`,
    );
}

describe('export: the paper form’s cards as PDF', () => {
  it('writes a PDF in exportaciones/ with the entries (accents intact)', async () => {
    const t = createTempDb();
    exportSample(t);
    const res = expectOk<ExportResult>(await runExport(t, { format: 'pdf' }));
    expect(res.fileName).toBe(`bitacora-${localStamp()}.pdf`);
    expect(res.rows).toBe(3);
    const bytes = fs.readFileSync(res.path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(call(t.dispatch, 'files.read', { fileName: res.fileName }).mime).toBe('application/pdf');
    if (!hasPdftotext) {
      if (process.env.CI === 'true') throw new Error('[bitácora] CI=true y no hay pdftotext.');
      return;
    }
    const text = spawnSync('pdftotext', ['-layout', res.path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('2026-0001');
    expect(text).toContain('Mtra. María Guadalupe Ibáñez Ordóñez');
    expect(text).toContain('Acuse de recibo de factura (corregido)');
    expect(text).toContain(MX_NAME);
  });

  it(`more than ${MAX_PDF_ROWS} entries: refused with a Spanish message (narrow the range or use Excel), nothing written`, async () => {
    const t = createTempDb();
    seedRaw(t.sqlite, MAX_PDF_ROWS + 1);
    const err = expectErr(await runExport(t, { format: 'pdf' }), 'bitacora/impresion-demasiado-grande');
    expect(err.message).toContain('Excel');
    expect(listExports(t)).toEqual([]);
  });
});
const MX_NAME = 'Régimen Estatal de Protección Social en Salud de Zacatecas';

// ─── LibreOffice opens the exported workbook ────────────────────────────────

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0,
);
if (!soffice) {
  const msg =
    'Falta LibreOffice (soffice): instale «apt-get install -y --no-install-recommends libreoffice-calc-nogui».';
  const bar = '!'.repeat(100);
  if (process.env.CI === 'true')
    console.error(`\n${bar}\n[bitácora] ${msg} En CI esta prueba es obligatoria y FALLA.\n${bar}\n`);
  else console.warn(`\n${bar}\n[bitácora] SE OMITE LA CONVERSIÓN CON LIBREOFFICE DE LA EXPORTACIÓN. ${msg}\n${bar}\n`);
}

describe.skipIf(!soffice && process.env.CI !== 'true')('LibreOffice headless opens the exported workbook', () => {
  beforeAll(() => {
    if (!soffice)
      throw new Error('[bitácora] CI=true y no hay LibreOffice (soffice): esta prueba es obligatoria en CI.');
  });

  it('converts it to CSV: headers in order, dates dd/mm/yyyy, accents intact', async () => {
    const t = createTempDb();
    exportSample(t);
    const res = expectOk<ExportResult>(await runExport(t, {}));
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-csv-'));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
    try {
      const r = spawnSync(
        soffice!,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          outDir,
          res.path,
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      const csvFile = path.join(outDir, res.fileName.replace(/\.xlsx$/, '.csv'));
      expect(fs.existsSync(csvFile), `soffice no produjo el CSV\n${r.stdout}\n${r.stderr}`).toBe(true);
      const lines = fs.readFileSync(csvFile, 'utf8').split(/\r?\n/).filter(Boolean);
      expect(
        lines[0]!
          .split(',')
          .slice(0, 9)
          .map((h) => h.replace(/^"|"$/g, '')),
      ).toEqual(EXPECTED_HEADERS);
      expect(lines).toHaveLength(4);
      expect(lines[1]!.startsWith('2026-0001,') || lines[1]!.startsWith('"2026-0001",')).toBe(true);
      expect(lines[1]).toContain('Requerimiento de pago — Convenio 32x32 (ñandú, acción)');
      expect(lines[1]).toContain('Mtra. María Guadalupe Ibáñez Ordóñez');
      expect(lines[1]).toContain('Michoacán');
      expect(lines[1]).toContain('03/02/2026');
      expect(lines[2]).toContain('Begoña Muñoz');
      expect(lines[2]).toContain('Querétaro');
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);
});

// ─── raw SQL cannot edit or delete the register ─────────────────────────────

describe('raw SQL: editing or deleting the bitácora is refused', () => {
  let fixture: string;
  let ids: { entry: number; amendment: number; attachment: number; asset: number };

  beforeAll(() => {
    const t = createTempDb();
    const e = create(t, { asunto: 'Registro protegido de Querétaro', scans: [scan('acuse.pdf', PDF)] } as never);
    const d = call(t.dispatch, 'bitacora.amend', {
      id: e.id,
      changes: { observations: 'Enmendado' },
      reason: 'Prueba de enmienda',
    } as never);
    create(t, { asunto: 'Otro registro' });
    ids = {
      entry: e.id,
      amendment: d.amendments[0]!.id,
      attachment: d.attachments[0]!.id,
      asset: d.attachments[0]!.assetId,
    };
    t.close();
    // Its own folder: the temp dirs of createTempDb are removed after each test.
    fixture = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-bit-fixture-')), 'cartera.sqlite');
    fs.copyFileSync(t.file, fixture);
  });
  afterAll(() => fs.rmSync(path.dirname(fixture), { recursive: true, force: true }));

  const TABLES = ['bitacora_entries', 'bitacora_current', 'bitacora_amendments', 'bitacora_attachments', 'assets'];
  function dump(file: string): string {
    const db = new Database(file, { readonly: true });
    try {
      return JSON.stringify(TABLES.map((tb) => db.prepare(`SELECT * FROM ${tb} ORDER BY rowid`).all()));
    } finally {
      db.close();
    }
  }
  const copies: string[] = [];
  afterAll(() => {
    for (const d of copies) fs.rmSync(d, { recursive: true, force: true });
  });
  function copy(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-bit-raw-'));
    copies.push(dir);
    const f = path.join(dir, 'cartera.sqlite');
    fs.copyFileSync(fixture, f);
    return f;
  }

  const CASES: { name: string; sql: () => string; message: string }[] = [
    {
      name: 'UPDATE bitacora_entries',
      sql: () => `UPDATE bitacora_entries SET asunto = 'alterado' WHERE id = ${ids.entry}`,
      message: 'bitácora: los registros de la bitácora no se modifican',
    },
    {
      name: 'DELETE bitacora_entries',
      sql: () => `DELETE FROM bitacora_entries WHERE id = ${ids.entry}`,
      message: 'bitácora: los registros de la bitácora no se eliminan',
    },
    {
      name: 'UPDATE bitacora_current (the projection)',
      sql: () => `UPDATE bitacora_current SET asunto = 'alterado'`,
      message: 'bitácora: los registros no se modifican; registre una enmienda con su motivo',
    },
    {
      name: 'UPDATE bitacora_current faking the amendment count',
      sql: () =>
        `UPDATE bitacora_current SET asunto = 'alterado', amendment_count = amendment_count + 1 WHERE id = ${ids.entry}`,
      message: 'bitácora: los registros no se modifican',
    },
    {
      name: 'DELETE bitacora_current',
      sql: () => `DELETE FROM bitacora_current`,
      message: 'bitácora: los registros de la bitácora no se eliminan',
    },
    {
      name: 'UPDATE bitacora_amendments',
      sql: () => `UPDATE bitacora_amendments SET reason = 'otro motivo'`,
      message: 'bitácora: las enmiendas no se modifican',
    },
    {
      name: 'DELETE bitacora_amendments',
      sql: () => `DELETE FROM bitacora_amendments WHERE id = ${ids.amendment}`,
      message: 'bitácora: las enmiendas no se eliminan',
    },
    {
      name: 'UPDATE bitacora_attachments',
      sql: () => `UPDATE bitacora_attachments SET asset_id = 1`,
      message: 'bitácora: los escaneos adjuntos no se modifican',
    },
    {
      name: 'DELETE bitacora_attachments',
      sql: () => `DELETE FROM bitacora_attachments WHERE id = ${ids.attachment}`,
      message: 'bitácora: los escaneos adjuntos no se eliminan',
    },
    {
      name: 'UPDATE assets (the scan’s bytes)',
      sql: () => `UPDATE assets SET data = x'00' WHERE id = ${ids.asset}`,
      message: 'archivos: los archivos guardados no se modifican',
    },
    {
      name: 'DELETE assets (the scan)',
      sql: () => `DELETE FROM assets WHERE id = ${ids.asset}`,
      message: 'archivos: los archivos guardados no se eliminan',
    },
    {
      name: 'INSERT OR REPLACE over an existing entry',
      // Folio 3 is the next of 2026, so only the replace guard stands in the way.
      sql: () =>
        `INSERT OR REPLACE INTO bitacora_entries (id, year, folio, direction, asunto, created_at) VALUES (${ids.entry}, 2026, 3, 'recibido', 'reemplazado', 'raw')`,
      message: 'bitácora: los registros de la bitácora no se reemplazan',
    },
    {
      name: 'REPLACE INTO bitacora_current',
      sql: () =>
        `REPLACE INTO bitacora_current SELECT id, year, folio, direction, 'reemplazado', document_number, document_date, addressed_to, entity, counterparty_id, from_party, delivered_by, delivery_date, origin, folder, observations, case_ref, doc_kind, document_id, amendment_count, created_at FROM bitacora_current WHERE id = ${ids.entry}`,
      message: 'bitácora: los registros de la bitácora no se reemplazan',
    },
    {
      name: 'an entry that skips a volante',
      sql: () =>
        `INSERT INTO bitacora_entries (year, folio, direction, asunto, created_at) VALUES (2026, 9, 'recibido', 'salto', 'raw')`,
      message: 'bitácora: el volante debe ser el siguiente consecutivo del año',
    },
    {
      name: 'an entry that repeats a volante',
      sql: () =>
        `INSERT INTO bitacora_entries (year, folio, direction, asunto, created_at) VALUES (2026, 1, 'recibido', 'repetido', 'raw')`,
      message: 'bitácora: el volante debe ser el siguiente consecutivo del año',
    },
  ];

  describe('through better-sqlite3', () => {
    for (const c of CASES) {
      it(c.name, () => {
        const f = copy();
        const before = dump(f);
        const db = new Database(f);
        try {
          db.pragma('foreign_keys = ON');
          db.pragma('recursive_triggers = ON');
          expect(() => db.exec(c.sql())).toThrow(c.message);
        } finally {
          db.close();
        }
        expect(dump(f)).toBe(before);
      });
    }
  });

  describe('through the sqlite3 shell', () => {
    const SQLITE3 = '/usr/bin/sqlite3';
    const hasShell = fs.existsSync(SQLITE3);
    if (!hasShell) {
      if (process.env.CI === 'true')
        it('sqlite3 is installed', () => expect(hasShell, 'CI=true y no hay /usr/bin/sqlite3').toBe(true));
      else
        console.warn(
          `\n${'!'.repeat(100)}\n[bitácora] SE OMITEN LAS PRUEBAS CON EL SHELL sqlite3: instale «apt-get install -y sqlite3».\n${'!'.repeat(100)}\n`,
        );
    }
    for (const c of CASES) {
      it.skipIf(!hasShell)(c.name, () => {
        const f = copy();
        const before = dump(f);
        const r = spawnSync(SQLITE3, [f, c.sql()], { encoding: 'utf8' });
        expect(r.status, r.stderr).not.toBe(0);
        expect(r.stderr).toContain(c.message);
        expect(dump(f)).toBe(before);
      });
    }

    it.skipIf(!hasShell)(
      'control: an amendment inserted by hand is applied (the guards are not "refuse everything") and the original stays',
      () => {
        const f = copy();
        const r = spawnSync(
          SQLITE3,
          [
            f,
            `INSERT INTO bitacora_amendments (entry_id, changes, reason, created_at) VALUES (${ids.entry}, '{"folder":"Carpeta 9"}', 'Prueba desde el shell', 'raw')`,
          ],
          {
            encoding: 'utf8',
          },
        );
        expect(r.status, r.stderr).toBe(0);
        const db = new Database(f, { readonly: true });
        try {
          expect(
            db.prepare(`SELECT folder, amendment_count FROM bitacora_current WHERE id = ?`).get(ids.entry),
          ).toEqual({ folder: 'Carpeta 9', amendment_count: 2 });
          expect(db.prepare(`SELECT folder FROM bitacora_entries WHERE id = ?`).get(ids.entry)).toEqual({ folder: '' });
        } finally {
          db.close();
        }
      },
    );
  });
});
