/**
 * A contrato de transacción in Chromium (perfil CO): a debtor in cobro prejurídico; in the wizard the type
 * «Contrato de transacción» and the DIAN's moratorium rate; this month's DIAN rate is missing and captured
 * from the preview; signed, its detail says what it is, and the debtor's expediente is suspended by it.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementPreview } from '../../shared/api/types-agreements';
import type { ExpedienteView } from '../../shared/api/expedientes';
import { formatMoney } from '../../shared/domain/money';
import {
  addDays,
  dtfForYears,
  hasChromium,
  type RunningApp,
  screenshot,
  selectOption,
  today as runToday,
  useSuite,
} from './support';

const T = { timeout: 120_000 };
const co = (cents: number) => formatMoney(cents, 'es-CO');
const today = runToday();
const thisMonth = today.slice(0, 7);
const ids = { eps: 0, invoice: 0 };

/** Last year and this one, as percentages; `skip` is left out (captured in the wizard). */
const months = (rate: string, skip?: string) =>
  dtfForYears([Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4))], rate).filter((m) => m.period !== skip);

async function setup(app: RunningApp): Promise<void> {
  await app.api('settings.completeSetup', {
    institution: { profile: 'CO', name: 'E.S.E. Hospital Universitario San Rafael', city: 'Tunja' },
    signatories: [{ name: 'Carlos Andrés Rojas', position: 'Profesional de Cartera' }],
  });
  const year = Number(today.slice(0, 4));
  if (year > 2025) await app.api('settings.setReferenceUnit', { kind: 'SMMLV', year, valueCents: 175_090_500 });
  await app.api('cartera.dtf.save', { rates: months('9,1') });
  await app.api('cartera.moraDian.save', { rates: months('26,8', thisMonth) });
  ids.eps = (
    await app.api<{ id: number }>('counterparties.create', {
      kind: 'eps',
      name: 'Salud Total EPS',
      taxId: '800130907-4',
      naturalezaJuridica: 'eps_contributiva',
    })
  ).id;
  const due = addDays(today, -200);
  ids.invoice = (
    await app.api<{ invoice: { id: number } }>('invoices.create', {
      counterpartyId: ids.eps,
      direction: 'receivable',
      number: 'HUSR-3001',
      issueDate: addDays(due, -30),
      dueDate: due,
      amountCents: 12_000_000_00,
      idempotencyKey: `e2e-ctr-${Date.now()}`,
    })
  ).invoice.id;
  await app.api('expedientes.record', {
    counterpartyId: ids.eps,
    kind: 'prejuridico',
    date: addDays(today, -10),
    reason: 'La obligación cumplió 180 días sin acuerdo',
  });
}

describe.skipIf(!hasChromium)('contrato de transacción (perfil CO)', () => {
  const s = useSuite('contrato-transaccion', setup, 180_000, { locale: 'es-CO' });

  it(
    'signs a contrato with its mora at the DIAN rate, captured from the preview; the expediente is suspended',
    T,
    async () => {
      const { page, app } = s;
      await page.getByTestId('nav-acuerdos').click();
      await page.getByTestId('agreement-new').click();
      await selectOption(page, page.getByRole('combobox', { name: 'Deudor' }), 'Salud Total EPS');
      await page.locator('[data-testid="agreement-invoice"][data-number="HUSR-3001"]').click();
      await page.getByTestId('agreement-kind').getByText('Contrato de transacción').click();
      await page.getByRole('heading', { name: 'Nuevo contrato de transacción' }).waitFor();
      await page.getByTestId('mora-rate').getByText('Tasa DIAN').click();

      // This month's DIAN rate is missing: captured from the preview into its own table.
      await page.getByTestId('preview-error').waitFor();
      expect(await page.getByTestId('preview-error').innerText()).toContain('Falta la tasa de interés moratorio DIAN');
      await page.getByTestId('preview-capture-dtf').click();
      const dialog = page.getByTestId('dian-dialog');
      await dialog.getByLabel('Tasa DIAN (% efectivo anual)').fill('26,76');
      await dialog.getByRole('button', { name: 'Guardar tasa' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const dian = await app.api<{ rows: { period: string; percent: string }[] }>('cartera.moraDian.list');
      expect(dian.rows.find((r) => r.period === thisMonth)?.percent).toBe('26.76');

      await page.getByLabel('Tipo de garantía').fill('Pagaré');
      await page.getByLabel('Descripción').fill('Pagaré en blanco con carta de instrucciones');
      await page.locator('input[name="signerName"]').fill('Juan Pablo Gómez');
      await page.locator('input[name="signerPosition"]').fill('Representante legal');
      const expected = await app.api<AgreementPreview>('agreements.preview', {
        counterpartyId: ids.eps,
        invoiceIds: [ids.invoice],
        signingDate: today,
        numeroCuotas: 4,
        kind: 'contrato_transaccion',
        moraRate: 'dian',
        guarantee: { type: 'Pagaré', description: 'Pagaré en blanco con carta de instrucciones' },
      });
      expect(expected.canSign).toBe(true);
      await expect.poll(() => page.getByTestId('preview-interest').innerText()).toBe(co(expected.interestCents));
      await page.getByText('Intereses de mora (tasa DIAN)').waitFor();
      await expect.poll(() => page.getByTestId('agreement-sign').isEnabled()).toBe(true);
      await screenshot(page, 'contrato-asistente', { fullPage: true });

      await page.getByTestId('agreement-sign').click();
      await page.getByTestId('agreement-sign-confirmed').click();
      await page.getByTestId('agreement-folio').waitFor();
      await page.getByText('Contrato de transacción', { exact: true }).first().waitFor();
      await page.getByText('Tasa de interés moratorio DIAN de cada mes de atraso').waitFor();
      await screenshot(page, 'contrato-detalle', { fullPage: true });

      const file = await app.api<ExpedienteView>('expedientes.get', { counterpartyId: ids.eps });
      expect(file.stage).toBe('suspendido');
      expect(file.events.at(-1)).toMatchObject({ kind: 'contrato_transaccion', origin: 'acuerdo' });
    },
  );
});
