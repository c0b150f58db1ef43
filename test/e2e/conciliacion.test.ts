/**
 * Cartera → Conciliaciones (perfil CO): a debtor's CSV statement imported through the dialog; every line shows
 * its class (pendiente de pago, pagada por aplicar, sólo en nuestra cartera, sólo en su estado); a balance is
 * agreed in the session and the agreed total follows. Screenshot conciliacion-detalle in test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import {
  hasChromium,
  screenshot,
  setupNuevaEpsDebts,
  today as runToday,
  typeDate,
  dmy,
  useSuite,
  selectOption,
  type RunningApp,
} from './support';

const T = { timeout: 90_000 };
const today = runToday();

const seed = (app: RunningApp) => setupNuevaEpsDebts(app, 'e2e-conc');

const STATEMENT = [
  'Factura,Valor,Pagado,Saldo',
  'FE-1,"1.000.000,00",0,"1.000.000,00"',
  'FE 2,"500.000,00","200.000,00","300.000,00"',
  'FE-9,"75.000,00",0,"75.000,00"',
].join('\n');

describe.skipIf(!hasChromium)('conciliación de cartera', () => {
  const s = useSuite('conciliacion', seed, 120_000, { locale: 'es-CO' });

  it('imports the statement, classifies every line and agrees a balance', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.url.split('#')[0]}#/cartera/conciliaciones`);
    await page.getByTestId('conciliacion-import').click();
    const dialog = page.getByRole('dialog');
    await selectOption(page, dialog.getByLabel(/^Entidad deudora/), 'Nueva EPS S.A.');
    await typeDate(page, dialog.getByLabel(/^Fecha del estado/), dmy(today));
    await dialog.getByTestId('conciliacion-file-input').setInputFiles({
      name: 'estado-nueva-eps.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(STATEMENT, 'utf8'),
    });
    await dialog.getByRole('button', { name: 'Importar y clasificar' }).click();
    const rows = page.getByTestId('conciliacion-row');
    await rows.first().waitFor();
    const classes = await rows.evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-number'), tr.getAttribute('data-class')])),
    );
    expect(classes).toEqual({
      'FE-1': 'pendiente_de_pago',
      'FE-2': 'pagada_por_aplicar',
      'FE-3': 'solo_nuestra',
      'FE-9': 'solo_suya',
    });
    await page.getByRole('button', { name: 'Acordar el saldo de FE-2' }).click();
    const agree = page.getByRole('dialog', { name: /Saldo acordado/ });
    await agree.getByLabel(/^Saldo acordado/).fill('300.000,00');
    await agree.getByLabel(/^Nota/).fill('Pago de 200.000,00 confirmado con tesorería');
    await agree.getByRole('button', { name: 'Guardar saldo acordado' }).click();
    await agree.waitFor({ state: 'hidden' });
    // Agreed: 1.000.000 + 300.000 + 250.000 (our balances where nothing was agreed).
    await expect.poll(() => page.getByText('$ 1.550.000,00').count()).toBeGreaterThan(0);
    await screenshot(page, 'conciliacion-detalle', { fullPage: true });
    expect(s.session.problems).toEqual([]);
  });

  it(
    'issues the acta: numbered, downloaded, the agreed balance in the ledger, the estado conciliado in the expediente',
    T,
    async () => {
      const { page, app } = s;
      await page.getByTestId('acta-open').click();
      const dialog = page.getByRole('dialog', { name: 'Emitir acta de depuración' });
      const fill = async (label: string, value: string) => dialog.getByLabel(new RegExp(`^${label}`)).fill(value);
      await fill('Por la institución: nombre', 'Carlos Andrés Rojas');
      await fill('Por la institución: cargo', 'Profesional de Cartera');
      await fill('Por la entidad: nombre', 'Paula Andrea Gómez');
      await fill('Por la entidad: cargo', 'Coordinadora de Cuentas Médicas');
      await fill('Visto bueno de Interventoría: nombre', 'Jorge Iván Mesa');
      await fill('Visto bueno de Interventoría: cargo', 'Interventor del contrato');
      await screenshot(page, 'conciliacion-acta-dialogo');
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Emitir acta' }).click(),
      ]);
      expect(dl.suggestedFilename()).toMatch(/^acta-depuracion-.*\.pdf$/);
      const year = today.slice(0, 4);
      await expect.poll(() => page.getByTestId('conciliacion-acta').innerText()).toContain(`ACTA-DEP/0001/${year}`);
      await screenshot(page, 'conciliacion-acta', { fullPage: true });
      const list = await app.api<{ rows: { id: number; number: string; balanceCents: number }[] }>('invoices.list', {
        direction: 'receivable',
        pageSize: 50,
      } as never);
      const balance = Object.fromEntries(list.rows.map((r) => [r.number, r.balanceCents]));
      expect(balance).toMatchObject({ 'FE-1': 1_000_000_00, 'FE-2': 300_000_00, 'FE-3': 250_000_00 });
      expect(await app.api<{ ok: boolean }>('ledger.check', {})).toMatchObject({ ok: true });
      const debtor = (
        await app.api<{ rows: { counterpartyId: number; counterpartyName: string }[] }>('expedientes.list', {})
      ).rows.find((r) => r.counterpartyName === 'Nueva EPS S.A.')!;
      const file = await app.api<{ conciliadoOn: string | null; deadlines: { kind: string }[] }>('expedientes.get', {
        counterpartyId: debtor.counterpartyId,
      });
      expect(file.conciliadoOn).toBe(today);
      expect(file.deadlines.map((d) => d.kind)).toContain('citacion');
      expect(s.session.problems).toEqual([]);
    },
  );
});
