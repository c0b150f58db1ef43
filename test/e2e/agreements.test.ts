/**
 * Acuerdos de pago in Chromium (issue 5, items 4–5; CO profile): the wizard
 * with its live preview — the signing month's DTF missing and captured from
 * the preview, too many cuotas for the cuantía shown beside the fields, then
 * fixed — signed; the Tablero's cuotas of the week; the first two cuotas paid
 * through the dialog; the same agreement viewed as of a later date foretells
 * the aceleración. The backend refuses future dates (signing, payments,
 * review) and the screens record aceleraciones on every visit, so the
 * recorded one is shown on a second agreement, signed 100 days ago through
 * the API with its first two cuotas paid and the next two lapsed: the list's
 * visit records it, then the red banner and the BDME candidate. Every amount
 * is cross-checked with the API.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementDetail, AgreementPreview, CuotasDue } from '../../shared/api/types-agreements';
import { formatMoney } from '../../shared/domain/money';
import {
  addDays,
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

const ids = { eps: 0, a: 0, b: 0, agreement: 0 };
let keySeq = 0;
const key = () => `e2e-acu-${Date.now()}-${++keySeq}`;

/** DTF for every month of last year to next year except this month (captured in the wizard), as percentages. */
function dtfRates(): { period: string; rate: string }[] {
  const y = Number(today.slice(0, 4));
  const out: { period: string; rate: string }[] = [];
  for (const year of [y - 1, y, y + 1]) {
    for (let m = 1; m <= 12; m++) {
      const period = `${year}-${String(m).padStart(2, '0')}`;
      if (period !== thisMonth) out.push({ period, rate: '9,1' });
    }
  }
  return out;
}

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
  // The SMMLV of this year and the last (an agreement below is signed 100 days ago); the table is seeded up to 2025.
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year])
    if (y > 2025) await app.api('settings.setReferenceUnit', { kind: 'SMMLV', year: y, valueCents: 175_090_500 });
  await app.api('cartera.dtf.save', { rates: dtfRates() });
  ids.eps = (
    await app.api<{ id: number }>('counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
      naturalezaJuridica: 'eps_contributiva',
    })
  ).id;
  const invoice = async (number: string, amountCents: number, age: number) => {
    const due = addDays(today, -age);
    return (
      await app.api<{ invoice: { id: number } }>('invoices.create', {
        counterpartyId: ids.eps,
        direction: 'receivable',
        number,
        issueDate: addDays(due, -30),
        dueDate: due,
        amountCents,
        idempotencyKey: key(),
      })
    ).invoice.id;
  };
  ids.a = await invoice('HUSR-2001', 18_000_000_00, 120);
  ids.b = await invoice('HUSR-2002', 6_500_000_00, 45);
}

const GUARANTEE = {
  type: 'Pagaré',
  description: 'Pagaré en blanco con carta de instrucciones firmado por el representante legal',
};

describe.skipIf(!hasChromium)('acuerdos de pago: asistente, pagos y aceleración (perfil CO)', () => {
  const s = useSuite('agreements', setup);

  it(
    'the wizard previews live: a missing DTF month captured from the preview, too many cuotas shown inline, then signed',
    T,
    async () => {
      const { page, app } = s;
      await page.getByTestId('nav-acuerdos').click();
      await page.getByText('Aún no hay acuerdos de pago').waitFor();
      await page.getByTestId('agreement-new').click();
      await selectOption(page, page.getByRole('combobox', { name: 'Deudor' }), 'Nueva EPS S.A.');
      await page.locator('[data-testid="agreement-invoice"][data-number="HUSR-2001"]').click();
      await page.locator('[data-testid="agreement-invoice"][data-number="HUSR-2002"]').click();

      // This month's DTF is not in the table: the preview says so and offers to capture it.
      await page.getByTestId('preview-error').waitFor();
      expect(await page.getByTestId('preview-error').innerText()).toContain('Falta la DTF');
      expect(await page.getByTestId('agreement-sign').isDisabled()).toBe(true);
      await page.getByTestId('preview-capture-dtf').click();
      const dialog = page.getByTestId('dtf-dialog');
      expect(await dialog.getByLabel('Mes').inputValue()).toBe(`${thisMonth.slice(5, 7)}/${thisMonth.slice(0, 4)}`);
      await dialog.getByLabel('DTF (% efectivo anual)').fill('8,9');
      await dialog.getByRole('button', { name: 'Guardar tasa' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const saved = await app.api<{ rows: { period: string; percent: string }[] }>('cartera.dtf.list');
      expect(saved.rows.find((r) => r.period === thisMonth)?.percent).toBe('8.9');

      // The preview: debt, cuantía and schedule as the backend computes them; no guarantee yet.
      const preview = page.getByTestId('agreement-preview');
      await preview.waitFor();
      const base = {
        counterpartyId: ids.eps,
        invoiceIds: [ids.a, ids.b],
        signingDate: today,
        costsCents: 0,
        termRate: 'dtf' as const,
      };
      const noGuarantee = await app.api<AgreementPreview>('agreements.preview', { ...base, numeroCuotas: 4 });
      expect(noGuarantee.cuantia).toBe('minima');
      expect(noGuarantee.maxCuotas).toBe(4);
      await expect.poll(() => page.getByTestId('preview-debt').innerText()).toBe(co(noGuarantee.debtCents));
      expect(await page.getByTestId('preview-interest').innerText()).toBe(co(noGuarantee.interestCents));
      expect(await page.getByTestId('preview-cuantia').innerText()).toContain('máx. 4 cuotas');
      await expect.poll(() => page.getByTestId('preview-schedule-row').count()).toBe(5);
      await page.getByTestId('rule-guarantee').waitFor();

      // Six cuotas exceed the cuantía's four: the approval and the waiver are asked for beside their fields.
      await page.getByLabel('Número de cuotas').fill('6');
      await page.getByTestId('rule-extensionApproval').waitFor();
      await page.getByTestId('rule-prescriptionWaiver').waitFor();
      expect(await page.getByTestId('rule-extensionApproval').innerText()).toContain('6 cuotas superan el máximo de 4');
      await expect.poll(() => page.getByTestId('preview-schedule-row').count()).toBe(7);
      expect(await page.getByTestId('agreement-sign').isDisabled()).toBe(true);
      await screenshot(page, 'acuerdos-asistente', { fullPage: true });

      // Fixed: four cuotas and a guarantee.
      await page.getByLabel('Número de cuotas').fill('4');
      await page.getByLabel('Tipo de garantía').fill(GUARANTEE.type);
      await page.getByLabel('Descripción').fill(GUARANTEE.description);
      await page.getByTestId('rule-extensionApproval').waitFor({ state: 'detached' });
      await page.getByTestId('rule-guarantee').waitFor({ state: 'detached' });
      // Who signs for the debtor is asked before signing (the entidad has no titular on file).
      await page.getByTestId('agreement-preview').waitFor();
      expect(await page.getByTestId('agreement-sign').isDisabled()).toBe(true);
      await page.locator('input[name="signerName"]').fill('Andrés Felipe Rojas Medina');
      await page.locator('input[name="signerPosition"]').fill('Representante legal');
      await expect.poll(() => page.getByTestId('agreement-sign').isEnabled()).toBe(true);
      const good = await app.api<AgreementPreview>('agreements.preview', {
        ...base,
        numeroCuotas: 4,
        guarantee: GUARANTEE,
      });
      expect(good.canSign).toBe(true);
      expect(await page.getByTestId('preview-total').innerText()).toBe(co(good.totalCents!));

      await page.getByTestId('agreement-sign').click();
      // Signing posts to the ledger: it asks once more, saying so.
      const confirm = page.getByTestId('agreement-sign-confirm').locator('.mantine-Modal-content');
      await confirm.waitFor();
      expect(await confirm.innerText()).toContain(
        'Firma por el deudor: Andrés Felipe Rojas Medina, en calidad de Representante legal.',
      );
      expect(await confirm.innerText()).toContain('notas débito');
      await screenshot(page, 'acuerdos-confirmar-firma');
      await page.getByTestId('agreement-sign-confirmed').click();
      await page.getByTestId('agreement-folio').waitFor();
      const list = await app.api<{ id: number; folio: string }[]>('agreements.list', {});
      expect(list).toHaveLength(1);
      ids.agreement = list[0]!.id;
      expect(await page.getByTestId('agreement-folio').innerText()).toBe(list[0]!.folio);
      expect(await page.getByTestId('agreement-state').getAttribute('data-state')).toBe('vigente');
      expect(await page.getByTestId('agreement-debt').innerText()).toBe(co(good.debtCents));
      await expect.poll(() => page.getByTestId('agreement-cuotas-row').count()).toBe(5);
    },
  );

  it('the Tablero lists the cuota inicial due today', T, async () => {
    const { page, app } = s;
    const due = await app.api<CuotasDue>('agreements.dueThisWeek', {});
    expect(due.rows.map((r) => r.numero)).toContain(0);
    await page.getByTestId('nav-tablero').click();
    await page.getByTestId('cuotas-semana').waitFor();
    await expect.poll(() => page.getByTestId('cuota-semana').count()).toBe(due.rows.length);
    expect(await page.getByTestId('cuotas-semana-total').innerText()).toBe(co(due.totalCents));
    await screenshot(page, 'tablero-cuotas');
    await page.getByTestId('cuota-semana').first().click();
    await page.getByTestId('agreement-folio').waitFor();
  });

  it('pays the cuota inicial and the first cuota through the dialog', T, async () => {
    const { page, app } = s;
    const before = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
    for (const [i, n] of [0, 1].entries()) {
      await page.getByTestId('agreement-pay').click();
      const dialog = page.getByTestId('pay-dialog');
      await dialog.waitFor();
      // The amount starts at the oldest cuota's balance.
      expect(await dialog.getByLabel('Importe').inputValue()).toBe(co(before.cuotas[n]!.cuotaCents));
      await dialog.getByLabel('Referencia').fill(`RC-${today.slice(0, 4)}-00${i + 1}`);
      await dialog.getByRole('button', { name: 'Registrar pago' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect
        .poll(() =>
          page.locator(`[data-testid="agreement-cuotas-row"][data-numero="${n}"]`).getAttribute('data-estado'),
        )
        .toBe('pagada');
    }
    const after = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
    expect(after.payments).toHaveLength(2);
    expect(await page.getByTestId('agreement-payment').count()).toBe(2);
    expect(await page.getByTestId('agreement-owed').innerText()).toBe(co(after.owedCents));
    expect(await page.getByTestId('agreement-paid').innerText()).toBe(
      co(before.cuotas[0]!.cuotaCents + before.cuotas[1]!.cuotaCents),
    );
    expect(
      await page.locator('[data-testid="agreement-cuotas-row"][data-numero="2"]').getAttribute('data-estado'),
    ).toBe('pendiente');
    await screenshot(page, 'acuerdos-detalle', { fullPage: true });
  });

  it("exports the schedule to Excel and opens the agreement's letter in Documentos", T, async () => {
    const { page, app } = s;
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agreement-excel').click()]);
    expect(dl.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByTestId('agreement-pdf').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/documentos\/\d+$/);
    await page.getByTestId('doc-timeline').waitFor();
    await expect.poll(() => page.getByTestId('pdf-print').isEnabled(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, 'acuerdos-documento');
    await page.goto(`${app.origin}/#/acuerdos/${ids.agreement}`);
    await page.getByTestId('agreement-folio').waitFor();
  });

  it('viewed as of a later date, two unpaid cuotas foretell the aceleración (nothing recorded)', T, async () => {
    const { page, app } = s;
    const a = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
    const later = addDays(a.cuotas[3]!.dueDate, 1);
    await page.goto(`${app.origin}/#/acuerdos/${ids.agreement}?al=${later}`);
    const banner = page.getByTestId('agreement-acceleration');
    await banner.waitFor();
    expect(await banner.getAttribute('data-recorded')).toBe('false');
    expect(await banner.innerText()).toContain('Si Cuota 2 y Cuota 3 no se pagan');
    for (const n of [2, 3])
      expect(
        await page.locator(`[data-testid="agreement-cuotas-row"][data-numero="${n}"]`).getAttribute('data-estado'),
      ).toBe('vencida');
    expect(await page.getByTestId('agreement-state').getAttribute('data-state')).toBe('vigente');
    expect((await app.api<AgreementDetail>('agreements.get', { id: ids.agreement })).state).toBe('vigente');
  });

  it(
    'an agreement signed months ago with two cuotas lapsed: the visit records the aceleración, the banner and the BDME candidate',
    T,
    async () => {
      const { page, app } = s;
      // Signed 100 days ago; the cuota inicial and the first cuota paid on their dates, the next two not.
      const signed = addDays(today, -100);
      const cp = (
        await app.api<{ id: number }>('counterparties.create', {
          kind: 'eps',
          name: 'Capresoca EPS',
          taxId: '800075537-1',
          naturalezaJuridica: 'eps_subsidiada',
        })
      ).id;
      const inv = (
        await app.api<{ invoice: { id: number } }>('invoices.create', {
          counterpartyId: cp,
          direction: 'receivable',
          number: 'HUSR-1890',
          issueDate: addDays(signed, -200),
          dueDate: addDays(signed, -170),
          amountCents: 9_800_000_00,
          idempotencyKey: key(),
        })
      ).invoice.id;
      const b = await app.api<AgreementDetail>('agreements.create', {
        counterpartyId: cp,
        invoiceIds: [inv],
        signingDate: signed,
        costsCents: 0,
        numeroCuotas: 4,
        guarantee: GUARANTEE,
        idempotencyKey: key(),
      });
      for (const n of [0, 1])
        await app.api('agreements.pay', {
          id: b.id,
          date: b.cuotas[n]!.dueDate,
          amountCents: b.cuotas[n]!.cuotaCents,
          reference: `RC-B-${n}`,
          idempotencyKey: key(),
        });
      expect(b.cuotas[3]!.dueDate < today).toBe(true);
      expect((await app.api<AgreementDetail>('agreements.get', { id: b.id })).state).toBe('vigente');

      // Opening the list records it (agreements.review, once per visit).
      await page.goto(`${app.origin}/#/acuerdos`);
      await page.locator(`[data-testid="agreement-row"][data-folio="${b.folio}"][data-state="acelerado"]`).waitFor();
      const after = await app.api<AgreementDetail>('agreements.get', { id: b.id });
      expect(after.state).toBe('acelerado');
      expect(after.aceleracion?.cuotasIncumplidas).toEqual([2, 3]);

      await page.locator(`[data-testid="agreement-row"][data-folio="${b.folio}"]`).click();
      const banner = page.getByTestId('agreement-acceleration');
      await banner.waitFor();
      expect(await banner.getAttribute('data-recorded')).toBe('true');
      expect(await page.getByTestId('agreement-state').getAttribute('data-state')).toBe('acelerado');
      const text = await banner.innerText();
      expect(text).toContain('Cuota 2 y Cuota 3 vencieron sin pagarse');
      expect(text).toContain(co(after.owedCents));
      expect(text).toContain('BDME');
      for (const n of [2, 3])
        expect(
          await page.locator(`[data-testid="agreement-cuotas-row"][data-numero="${n}"]`).getAttribute('data-estado'),
        ).toBe('vencida');
      expect(await page.getByTestId('agreement-owed').innerText()).toBe(co(after.owedCents));
      await page.locator('[data-testid="agreement-event"][data-kind="aceleracion"]').waitFor();
      await screenshot(page, 'acuerdos-aceleracion', { fullPage: true });

      await page.getByRole('link', { name: 'Acuerdos de pago' }).first().click();
      await page.getByTestId('tab-bdme').click();
      const row = page.locator(`[data-testid="bdme-row"][data-folio="${b.folio}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain('Capresoca EPS');
      expect(await row.innerText()).toContain('Por reportar');
      expect(await page.getByTestId('bdme-row').count()).toBe(1);
      await screenshot(page, 'acuerdos-bdme');
      expect(s.session.problems).toEqual([]);
    },
  );
});
