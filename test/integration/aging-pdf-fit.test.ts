/**
 * The cartera por edades as PDF never breaks a number or a date across lines:
 * long debtor names, every condition at once and 12-digit pesos (so the
 * totals run to 14 digits) go through cartera.agingExport, and
 * `pdftotext -layout` finds every amount, ratio and date of the report whole
 * on one line, while the names wrap. PNGs of the pages in test-results/pdf/
 * to look at.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import type { AgingReport } from '../../shared/api/types-cartera-reports';
import { AGING_BUCKETS } from '../../shared/domain/cartera/aging';
import { addDays, formatDate } from '../../shared/domain/dates';
import { formatMoney } from '../../shared/domain/money';
import { missingPdfTools, pdfPages, qpdfCheck, writePdf, writePngs } from '../fixtures/pdf/poppler';
import { call, cleanupTemp, createInvoice, createTempDb, expectOk, setupCo, type TempDb } from './helpers';

afterEach(cleanupTemp);

const AS_OF = '2026-03-10';

type CpInput = Partial<Input<'counterparties.create'>>;
const DEBTORS: [string, CpInput][] = [
  [
    'Entidad Promotora de Salud Sanitas S.A.S. en intervención forzosa administrativa para administrar',
    {
      naturalezaJuridica: 'eps_contributiva',
      intervenida: true,
      enLiquidacion: true,
      bdme: true,
      taxId: '800251440-6',
    },
  ],
  [
    'Caja de Compensación Familiar de Boyacá — Comfaboy EPS-S, programa de salud del régimen subsidiado',
    { naturalezaJuridica: 'eps_subsidiada', intervenida: true },
  ],
  [
    'Administradora de los Recursos del Sistema General de Seguridad Social en Salud — ADRES',
    { kind: 'aseguradora', naturalezaJuridica: 'aseguradora_soat_adres' },
  ],
  [
    'Secretaría Seccional de Salud y Protección Social de Antioquia',
    { kind: 'ente_territorial', naturalezaJuridica: 'secretaria_salud', bdme: true },
  ],
  ['Nueva EPS S.A.', { naturalezaJuridica: 'regimen_especial' }],
];
/** One invoice per bucket, each this old on AS_OF. */
const AGES = [0, 15, 45, 75, 120, 300, 800];

function seed(): TempDb {
  const t = createTempDb();
  setupCo(t.dispatch);
  call(t.dispatch, 'settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: 175_090_500 });
  DEBTORS.forEach(([name, over], i) => {
    const id = call(t.dispatch, 'counterparties.create', {
      kind: 'eps',
      name,
      naturalezaJuridica: 'eps_subsidiada',
      ...over,
    }).id;
    AGES.forEach((age, j) => {
      const due = addDays(AS_OF, -age);
      // 12-digit pesos for the first debtors (987.654.321.098,76 and the like), every amount distinct.
      const amountCents =
        i < 3
          ? 987_654_321_098_76 - i * 111_111_111_111_11 - j * 12_345_678_901_23
          : 1_234_567_89 + i * 1_000_00 + j * 7_654_321_01;
      createInvoice(t.dispatch, {
        counterpartyId: id,
        amountCents,
        issueDate: due,
        dueDate: due,
        number: `HUSR-FE-${i}${j}-2026`,
      });
    });
  });
  return t;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` on one line of the text, not glued to other digits (so a broken number's tail cannot pass for it). */
const wholeOnALine = (text: string, s: string) => new RegExp(`(?<![\\d.,/])${escape(s)}(?![\\d.,/])`).test(text);

describe('cartera.agingExport PDF: numbers and dates whole on one line', () => {
  it.skipIf(missingPdfTools('LOS NÚMEROS ENTEROS DEL PDF DE LA CARTERA POR EDADES').length > 0)(
    'long names and 12-digit pesos: every amount, ratio and date appears whole in pdftotext -layout',
    async () => {
      const t = seed();
      const report = call(t.dispatch, 'cartera.aging', { asOf: AS_OF }) as AgingReport;
      expect(report.rows).toHaveLength(DEBTORS.length);
      // The totals row really runs past 12 digits.
      expect(formatMoney(report.totals.totalCents, 'es-CO', { symbol: false })).toMatch(/^\d{1,3}(\.\d{3}){4},\d{2}$/);
      const res = expectOk<{ path: string }>(
        await t.dispatch.run('cartera.agingExport', { asOf: AS_OF, format: 'pdf' }),
      );
      const file = writePdf('cartera-edades-montos-grandes', fs.readFileSync(res.path));
      qpdfCheck(file);
      writePngs(file, { dpi: 60 });
      const pages = pdfPages(file, '-layout');
      const text = pages.join('\n');

      const money = (c: number) => formatMoney(c, 'es-CO', { symbol: false });
      const expected: string[] = [];
      for (const r of report.rows) {
        for (const b of AGING_BUCKETS) if (r.buckets[b.key] !== 0) expected.push(money(r.buckets[b.key]));
        expected.push(money(r.totalCents), formatDate(r.fechaPrescripcion));
        if (r.totalSmmlv !== null)
          expected.push(
            Number(r.totalSmmlv).toLocaleString('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          );
      }
      for (const b of AGING_BUCKETS) expected.push(money(report.totals.buckets[b.key]));
      expected.push(money(report.totals.totalCents), formatDate(AS_OF));
      const broken = expected.filter((s) => !wholeOnALine(text, s));
      expect(broken, `partidos en el PDF:\n${text}`).toEqual([]);

      // The names, the condition and the headers wrap between words (or after a hyphen) instead: no word is cut.
      for (const [name] of DEBTORS) for (const word of name.split(/[\s-]+/)) expect(text, word).toContain(word);
      for (const word of [
        'Intervenida,',
        'liquidación,',
        'BDME',
        'Prioridad',
        'Naturaleza',
        'Facturas',
        'SMMLV',
        'Cuantía',
        'Riesgo',
        'Condición',
        'Prescribe',
      ])
        expect(text, word).toContain(word);
    },
    60_000,
  );
});
