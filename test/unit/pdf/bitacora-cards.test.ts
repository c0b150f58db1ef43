/**
 * The printed bitácora in the card layout of the paper form (DOMAIN.md §7,
 * Anexo 03 of the 32x32 procedure). The document definition is checked
 * directly; the PDF is read back with poppler (pdftotext -layout / -bbox),
 * validated with qpdf --check, page 1 rendered to PNG in test-results/pdf/
 * for a person to look at, and proved byte-identical across renders.
 *
 * Without poppler-utils/qpdf the PDF checks are skipped locally with a loud
 * message and FAIL under CI=true.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BitacoraExportRow } from '../../../electron/adapters/excel/bitacora-row';
import {
  BITACORA_TITLE,
  NO_ENTRIES_TEXT,
  buildBitacoraCardsDoc,
  generatedAtLabel,
  renderBitacoraCardsPdf,
  type BitacoraCardsOptions,
} from '../../../electron/adapters/pdf/bitacora-cards';
import type { ContentNode, TableCell } from '../../../electron/adapters/pdf/doc-types';
import {
  flat,
  missingPdfTools,
  overlaps,
  pdfPages,
  qpdfCheck,
  rowRe,
  run,
  wordBoxes,
  writePdf,
  writePngs,
} from '../../fixtures/pdf/poppler';

// "Generado el" prints the instant in local time: fix the zone (Node applies it at once).
const savedTz = process.env.TZ;
process.env.TZ = 'America/Mexico_City';
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const missingTools = missingPdfTools('LAS PRUEBAS QUE LEEN EL PDF DE LA BITÁCORA (texto, qpdf, PNG)');

// ── Fixtures ────────────────────────────────────────────────────────────────

const OPTS: BitacoraCardsOptions = {
  institutionName: 'Secretaría de Salud Jalisco',
  letterheadLines: [
    'Régimen Estatal de Protección Social en Salud',
    'Dirección de Financiamiento — Departamento de Financiamiento y Balance',
  ],
  rangeLabel: 'Del 1 de enero al 31 de marzo de 2026',
  generatedAt: '2026-04-02T16:15:00Z',
};

const QUERETARO: BitacoraExportRow = {
  volante: '2026-0001',
  asunto: 'Requerimiento de pago — Convenio 32x32',
  documento: 'DGF/0042/2026',
  fecha: '2026-02-03',
  dirigidoA: 'Secretaría de Salud de Querétaro',
  estado: 'Querétaro',
  deParteDe: 'Mtra. Lucía Fernández Ibarra',
  entrego: 'Oficialía de partes',
  fechaEntrega: '2026-02-05',
  direccion: 'enviado',
  lugarOrigen: 'Guadalajara, Jal.',
  carpetaFisica: 'QRO-03',
  observaciones: 'Acuse con sello y firma; año fiscal 2026.',
  expediente: 'EXP-2026-001',
  tipoDocumento: 'Oficio',
  escaneos: 2,
  enmiendas: 1,
  registradoEl: '2026-02-03T17:05:00.000Z',
};

const ESTADOS = ['Michoacán', 'Nuevo León', 'Yucatán', 'San Luis Potosí', 'Zacatecas', 'Querétaro'];
const PERSONAS = [
  'Lic. José Núñez Peña',
  'C.P. Begoña Muñoz Álvarez',
  'Dr. Raúl Acuña Ríos',
  'L.A.E. Óscar Peñaloza Güemes',
];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Entries whose values fit one line each: every card has the same height. */
function shortRows(n: number): BitacoraExportRow[] {
  return Array.from({ length: n }, (_, i) => ({
    ...QUERETARO,
    volante: `2026-${pad(i + 1, 4)}`,
    asunto: `Acuse de recibo de factura ${i + 1}`,
    documento: `SSJ/DGF/${pad(100 + i, 4)}/2026`,
    fecha: `2026-${pad(1 + (i % 3))}-${pad(1 + i)}`,
    dirigidoA: PERSONAS[i % PERSONAS.length]!,
    estado: ESTADOS[i % ESTADOS.length]!,
    deParteDe: PERSONAS[(i + 1) % PERSONAS.length]!,
    fechaEntrega: i % 4 === 3 ? null : `2026-${pad(1 + (i % 3))}-${pad(2 + i)}`,
    direccion: i % 2 === 0 ? 'recibido' : 'enviado',
    observaciones: i % 3 === 0 ? '' : 'Sin anexos.',
    enmiendas: 0,
    escaneos: i % 3,
  }));
}

// ── Helpers ────────────────────────────────────────────────────────────────

const count = (text: string, s: string) => text.split(s).length - 1;
/** PNG of page 1 at 60 dpi beside the PDF: test-results/pdf/<name>-1.png, to look at. */
const writePng = (file: string) => writePngs(file, { dpi: 60, pages: 1 });

/** The page's side margins in pt (pdftotext -bbox uses points too). */
function textColumn(): [number, number] {
  const [left, , right] = buildBitacoraCardsDoc([], OPTS).pageMargins;
  return [left, 612 - right];
}

// ── The document definition (no poppler needed) ─────────────────────────────

const cards = (rows: BitacoraExportRow[]) => buildBitacoraCardsDoc(rows, OPTS).content as ContentNode[];
const cellTexts = (node: ContentNode) =>
  (node.table?.body ?? []).map((row) =>
    row.map((c) => {
      const t = (c as TableCell).text;
      return t === undefined ? null : typeof t === 'string' ? t : t.map((r) => r.text).join('');
    }),
  );

describe('buildBitacoraCardsDoc', () => {
  it('lays out Carta portrait with fixed metadata from the options', () => {
    const doc = buildBitacoraCardsDoc([QUERETARO], OPTS);
    expect(doc.pageSize).toBe('LETTER');
    expect(doc.pageOrientation).toBe('portrait');
    expect(doc.pageMargins[0]).toBe(doc.pageMargins[2]);
    expect(doc.info.creationDate.toISOString()).toBe('2026-04-02T16:15:00.000Z');
    expect(doc.info.modDate.toISOString()).toBe('2026-04-02T16:15:00.000Z');
    expect(doc.info.title).toBe(`${BITACORA_TITLE} — Del 1 de enero al 31 de marzo de 2026`);
    expect(doc.info.author).toBe('Secretaría de Salud Jalisco');
    expect(doc.images).toEqual({});
    expect(JSON.stringify(buildBitacoraCardsDoc([QUERETARO], OPTS))).toBe(JSON.stringify(doc));
  });

  it('puts institution, title and range in the header, page and date in the footer', () => {
    const doc = buildBitacoraCardsDoc([QUERETARO], { ...OPTS, title: 'BITÁCORA DE OFICIOS RECIBIDOS' });
    const head = JSON.stringify(doc.header(2, 3));
    for (const s of [OPTS.institutionName, ...OPTS.letterheadLines!, 'BITÁCORA DE OFICIOS RECIBIDOS', OPTS.rangeLabel])
      expect(head).toContain(s);
    const foot = JSON.stringify(doc.footer(2, 3));
    expect(foot).toContain('Página 2 de 3');
    expect(foot).toContain('Generado el 02/04/2026 10:15');
    expect(foot).toContain('1 registro');
  });

  it('makes one unbreakable card per entry with the rows of the paper form', () => {
    const [card] = cards([QUERETARO]);
    expect(card!.unbreakable).toBe(true);
    const t = cellTexts(card!);
    expect(t[0]).toEqual(['Volantes:', '2026-0001', 'Asunto:', 'Requerimiento de pago — Convenio 32x32', null, null]);
    expect(t[1]!.slice(0, 2)).toEqual(['Docto:', 'DGF/0042/2026']);
    expect(t[2]!.slice(0, 2)).toEqual(['Fecha:', '03/02/2026']);
    expect(t[3]!.slice(0, 4)).toEqual(['Dirigido a:', 'Secretaría de Salud de Querétaro', 'Estado:', 'Querétaro']);
    expect(t[4]).toEqual([
      'De parte de:',
      'Mtra. Lucía Fernández Ibarra',
      'Entregó:',
      'Oficialía de partes',
      'Fecha:',
      '05/02/2026',
    ]);
    expect(t[5]![0]).toBe(
      'Dirección: Enviado   ·   Lugar de origen: Guadalajara, Jal.   ·   Carpeta: QRO-03   ·   Observaciones: Acuse con sello y firma; año fiscal 2026.   ·   Escaneos: 2   ·   Enmendada (1)',
    );
    expect(cards([QUERETARO, QUERETARO, QUERETARO])).toHaveLength(3);
  });

  it('prints only the non-empty extra fields, and "Enmendada" only when amended', () => {
    const row: BitacoraExportRow = {
      ...QUERETARO,
      direccion: 'recibido',
      lugarOrigen: '  ',
      carpetaFisica: '',
      observaciones: '',
      escaneos: 0,
      enmiendas: 0,
      fecha: null,
      fechaEntrega: null,
    };
    const t = cellTexts(cards([row])[0]!);
    expect(t[5]![0]).toBe('Dirección: Recibido   ·   Escaneos: 0');
    expect(t[2]!.slice(0, 2)).toEqual(['Fecha:', '']);
    expect(t[4]![5]).toBe('');
  });

  it('one page saying so when there are no entries', () => {
    const doc = buildBitacoraCardsDoc([], OPTS);
    expect(doc.content).toHaveLength(1);
    expect(JSON.stringify(doc.content)).toContain(NO_ENTRIES_TEXT);
    expect(JSON.stringify(doc.footer(1, 1))).toContain('0 registros');
  });

  it('lets a card taller than a page break (pdfmake would drop the rest of an unbreakable one)', () => {
    const huge = { ...QUERETARO, observaciones: 'Nota larga sobre el expediente. '.repeat(600) };
    const [normal, tall] = cards([QUERETARO, huge]);
    expect(normal!.unbreakable).toBe(true);
    expect(tall!.unbreakable).toBeUndefined();
  });

  it('prints the generation instant as DD/MM/AAAA HH:MM in local time, and refuses a non-ISO date', () => {
    expect(generatedAtLabel('2026-04-02T16:15:00Z')).toBe('02/04/2026 10:15');
    expect(generatedAtLabel('2026-01-01T05:30:00.000Z')).toBe('31/12/2025 23:30');
    expect(generatedAtLabel('2026-04-02')).toBe('02/04/2026');
    expect(() => buildBitacoraCardsDoc([], { ...OPTS, generatedAt: '02/04/2026' })).toThrow(/ISO/);
  });
});

// ── The PDF, read back ──────────────────────────────────────────────────────

describe.skipIf(missingTools.length > 0)('renderBitacoraCardsPdf', () => {
  const twelve = [QUERETARO, ...shortRows(12).slice(1)];
  let pdf: Buffer;
  let file: string;
  let pages: string[];

  beforeAll(async () => {
    pdf = await renderBitacoraCardsPdf(twelve, OPTS);
    file = writePdf('bitacora-12', pdf);
    pages = pdfPages(file);
    writePng(file);
  });

  it('12 one-line entries: 5 whole cards a page → 3 pages, each in order once, qpdf --check clean', () => {
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    qpdfCheck(file);
    expect(pages).toHaveLength(3);
    // A card starts (Volantes:) and ends (Escaneos:) on the same page.
    expect(pages.map((p) => count(p, 'Volantes:'))).toEqual([5, 5, 2]);
    expect(pages.map((p) => count(p, 'Escaneos:'))).toEqual([5, 5, 2]);
    const all = pages.join('\n');
    let from = 0;
    for (const row of twelve) {
      expect(count(all, row.volante), row.volante).toBe(1);
      const at = all.indexOf(row.volante, from);
      expect(at, `${row.volante} fuera de orden`).toBeGreaterThan(from - 1);
      from = at;
    }
    pages.forEach((page, i) => {
      expect(page).toContain('Secretaría de Salud Jalisco');
      expect(page).toContain('BITÁCORA DE CORRESPONDENCIA');
      expect(page).toContain('Del 1 de enero al 31 de marzo de 2026');
      expect(page).toContain(`Página ${i + 1} de 3`);
      expect(page).toContain('Generado el 02/04/2026 10:15');
      expect(page).toContain('12 registros');
    });
  });

  it('prints every label and value of the form, accents intact, row by row', () => {
    const first = pages[0]!;
    expect(first).toMatch(rowRe(['Volantes:', '2026-0001', 'Asunto:', 'Requerimiento de pago — Convenio 32x32']));
    expect(first).toMatch(rowRe(['Docto:', 'DGF/0042/2026']));
    expect(first).toMatch(rowRe(['Fecha:', '03/02/2026']));
    expect(first).toMatch(rowRe(['Dirigido a:', 'Secretaría de Salud de Querétaro', 'Estado:', 'Querétaro']));
    expect(first).toMatch(
      rowRe([
        'De parte de:',
        'Mtra. Lucía Fernández Ibarra',
        'Entregó:',
        'Oficialía de partes',
        'Fecha:',
        '05/02/2026',
      ]),
    );
    expect(flat(first)).toContain(
      'Dirección: Enviado · Lugar de origen: Guadalajara, Jal. · Carpeta: QRO-03 · Observaciones: Acuse con sello y firma; año fiscal 2026. · Escaneos: 2 · Enmendada (1)',
    );
    // Entry 4 (index 3) has no delivery date and no observaciones.
    const r3 = twelve[3]!;
    expect(first).toMatch(rowRe(['De parte de:', r3.deParteDe, 'Entregó:', r3.entrego, 'Fecha:']));
    expect(flat(first)).toContain(
      'Dirección: Enviado · Lugar de origen: Guadalajara, Jal. · Carpeta: QRO-03 · Escaneos: 0 Volantes:',
    );
    expect(count(pages.join('\n'), 'Enmendada')).toBe(1);
    expect(overlaps(wordBoxes(file)[0]!)).toEqual([]);
  });

  it('is byte-identical when rendered again with the same input', async () => {
    const again = await renderBitacoraCardsPdf(twelve, OPTS);
    expect(again.equals(pdf)).toBe(true);
    const info = run('pdfinfo', ['-isodates', file]).stdout;
    expect(info).toMatch(/^CreationDate:\s+2026-04-02T16:15:00Z$/m);
    expect(info).toMatch(/^Producer:\s+Cartera y Portabilidad$/m);
    expect(info).toMatch(/^Pages:\s+3$/m);
  });

  it('no entries: one page saying so, with header and footer', async () => {
    const empty = writePdf('bitacora-vacia', await renderBitacoraCardsPdf([], OPTS));
    qpdfCheck(empty);
    const p = pdfPages(empty);
    expect(p).toHaveLength(1);
    expect(p[0]).toContain(NO_ENTRIES_TEXT);
    expect(p[0]).toContain('BITÁCORA DE CORRESPONDENCIA');
    expect(p[0]).toContain('Página 1 de 1');
    expect(p[0]).not.toContain('Volantes:');
    writePng(empty);
  });

  it('long values wrap inside the card, never past the margins; an oversize card breaks without losing text', async () => {
    const longDoc = `SSJ/DGF/${'CP/'.repeat(40)}0042/2026`;
    const notes = Array.from({ length: 300 }, (_, i) => `Nota ${i + 1} del expediente.`).join(' ');
    const rows: BitacoraExportRow[] = [
      {
        ...QUERETARO,
        asunto:
          'Requerimiento de pago por la atención de pacientes afiliados al Estado de Querétaro en hospitales de Jalisco durante el cuarto trimestre de 2025, con hojas de cálculo y facturas',
        documento: longDoc,
        dirigidoA:
          'Mtra. María Guadalupe Ibáñez Ordóñez, Directora General del Régimen Estatal de Protección Social en Salud',
        deParteDe: 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      },
      { ...QUERETARO, volante: '2026-0002', observaciones: notes },
      { ...QUERETARO, volante: '2026-0003' },
    ];
    const long = writePdf('bitacora-valores-largos', await renderBitacoraCardsPdf(rows, OPTS));
    qpdfCheck(long);
    const [left, right] = textColumn();
    const boxes = wordBoxes(long);
    boxes.forEach((words, i) => {
      const outside = words.filter((w) => w.xMin < left - 0.5 || w.xMax > right + 0.5).map((w) => w.text);
      expect(outside, `página ${i + 1}`).toEqual([]);
      expect(overlaps(words), `página ${i + 1}`).toEqual([]);
    });
    // The body only: header and footer lines dropped, so a note cut by a page break reads whole.
    const isFrame = (line: string) =>
      [
        OPTS.institutionName,
        ...OPTS.letterheadLines!,
        'BITÁCORA DE CORRESPONDENCIA',
        OPTS.rangeLabel,
        'Generado el',
      ].some((s) => line.includes(s));
    const text = flat(
      pdfPages(long)
        .map((p) =>
          p
            .split('\n')
            .filter((line) => !isFrame(line))
            .join('\n'),
        )
        .join('\n'),
    );
    // Wrapped values come back whole once the line breaks are removed.
    expect(text.replace(/\s/g, '')).toContain(longDoc);
    // An unbroken 60-letter word is cut over lines (pdftotext -layout puts other cells between the pieces).
    const xs = text.split(' ').filter((w) => /^X+$/.test(w));
    expect(xs.length).toBeGreaterThanOrEqual(2);
    expect(xs.join('')).toBe(rows[0]!.deParteDe);
    expect(text).toContain('Directora General del Régimen Estatal de Protección Social en Salud');
    for (let i = 1; i <= 300; i++) expect(count(text, `Nota ${i} del expediente.`), `Nota ${i}`).toBe(1);
    expect(count(text, 'Volantes:')).toBe(3);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    writePng(long);
  });
});
