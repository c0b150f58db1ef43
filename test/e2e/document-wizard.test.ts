/**
 * Editing a draft, the wizard asks for the entidad's data (its titular) in
 * the background. When that answer comes late — a busy workstation — what the
 * user already typed in the addressee stays: the answer only fills an
 * addressee nobody has touched. (Seen in CI: a memorándum's addressee typed
 * while the answer was slow was wiped, and «Siguiente» refused the empty
 * fields.)
 */
import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../shared/api/types';
import { hasChromium, setupJalisco, today, useSuite } from './support';

const T = { timeout: 60_000 };
const QUERETARO = 22;
const ids = { draft: 0 };

describe.skipIf(!hasChromium)('asistente de documentos: lo escrito no se pierde', () => {
  const s = useSuite('document-wizard', async (app) => {
    await setupJalisco(app);
    const d = await app.api<DocumentDetail>('documents.createDraft', {
      docType: 'memorandum_libre',
      date: today(),
      counterpartyId: QUERETARO,
      data: { asunto: 'Conciliación de saldos con Querétaro', texto: 'Texto del memorándum.' },
    });
    ids.draft = d.id;
  });

  it('a late answer about the entidad does not overwrite the addressee the user typed', T, async () => {
    const { page, app } = s;
    let held = 0;
    await page.route('**/api/counterparties.get', async (route) => {
      held++;
      await new Promise((r) => setTimeout(r, 2_500));
      await route.continue();
    });
    await page.goto(`${app.origin}/#/documentos/${ids.draft}/editar`);
    await page.getByTestId('doc-wizard-step-2').waitFor();
    await page.getByRole('button', { name: 'Anterior' }).click();
    await page.getByTestId('doc-wizard-step-1').waitFor();
    await page.locator('input[name="addressee.name"]').fill('Mtra. Ana Lilia Torres Vega');
    await page.locator('input[name="addressee.position"]').fill('Directora de Finanzas');
    // The held answer arrives after the typing.
    await expect.poll(() => held).toBeGreaterThan(0);
    await page.waitForTimeout(3_500);
    expect(await page.locator('input[name="addressee.name"]').inputValue()).toBe('Mtra. Ana Lilia Torres Vega');
    expect(await page.locator('input[name="addressee.position"]').inputValue()).toBe('Directora de Finanzas');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('doc-wizard-step-2').waitFor();
    await page.unroute('**/api/counterparties.get');
  });
});
