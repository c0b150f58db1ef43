/** Page helpers of the e2e suites: screenshots, Mantine selects and date fields. */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/**
 * Saves test-results/screenshots/<name>.png. Toasts are hidden unless asked
 * for (they pile up in fast tests and cover the screen). A "full page" shot
 * grows the viewport to the content instead of stitching, so the app's fixed
 * header stays at the top.
 */
export async function screenshot(
  page: Page,
  name: string,
  opts: { fullPage?: boolean; toasts?: boolean } = {},
): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  const hide = opts.toasts
    ? null
    : await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  const original = page.viewportSize();
  if (opts.fullPage && original) {
    const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await page.setViewportSize({ width: original.width, height: Math.min(Math.max(height, original.height), 4000) });
  }
  // Let transitions (modals, popovers) settle.
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  if (opts.fullPage && original) await page.setViewportSize(original);
  if (hide) await hide.evaluate((el) => (el as Element).remove());
  return file;
}

/** Picks an option in a Mantine Select (searchable or not) by its visible label. */
export async function selectOption(
  page: Page,
  input: Locator,
  optionText: string | RegExp,
  typeText?: string,
): Promise<void> {
  await input.click();
  if (typeText !== undefined) await input.fill(typeText);
  await page
    .getByRole('option', typeof optionText === 'string' ? { name: optionText, exact: true } : { name: optionText })
    .first()
    .click();
}

/** Types a date into a DateField (dd/mm/aaaa) and commits it. */
export async function fillDate(page: Page, input: Locator, ddmmyyyy: string): Promise<void> {
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
  await input.blur();
  await page.keyboard.press('Escape');
}

/** Types a date into a DateField inside a form or dialog (Enter would submit it, Escape would close the dialog). */
export async function typeDate(page: Page, input: Locator, ddmmyyyy: string): Promise<void> {
  await input.click();
  await input.fill(ddmmyyyy);
  await page.keyboard.press('Tab');
}
