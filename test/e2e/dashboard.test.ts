/**
 * The Tablero's indicators in Chromium, with the demo data of each profile:
 * the charts appear with their titles, the figures on screen are the API's
 * (cartera.dashboard) in the institution's locale, a bar or segment of each
 * chart leads to the screen behind it, and «En construcción» is gone.
 * Screenshots tablero-mx and tablero-co (full page).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoSetupInput } from '../../electron/demo/cli';
import type { CarteraDashboard } from '../../shared/api/types';
import { formatMoney, type MoneyLocale } from '../../shared/domain/money';
import { hasChromium, screenshot, today, useSuite, type RunningApp, type Suite } from './support';

const T = { timeout: 180_000 };

const seed = (profile: 'MX' | 'CO') => async (app: RunningApp) => {
  await app.api('settings.completeSetup', demoSetupInput(profile));
  await app.api('demo.load', {});
};

/**
 * The demo data issues no letter (its letters are drafts): MX issues them and registers the first as sent,
 * so «Cartas sin acuse» has rows; CO keeps the demo as it is and shows the empty state.
 */
const seedWithLetters = async (app: RunningApp) => {
  await seed('MX')(app);
  const drafts = await app.api<{ rows: { id: number }[] }>('documents.list', { status: 'borrador', pageSize: 50 });
  const issued: number[] = [];
  for (const d of drafts.rows) {
    try {
      await app.api('documents.issue', { id: d.id });
      issued.push(d.id);
    } catch {
      // A draft the demo left incomplete: it stays a draft.
    }
  }
  if (issued.length === 0) throw new Error('[e2e] ningún borrador de la demostración se pudo emitir');
  await app.api('documents.registerSent', { id: issued[0], date: today(), means: 'correo' });
};

const PERIODS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const periodName = (p: string) => `${PERIODS[Number.parseInt(p.slice(5), 10) - 1]} ${p.slice(0, 4)}`;

async function openTablero(s: Suite): Promise<Page> {
  const page = s.page;
  await page.goto(`${s.app.url.split('#')[0]}#/tablero`);
  await page.getByTestId('indicadores').waitFor();
  // The charts are drawn (recharts measures its container first).
  await page.getByTestId('chart-recaudo').locator('.recharts-bar-rectangle').first().waitFor();
  await page.getByTestId('chart-edades').locator('.recharts-pie-sector').first().waitFor();
  return page;
}

/** Recaudo, edades and cartas: the same on both profiles. */
async function expectCommonFigures(page: Page, d: CarteraDashboard, locale: MoneyLocale): Promise<void> {
  const money = (c: number) => formatMoney(c, locale);
  const text = (id: string) => page.getByTestId(id).innerText();

  expect(await text('chart-recaudo-title')).toBe('Recaudo por mes');
  expect(await text('chart-edades-title')).toBe('Cartera por edades');
  expect(await text('cartas-sin-acuse-title')).toBe('Cartas sin acuse');

  // Recaudo: the total, the current month and every bar's amount (the table read aloud beside the chart).
  expect(d.recaudo.totalCents).toBeGreaterThan(0);
  expect(await text('recaudo-total')).toBe(money(d.recaudo.totalCents));
  expect(await text('recaudo-mes-actual')).toBe(money(d.recaudo.months[11]!.collectedCents));
  const rows = page.getByTestId('recaudo-row');
  expect(await rows.count()).toBe(12);
  for (const [i, m] of d.recaudo.months.entries())
    expect(await rows.nth(i).textContent(), m.period).toBe(`${periodName(m.period)}${money(m.collectedCents)}`);
  expect(await page.getByTestId('chart-recaudo').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);

  // Edades: the totals and each bucket, in the aging report's order.
  expect(await text('edades-total')).toBe(money(d.aging.totalCents));
  expect(await text('edades-vencido')).toBe(money(d.aging.vencidoCents));
  expect(await page.getByTestId('edades-bucket-amount').allInnerTexts()).toEqual(
    d.aging.buckets.map((b) => money(b.balanceCents)),
  );

  // Cartas sin acuse: the count and the oldest, in order; or the empty state.
  if (d.letters.count === 0) {
    expect(await text('cartas-sin-acuse-empty')).toContain('Todas las cartas emitidas tienen acuse');
  } else {
    expect(await text('cartas-count')).toBe(`${d.letters.count} ${d.letters.count === 1 ? 'carta' : 'cartas'}`);
    expect(await page.getByTestId('carta-numero').allInnerTexts()).toEqual(
      d.letters.oldest.map((l) => l.number ?? `Documento ${l.documentId}`),
    );
  }

  expect(await page.getByText('En construcción').count()).toBe(0);
  expect(await page.getByText('Indicadores del tablero').count()).toBe(0);
}

/**
 * A real click inside an SVG shape: a donut segment's box centre may fall in the hole, so the point is
 * found with isPointInFill, at the middle of the inside points, in screen coordinates.
 */
async function clickInside(page: Page, shape: ReturnType<Page['locator']>): Promise<void> {
  const p = await shape.evaluate((el) => {
    const g = el as SVGGeometryElement;
    const b = g.getBBox();
    const inside: { x: number; y: number }[] = [];
    for (let i = 1; i < 24; i++)
      for (let j = 1; j < 24; j++) {
        const pt = new DOMPoint(b.x + (b.width * i) / 24, b.y + (b.height * j) / 24);
        if (g.isPointInFill(pt)) inside.push(pt);
      }
    const m = g.getScreenCTM()!;
    const mid = inside[Math.floor(inside.length / 2)] ?? { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    const s = new DOMPoint(mid.x, mid.y).matrixTransform(m);
    return { x: s.x, y: s.y };
  });
  await page.mouse.move(p.x, p.y);
  await page.mouse.click(p.x, p.y);
}

/** Clicks, goes where it should, comes back to a drawn Tablero. */
async function drill(s: Suite, click: () => Promise<void>, hash: RegExp): Promise<void> {
  const page = s.page;
  await click();
  await expect.poll(() => new URL(page.url()).hash).toMatch(hash);
  await page.goBack();
  await openTablero(s);
}

describe.skipIf(!hasChromium)('Tablero con los datos de ejemplo MX', () => {
  const s = useSuite('tablero-mx', seedWithLetters, 180_000, { locale: 'es-MX' });

  it('shows the four indicators with the API figures, in es-MX', T, async () => {
    const d = await s.app.api<CarteraDashboard>('cartera.dashboard');
    const page = await openTablero(s);
    await page.getByTestId('chart-posicion').locator('.recharts-bar-rectangle').first().waitFor();
    await expectCommonFigures(page, d, 'es-MX');
    expect(d.letters.count).toBeGreaterThan(0);

    const n = d.netPosition!;
    expect(n.states.length).toBeGreaterThan(0);
    expect(await page.getByTestId('chart-posicion-title').innerText()).toBe('Posición neta 32x32 por estado');
    expect(await page.getByTestId('posicion-neto').innerText()).toBe(formatMoney(n.netCents, 'es-MX'));
    expect(await page.getByTestId('posicion-cobrar').innerText()).toBe(formatMoney(n.receivableCents, 'es-MX'));
    const rows = page.getByTestId('posicion-row');
    expect(await rows.count()).toBe(n.states.length);
    for (const [i, st] of n.states.entries())
      expect(await rows.nth(i).locator('td').last().textContent(), st.name).toBe(formatMoney(st.netCents, 'es-MX'));
    // One bar per state, each named on the axis.
    const chart = page.getByTestId('chart-posicion');
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(n.states.length);
    // (recharts 3 draws the ticks in a layer of their own, outside the axis group: all of the chart's ticks.)
    const ticks = await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents();
    expect(ticks.filter((t) => !/\d/.test(t))).toEqual(n.states.map((st) => st.name));
    expect(ticks.some((t) => /^-?\$\d/.test(t))).toBe(true);
    // The net position of a state is the 32x32 view's.
    const view = await s.app.api<{ rows: { counterpartyId: number; netCents: number }[] }>('portabilidad.view');
    expect(view.rows.find((r) => r.counterpartyId === n.states[0]!.counterpartyId)!.netCents).toBe(
      n.states[0]!.netCents,
    );
    // A tooltip shows the full amount in es-MX.
    await chart.locator('.recharts-bar-rectangle').first().hover();
    await expect
      .poll(() => chart.locator('.mantine-ChartTooltip-tooltip').innerText())
      .toContain(formatMoney(n.states[0]!.netCents, 'es-MX'));
    await page.mouse.move(0, 0);
    await screenshot(page, 'tablero-mx', { fullPage: true });
    expect(s.session.problems).toEqual([]);
  });

  it('each chart drills down to the screen behind it', T, async () => {
    const d = await s.app.api<CarteraDashboard>('cartera.dashboard');
    const page = s.page;
    const first = d.netPosition!.states[0]!;
    await drill(
      s,
      () => page.getByTestId('chart-posicion').locator('.recharts-bar-rectangle').first().click(),
      new RegExp(`^#/cartera/entidades/${first.counterpartyId}$`),
    );
    await drill(
      s,
      () => page.getByTestId('chart-recaudo').locator('.recharts-bar-rectangle').last().click(),
      /^#\/cartera\/facturas$/,
    );
    await drill(
      s,
      () => clickInside(page, page.getByTestId('chart-edades').locator('.recharts-pie-sector path').first()),
      /^#\/reportes$/,
    );
    await drill(s, () => page.getByTestId('edades-bucket').last().click(), /^#\/reportes$/);
    const letter = d.letters.oldest[0]!;
    await drill(
      s,
      () => page.getByTestId('carta-sin-acuse').first().click(),
      new RegExp(`^#/documentos/${letter.documentId}$`),
    );
    expect(s.session.problems).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('Tablero con los datos de ejemplo CO', () => {
  const s = useSuite('tablero-co', seed('CO'), 180_000, { locale: 'es-CO' });

  it('shows recaudo, edades and cartas with the API figures, in es-CO; no 32x32', T, async () => {
    const d = await s.app.api<CarteraDashboard>('cartera.dashboard');
    expect(d.netPosition).toBeNull();
    const page = await openTablero(s);
    await expectCommonFigures(page, d, 'es-CO');
    expect(d.letters.count).toBe(0);
    expect(await page.getByTestId('chart-posicion').count()).toBe(0);
    // The axis speaks es-CO too: «$ 1,2 M».
    const ticks = await page
      .getByTestId('chart-recaudo')
      .locator('.recharts-cartesian-axis-tick-value')
      .allTextContents();
    expect(ticks.some((t) => /^\$ \d+(,\d)? (M|mil)$/.test(t))).toBe(true);
    await screenshot(page, 'tablero-co', { fullPage: true });
    expect(s.session.problems).toEqual([]);
  });

  it('a month of the recaudo leads to Facturas and a bucket to Reportes', T, async () => {
    const page = s.page;
    await drill(
      s,
      () => page.getByTestId('chart-recaudo').locator('.recharts-bar-rectangle').last().click(),
      /^#\/cartera\/facturas$/,
    );
    await drill(
      s,
      () => clickInside(page, page.getByTestId('chart-edades').locator('.recharts-pie-sector path').last()),
      /^#\/reportes$/,
    );
    expect(s.session.problems).toEqual([]);
  });
});
