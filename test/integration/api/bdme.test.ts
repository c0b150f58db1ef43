/** The api tests of bdme.* (the BDME at a semestral cut): see support.ts; the two cuts are in bdme.test.ts. */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, expect } from 'vitest';
import { call, cleanupTemp, createInvoice, setupCo, type TempDb } from '../helpers';
import { type ApiTables, describeApi, run } from './support';

afterEach(cleanupTemp);

/** CO, an EPS owing 8,000,000.00 due 30 April 2025: more than six months and 5 SMMLV of 2025 at 30 November. */
function debtor(t: TempDb): number {
  setupCo(t.dispatch);
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
    naturalezaJuridica: 'eps_contributiva',
  }).id;
  createInvoice(t.dispatch, {
    counterpartyId: eps,
    number: 'FE-77',
    issueDate: '2025-03-31',
    dueDate: '2025-04-30',
    amountCents: 800_000_000,
  });
  return eps;
}

const tables: ApiTables<'bdme'> = {
  happy: {
    'bdme.cut': (t) => {
      const eps = debtor(t);
      const v = call(t.dispatch, 'bdme.cut', { cutDate: '2025-11-30' });
      expect(v).toMatchObject({
        cutDate: '2025-11-30',
        sixMonthsBefore: '2025-05-30',
        smmlvCents: 142_350_000,
        thresholdCents: 711_750_000,
        candidates: [{ counterpartyId: eps, reasons: ['mora'], overdueCents: 800_000_000, overdueObligations: 1 }],
        retirements: [],
        previousCut: null,
        reported: null,
      });
      // At 31 May the invoice was only one month overdue.
      expect(call(t.dispatch, 'bdme.cut', { cutDate: '2025-05-31' }).candidates).toEqual([]);
    },
    'bdme.cuts': async (t) => {
      debtor(t);
      expect(call(t.dispatch, 'bdme.cuts', {})).toEqual([]);
      await run(t, 'bdme.report', { cutDate: '2025-11-30' });
      expect(call(t.dispatch, 'bdme.cuts', {})).toMatchObject([{ cutDate: '2025-11-30', included: 1, retired: 0 }]);
    },
    'bdme.report': async (t) => {
      const eps = debtor(t);
      const r = await run(t, 'bdme.report', { cutDate: '2025-11-30' });
      expect(r.fileName).toMatch(/^bdme-2025-11-30-\d{8}-\d{6}\.xlsx$/);
      expect(r.rows).toBe(1);
      expect(r.cut.reported).toMatchObject({ fileName: r.fileName });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(r.path);
      const ws = wb.getWorksheet('BDME')!;
      const values = ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).map(String)] : []));
      const line = values.find((row) => row.includes('Nueva EPS S.A.'))!;
      expect(line.slice(0, 6)).toEqual([
        'Inclusión',
        'NIT',
        '900156264',
        '2',
        'Nueva EPS S.A.',
        'Obligaciones con más de seis meses de mora por más de 5 SMMLV',
      ]);
      expect(fs.statSync(r.path).size).toBeGreaterThan(0);
      // Recorded: the cut shows as reported, with the debtor.
      expect(call(t.dispatch, 'bdme.cut', { cutDate: '2025-11-30' }).candidates.map((c) => c.counterpartyId)).toEqual([
        eps,
      ]);
    },
  },
  badInput: {
    'bdme.cut': { input: { cutDate: '2025-12-31' }, message: /31 de mayo o 30 de noviembre/ },
    'bdme.cuts': { input: { extra: 1 } },
    'bdme.report': { input: { cutDate: '2025-11-31' }, message: /Fecha inexistente/ },
  },
  refusals: {
    'bdme.report': [{ code: 'cierre/corte-futuro', input: () => ({ cutDate: '2099-05-31' }) }],
  },
  validJobInput: { 'bdme.report': { cutDate: '2025-11-30' } },
};

describeApi('bdme', tables);
