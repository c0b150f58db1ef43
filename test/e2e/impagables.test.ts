/**
 * Declarar impagable (DOMAIN.md §5.1 step 4) in Chromium against the browser
 * host: a cobro taken through the API to «subsanación solicitada» (two
 * invoices, one partly paid), then the action's dialog on the case screen —
 * the impagables editor prefilled with the case's invoices for their balances,
 * an amount above a balance refused inline and nothing written, that line
 * reduced, an amount without invoice added with its concepto and its own
 * motivo, the general motivo for the rest — and the closed case: its «Montos
 * impagables» section (lines, motivos, total) and cases.get agree; the
 * invoices keep their balance in the ledger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CaseDetail } from '../../shared/api/types';
import {
  addDays,
  hasChromium,
  type RunningApp,
  screenshot,
  setupJalisco,
  today as runToday,
  useSuite,
  withAddressee,
} from './support';

const T = { timeout: 120_000 };

describe.skipIf(!hasChromium)('declarar impagable: el editor de montos en el diálogo y la sección del caso', () => {
  const today = runToday();
  const year = Number(today.slice(0, 4));
  const D = (n: number) => addDays(today, n);
  const MOTIVO =
    'El estado deudor acreditó en la subsanación que las atenciones no corresponden a afiliados suyos a la fecha de la atención.';
  const LINEA_SIN_FACTURA = {
    concepto: `Hoja HC-NAY-0625-003 (junio de ${year - 1}), atenciones sin factura`,
    amount: '48,250.00',
    motivo: 'Atenciones de junio sin validación médica; no se pueden cobrar.',
  };
  const kase = { id: 0, folio: '' };
  const inv = { a: 0, b: 0 };
  let app: RunningApp;
  let page: Page;

  const dialog = () => page.getByTestId('action-form');
  const lines = () => dialog().getByTestId('impagable-line');
  const total = () => dialog().getByTestId('impagables-total');

  const suite = useSuite('impagables', async (api) => {
    await setupJalisco(api);
    const nay = await withAddressee(api, 'Nayarit', 'María Fernanda López Ruiz');
    const create = async (number: string, concept: string, period: string, amountCents: number) =>
      (
        await api.api<{ invoice: { id: number } }>('invoices.create', {
          counterpartyId: nay.id,
          direction: 'receivable',
          number,
          concept,
          period,
          issueDate: D(-70),
          amountCents,
          idempotencyKey: `e2e-imp-${number}`,
        })
      ).invoice.id;
    inv.a = await create('A-4101', 'HC-NAY-0725-014', `${year - 1}-07`, 84_500_000);
    inv.b = await create('A-4102', 'HC-NAY-0825-009', `${year - 1}-08`, 38_956_789);
    // Part of July was paid: its balance is no longer its amount.
    await api.api('ledger.registerPayment', {
      date: D(-55),
      reference: 'SPEI 5500112233',
      allocations: [{ invoiceId: inv.a, amountCents: 10_000_000 }],
      idempotencyKey: 'e2e-imp-pago-parcial',
    });
    const opened = await api.api<CaseDetail>('cases.open', {
      direction: 'cobro',
      counterpartyId: nay.id,
      invoiceIds: [inv.a, inv.b],
      description: 'Atenciones de portabilidad de julio y agosto',
      date: D(-60),
      paper: {
        numero: `DCGSSP/2210/${year}`,
        fecha: D(-62),
        deParteDe: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
      },
    });
    Object.assign(kase, { id: opened.id, folio: opened.folio });
    await api.api('cases.act', { id: kase.id, action: 'enviar_requerimiento', date: D(-58) });
    await api.api('cases.act', {
      id: kase.id,
      action: 'registrar_observaciones',
      date: D(-50),
      observaciones: 'Atenciones de afiliados de otro estado.',
      paper: { numero: `SSN/DG/0519/${year}`, fecha: D(-51), deParteDe: 'Servicios de Salud de Nayarit' },
    });
  });
  beforeAll(() => {
    ({ app, page } = suite);
  });

  it('the dialog prefills the editor with the case’s invoices for their balances', T, async () => {
    await page.goto(`${app.origin}/#/portabilidad/casos/${kase.id}`);
    await expect.poll(() => page.getByTestId('case-folio').textContent()).toBe(kase.folio);
    expect(await page.getByTestId('case-state').first().getAttribute('data-state')).toBe('subsanacion_solicitada');
    await page.locator('[data-testid="case-action"][data-action="declarar_impagable"]').click();
    await expect.poll(() => dialog().getAttribute('data-action')).toBe('declarar_impagable');
    await dialog().getByTestId('impagables-editor').waitFor();
    expect(await lines().count()).toBe(2);
    expect(await lines().nth(0).textContent()).toContain('A-4101');
    expect(await lines().nth(0).textContent()).toContain('saldo $745,000.00');
    expect(await lines().nth(0).getByTestId('impagable-amount').inputValue()).toBe('$745,000.00');
    expect(await lines().nth(1).textContent()).toContain('A-4102');
    expect(await lines().nth(1).getByTestId('impagable-amount').inputValue()).toBe('$389,567.89');
    expect(await total().textContent()).toBe('Total impagable: $1,134,567.89');
    // Every invoice with a balance is already a line: none left to add.
    expect(await dialog().getByTestId('impagable-add-invoice').isDisabled()).toBe(true);
  });

  it('an amount above the invoice’s balance is refused inline, and nothing is written', T, async () => {
    const before = await app.api<CaseDetail>('cases.get', { id: kase.id });
    const amount = lines().nth(0).getByRole('textbox', { name: 'Monto impagable de A-4101' });
    await amount.fill('800,000.00');
    await page.keyboard.press('Tab');
    await lines().nth(0).getByText('Excede el saldo ($745,000.00)').waitFor();
    expect(await total().textContent()).toBe('Total impagable: $1,189,567.89');
    await dialog().locator('textarea[name="motivo"]').fill(MOTIVO);
    await dialog().locator('button[type="submit"]').click();
    await expect
      .poll(() => dialog().getByTestId('impagables-error').textContent())
      .toBe('Línea 1: el monto impagable de la factura A-4101 ($800,000.00) excede su saldo ($745,000.00).');
    expect(await dialog().isVisible()).toBe(true);
    // The backend refuses the same lines in the same words.
    const refused = await app
      .api('cases.act', {
        id: kase.id,
        action: 'declarar_impagable',
        date: today,
        motivo: MOTIVO,
        impagables: [
          { invoiceId: inv.a, concepto: '', amountCents: 80_000_000, motivo: '' },
          { invoiceId: inv.b, concepto: '', amountCents: 38_956_789, motivo: '' },
        ],
      })
      .then(
        () => null,
        (e: Error) => e.message,
      );
    expect(refused).toContain('excede su saldo ($745,000.00)');
    const after = await app.api<CaseDetail>('cases.get', { id: kase.id });
    expect(after.state).toBe('subsanacion_solicitada');
    expect(after.impagables).toEqual([]);
    expect(after.events.length).toBe(before.events.length);
    expect(after.closedOn).toBeNull();
  });

  it(
    'one line reduced, an amount with its concepto and own motivo added, the general motivo: the case is closed as impagable',
    T,
    async () => {
      await lines().nth(0).getByRole('textbox', { name: 'Monto impagable de A-4101' }).fill('500,000.00');
      await page.keyboard.press('Tab');
      expect(
        await lines()
          .nth(0)
          .getByText(/Excede el saldo/)
          .count(),
      ).toBe(0);
      expect(await dialog().getByTestId('impagables-error').count()).toBe(0);
      await dialog().getByTestId('impagable-add-amount').click();
      await expect.poll(() => lines().count()).toBe(3);
      const added = lines().nth(2);
      await added.getByTestId('impagable-concepto').fill(LINEA_SIN_FACTURA.concepto);
      await added.getByTestId('impagable-amount').fill(LINEA_SIN_FACTURA.amount);
      await added.getByTestId('impagable-motivo').fill(LINEA_SIN_FACTURA.motivo);
      await added.getByTestId('impagable-motivo').blur();
      expect(await added.getByTestId('impagable-amount').inputValue()).toBe(`$${LINEA_SIN_FACTURA.amount}`);
      expect(await total().textContent()).toBe('Total impagable: $937,817.89');
      await page.mouse.move(0, 0);
      await screenshot(page, 'impagables-dialogo');

      await dialog().locator('button[type="submit"]').click();
      await page
        .locator('.mantine-Notification-root')
        .filter({ hasText: /está ahora en/ })
        .first()
        .waitFor();
      await dialog().waitFor({ state: 'detached' });
      await expect
        .poll(() => page.getByTestId('case-state').first().getAttribute('data-state'))
        .toBe('cerrado_impagable');

      // The case screen: the section with the three amounts, their motivos and the total.
      const section = page.getByTestId('case-impagables');
      await section.waitFor();
      const rows = section.getByTestId('case-impagable-row');
      expect(await rows.count()).toBe(3);
      const cells = await rows.evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
      );
      expect(await page.locator('[data-testid="case-event"][data-action="declarar_impagable"]').count()).toBe(1);
      expect(cells.map(([what, motivo, , amount]) => [what, motivo, amount])).toEqual([
        ['A-4101', MOTIVO, '$500,000.00'],
        ['A-4102', MOTIVO, '$389,567.89'],
        [LINEA_SIN_FACTURA.concepto, LINEA_SIN_FACTURA.motivo, '$48,250.00'],
      ]);
      expect(await section.getByTestId('case-impagables-total').textContent()).toBe('$937,817.89');
      await page.mouse.move(0, 0);
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'impagables-caso');

      // The API says the same; the invoices keep their balance in the ledger (until a nota de crédito).
      const c = await app.api<CaseDetail>('cases.get', { id: kase.id });
      expect(c.state).toBe('cerrado_impagable');
      expect(c.closeReason).toBe('impagable');
      expect(c.closedOn).toBe(today);
      expect(c.impagableMotivo).toBe(MOTIVO);
      expect(
        c.impagables.map(({ invoiceId, invoiceNumber, concepto, amountCents, motivo, declaredOn }) => ({
          invoiceId,
          invoiceNumber,
          concepto,
          amountCents,
          motivo,
          declaredOn,
        })),
      ).toEqual([
        {
          invoiceId: inv.a,
          invoiceNumber: 'A-4101',
          concepto: '',
          amountCents: 50_000_000,
          motivo: MOTIVO,
          declaredOn: today,
        },
        {
          invoiceId: inv.b,
          invoiceNumber: 'A-4102',
          concepto: '',
          amountCents: 38_956_789,
          motivo: MOTIVO,
          declaredOn: today,
        },
        {
          invoiceId: null,
          invoiceNumber: null,
          concepto: LINEA_SIN_FACTURA.concepto,
          amountCents: 4_825_000,
          motivo: LINEA_SIN_FACTURA.motivo,
          declaredOn: today,
        },
      ]);
      expect(c.balanceCents).toBe(74_500_000 + 38_956_789);
      expect(c.deadlines.every((d) => d.clearedOn !== null)).toBe(true);
      expect(suite.session.problems.filter((p) => !/favicon/.test(p))).toEqual([]);
    },
  );
});
