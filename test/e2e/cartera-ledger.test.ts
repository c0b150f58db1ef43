/**
 * Cartera ledger operations in Chromium (CO profile): a nota crédito por
 * error administrativo above 25 % of the invoice, whose approval the dialog
 * asks for before sending; and a pago por aplicar registered on its screen
 * and applied to two invoices, with the remaining amount shown.
 */
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/domain/money';
import { hasChromium, type RunningApp, screenshot, selectOption, today as runToday, useSuite } from './support';

const T = { timeout: 120_000 };
const co = (cents: number) => formatMoney(cents, 'es-CO');

interface Detail {
  balanceCents: number;
  notas: { tipo: string; approval: { approvedBy: string } | null }[];
  naturaleza: { value: string; registered: string; corrections: { reason: string }[] };
}

const ids = { eps: 0, a: 0, b: 0, c: 0 };
let keySeq = 0;
const key = () => `e2e-cl-${Date.now()}-${++keySeq}`;

async function setup(app: RunningApp): Promise<void> {
  await app.api('settings.completeSetup', {
    institution: {
      profile: 'CO',
      name: 'E.S.E. Hospital Universitario San Rafael',
      shortName: 'HUSR',
      taxId: '891800231-9',
      city: 'Tunja',
      defaultPaymentTermDays: 60,
    },
    signatories: [{ name: 'Carlos Andrés Rojas', position: 'Profesional de Cartera' }],
  });
  // The nota is dated today: its year's SMMLV must be in the table (seeded up to 2025).
  const year = Number(runToday().slice(0, 4));
  if (year > 2025) await app.api('settings.setReferenceUnit', { kind: 'SMMLV', year, valueCents: 175_090_500 });
  ids.eps = (
    await app.api<{ id: number }>('counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
    })
  ).id;
  const invoice = async (number: string, amountCents: number) =>
    (
      await app.api<{ invoice: { id: number } }>('invoices.create', {
        counterpartyId: ids.eps,
        direction: 'receivable',
        number,
        issueDate: '2025-01-15',
        amountCents,
        idempotencyKey: key(),
      })
    ).invoice.id;
  ids.a = await invoice('HUSR-1001', 1_000_000_000);
  ids.b = await invoice('HUSR-1002', 50_000_000);
  ids.c = await invoice('HUSR-1003', 80_000_000);
}

describe.skipIf(!hasChromium)('cartera: notas y pagos por aplicar (perfil CO)', () => {
  const s = useSuite('cartera-ledger', setup);

  it(
    'a nota crédito por error administrativo above 25 % asks for the approval before sending, and records it',
    T,
    async () => {
      const { page, app } = s;
      await page.goto(`${app.origin}/#/cartera/facturas/${ids.a}`);
      await page.getByTestId('invoice-number').waitFor();
      await page.getByRole('button', { name: 'Nota crédito / débito' }).click();
      const dialog = page.getByRole('dialog');
      await selectOption(page, dialog.getByLabel('Tipo de nota'), 'Error administrativo');
      // 2.500.000,00 is exactly 25 % of 10.000.000,00: applies directly.
      await dialog.locator('input[name="notaAmount"]').fill('2.500.000,00');
      await expect.poll(() => dialog.getByTestId('nota-rule').innerText()).toContain('se aplica directamente');
      expect(await dialog.getByTestId('nota-approval').count()).toBe(0);
      // One centavo more: the approval is asked for, inline, before sending.
      await dialog.locator('input[name="notaAmount"]').fill('2.500.000,01');
      await expect
        .poll(() => dialog.getByTestId('nota-rule').innerText())
        .toContain('supera el 25 % del valor de la factura');
      await dialog.getByTestId('nota-approval').waitFor();
      await dialog.locator('input[name="notaSupport"]').fill('Acta de conciliación 45 de 2025');
      // Without who approved and the acta, the dialog refuses before calling the backend.
      await dialog.getByRole('button', { name: 'Registrar nota crédito' }).click();
      await dialog.getByText('Indique quién aprobó la nota').waitFor();
      // (fillDate would press Escape, which closes the dialog.)
      const approvalDate = dialog.getByLabel('Fecha de aprobación');
      await approvalDate.fill('02/01/2026');
      await approvalDate.press('Tab');
      await dialog.locator('input[name="approvedBy"]').fill('Comité de Cartera');
      await dialog.locator('input[name="approvalReference"]').fill('Acta 07 de 2025');
      await screenshot(page, 'cl-01-nota-credito-aprobacion');
      await dialog.getByRole('button', { name: 'Registrar nota crédito' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const info = page.getByTestId('nota-info');
      await expect.poll(() => info.innerText()).toContain('aprobada por Comité de Cartera');
      expect(await info.innerText()).toContain(
        'Error administrativo · aprobada por Comité de Cartera (Acta 07 de 2025, 02/01/2026)',
      );
      expect(await page.getByTestId('entry-row').filter({ hasText: 'Nota crédito' }).innerText()).toContain(
        'Acta de conciliación 45 de 2025',
      );
      await expect.poll(() => page.getByTestId('invoice-balance').innerText()).toBe(co(1_000_000_000 - 250_000_001));
      await screenshot(page, 'cl-02-factura-con-nota');
      const d = await app.api<Detail>('invoices.get', { id: ids.a });
      expect(d.balanceCents).toBe(749_999_999);
      expect(d.notas[0]).toMatchObject({ tipo: 'error_administrativo', approval: { approvedBy: 'Comité de Cartera' } });
    },
  );

  it('a pago por aplicar is registered, applied to two invoices, and its remaining amount is shown', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.origin}/#/cartera/pagos`);
    await page.getByRole('button', { name: 'Registrar pago por aplicar' }).click();
    const dialog = page.getByRole('dialog');
    await selectOption(page, dialog.getByLabel('Entidad que pagó'), 'Nueva EPS S.A.');
    await dialog.locator('input[name="unappliedAmount"]').fill('1.000.000,00');
    await dialog.locator('input[name="unappliedReference"]').fill('Consignación 778899');
    await dialog.getByRole('button', { name: 'Registrar pago' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('unapplied-row').filter({ hasText: 'Consignación 778899' });
    await expect.poll(() => row.getByTestId('unapplied-remaining').innerText()).toBe(co(100_000_000));

    await row.getByRole('button', { name: 'Aplicar' }).click();
    const apply = page.getByRole('dialog');
    await apply.getByTestId('apply-invoices').waitFor();
    await apply.locator('input[name="apply-HUSR-1002"]').fill('300.000,00');
    await apply.locator('input[name="apply-HUSR-1003"]').fill('400.000,00');
    await expect.poll(() => apply.getByTestId('apply-total').innerText()).toContain(co(70_000_000));
    await screenshot(page, 'cl-03-aplicar-pago');
    await apply.getByRole('button', { name: 'Aplicar', exact: true }).click();
    await apply.waitFor({ state: 'hidden' });
    await expect.poll(() => row.getByTestId('unapplied-remaining').innerText()).toBe(co(30_000_000));
    expect(await row.getByTestId('unapplied-applications').innerText()).toBe('Aplicado a HUSR-1002, HUSR-1003');
    expect(await page.getByTestId('unapplied-total-remaining').innerText()).toBe(co(30_000_000));
    await screenshot(page, 'cl-04-pagos-por-aplicar');
    expect((await app.api<Detail>('invoices.get', { id: ids.b })).balanceCents).toBe(20_000_000);
    expect((await app.api<Detail>('invoices.get', { id: ids.c })).balanceCents).toBe(40_000_000);
    expect(await app.api<{ ok: boolean }>('ledger.check')).toMatchObject({ ok: true });
    expect(s.session.problems).toEqual([]);
  });

  it(
    "an invoice's naturaleza de la obligación is corrected with its reason; the first one stays on record",
    T,
    async () => {
      const { page, app } = s;
      await page.goto(`${app.origin}/#/cartera/facturas/${ids.c}`);
      const shown = page.getByTestId('invoice-naturaleza');
      await expect.poll(() => shown.innerText()).toContain('Servicios de salud');
      await page.getByTestId('naturaleza-correct').click();
      const dialog = page.getByTestId('naturaleza-dialog');
      // Without a reason nothing is sent.
      await selectOption(page, dialog.getByLabel('Naturaleza correcta'), 'Convenios interadministrativos');
      await dialog.getByRole('button', { name: 'Corregir' }).click();
      await dialog.getByText('Explique el motivo de la corrección').waitFor();
      await dialog.getByLabel('Motivo').fill('Es el convenio 045 de 2025 con la Secretaría de Salud');
      await screenshot(page, 'cl-05-corregir-naturaleza');
      await dialog.getByRole('button', { name: 'Corregir' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => shown.innerText()).toContain('Convenios interadministrativos');
      expect((await shown.innerText()).toLowerCase()).toContain('corregida');
      const d = await app.api<Detail>('invoices.get', { id: ids.c });
      expect(d.naturaleza).toMatchObject({
        value: 'convenios_interadministrativos',
        registered: 'servicios_salud',
        corrections: [{ reason: 'Es el convenio 045 de 2025 con la Secretaría de Salud' }],
      });
    },
  );
});
