/**
 * «Fits a 1366×768 screen» (the staff's laptops): the four dense tables — the
 * 32x32 view, the cartera por edades, an agreement's cuotas and the bitácora
 * list, plus the aging's drawer and the agreement's other tables — with
 * realistic data built through the API (long names; hundreds of millions of
 * pesos per state, thousands of millions per aging bucket as in the CO demo
 * data; long deadline labels and correspondence fields) show every column
 * whole inside the app's shell (navbar 236 px) at 1366×768, and still at
 * 1440×900: no header cell beyond the viewport or outside its table's
 * container, no horizontal scroll of the page nor of the table's container,
 * no header text cut (scrollWidth ≤ clientWidth), no amount, date or badge
 * clipped in a cell. Chromium runs with its scrollbars showing, as on a
 * laptop (they take 15 px of the width). Screenshots fit-1366-* and
 * fit-1440-* in test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../shared/api/types-agreements';
import { addDays, dtfForYears, hasChromium, type RunningApp, screenshot, today as runToday, useSuite } from './support';

const T = { timeout: 120_000 };
const today = runToday();
const year = Number(today.slice(0, 4));
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
] as const;

/**
 * What does not fit in the table `testId`: header cells beyond the viewport or
 * outside the table's scroll container, a container or page that scrolls
 * sideways, a header text cut, a body cell whose content overflows it, a badge
 * whose label is cut. Empty when everything fits.
 */
async function misfits(page: Page, testId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const out: string[] = [];
    const table = document.querySelector<HTMLTableElement>(`[data-testid="${id}"]`);
    if (!table) return [`no hay tabla ${id}`];
    const doc = document.documentElement;
    const vw = doc.clientWidth;
    if (doc.scrollWidth > doc.clientWidth)
      out.push(`la página se desplaza de lado: scrollWidth ${doc.scrollWidth} > ${doc.clientWidth}`);
    // The nearest ancestor that clips or scrolls sideways (a ScrollArea's viewport, a native overflow box).
    let box: HTMLElement = table.parentElement!;
    while (box.parentElement && box !== document.body && getComputedStyle(box).overflowX === 'visible')
      box = box.parentElement;
    const c = box.getBoundingClientRect();
    if (box.scrollWidth > box.clientWidth)
      out.push(`el contenedor de la tabla se desplaza de lado: scrollWidth ${box.scrollWidth} > ${box.clientWidth}`);
    const name = (el: Element) =>
      (el.getAttribute('title') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const cut = (el: Element) => el instanceof HTMLElement && el.clientWidth > 0 && el.scrollWidth > el.clientWidth;
    for (const th of table.querySelectorAll('thead th')) {
      const r = th.getBoundingClientRect();
      if (r.right > vw + 0.5)
        out.push(`encabezado «${name(th)}» pasa el borde de la ventana: ${Math.round(r.right)} > ${vw}`);
      if (r.right > c.right + 0.5 || r.left < c.left - 0.5)
        out.push(
          `encabezado «${name(th)}» fuera del contenedor: ${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(c.left)}–${Math.round(c.right)}`,
        );
      for (const el of [th, ...th.querySelectorAll('*')])
        if (cut(el)) out.push(`encabezado «${name(th)}» cortado: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    for (const td of table.querySelectorAll('tbody td, tfoot td')) {
      const r = td.getBoundingClientRect();
      if (r.right > c.right + 0.5 || r.right > vw + 0.5)
        out.push(
          `celda «${name(td)}» fuera del contenedor: ${Math.round(r.right)} > ${Math.round(Math.min(c.right, vw))}`,
        );
      if (cut(td)) out.push(`celda «${name(td)}» desborda: ${td.scrollWidth} > ${td.clientWidth}`);
      for (const el of td.querySelectorAll('.mantine-Badge-label, .num'))
        if (cut(el)) out.push(`«${name(el)}» cortado en su celda: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return [...new Set(out)];
  }, testId);
}

/** Visits `path` at each viewport, waits for `ready`, brings the table into view, saves fit-<w>-<shot> and asserts the table fits. */
async function checkFits(
  page: Page,
  origin: string,
  path: string,
  testId: string,
  shot: string,
  ready?: (page: Page) => Promise<void>,
  alsoTables: string[] = [],
): Promise<void> {
  for (const vp of VIEWPORTS) {
    await page.setViewportSize(vp);
    await page.goto(`${origin}/#${path}`);
    await page.getByTestId(testId).waitFor();
    if (ready) await ready(page);
    // The table's top just under the app's header (52 px) when it starts below the fold.
    await page.getByTestId(testId).evaluate((t) => {
      const top = t.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top > window.innerHeight / 2 ? top - 110 : 0);
    });
    await screenshot(page, `fit-${vp.width}-${shot}`);
    expect(await misfits(page, testId), `${testId} a ${vp.width}×${vp.height}`).toEqual([]);
    // The other tables of the page fit as well.
    for (const other of alsoTables)
      expect(await misfits(page, other), `${other} a ${vp.width}×${vp.height}`).toEqual([]);
  }
}

/** The host on a fresh database set up by `setup`, Chromium with its scrollbars at 1366×768. */
const useFitSuite = (name: string, setup: (app: RunningApp) => Promise<void>) =>
  useSuite(name, setup, 120_000, { viewport: VIEWPORTS[0], scrollbars: true });

async function mxSetup(app: RunningApp): Promise<void> {
  await app.api('settings.completeSetup', {
    institution: {
      profile: 'MX',
      name: 'Servicios de Salud de Jalisco — Régimen Estatal de Protección Social en Salud',
      shortName: 'REPSS Jalisco',
      ownStateCode: '14',
      city: 'Guadalajara',
      cityLine: 'Guadalajara, Jal.',
      defaultPaymentTermDays: 30,
    },
    signatories: [
      {
        title: 'C.P.',
        name: 'Laura Elena Ramírez Soto',
        position: 'Jefa del Departamento de Financiamiento y Balance',
        initials: 'LERS',
      },
    ],
  });
  const list = await app.api<{ rows: { id: number; name: string }[] }>('counterparties.list', {
    page: 1,
    pageSize: 100,
  });
  const state = (name: string) => {
    const r = list.rows.find((x) => x.name === name);
    if (!r) throw new Error(`no está ${name}`);
    return r.id;
  };
  let n = 0;
  const inv = async (
    counterpartyId: number,
    direction: 'receivable' | 'payable',
    amountCents: number,
    issueDays: number,
  ) => {
    n += 1;
    const number = `${direction === 'receivable' ? 'JAL' : 'EXT'}-${year}-${String(10_000 + n)}`;
    return (
      await app.api<{ invoice: { id: number } }>('invoices.create', {
        counterpartyId,
        direction,
        number,
        issueDate: addDays(today, issueDays),
        amountCents,
        idempotencyKey: `fit-p32-${n}`,
      })
    ).invoice.id;
  };
  // Large positions on both sides, overdue and not, for the states with the longest names (the totals row runs to
  // thousands of millions).
  const big: [string, number, number, number][] = [
    ['Veracruz de Ignacio de la Llave', 987_654_321_09, 123_456_789_01, -400],
    ['Coahuila de Zaragoza', 456_789_012_34, 654_321_098_76, -200],
    ['Michoacán de Ocampo', 88_765_432_10, 312_345_678_90, -95],
    ['Baja California Sur', 12_345_678_90, 0, -25],
    ['Ciudad de México', 765_432_109_87, 98_765_432_10, -120],
    ['Querétaro', 3_456_789_01, 7_654_321_09, -70],
  ];
  for (const [name, rec, pay, age] of big) {
    const id = state(name);
    const r1 = await inv(id, 'receivable', rec, age);
    await inv(id, 'receivable', Math.round(rec / 7), -5);
    if (pay > 0) await inv(id, 'payable', pay, age + 10);
    // A cobro case with its requerimiento sent: the next deadline is the case's, with its label.
    const opened = await app.api<{ id: number }>('cases.open', {
      direction: 'cobro',
      counterpartyId: id,
      invoiceIds: [r1],
      date: addDays(today, -3),
      paper: {
        numero: `DCGSSP/0${400 + n}/${year}`,
        fecha: addDays(today, -4),
        deParteDe: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
      },
    });
    await app.api('cases.act', { id: opened.id, action: 'enviar_requerimiento', date: addDays(today, -2) });
  }
  // A second open case for Veracruz: its «Casos» reads 2.
  await app.api('cases.open', {
    direction: 'pago',
    counterpartyId: state('Veracruz de Ignacio de la Llave'),
    date: today,
    periodFrom: `${year - 1}-08`,
    periodTo: `${year - 1}-09`,
  });

  // The bitácora: long subjects, addressees, senders and couriers, in both directions.
  const entries: Record<string, unknown>[] = [
    {
      direction: 'recibido',
      asunto:
        'Solicitud de conciliación de facturas de portabilidad del segundo semestre, con relación de pacientes atendidos en urgencias',
      documentNumber: `OF/SSNL/DGPS/0412/${year}`,
      documentDate: addDays(today, -12),
      addressedTo: 'C.P. Laura Elena Ramírez Soto, Jefa del Departamento de Financiamiento y Balance',
      entity: 'Veracruz de Ignacio de la Llave',
      fromParty: 'Lic. Roberto Garza Treviño, Director General del Régimen Estatal de Protección Social en Salud',
      deliveredBy: 'Mensajería Estafeta, guía 7790 1234 5678',
      deliveryDate: addDays(today, -10),
      docKind: 'Oficio',
    },
    {
      direction: 'enviado',
      asunto: 'Requerimiento de pago de las atenciones de portabilidad de agosto y septiembre',
      documentNumber: `SSJ/DFB/1187/${year}`,
      documentDate: addDays(today, -8),
      addressedTo: 'Mtro. Héctor Ramírez Gil, Director de Recursos Financieros',
      entity: 'Coahuila de Zaragoza',
      fromParty: 'Departamento de Financiamiento y Balance',
      deliveredBy: 'Correo electrónico institucional',
      deliveryDate: addDays(today, -8),
      docKind: 'Oficio',
    },
    {
      direction: 'recibido',
      asunto: 'Memorándum de subsanación, Dirección de Gestión Médica',
      documentNumber: 'MEM/DGM/0033',
      documentDate: addDays(today, -3),
      addressedTo: 'Dirección de Financiamiento',
      entity: 'Michoacán de Ocampo',
      fromParty: 'Dirección de Gestión Médica',
      deliveredBy: 'Entrega personal',
      deliveryDate: addDays(today, -3),
      docKind: 'Memorándum',
    },
  ];
  for (const e of entries) await app.api('bitacora.create', e);
}

async function coSetup(app: RunningApp): Promise<void> {
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
  for (const y of [year - 1, year])
    if (y > 2025) await app.api('settings.setReferenceUnit', { kind: 'SMMLV', year: y, valueCents: 175_090_500 });
  await app.api('cartera.dtf.save', { rates: dtfForYears([year - 1, year, year + 1]) });
  const cp = async (name: string, extra: Record<string, unknown>) =>
    (await app.api<{ id: number }>('counterparties.create', { name, ...extra })).id;
  const debtors = [
    await cp('Entidad Promotora de Salud Sanitas S.A.S. en intervención forzosa administrativa', {
      kind: 'eps',
      naturalezaJuridica: 'eps_contributiva',
      intervenida: true,
      taxId: '800251440-6',
    }),
    await cp('Caja de Compensación Familiar de Boyacá — Comfaboy EPS-S', {
      kind: 'eps',
      naturalezaJuridica: 'eps_subsidiada',
      enLiquidacion: true,
      intervenida: true,
    }),
    await cp('Nueva EPS S.A.', { kind: 'eps', naturalezaJuridica: 'eps_contributiva', taxId: '900156264-2' }),
    await cp('Secretaría de Salud de Boyacá', { kind: 'ente_territorial', naturalezaJuridica: 'secretaria_salud' }),
    await cp('Administradora de los Recursos del Sistema General de Seguridad Social en Salud — ADRES', {
      kind: 'aseguradora',
      naturalezaJuridica: 'aseguradora_soat_adres',
    }),
    await cp('Coomeva EPS S.A. — En liquidación', {
      kind: 'eps',
      naturalezaJuridica: 'eps_contributiva',
      enLiquidacion: true,
      bdme: true,
    }),
    await cp('E.S.E. Hospital General de Medellín Luz Castro de Gutiérrez', {
      kind: 'ips',
      naturalezaJuridica: 'ips_publica',
    }),
    await cp('Positiva Compañía de Seguros S.A.', { kind: 'aseguradora', naturalezaJuridica: 'arl' }),
  ];
  let n = 0;
  const inv = async (counterpartyId: number, age: number, amountCents: number) => {
    const due = addDays(today, -age);
    n += 1;
    return (
      await app.api<{ invoice: { id: number } }>('invoices.create', {
        counterpartyId,
        direction: 'receivable',
        number: `HUSR-FE-${100_000 + n}`,
        issueDate: addDays(due, -30),
        dueDate: due,
        amountCents,
        idempotencyKey: `fit-co-${n}`,
      })
    ).invoice.id;
  };
  // A large hospital's cartera, at the scale of the CO demo data: the two big debtors owe hundreds of millions of
  // pesos in every bucket, so the buckets' totals run into thousands of millions (10 digits), as the total does.
  const ages = [0, 20, 45, 75, 150, 300, 500];
  for (const [i, id] of debtors.entries()) {
    for (const [j, age] of ages.entries())
      await inv(id, age, i < 2 ? 212_345_678_90 + j * 98_765_432_10 + i * 9_876_543_21 : 1_234_567_89 + j * 111_111_11);
  }
  // An agreement of mayor cuantía signed 100 days ago, in 12 cuotas: three paid, the fourth partly (vencida), the rest pending.
  const eps = debtors[2]!;
  const signed = addDays(today, -100);
  const invoices = [await inv(eps, 400, 1_845_678_901_23), await inv(eps, 380, 500_000_000_00)];
  const a = await app.api<AgreementDetail>('agreements.create', {
    counterpartyId: eps,
    invoiceIds: invoices,
    signingDate: signed,
    costsCents: 0,
    numeroCuotas: 12,
    guarantee: { type: 'Pagaré', description: 'Pagaré en blanco con carta de instrucciones' },
    debtorSigner: { name: 'José Fernando Cardona Uribe', position: 'Representante legal' },
    idempotencyKey: 'fit-co-acuerdo',
  });
  for (const k of [0, 1, 2]) {
    const c = a.cuotas[k]!;
    if (c.dueDate <= today)
      await app.api('agreements.pay', {
        id: a.id,
        date: c.dueDate,
        amountCents: c.cuotaCents,
        reference: `RC-${year}-${k}`,
        idempotencyKey: `fit-co-pago-${k}`,
      });
  }
  const fourth = a.cuotas[3]!;
  if (fourth.dueDate <= today)
    await app.api('agreements.pay', {
      id: a.id,
      date: fourth.dueDate,
      amountCents: Math.round(fourth.cuotaCents / 3),
      reference: `RC-${year}-3`,
      idempotencyKey: 'fit-co-pago-3',
    });
  agreementId = a.id;
}

let agreementId = 0;

describe.skipIf(!hasChromium)('1366×768 (MX): la vista 32x32 y la bitácora caben enteras', () => {
  const s = useFitSuite('fit-1366-mx', mxSetup);

  it('32x32: every column, «Siguiente plazo» and «Casos» included, inside the screen', T, async () => {
    const { page, app } = s;
    await checkFits(page, app.origin, '/portabilidad', 'p32-table', '32x32', async (p) => {
      await expect.poll(() => p.getByTestId('p32-row').count()).toBe(31);
    });
    // The sort headers still carry their testids and labels.
    for (const k of ['entidad', 'cobrar', 'pagar', 'neto', 'vencido', 'antigua', 'plazo', 'casos'])
      expect(await page.getByTestId(`p32-sort-${k}`).isVisible(), k).toBe(true);
    const veracruz = page.locator('[data-testid="p32-row"][data-entidad="Veracruz de Ignacio de la Llave"]');
    expect(await veracruz.getByTestId('p32-receivable').innerText()).toBe('$1,128,747,795.53');
    expect(await veracruz.getByTestId('p32-cases-link').innerText()).toBe('2');
    expect(s.session.problems).toEqual([]);
  });

  it('bitácora: the ten columns and their headers, readable', T, async () => {
    const { page, app } = s;
    // The three entries above and the cases' own papers and requerimientos.
    const { total } = await app.api<{ total: number }>('bitacora.list', {});
    expect(total).toBeGreaterThan(3);
    await checkFits(page, app.origin, '/bitacora', 'bitacora-table', 'bitacora', async (p) => {
      await expect.poll(() => p.getByTestId('bitacora-row').count()).toBe(Math.min(total, 50));
    });
    expect(s.session.problems).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('1366×768 (CO): la cartera por edades y las cuotas de un acuerdo caben enteras', () => {
  const s = useFitSuite('fit-1366-co', coSetup);

  it('aging: «Total» and «Riesgo» in view, with amounts of thousands of millions', T, async () => {
    const { page, app } = s;
    await checkFits(page, app.origin, '/reportes', 'aging-table', 'aging', async (p) => {
      await expect.poll(() => p.getByTestId('aging-row').count()).toBe(8);
    });
    const total = await page.getByTestId('aging-total').innerText();
    expect(total).toMatch(/^\$\s\d\.\d{3}\.\d{3}\.\d{3},\d{2}$/);
    expect(await page.getByTestId('aging-riesgo').first().isVisible()).toBe(true);
    expect(await page.getByTestId('aging-cuantia').first().isVisible()).toBe(true);
    expect(s.session.problems).toEqual([]);
  });

  it("aging: a debtor's invoices in the drawer, every column inside it", T, async () => {
    const { page, app } = s;
    for (const vp of VIEWPORTS) {
      await page.setViewportSize(vp);
      await page.goto(`${app.origin}/#/reportes`);
      await page.getByTestId('aging-row').first().click();
      await page.getByTestId('aging-detail-table').waitFor();
      await expect.poll(() => page.getByTestId('aging-detail-row').count()).toBeGreaterThanOrEqual(7);
      await screenshot(page, `fit-${vp.width}-aging-detalle`);
      expect(await misfits(page, 'aging-detail-table'), `aging-detail-table a ${vp.width}×${vp.height}`).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('aging-detail-table').waitFor({ state: 'hidden' });
    }
  });

  it("an agreement's cuotas: «Estado» whole, with its badge and the days overdue", T, async () => {
    const { page, app } = s;
    await checkFits(
      page,
      app.origin,
      `/acuerdos/${agreementId}`,
      'agreement-cuotas',
      'cuotas',
      async (p) => {
        await expect.poll(() => p.getByTestId('agreement-cuotas-row').count()).toBe(13);
      },
      ['agreement-payments', 'agreement-invoices-table'],
    );
    const a = await app.api<AgreementDetail>('agreements.get', { id: agreementId });
    expect(a.state).toBe('vigente');
    expect(s.session.problems).toEqual([]);
  });
});
