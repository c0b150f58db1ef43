/**
 * The printed letter (DOMAIN.md §8, Anexo 01 of the 32x32 procedure): the
 * document definition is checked directly; the PDF is read back with
 * poppler (pdftotext -layout), validated with qpdf --check, rendered to PNG
 * in test-results/pdf/ for a person to look at, and proved byte-identical
 * across renders, processes, time zones and an esbuild bundle.
 *
 * Without poppler-utils/qpdf the PDF checks are skipped locally with a loud
 * message and FAIL under CI=true.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentNode } from '../../../electron/adapters/pdf/doc-types';
import { buildLetterDoc, renderLetterPdf } from '../../../electron/adapters/pdf/letter';
import { bankInsertIndex, tableWidths } from '../../../electron/adapters/pdf/letter-blocks';
import { letterNumberLine } from '../../../electron/adapters/pdf/letter-page';
import type { LetterModel } from '../../../electron/adapters/pdf/letter-model';
import { parseFixedDate } from '../../../electron/adapters/pdf/metadata';
import { renderPdf } from '../../../electron/adapters/pdf/render';
import { sampleRequerimiento, withManyRows } from '../../fixtures/pdf/sample-letter';
import {
  flat,
  missingPdfTools,
  overlaps,
  pdfPages,
  PDF_OUT,
  qpdfCheck,
  rowRe,
  run,
  wordBoxes,
  writePdf,
  writePngs,
} from '../../fixtures/pdf/poppler';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const OUT = PDF_OUT;

const missingTools = missingPdfTools('LAS PRUEBAS QUE LEEN EL PDF (texto, qpdf, PNG)');

const fileId = (pdf: Buffer) => /\/ID \[<([0-9a-f]{32})> <\1>\]/.exec(pdf.toString('latin1'))?.[1];

// ── The document definition (no poppler needed) ─────────────────────────────

describe('buildLetterDoc', () => {
  it('lays out a Carta page with fixed metadata from the model', () => {
    const doc = buildLetterDoc(sampleRequerimiento());
    expect(doc.pageSize).toBe('LETTER');
    expect(doc.pageMargins[0]).toBe(doc.pageMargins[2]);
    expect(doc.info.creationDate.toISOString()).toBe('2026-02-03T16:20:00.000Z');
    expect(doc.info.modDate.toISOString()).toBe('2026-02-03T16:20:00.000Z');
    expect(doc.info.title).toBe('OFICIO DGF/0042/2026 — Requerimiento de Pago');
    expect(doc.info.keywords).toBe('OFICIO No. DGF/0042/2026');
    // Logos travel as data URLs: pdfmake never reads a path or a URL.
    expect(Object.keys(doc.images).sort()).toEqual(['logoLeft', 'logoRight']);
    for (const url of Object.values(doc.images)) expect(url).toMatch(/^data:image\/png;base64,/);
    expect(doc.watermark).toBeUndefined();
  });

  it('is a pure function: the same model gives the same definition', () => {
    const a = JSON.stringify(buildLetterDoc(sampleRequerimiento()));
    const b = JSON.stringify(buildLetterDoc(sampleRequerimiento()));
    expect(a).toBe(b);
  });

  it('prints BORRADOR while the letter has no number', () => {
    expect(letterNumberLine({ kindLabel: 'OFICIO', number: 'DGF/0042/2026' })).toBe('OFICIO No. DGF/0042/2026');
    expect(letterNumberLine({ kindLabel: 'MEMORÁNDUM', number: null })).toBe('MEMORÁNDUM No. BORRADOR');
  });

  it('repeats the number under the letterhead from page 2 only', () => {
    const doc = buildLetterDoc(sampleRequerimiento());
    expect(JSON.stringify(doc.header(1, 2))).not.toContain('OFICIO No.');
    expect(JSON.stringify(doc.header(2, 2))).toContain('OFICIO No. DGF/0042/2026');
    expect(JSON.stringify(doc.footer(2, 3))).toContain('Página 2 de 3');
  });

  it('puts the bank block after the paragraph that announces it', () => {
    expect(bankInsertIndex(['…a la cuenta que se detalla a continuación:', 'Quedo en espera…', 'Atentamente…'])).toBe(
      1,
    );
    expect(bankInsertIndex(['Sin anuncio.', 'Otro párrafo.'])).toBe(2);
    expect(bankInsertIndex([])).toBe(0);
  });

  it('sizes table columns to the text width, widest text widest', () => {
    const table = sampleRequerimiento().table!;
    const widths = tableWidths(table, 5);
    const text = 612 - 2 * 68;
    expect(widths.reduce((s, w) => s + w, 0)).toBe(Math.floor(text - 4 * 10 - 5 * 0.5));
    expect(widths.every((w) => Number.isInteger(w) && w > 40)).toBe(true);
  });

  it('lays signers side by side, in rows of at most three', () => {
    const rowsOf = (n: number) => {
      const model = sampleRequerimiento();
      model.signers = Array.from({ length: n }, (_, i) => ({ name: `FIRMANTE ${i + 1}`, position: 'CARGO' }));
      const closing = buildLetterDoc(model).content.at(-1) as ContentNode;
      return (closing.stack ?? [])
        .map((c) => JSON.stringify(c).match(/FIRMANTE/g)?.length)
        .filter((n) => n !== undefined);
    };
    expect(rowsOf(1)).toEqual([1]);
    expect(rowsOf(2)).toEqual([2]);
    expect(rowsOf(3)).toEqual([3]);
    expect(rowsOf(5)).toEqual([3, 2]);
  });

  it('reads createdAt as ISO, UTC when it has no zone, and refuses anything else', () => {
    expect(parseFixedDate('2026-02-03').toISOString()).toBe('2026-02-03T00:00:00.000Z');
    expect(parseFixedDate('2026-02-03T10:15').toISOString()).toBe('2026-02-03T10:15:00.000Z');
    expect(parseFixedDate('2026-02-03T10:15:00-06:00').toISOString()).toBe('2026-02-03T16:15:00.000Z');
    expect(() => parseFixedDate('03/02/2026')).toThrow(/ISO/);
    expect(() => parseFixedDate('2026-02-30')).toThrow(/no existe/);
    const model = { ...sampleRequerimiento(), meta: { ...sampleRequerimiento().meta, createdAt: 'ayer' } };
    expect(() => buildLetterDoc(model)).toThrow(/ISO/);
  });

  it('refuses images given as a file path or a URL (offline, no file access)', async () => {
    const withPath = buildLetterDoc(sampleRequerimiento());
    withPath.images.logoLeft = path.join(ROOT, 'test', 'fixtures', 'logo-2x2.png');
    await expect(renderPdf(withPath)).rejects.toThrow(/denied by resource access policy/);
    const withUrl = buildLetterDoc(sampleRequerimiento());
    withUrl.images.logoLeft = 'https://logos.example.invalid/salud.png';
    await expect(renderPdf(withUrl)).rejects.toThrow(/denied by resource access policy/);
  });
});

// ── The PDF, read back ──────────────────────────────────────────────────────

describe.skipIf(missingTools.length > 0)('renderLetterPdf: Requerimiento de Pago Jalisco → Zacatecas', () => {
  let pdf: Buffer;
  let file: string;
  let pages: string[];

  beforeAll(async () => {
    pdf = await renderLetterPdf(sampleRequerimiento());
    file = writePdf('requerimiento', pdf);
    pages = pdfPages(file);
    writePngs(file);
  });

  it('fits one Carta page, nothing printed over anything else, and passes qpdf --check', () => {
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Página 1 de 1');
    expect(overlaps(wordBoxes(file)[0]!)).toEqual([]);
    qpdfCheck(file);
  });

  it('prints every block, accents intact, in the order of the original oficio', () => {
    const text = pages[0]!;
    const m = sampleRequerimiento();
    const inOrder = [
      ...m.letterhead.lines,
      'OFICIO No. DGF/0042/2026',
      'Guadalajara, Jal., 3 de febrero de 2026',
      'Asunto: Requerimiento de Pago',
      'L.C.P. MARÍA ELENA MUÑOZ ÁVILA',
      'DIRECTORA GENERAL DEL RÉGIMEN ESTATAL DE PROTECCIÓN SOCIAL EN SALUD',
      'SERVICIOS DE SALUD DE ZACATECAS',
      'CALLE GONZÁLEZ ORTEGA No. 301, COL. CENTRO',
      'C.P. 98000, ZACATECAS, ZAC.',
      'PRESENTE',
      m.bodyBefore[0]!,
      'HOJA DE CÁLCULO',
      'HC-JAL-ZAC-2025-12',
      'TOTAL',
      '(CUATROCIENTOS NOVENTA Y CUATRO MIL SEISCIENTOS TREINTA Y SEIS PESOS 25/100 M.N.)',
      m.bodyAfter[0]!,
      'CUENTA BANCARIA',
      'RÉGIMEN ESTATAL DE PROTECCIÓN SOCIAL EN SALUD DE JALISCO',
      m.bodyAfter[1]!,
      m.bodyAfter[2]!,
      'ATENTAMENTE',
      '“Sufragio Efectivo. No Reelección.”',
      '“2026, Año del Fortalecimiento de la Salud Pública en Jalisco”',
      'C.P. JUAN ANTONIO RAMÍREZ SÁNCHEZ',
      'c.c.p.',
      'Dr. Héctor Salvador Núñez Ochoa.- Director de Contratación y Garantía de Servicios de Salud a la Persona.- Para su conocimiento.',
      'Archivo / Minutario.',
      'JARS/mflr',
      'Av. Chapultepec No. 115, Col. Ladrón de Guevara, C.P. 44600, Guadalajara, Jal.',
      'Página 1 de 1',
    ];
    const flatText = flat(text);
    let from = 0;
    for (const s of inOrder) {
      const at = flatText.indexOf(flat(s), from);
      expect(at, `«${s}» falta o está fuera de orden`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
    // Table: header, the three rows, the total: each on its own line, cells in order.
    expect(text).toMatch(rowRe(['HOJA DE CÁLCULO', 'MES', 'MONTO', 'FACTURA']));
    for (const row of m.table!.rows) expect(text).toMatch(rowRe(row));
    expect(text).toMatch(rowRe(['TOTAL', '$494,636.25']));
    // Bank block, signers (side by side), footer contact.
    expect(text).toMatch(rowRe(['Cuenta:', '0123456789', 'CLABE:', '012320001234567895']));
    expect(text).toMatch(rowRe(['Banco:', 'BBVA MÉXICO, S.A.', 'Tipo de cuenta:', 'CHEQUES PRODUCTIVA']));
    expect(text).toMatch(
      rowRe(['C.P. JUAN ANTONIO RAMÍREZ SÁNCHEZ', 'MTRA. LUCÍA FERNÁNDEZ IBARRA', 'DR. ÓSCAR PEÑA GUTIÉRREZ']),
    );
    for (const s of m.signers) expect(flatText).toContain(s.name);
    expect(flatText).toContain('DIRECTORA DE FINANCIAMIENTO');
    expect(flatText).toContain('Tel. 33 3030 5000 ext. 41210');
    expect(flatText).toContain('portabilidad.finanzas@ejemplo.gob.mx');
  });

  it('is byte-identical when rendered again, with fixed dates and /ID', async () => {
    const again = await renderLetterPdf(sampleRequerimiento());
    expect(again.equals(pdf)).toBe(true);
    const info = run('pdfinfo', ['-isodates', file]).stdout;
    expect(info).toMatch(/^CreationDate:\s+2026-02-03T16:20:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2026-02-03T16:20:00Z$/m);
    expect(info).toMatch(/^Producer:\s+Cartera y Portabilidad$/m);
    expect(info).toMatch(/^Title:\s+OFICIO DGF\/0042\/2026 — Requerimiento de Pago$/m);
    expect(fileId(pdf)).toBeDefined();
    // Another letter gets another /ID (it hashes the info: number, asunto, title).
    const other = await renderLetterPdf({ ...sampleRequerimiento(), number: 'DGF/0043/2026' });
    expect(fileId(other)).toBeDefined();
    expect(fileId(other)).not.toBe(fileId(pdf));
  });

  it('is byte-identical when eight renders run at once (logo embedding is synchronous)', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => renderLetterPdf(sampleRequerimiento())));
    for (const other of all) expect(other.equals(pdf)).toBe(true);
  });

  it('gives the same bytes from an esbuild bundle in another process and time zone', async () => {
    const bundle = path.join(OUT, 'bundle', 'letter-smoke.cjs');
    await build({
      entryPoints: [path.join(ROOT, 'test', 'fixtures', 'pdf', 'bundle-entry.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'error',
      external: ['electron', 'better-sqlite3'],
      legalComments: 'none',
    });
    const out = path.join(OUT, 'bundle', 'requerimiento.pdf');
    const r = run(process.execPath, [bundle, out], { env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readFileSync(out).equals(pdf)).toBe(true);

    // A bundle copied where no node_modules can be found: a clear error, and
    // it works again with the TTFs in fonts/Roboto beside it.
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-pdf-bundle-'));
    try {
      fs.copyFileSync(bundle, path.join(alone, 'letter-smoke.cjs'));
      const lost = run(process.execPath, [path.join(alone, 'letter-smoke.cjs'), path.join(alone, 'x.pdf')], {
        cwd: alone,
      });
      expect(lost.status).not.toBe(0);
      expect(lost.stderr).toMatch(/No se encontraron las fuentes Roboto/);
      fs.cpSync(path.join(ROOT, 'node_modules', 'pdfmake', 'fonts', 'Roboto'), path.join(alone, 'fonts', 'Roboto'), {
        recursive: true,
      });
      const found = run(process.execPath, [path.join(alone, 'letter-smoke.cjs'), path.join(alone, 'x.pdf')], {
        cwd: alone,
      });
      expect(found.status, found.stderr).toBe(0);
      expect(fs.readFileSync(path.join(alone, 'x.pdf')).equals(pdf)).toBe(true);
    } finally {
      fs.rmSync(alone, { recursive: true, force: true });
    }
  });
});

describe.skipIf(missingTools.length > 0)('renderLetterPdf: long letters, borrador, watermark', () => {
  it('paginates a 120-row table: header repeated, every row once, Página X de N', async () => {
    const model = withManyRows(sampleRequerimiento(), 120);
    const file = writePdf('tabla-120-filas', await renderLetterPdf(model));
    qpdfCheck(file);
    const pages = pdfPages(file);
    const n = pages.length;
    expect(n).toBeGreaterThanOrEqual(2);
    const header = rowRe(['HOJA DE CÁLCULO', 'MES', 'MONTO', 'FACTURA']);
    pages.forEach((page, i) => {
      expect(page).toContain(`Página ${i + 1} de ${n}`);
      expect(page).toContain(model.letterhead.lines[0]!);
      if (i > 0) expect(page).toContain('OFICIO No. DGF/0042/2026');
      const firstRow = page.search(/HC-JAL-ZAC-\d{4}-\d{2}-\d{3}/);
      if (firstRow >= 0) {
        const headerAt = page.search(header);
        expect(headerAt, `página ${i + 1}: filas sin encabezado de tabla`).toBeGreaterThanOrEqual(0);
        expect(headerAt).toBeLessThan(firstRow);
      }
    });
    const all = pages.join('\n');
    for (const row of model.table!.rows) expect(all.split(row[0]!).length - 1, row[0]).toBe(1);
    expect(pages.filter((p) => header.test(p)).length).toBeGreaterThanOrEqual(2);
    expect(flat(all)).toContain(flat(model.table!.totalInWords!));
    // The signatures end the letter on the last page, with text of the letter above them.
    expect(pages[n - 1]).toContain('ATENTAMENTE');
    expect(flat(pages[n - 1]!)).toContain(flat(model.bodyAfter[2]!));
    writePngs(file);
  });

  it('prints BORRADOR in place of the number of an unnumbered letter', async () => {
    const model: LetterModel = { ...sampleRequerimiento(), number: null };
    const file = writePdf('borrador', await renderLetterPdf(model));
    qpdfCheck(file);
    const text = pdfPages(file).join('\n');
    expect(text).toContain('OFICIO No. BORRADOR');
    expect(text).not.toContain('DGF/0042/2026');
    writePngs(file);
  });

  it('draws the diagonal watermark on every page, text still readable', async () => {
    const model: LetterModel = { ...withManyRows(sampleRequerimiento(), 40), watermark: 'CANCELADO' };
    const file = writePdf('cancelado', await renderLetterPdf(model));
    qpdfCheck(file);
    // The rotated mark comes out one letter a line: read in stream order, spaces removed.
    const pages = pdfPages(file, '-raw');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('CANCELADO');
    const text = pages.join('\n');
    expect(text).toContain('OFICIO No. DGF/0042/2026');
    expect(flat(text)).toContain(flat(model.bodyBefore[0]!));
    writePngs(file);
  });

  it('a tall letterhead and a long footer push the body instead of overlapping it', async () => {
    const m = sampleRequerimiento();
    const model: LetterModel = {
      ...withManyRows(m, 60),
      letterhead: {
        ...m.letterhead,
        lines: [
          'GOBIERNO DEL ESTADO DE JALISCO — SECRETARÍA DE SALUD Y ORGANISMO PÚBLICO DESCENTRALIZADO SERVICIOS DE SALUD JALISCO',
          ...m.letterhead.lines.slice(1),
          'COORDINACIÓN DE PORTABILIDAD 32x32 Y COMPENSACIÓN ECONÓMICA INTERESTATAL',
          'ÁREA DE COBRANZA',
        ],
      },
      footer: {
        ...m.footer,
        address: `${m.footer.address} Edificio Anexo «B», planta alta, ventanilla de correspondencia de la Dirección de Financiamiento, horario de 9:00 a 15:00 horas, de lunes a viernes.`,
      },
    };
    const file = writePdf('membrete-alto', await renderLetterPdf(model));
    qpdfCheck(file);
    const pages = wordBoxes(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((words, i) => expect(overlaps(words), `página ${i + 1}`).toEqual([]));
    // pdfmake drops what does not fit in the margins: every line must be there, on every page.
    pdfPages(file, '-raw').forEach((text, i) => {
      for (const line of model.letterhead.lines) expect(flat(text), `página ${i + 1}`).toContain(line);
      expect(flat(text), `página ${i + 1}`).toContain(model.footer.address);
      expect(text).toContain(`Página ${i + 1} de ${pages.length}`);
    });
    // The letterhead's last line is above the body's first word on every page.
    pages.forEach((words, i) => {
      const headBottom = Math.max(...words.filter((w) => w.text === 'COBRANZA').map((w) => w.yMax));
      const first = words.find((w) => w.text === (i === 0 ? 'Guadalajara,' : 'HOJA'));
      expect(first, `página ${i + 1}`).toBeDefined();
      expect(first!.yMin, `página ${i + 1}`).toBeGreaterThan(headBottom);
    });
    writePngs(file);
  });

  it('one signer, a memorándum without table or bank block', async () => {
    const m = sampleRequerimiento();
    const model: LetterModel = {
      ...m,
      kindLabel: 'MEMORÁNDUM',
      number: 'DGF/M/0007/2026',
      asunto: 'Solicitud de emisión de factura fiscal',
      table: null,
      bank: null,
      bodyBefore: [
        'Por medio del presente solicito a usted la emisión de la factura fiscal a nombre de los Servicios de Salud de Zacatecas por $494,636.25, correspondiente a los servicios de portabilidad de octubre a diciembre de 2025.',
      ],
      bodyAfter: ['Sin otro particular, reciba un cordial saludo.'],
      signers: [m.signers[1]!],
      ccp: ['Archivo / Minutario.'],
    };
    const file = writePdf('memorandum', await renderLetterPdf(model));
    qpdfCheck(file);
    const text = pdfPages(file).join('\n');
    expect(text).toContain('MEMORÁNDUM No. DGF/M/0007/2026');
    expect(text).not.toContain('CUENTA BANCARIA');
    expect(text).toContain('MTRA. LUCÍA FERNÁNDEZ IBARRA');
    expect(text).toContain('Página 1 de 1');
    writePngs(file);
  });
});
