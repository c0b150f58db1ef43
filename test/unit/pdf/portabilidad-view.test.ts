/**
 * The 32x32 view as PDF (pdf/portabilidad-view.ts): Carta landscape, the
 * Excel export's columns, urgency as a coloured label, the totals row and
 * "Página X de Y". Read back with poppler (pdftotext -layout / -bbox),
 * validated with qpdf --check, rendered to PNG in test-results/pdf/ for a
 * person to look at, and proved byte-identical across renders.
 *
 * Without poppler-utils/qpdf the PDF checks are skipped locally with a loud
 * message and FAIL under CI=true.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { PortabilidadRow, PortabilidadView } from '../../../shared/api/types';
import { COLUMNS } from '../../../electron/adapters/excel/portabilidad-columns';
import type { TableCell } from '../../../electron/adapters/pdf/doc-types';
import {
  buildPortabilidadViewDoc,
  columnWidths,
  renderPortabilidadViewPdf,
  type PortabilidadPdfOptions,
} from '../../../electron/adapters/pdf/portabilidad-view';
import {
  flat,
  missingPdfTools,
  overlaps,
  pdfPages,
  qpdfCheck,
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

const missingTools = missingPdfTools('LAS PRUEBAS QUE LEEN EL PDF DE LA POSICIÓN 32x32 (texto, qpdf, PNG)');

/** The 31 states other than Jalisco (14), with their INEGI codes. */
const STATES = [
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Coahuila de Zaragoza', 'Colima', 'Chiapas', 'Chihuahua', 'Ciudad de México',
  'Durango', 'Guanajuato', 'Guerrero', 'Hidalgo', 'México', 'Michoacán de Ocampo', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla', 'Querétaro',
  'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz de Ignacio de la Llave', 'Yucatán', 'Zacatecas',
]; // prettier-ignore
const code = (i: number) => String(i < 13 ? i + 1 : i + 2).padStart(2, '0');

const empty = (i: number): PortabilidadRow => ({
  counterpartyId: i + 1,
  name: STATES[i]!,
  abbreviation: STATES[i]!.slice(0, 3),
  inegiCode: code(i),
  receivableCents: 0,
  payableCents: 0,
  netCents: 0,
  overdueReceivableCents: 0,
  overduePayableCents: 0,
  oldestUnpaid: null,
  nextDeadline: null,
  openCases: 0,
  urgency: 'sin_pendientes',
});

const ROWS: PortabilidadRow[] = STATES.map((_, i) => empty(i));
// Querétaro owes us 12,345,678.90 of which 1,000,000.00 overdue; we owe it 345,678.91.
ROWS[20] = {
  ...ROWS[20]!,
  receivableCents: 1_234_567_890,
  payableCents: 34_567_891,
  netCents: 1_199_999_999,
  overdueReceivableCents: 100_000_000,
  oldestUnpaid: {
    invoiceId: 7,
    number: 'QRO-0725-014',
    issueDate: '2025-07-31',
    direction: 'receivable',
    daysOpen: 222,
  },
  nextDeadline: {
    date: '2026-03-04',
    label: 'Requerimiento de cobranza y notificación a la comisión nacional',
    caseId: 3,
    category: 'vencido',
  },
  openCases: 2,
  urgency: 'vencido',
};
// Nuevo León: we owe more than it owes us (negative net); deadline today.
ROWS[17] = {
  ...ROWS[17]!,
  receivableCents: 50_000,
  payableCents: 2_050_000,
  netCents: -2_000_000,
  overduePayableCents: 2_050_000,
  oldestUnpaid: { invoiceId: 8, number: 'NL-P-0001', issueDate: '2026-01-10', direction: 'payable', daysOpen: 59 },
  nextDeadline: { date: '2026-03-10', label: 'Fin del plazo de pago del estado deudor', caseId: null, category: 'hoy' },
  openCases: 1,
  urgency: 'hoy',
};
// Yucatán: a plazo this week; Oaxaca: a later one.
ROWS[29] = {
  ...ROWS[29]!,
  receivableCents: 800_000,
  netCents: 800_000,
  nextDeadline: { date: '2026-03-13', label: 'Fin del plazo de pago', caseId: null, category: 'esta_semana' },
  urgency: 'esta_semana',
};
ROWS[18] = {
  ...ROWS[18]!,
  receivableCents: 99_999,
  netCents: 99_999,
  nextDeadline: { date: '2026-04-30', label: 'Fin del plazo de pago', caseId: null, category: 'proximo' },
  urgency: 'proximo',
};

const VIEW: PortabilidadView = {
  asOf: '2026-03-10',
  rows: ROWS,
  totals: {
    receivableCents: 1_235_517_889,
    payableCents: 36_617_891,
    netCents: 1_198_899_998,
    overdueReceivableCents: 100_000_000,
    overduePayableCents: 2_050_000,
    openCases: 3,
  },
};

const OPTS: PortabilidadPdfOptions = {
  institutionName: 'Servicios de Salud de Jalisco — Régimen Estatal de Protección Social en Salud',
  letterheadLines: ['Dirección de Financiamiento — Departamento de Financiamiento y Balance'],
  generatedAt: '2026-03-10T15:00:00Z',
};

describe('the document definition', () => {
  it('Carta landscape, a header row repeated on each page, one row per state and the totals row', () => {
    const doc = buildPortabilidadViewDoc(VIEW, OPTS);
    expect(doc).toMatchObject({ pageSize: 'LETTER', pageOrientation: 'landscape' });
    const table = doc.content.find((c) => typeof c !== 'string' && c.table)!;
    if (typeof table === 'string' || !table.table) throw new Error('sin tabla');
    expect(table.table.headerRows).toBe(1);
    const body = table.table.body as TableCell[][];
    expect(body).toHaveLength(1 + 31 + 1);
    expect(body[0]!.map((c) => c.text)).toEqual(COLUMNS.map((c) => c.header));
    const urg = COLUMNS.findIndex((c) => c.key === 'urgencia');
    expect(body[1 + 20]![urg]).toMatchObject({ text: 'Vencido', fillColor: '#c92a2a', color: '#ffffff' });
    expect(body[1 + 17]![urg]).toMatchObject({ text: 'Vence hoy', fillColor: '#e8590c' });
    expect(body[1 + 0]![urg]).toMatchObject({ text: '' });
    expect(body[1 + 0]![urg]!.fillColor).toBeUndefined();
    expect(
      body
        .at(-1)!
        .map((c) => c.text)
        .slice(0, 5),
    ).toEqual(['', 'Total 31 entidades', '$12,355,178.89', '$366,178.91', '$11,988,999.98']);
  });

  it('the widths fill the page: values as wide as their longest text, Entidad and Plazo share the rest', () => {
    const widths = columnWidths(VIEW);
    // Page 792 − 2 × 24 margins, less 15 × 2 × 2.5 of padding and 16 rules of 0.5.
    const sum = widths.reduce((a, w) => a + w, 0);
    expect(sum).toBeLessThanOrEqual(792 - 48 - 75 - 8);
    expect(sum).toBeGreaterThan(792 - 48 - 75 - 8 - 1);
    const w = (key: string) => widths[COLUMNS.findIndex((c) => c.key === key)]!;
    // "$12,355,178.89": 14 characters at 6.5 pt, Roboto's digits 0.56 em.
    expect(w('cobrar')).toBeGreaterThanOrEqual(Math.ceil(14 * 6.5 * 0.56));
    expect(w('entidad')).toBeGreaterThanOrEqual(60);
    expect(w('plazo')).toBeGreaterThanOrEqual(w('entidad'));
  });
});

describe.skipIf(missingTools.length > 0)('the PDF read back', () => {
  it('states, amounts, urgency, totals and accents in the text; qpdf passes; "Página X de Y"; PNG to look at', async () => {
    const pdf = await renderPortabilidadViewPdf(VIEW, OPTS);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = writePdf('posicion-32x32', pdf);
    qpdfCheck(file);
    const info = run('pdfinfo', [file]).stdout;
    expect(info).toMatch(/Page size:\s+792 x 612 pts/);
    expect(info).toMatch(/Title:\s+Posición 32x32 al 10 de marzo de 2026/);

    const pages = pdfPages(file);
    const all = flat(pages.join('\n'));
    expect(all).toContain('Posición 32x32 al 10 de marzo de 2026');
    expect(all).toContain(OPTS.institutionName);
    for (const s of STATES) expect(all, s).toContain(s.split(' ')[0]!);
    expect(all).toMatch(/Querétaro.*\$12,345,678\.90.*\$345,678\.91.*\$11,999,999\.99.*\$1,000,000\.00/);
    expect(all).toMatch(/QRO-0725-014 Por cobrar 31\/07\/2025 222 04\/03\/2026/);
    expect(all).toContain('-$20,000.00');
    expect(all).toMatch(/Total 31 entidades \$12,355,178\.89 \$366,178\.91 \$11,988,999\.98/);
    for (const label of ['Vencido', 'Vence hoy', 'Esta semana', 'Próximo']) expect(all).toContain(label);
    for (const accented of ['Michoacán', 'Querétaro', 'Nuevo León', 'San Luis Potosí', 'Yucatán', 'compensación'])
      expect(all).toContain(accented);
    pages.forEach((p, i) => expect(flat(p)).toContain(`Página ${i + 1} de ${pages.length}`));
    expect(all).toContain('Generado el 10/03/2026 09:00');

    for (const [i, words] of wordBoxes(file).entries()) expect(overlaps(words), `página ${i + 1}`).toEqual([]);
    expect(writePngs(file, { dpi: 70 }).length).toBe(pages.length);
  });

  it('the same input gives the same bytes', async () => {
    const a = await renderPortabilidadViewPdf(VIEW, OPTS);
    const b = await renderPortabilidadViewPdf(VIEW, OPTS);
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
