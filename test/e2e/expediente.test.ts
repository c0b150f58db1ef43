/**
 * Expedientes de cobro (perfil CO): a debtor with an invoice overdue 60 days is listed «sin expediente»;
 * its expediente is opened with the circularización, the conciliación starts the citación term (30 días
 * hábiles, shown with its unit and on the Tablero), the citación is recorded with its scan, a returned
 * letter closes the persuasivo (prejurídico from that day), and a mistaken event is annulled (struck
 * through, the stage as if it never happened). Screenshots expediente-* in test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dmy,
  hasChromium,
  screenshot,
  setupSanRafael,
  today as runToday,
  typeDate,
  useSuite,
  samplePng,
  type RunningApp,
} from './support';

const T = { timeout: 90_000 };
const today = runToday();

async function seed(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  const eps = await app.api<{ id: number }>('counterparties.create', {
    kind: 'eps',
    name: 'Coosalud EPS S.A.',
    taxId: '900226715-3',
    naturalezaJuridica: 'eps_subsidiada',
  });
  await app.api('invoices.create', {
    counterpartyId: eps.id,
    direction: 'receivable',
    number: 'HUSR-9001',
    concept: 'Servicios de urgencias',
    issueDate: addDays(today, -90),
    radicacionDate: addDays(today, -88),
    dueDate: addDays(today, -60),
    amountCents: 4_560_000_00,
    idempotencyKey: 'e2e-expediente-inv-1',
  });
}

describe.skipIf(!hasChromium)('expediente de cobro', () => {
  const s = useSuite('expediente', seed, 120_000, { locale: 'es-CO' });

  async function record(kind: RegExp, reason: string, date = today, scan = false) {
    const { page } = s;
    await page.getByRole('button', { name: 'Registrar evento' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Evento/).click();
    await page.getByRole('option', { name: kind }).first().click();
    await typeDate(page, dialog.getByLabel(/^Fecha/), dmy(date));
    await dialog.getByLabel(/^Motivo/).fill(reason);
    if (scan) {
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'citacion-sellada.png',
        mimeType: 'image/png',
        buffer: samplePng(320, 200),
      });
      await dialog.getByTestId('expediente-scan-picked').waitFor();
    }
    await dialog.getByRole('button', { name: 'Registrar' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  const stage = () =>
    s.page.getByTestId('expediente-etapa').locator('[data-testid="etapa-cobro"]').getAttribute('data-etapa');

  it('lists the debtor without expediente, then opens it with the circularización', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.url.split('#')[0]}#/cartera/expedientes`);
    const row = page.locator('[data-testid="expediente-row"][data-entidad="Coosalud EPS S.A."]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/sin expediente/i);
    await screenshot(page, 'expediente-lista');
    await row.click();
    await page.getByTestId('expediente-etapa').waitFor();
    await record(
      /^Circularización/,
      'Oficio de circularización con estado de cuenta de facturas vencidas',
      addDays(today, -20),
    );
    await expect.poll(stage).toBe('persuasivo');
    // The obligation turns 180 days old 120 days from now: the persuasivo's end is on its plazos.
    const plazos = page.getByTestId('expediente-plazos');
    expect(await plazos.innerText()).toContain(dmy(addDays(today, 120)));
    expect(await plazos.innerText()).toContain('180 días calendario');
  });

  it(
    'the conciliación starts the citación term in días hábiles; the citación is recorded with its scan',
    T,
    async () => {
      const { page, app } = s;
      await record(/^Estado de cartera conciliado/, 'Acta de depuración 014 firmada con Coosalud', addDays(today, -15));
      const citacion = page.locator('[data-testid="expediente-plazo"][data-kind="citacion"]');
      await citacion.waitFor();
      const expected = await app.api<{ date: string }>('calendar.addBusinessDays', {
        from: addDays(today, -15),
        days: 30,
      });
      expect(await citacion.innerText()).toContain(dmy(expected.date));
      expect(await citacion.innerText()).toContain('30 días hábiles');
      // The Tablero lists it.
      await page.getByTestId('nav-tablero').click();
      const onBoard = page.locator('[data-testid="plazo-expediente"][data-kind="citacion"]');
      await onBoard.waitFor();
      expect(await onBoard.innerText()).toContain('Coosalud EPS S.A.');
      await screenshot(page, 'expediente-tablero');
      await onBoard.click();
      await record(/^Citación enviada/, 'Citación 2026-118 por correo certificado', addDays(today, -10), true);
      await page.locator('[data-testid="expediente-plazo"][data-kind="aviso"]').waitFor();
      expect(await page.getByTestId('etapa-history').innerText()).toMatch(/escaneo/i);
    },
  );

  it('a returned letter closes the persuasivo; a mistaken event is annulled', T, async () => {
    const { page, app } = s;
    await record(/^Devolución/, 'Guía devuelta: dirección no existe', addDays(today, -5));
    await expect.poll(stage).toBe('prejuridico');
    await record(/^Derecho de petición/, 'Petición registrada por error', addDays(today, -2));
    await page.getByRole('button', { name: `Anular Derecho de petición del ${dmy(addDays(today, -2))}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Motivo/).fill('Se registró en el expediente equivocado');
    await dialog.getByRole('button', { name: 'Anular' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() =>
        page.locator('[data-testid="etapa-event"][data-kind="derecho_peticion"]').getAttribute('data-annulled'),
      )
      .toBe('true');
    await screenshot(page, 'expediente-detalle', { fullPage: true });
    // The persuasivo ended at the devolución: its informe de cierre is a PDF download.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('informe-cierre').click()]);
    expect(dl.suggestedFilename()).toMatch(/^informe-cierre-persuasivo-.*\.pdf$/);
    const cp = (
      await app.api<{ rows: { counterpartyId: number; counterpartyName: string }[] }>('expedientes.list', {})
    ).rows.find((r) => r.counterpartyName === 'Coosalud EPS S.A.')!;
    const v = await app.api<{ stage: string; events: { kind: string; annulled: boolean }[] }>('expedientes.get', {
      counterpartyId: cp.counterpartyId,
    });
    expect(v.stage).toBe('prejuridico');
    expect(v.events.map((e) => [e.kind, e.annulled])).toEqual([
      ['circularizacion', false],
      ['conciliacion', false],
      ['citacion', false],
      ['devolucion', false],
      ['derecho_peticion', true],
      ['anulacion', false],
    ]);
    expect(s.session.problems).toEqual([]);
  });
});
