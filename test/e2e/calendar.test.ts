/**
 * Configuración → Días hábiles (perfil CO): next year's feriados with their origin, an adjustment added with
 * its reason (the day turns inhábil, and a term in días hábiles skips it), then retired. Dates are next
 * year's first Wednesday of March, never a holiday in CO, so the test holds whatever «today» is.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dmy, hasChromium, screenshot, setupSanRafael, today, typeDate, useSuite } from './support';

const T = { timeout: 90_000 };
const year = Number(today().slice(0, 4)) + 1;

/** The first Wednesday of March of `y` (1 March's weekday from a known Monday). */
function firstWednesdayOfMarch(y: number): string {
  const first = `${y}-03-01`;
  const weekday =
    ((Math.round((Date.parse(`${first}T00:00:00Z`) - Date.parse('1970-01-05T00:00:00Z')) / 864e5) % 7) + 7) % 7;
  return addDays(first, (2 - weekday + 7) % 7);
}

describe.skipIf(!hasChromium)('Configuración → Días hábiles', () => {
  const s = useSuite('calendario', setupSanRafael, 120_000, { locale: 'es-CO' });
  const day = firstWednesdayOfMarch(year);

  it("shows next year's feriados with their origin", T, async () => {
    const { page } = s;
    await page.goto(`${s.app.url.split('#')[0]}#/configuracion/dias-habiles`);
    await page.locator('.mantine-SegmentedControl-label', { hasText: new RegExp(`^${year}$`) }).click();
    const table = page.getByTestId('holidays-table');
    await expect.poll(() => table.innerText()).toContain(`20/07/${year}`);
    expect(await table.innerText()).toContain('Día de la Independencia');
    expect(await table.innerText()).toContain('Ascensión del Señor');
    expect(await table.innerText()).not.toContain('Pascua');
  });

  it('adds an inhábil day with its reason: it shows as «Ajuste» and a term skips it; then retires it', T, async () => {
    const { page } = s;
    await typeDate(page, page.getByLabel(/^Fecha/), dmy(day));
    await page.getByLabel(/^Motivo/).fill('Decreto 045 de la gerencia: cierre por inventario');
    await page.getByRole('button', { name: 'Registrar ajuste' }).click();
    const overrides = page.getByTestId('overrides-table');
    await expect.poll(() => overrides.innerText()).toContain('Decreto 045 de la gerencia');
    const row = page.getByTestId('holidays-table').getByRole('row', { name: new RegExp(dmy(day)) });
    expect(await row.innerText()).toMatch(/ajuste/i);

    // 1 día hábil after the Tuesday before is now Thursday, not the adjusted Wednesday.
    await typeDate(page, page.getByLabel('Desde'), dmy(addDays(day, -1)));
    await page.getByRole('textbox', { name: 'Días hábiles' }).fill('1');
    await expect.poll(() => page.getByTestId('term-result').innerText()).toContain(dmy(addDays(day, 1)));
    await screenshot(page, 'config-dias-habiles', { fullPage: true });
    const api = await s.app.api<{ holidays: { date: string; source: string }[] }>('calendar.year', { year });
    expect(api.holidays).toContainEqual(expect.objectContaining({ date: day, source: 'ajuste' }));

    await page.getByRole('button', { name: `Retirar el ajuste del ${dmy(day)}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirar ajuste del calendario' });
    await dialog.getByLabel(/^Motivo del retiro/).fill('El cierre se aplazó');
    await dialog.getByRole('button', { name: 'Retirar' }).click();
    await expect.poll(() => page.getByText(`Sin ajustes en ${year}.`).count()).toBe(1);
    await expect.poll(() => page.getByTestId('term-result').innerText()).toContain(dmy(day));
    const after = await s.app.api<{ holidays: { date: string }[] }>('calendar.year', { year });
    expect(after.holidays.map((h) => h.date)).not.toContain(day);
  });

  it('refuses an adjustment of a weekend day in Spanish, writing nothing', T, async () => {
    const { page } = s;
    await typeDate(page, page.getByLabel(/^Fecha/), dmy(addDays(day, 3)));
    await page.getByLabel(/^Motivo/).fill('Sábado');
    await page.getByRole('button', { name: 'Registrar ajuste' }).click();
    await expect.poll(() => page.getByText(/es sábado o domingo/).count()).toBeGreaterThan(0);
    const api = await s.app.api<{ overrides: unknown[] }>('calendar.year', { year });
    expect(api.overrides).toEqual([]);
  });
});
