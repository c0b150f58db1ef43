/**
 * Cartera → Conciliaciones (perfil CO) with the debtor's statement as an Excel sheet: the dialog stages the .xlsx
 * and shows the column mapping (suggested from the EPS's headers, below a title row); a file with bad rows is
 * refused row by row and nothing is written; the corrected file is imported, its mapping saved, and the
 * conciliación opens with every line classified. Screenshot conciliacion-asignar-columnas in
 * test-results/screenshots/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeXlsx, type Cell } from '../unit/imports-helpers';
import {
  dmy,
  hasChromium,
  screenshot,
  selectOption,
  setupNuevaEpsDebts,
  today as runToday,
  typeDate,
  useSuite,
  type RunningApp,
} from './support';

const T = { timeout: 90_000 };
const today = runToday();

const seed = (app: RunningApp) => setupNuevaEpsDebts(app, 'e2e-conc-xlsx');

const HEADERS = [
  'Prefijo y número',
  'Valor factura',
  'Valor pagado',
  'Valor glosa',
  'Estado de la glosa',
  'Saldo pendiente',
];
/** Rows 4 to 7 of the sheet (a title and a blank row above the headers in row 3). */
const LINES: Cell[][] = [
  ['FE-1', 1_000_000, 0, null, null, 1_000_000],
  ['FE 2', 500_000, 200_000, null, null, 300_000],
  ['FE-3', 250_000, 0, 50_000, 'Pendiente', 200_000],
  ['FE-9', 75_000, 0, null, null, '$ 75.000,00'],
];
const sheet = (lines: Cell[][]) => [
  { name: 'Cartera IPS', rows: [['NUEVA EPS S.A. — ESTADO DE CARTERA POR IPS'], [], HEADERS, ...lines] },
];

describe.skipIf(!hasChromium)('conciliación de cartera: estado en Excel con asignación de columnas', () => {
  const s = useSuite('conciliacion-mapped', seed, 120_000, { locale: 'es-CO' });
  const dir = tempDir('cyp-e2e-conciliacion-xlsx-');
  const files = {
    bad: path.join(dir, 'estado-cartera-con-errores.xlsx'),
    good: path.join(dir, 'Estado de cartera Nueva EPS.xlsx'),
  };
  const dialog = () => s.page.getByRole('dialog', { name: 'Importar estado de cartera del deudor' });

  async function continueWith(file: string) {
    await dialog().getByTestId('conciliacion-file-input').setInputFiles(file);
    await dialog().getByTestId('conciliacion-mapped-hint').waitFor();
    await dialog().getByRole('button', { name: 'Continuar: asignar columnas' }).click();
    await dialog().getByTestId('mapping-step').waitFor({ timeout: 30_000 });
  }

  it('a file with bad rows is refused row by row: nothing is written', T, async () => {
    const { page, app } = s;
    await writeXlsx(files.good, sheet(LINES));
    await writeXlsx(
      files.bad,
      sheet(
        LINES.map((row, i) =>
          i === 2
            ? row.map((c, j) => (j === 4 ? 'Rechazada' : c))
            : i === 3
              ? [...row.slice(0, 5), 'setenta mil']
              : row,
        ),
      ),
    );
    await page.goto(`${app.url.split('#')[0]}#/cartera/conciliaciones`);
    await page.getByTestId('conciliacion-import').click();
    await selectOption(page, dialog().getByLabel(/^Entidad deudora/), 'Nueva EPS S.A.');
    await typeDate(page, dialog().getByLabel(/^Fecha del estado/), dmy(today));
    await dialog()
      .getByLabel(/^Prefijo por omisión/)
      .fill('FE');
    await continueWith(files.bad);
    await dialog().getByTestId('import-run').click();
    await dialog().getByTestId('import-rejected').waitFor({ timeout: 30_000 });
    const errors = dialog().getByTestId('import-error-row');
    expect(await errors.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))).toEqual(['6', '7']);
    expect(await errors.nth(0).innerText()).toContain('«Rechazada» no es un estado de glosa');
    expect(await errors.nth(1).innerText()).toContain('«setenta mil» no es un importe');
    expect(await app.api<unknown[]>('conciliaciones.list', {})).toEqual([]);
  });

  it('the corrected .xlsx goes through the column mapping and opens the conciliación', T, async () => {
    const { page, app } = s;
    await dialog().getByTestId('import-other-file').click();
    // Back on the first step: the debtor and the date stay chosen.
    await continueWith(files.good);
    const mapped = async (field: string) => dialog().getByTestId(`map-${field}`).inputValue();
    expect(await mapped('factura')).toBe('Prefijo y número');
    expect(await mapped('saldo')).toBe('Saldo pendiente');
    expect(await mapped('glosa')).toBe('Valor glosa');
    expect(await mapped('estadoGlosa')).toBe('Estado de la glosa');
    await dialog().getByTestId('mapping-ok').waitFor();
    expect(await dialog().getByTestId('conciliacion-mapped-statement').innerText()).toContain('Nueva EPS S.A.');
    await dialog().getByTestId('save-mapping-name').fill('Nueva EPS — estado de cartera');
    await screenshot(page, 'conciliacion-asignar-columnas');

    await dialog().getByTestId('import-run').click();
    const rows = page.getByTestId('conciliacion-row');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/#\/cartera\/conciliaciones\/\d+$/);
    const classes = await rows.evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-number'), tr.getAttribute('data-class')])),
    );
    expect(classes).toEqual({
      'FE-1': 'pendiente_de_pago',
      'FE-2': 'pagada_por_aplicar',
      'FE-3': 'glosa_pendiente',
      'FE-9': 'solo_suya',
    });
    const list = await app.api<{ fileName: string; lineCount: number }[]>('conciliaciones.list', {});
    expect(list).toMatchObject([{ fileName: 'Estado de cartera Nueva EPS.xlsx', lineCount: 4 }]);
    const saved = await app.api<{ name: string }[]>('imports.mappings.list', { kind: 'estado_cartera' });
    expect(saved.map((m) => m.name)).toEqual(['Nueva EPS — estado de cartera']);
    await page.goto(`${app.url.split('#')[0]}#/cartera/conciliaciones`);
    await page.getByTestId('conciliaciones-table').getByText('Excel (.xlsx)').waitFor();
    expect(s.session.problems).toEqual([]);
  });
});
