/**
 * Perfil MX, from an empty database: first-run wizard → edit one of the 32
 * seeded entidades → register an invoice → register an abono → the balance on
 * screen is amount − abono → revert the abono → Configuración.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type BrowserSession,
  hasChromium,
  openBrowser,
  type RunningApp,
  samplePng,
  screenshot,
  selectOption,
  startApp,
  stopAfterFirstFailure,
  today as runToday,
} from './support';

const T = { timeout: 120_000 };

describe.skipIf(!hasChromium)('perfil MX: configuración inicial, entidades, factura y abono', () => {
  let app: RunningApp;
  let s: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    app = await startApp('mx');
    s = await openBrowser(app.url, 'es-MX');
    page = s.page;
  }, 60_000);

  stopAfterFirstFailure(() => page);

  afterAll(async () => {
    await s?.close();
    await app?.stop();
  });

  it('takes the token out of the address bar', T, async () => {
    await page.getByTestId('wizard-step-perfil').waitFor();
    expect(page.url()).not.toContain('token=');
  });

  it('completes the wizard (MX) with client-side validation and a logo', T, async () => {
    await page.getByTestId('profile-MX').click();
    await screenshot(page, '01-wizard-perfil');
    await page.getByRole('button', { name: 'Siguiente' }).click();

    // Step 2: an empty name and no state are refused before anything is sent.
    await page.getByTestId('wizard-step-institucion').waitFor();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expect.poll(() => page.getByText(/nombre de la institución.*obligatorio/i).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Elija la entidad federativa de la institución').isVisible()).toBe(true);
    await screenshot(page, '02-wizard-institucion-errores');

    await page
      .getByLabel('Nombre oficial de la institución')
      .fill('Servicios de Salud de Jalisco — Régimen Estatal (prueba)');
    await page.getByLabel('Nombre corto').fill('SSJ Portabilidad');
    await page.getByLabel('RFC').fill('SSJ970101AB1');
    await page.getByLabel('Régimen o área').fill('Dirección de Financiamiento y Balance');
    await selectOption(
      page,
      page.getByRole('combobox', { name: 'Entidad federativa de la institución' }),
      /Jalisco/,
      'Jalis',
    );
    await page.getByLabel('Ciudad', { exact: true }).fill('Guadalajara');
    await page.getByLabel('Lugar de expedición').fill('Guadalajara, Jal.');
    await page.getByLabel('Domicilio').fill('Av. Juárez 1234, Col. Centro, C.P. 44100');
    await page.getByLabel('Teléfono').fill('33 3030 5000');
    await page.getByLabel('Correo electrónico').fill('portabilidad@ssj.gob.mx');
    await screenshot(page, '03-wizard-institucion');
    await page.getByRole('button', { name: 'Siguiente' }).click();

    // Step 3: letterhead + a left logo (uploaded after setup completes).
    await page.getByTestId('wizard-step-membrete').waitFor();
    await page.getByLabel('Línea 1 del membrete').fill('Gobierno del Estado de Jalisco');
    await page.getByRole('button', { name: 'Agregar línea' }).click();
    await page
      .getByLabel('Línea 2 del membrete')
      .fill('Secretaría de Salud · Régimen Estatal de Protección Social en Salud');
    await page.getByLabel('Lema oficial del año').fill('2026, Año de la Salud Pública');
    await page
      .getByTestId('logo-left')
      .locator('input[type=file]')
      .setInputFiles({ name: 'escudo.png', mimeType: 'image/png', buffer: samplePng() });
    await page.getByTestId('logo-left').locator('img').waitFor();
    await screenshot(page, '04-wizard-membrete');
    await page.getByRole('button', { name: 'Siguiente' }).click();

    // Step 4: signatories; a name without position is refused.
    await page.getByTestId('wizard-step-firmantes').waitFor();
    await page.locator('input[name="signatories.0.title"]').fill('C.P.');
    await page.locator('input[name="signatories.0.name"]').fill('María Fernanda López Ruiz');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expect.poll(() => page.getByText(/cargo del firmante.*obligatorio/i).isVisible()).toBe(true);
    await page
      .locator('input[name="signatories.0.position"]')
      .fill('Jefa del Departamento de Financiamiento y Balance');
    await page.getByRole('button', { name: 'Agregar firmante' }).click();
    await page.locator('input[name="signatories.1.title"]').fill('Dr.');
    await page.locator('input[name="signatories.1.name"]').fill('Jorge Alberto Ramírez Soto');
    await page.locator('input[name="signatories.1.position"]').fill('Director General');
    await page.locator('input[name="signatories.1.initials"]').click();
    await screenshot(page, '05-wizard-firmantes');
    await page.getByRole('button', { name: 'Siguiente' }).click();

    // Step 5: bank; a short CLABE is refused by the contract's schema.
    await page.getByTestId('wizard-step-banco').waitFor();
    await page.getByLabel('Denominación (titular de la cuenta)').fill('Servicios de Salud Jalisco');
    await page.getByLabel('Banco', { exact: true }).fill('BBVA México');
    await page.getByLabel('Número de cuenta').fill('0112233445');
    await page.getByLabel('CLABE interbancaria').fill('01232000');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expect.poll(() => page.getByText('La CLABE tiene 18 dígitos').isVisible()).toBe(true);
    // Eighteen digits with a wrong control digit are refused too.
    await page.getByLabel('CLABE interbancaria').fill('012320001122334455');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expect.poll(() => page.getByText(/CLABE no válida: su dígito de control/).isVisible()).toBe(true);
    await page.getByLabel('CLABE interbancaria').fill('012320001122334457');
    await screenshot(page, '06-wizard-banco');
    await page.getByRole('button', { name: 'Siguiente' }).click();

    await page.getByTestId('wizard-step-confirmar').waitFor();
    expect(await page.getByTestId('confirm-name').textContent()).toContain('Servicios de Salud de Jalisco');
    await screenshot(page, '07-wizard-confirmar');
    await page.getByRole('button', { name: 'Terminar configuración' }).click();

    // The shell appears with the saved institution (read back from the backend).
    await page.getByTestId('header-institution').waitFor();
    expect(await page.getByTestId('header-institution').textContent()).toBe('SSJ Portabilidad');
    expect(await page.getByTestId('header-profile').textContent()).toContain('Perfil MX');
    const settings = await app.api<{
      institution: { ownStateCode: string; logoLeftAssetId: number | null; bankClabe: string };
      signatories: { name: string }[];
    }>('settings.get');
    expect(settings.institution.ownStateCode).toBe('14');
    expect(settings.institution.bankClabe).toBe('012320001122334457');
    expect(settings.institution.logoLeftAssetId).not.toBeNull();
    expect(settings.signatories.map((x) => x.name)).toEqual([
      'María Fernanda López Ruiz',
      'Jorge Alberto Ramírez Soto',
    ]);
    await screenshot(page, '08-tablero');
  });

  it('lists the 31 other entidades (own state inactive), searches and edits Nuevo León', T, async () => {
    await page.getByTestId('nav-cartera-entidades').click();
    await page.getByTestId('entities-table').waitFor();
    await expect.poll(() => page.getByTestId('entity-row').count()).toBe(31);
    expect(await page.getByTestId('pager').textContent()).toContain('de 31 entidades');
    expect(await page.getByTestId('entities-table').textContent()).not.toContain('Jalisco');
    await screenshot(page, '10-entidades-lista');

    await page.getByLabel('Buscar entidades').fill('Nuevo');
    await expect.poll(() => page.getByTestId('entity-row').count()).toBe(1);
    await page.getByTestId('entity-row').first().click();
    await page.getByTestId('entity-name').waitFor();
    expect(await page.getByTestId('entity-name').textContent()).toBe('Nuevo León');

    await page.getByRole('button', { name: 'Editar' }).click();
    await page.locator('input[name="addresseeName"]').waitFor();
    await page.locator('input[name="addresseeTitle"]').fill('Lic.');
    await page.locator('input[name="addresseeName"]').fill('Roberto Garza Treviño');
    await page
      .locator('input[name="addresseePosition"]')
      .fill('Director del Régimen Estatal de Protección Social en Salud');
    await page.locator('input[name="street"]').fill('Av. Constitución 4000 Ote.');
    await page.locator('input[name="colony"]').fill('Centro');
    await page.locator('input[name="postalCode"]').fill('64000');
    await page.locator('input[name="city"]').fill('Monterrey');
    await page.getByRole('button', { name: 'Agregar contacto' }).click();
    await page.getByLabel('Nombre', { exact: true }).last().fill('Ana Sofía Cantú');
    await page.getByLabel('Correo', { exact: true }).fill('ana.cantu@saludnl.gob.mx');
    await page.locator('input[name="email"]').fill('correo-no-valido');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect.poll(() => page.getByText('Correo electrónico no válido').isVisible()).toBe(true);
    await page.locator('input[name="email"]').fill('portabilidad@saludnl.gob.mx');
    await page.locator('input[name="bankName"]').fill('Banorte');
    await page.locator('input[name="bankClabe"]').fill('072580001234567895');
    await screenshot(page, '11-entidad-editar', { fullPage: true });
    await page.getByRole('button', { name: 'Guardar cambios' }).click();

    await page.getByTestId('entity-addressee').waitFor();
    expect(await page.getByTestId('entity-addressee').textContent()).toBe('Lic. Roberto Garza Treviño');
    expect(await page.getByTestId('balance-receivable').textContent()).toBe('$0.00');
    await screenshot(page, '12-entidad-detalle');
  });

  it('registers an invoice, an abono, and shows balance = amount − abono', T, async () => {
    await page.getByRole('button', { name: 'Nueva factura' }).click();
    await page.locator('input[name="number"]').waitFor();
    // Came from Nuevo León's page: the entidad is preselected.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Entidad', exact: true }).inputValue())
      .toBe('Nuevo León (NL)');
    await page.locator('input[name="number"]').fill('nl-2026-001');
    await page.getByLabel('Concepto').fill('Atención a pacientes afiliados en Nuevo León, hoja de cálculo 12/2025');
    // Period: month picker (current year shown) → January.
    await page.getByLabel('Periodo del servicio').click();
    await page.getByRole('button', { name: /^ene/i }).first().click();
    const year = Number(runToday().slice(0, 4));
    await expect
      .poll(() => page.getByLabel('Periodo del servicio').innerText())
      .toMatch(new RegExp(`ene.*${year}`, 'i'));
    await page.locator('input[name="amount"]').fill('12,34');
    await page.getByRole('button', { name: 'Registrar factura' }).click();
    await expect.poll(() => page.getByText(/Importe no válido/).isVisible()).toBe(true);
    await page.locator('input[name="amount"]').fill('1,234,567.89');
    await page.locator('input[name="amount"]').blur();
    await screenshot(page, '20-factura-nueva');
    await page.getByRole('button', { name: 'Registrar factura' }).click();

    await page.getByTestId('invoice-number').waitFor();
    expect(await page.getByTestId('invoice-number').textContent()).toBe('NL-2026-001');
    expect(await page.getByTestId('invoice-amount').textContent()).toBe('$1,234,567.89');
    expect(await page.getByTestId('invoice-balance').textContent()).toBe('$1,234,567.89');
    expect(await page.getByText(`enero ${Number(runToday().slice(0, 4))}`).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Registrar abono' }).click();
    await page.locator('input[name="paymentReference"]').fill('SPEI 2026-000871');
    await page.locator('input[name="paymentAmount"]').fill('234,567.89');
    await screenshot(page, '21-abono-dialogo');
    await page.getByRole('dialog').getByRole('button', { name: 'Registrar abono' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await expect.poll(() => page.getByTestId('invoice-balance').textContent()).toBe('$1,000,000.00');
    expect(await page.getByTestId('entry-row').count()).toBe(2);
    const detail = await app.api<{ balanceCents: number; amountCents: number }>('invoices.get', {
      id: Number(page.url().split('/').pop()),
    });
    expect(detail.balanceCents).toBe(detail.amountCents - 23_456_789);
    await screenshot(page, '22-factura-detalle');

    // An abono larger than the balance is refused by the backend, with its Spanish message.
    await page.getByRole('button', { name: 'Registrar abono' }).click();
    await page.locator('input[name="paymentReference"]').fill('SPEI exceso');
    await page.locator('input[name="paymentAmount"]').fill('2,000,000.00');
    await page.getByRole('dialog').getByRole('button', { name: 'Registrar abono' }).click();
    await expect
      .poll(() => page.locator('.mantine-Notification-root').filter({ hasText: 'No se registró el abono' }).count())
      .toBeGreaterThan(0);
    await screenshot(page, '23-abono-excede-saldo', { toasts: true });
    await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();
    await expect.poll(() => page.getByTestId('invoice-balance').textContent()).toBe('$1,000,000.00');
  });

  it('reverts the abono with a reason and the balance returns to the amount', T, async () => {
    await page
      .locator('[data-testid="entry-row"][data-kind="abono"]')
      .getByRole('button', { name: 'Revertir' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revertir movimiento' }).click();
    await expect.poll(() => page.getByText('Explique el motivo (al menos 5 caracteres)').isVisible()).toBe(true);
    await page.getByLabel('Motivo de la reversión').fill('La transferencia corresponde a otra factura');
    await screenshot(page, '24-revertir-dialogo');
    await page.getByRole('dialog').getByRole('button', { name: 'Revertir movimiento' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('invoice-balance').textContent()).toBe('$1,234,567.89');
    expect(await page.getByTestId('entry-row').count()).toBe(3);
    expect(
      await page
        .getByTestId('entries-table')
        .getByText('Motivo: La transferencia corresponde a otra factura')
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .locator('[data-testid="entry-row"][data-kind="abono"]')
        .getByText('Revertido', { exact: true })
        .isVisible(),
    ).toBe(true);
    await screenshot(page, '25-factura-revertida');

    // The list shows it with its balance.
    await page.getByTestId('nav-cartera-facturas').click();
    await page.getByTestId('invoices-table').waitFor();
    const row = page.getByTestId('invoice-row').filter({ hasText: 'NL-2026-001' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('$1,234,567.89');
    await screenshot(page, '26-facturas-lista-mx');
  });

  it('shows Configuración: institution, letterhead with logo, signatories and tables', T, async () => {
    await page.getByTestId('nav-configuracion').click();
    await page.getByLabel('Nombre oficial de la institución').waitFor();
    expect(await page.getByLabel('Nombre oficial de la institución').inputValue()).toBe(
      'Servicios de Salud de Jalisco — Régimen Estatal (prueba)',
    );
    await page.getByLabel('Teléfono').fill('33 3030 5001');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect
      .poll(async () => (await app.api<{ institution: { phone: string } }>('settings.get')).institution.phone)
      .toBe('33 3030 5001');
    await screenshot(page, '30-config-institucion', { fullPage: true });

    await page.getByRole('tab', { name: 'Membrete y logos' }).click();
    await page.getByTestId('letterhead-preview').waitFor();
    await page.getByTestId('logo-left').locator('img').waitFor();
    await page
      .getByTestId('logo-right')
      .locator('input[type=file]')
      .setInputFiles({ name: 'salud.png', mimeType: 'image/png', buffer: samplePng(140, 90, [105, 28, 50]) });
    await page.getByTestId('logo-right').locator('img').waitFor();
    expect(
      (await app.api<{ institution: { logoRightAssetId: number | null } }>('settings.get')).institution
        .logoRightAssetId,
    ).not.toBeNull();
    await screenshot(page, '31-config-membrete', { fullPage: true });

    await page.getByRole('tab', { name: 'Firmantes' }).click();
    await page.locator('input[name="signatories.1.name"]').waitFor();
    await screenshot(page, '32-config-firmantes');

    await page.getByRole('tab', { name: 'Tablas' }).click();
    await page.getByRole('button', { name: 'Guardar valor' }).waitFor();
    await page.getByLabel('Año').fill('2026');
    await page.getByLabel('Valor diario').fill('117.31');
    await page.getByRole('button', { name: 'Guardar valor' }).click();
    await expect
      .poll(() => page.getByTestId('ref-table-UMA').getByRole('cell', { name: '2026', exact: true }).isVisible())
      .toBe(true);
    const units = (
      await app.api<{ referenceUnits: { kind: string; year: number; valueCents: number }[] }>('settings.get')
    ).referenceUnits;
    expect(units.find((u) => u.kind === 'UMA' && u.year === 2026)?.valueCents).toBe(11_731);
    await screenshot(page, '33-config-tablas');
  });

  it('opens Acuerdos de pago (its list, empty here) and logs no browser errors', T, async () => {
    await page.getByTestId('nav-acuerdos').click();
    await page.getByTestId('agreements-screen').waitFor();
    await screenshot(page, '40-acuerdos');
    expect(s.problems).toEqual([]);
  });

  it('survives a reload on a deep link (token kept for the tab) and refuses a tab without token', T, async () => {
    await page.goto(`${app.origin}/#/cartera/entidades`);
    await page.reload();
    await page.getByTestId('entities-table').waitFor();
    expect(await page.getByTestId('header-institution').textContent()).toBe('SSJ Portabilidad');

    const other = await s.context.browser()!.newContext({ locale: 'es-MX' });
    const stranger = await other.newPage();
    await stranger.goto(`${app.origin}/`);
    await stranger.getByText('No se pudo iniciar la aplicación').waitFor();
    expect(await stranger.getByText(/La sesión no es válida/).isVisible()).toBe(true);
    await screenshot(stranger, '41-sin-token');
    await other.close();
  });
});
