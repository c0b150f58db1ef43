/**
 * Property through the API: generated 32x32 case timelines (the plans of
 * test/fixtures/case-plans.ts) walked with cases.open / cases.act on a real
 * database — several cases per state, interleaved in time, each cobro opened
 * from an imported hoja de cálculo and getting its facturas later — and every
 * letter each step drafts issued with documents.issue (number, frozen letter,
 * PDF). Each issued letter must state what the plan says, addressed as its
 * type says, and cite only its own case's oficios dated up to it; a sample of
 * the PDFs is read back with pdftotext. After every run the ledger equals the
 * plan (hand-written SQL) and `check` is ok.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/core/backend';
import type { CaseDetail, DocumentDetail } from '../../shared/api/types';
import { periodInWords } from '../../shared/domain/date-words';
import { documentType, type DocumentTypeKey } from '../../shared/domain/documents/types';
import {
  balancesOn,
  invoicesOf,
  LETTERS_OF,
  planArb,
  type IssuedLetter,
  type Plan,
  type Record32,
  type Step,
} from '../fixtures/case-plans';
import { checkLetter, expectedLetter } from '../fixtures/letter-expectations';
import { flat, missingPdfTools, pdfPages, writePdf, writePngs } from '../fixtures/pdf/poppler';
import { hojaLine, HOJA_HEADERS, writeCsv } from '../unit/imports-helpers';
import { call, cleanupTemp, expectOk, JALISCO, MX_INSTITUTION, QUERETARO, tempDir } from './helpers';

afterAll(cleanupTemp);

const RUNS = 12;
const TODAY = '2027-06-30';
const STATES = [
  { id: QUERETARO, name: 'Querétaro' },
  { id: JALISCO, name: 'Jalisco' },
];
const AUTHORITY = {
  title: 'Lic.',
  name: 'Rodrigo Saldaña Vela',
  position: 'Director General de Financiamiento',
  institution: 'Comisión Nacional de Protección Social en Salud',
};
const DIRECTORATE = {
  title: 'C.P.',
  name: 'Rosa Díaz Lara',
  position: 'Directora de Recursos Financieros',
  institution: 'Dirección de Recursos Financieros',
};
const MEMOS: DocumentTypeKey[] = [
  'memo_subsanacion',
  'memo_solicitud_factura',
  'memo_notificacion_pago',
  'memo_solicitud_pago',
  'solicitud_documentacion_faltante',
];
const noPdfTools = missingPdfTools('la lectura de los PDF de la propiedad de cartas').length > 0;

interface Frozen {
  asunto: string;
  addressee: { title: string; name: string; position: string; institution: string };
  bodyBefore: string[];
  bodyAfter: string[];
  table: { rows: string[][] } | null;
}

function setup(b: Backend): void {
  call(b.dispatch, 'settings.completeSetup', {
    institution: {
      ...MX_INSTITUTION,
      bankName: 'BBVA México',
      bankAccount: '0198765432',
      bankClabe: '012320001987654327',
      nationalAuthorityTitle: AUTHORITY.title,
      nationalAuthorityAddressee: AUTHORITY.name,
      nationalAuthorityPosition: AUTHORITY.position,
      nationalAuthorityAddress: 'Gustavo E. Campa No. 54, Col. Guadalupe Inn\nC.P. 01020, Ciudad de México',
    },
    signatories: [
      { title: 'Lic.', name: 'María Pérez Gómez', position: 'Jefa de Financiamiento y Balance', initials: 'MPG' },
      { title: 'C.P.', name: 'Jorge Ruiz Ávila', position: 'Director de Administración', initials: 'JRA' },
      { title: 'Dr.', name: 'Ernesto Salas Núñez', position: 'Director General', initials: 'ESN' },
    ],
  });
  for (const docType of MEMOS) call(b.dispatch, 'templates.saveAddressee', { docType, addressee: DIRECTORATE });
  for (const s of STATES) {
    const cp = call(b.dispatch, 'counterparties.get', { id: s.id });
    call(b.dispatch, 'counterparties.update', {
      ...cp,
      addresseeTitle: 'L.C.P.',
      addresseeName: `Titular de ${s.name}`,
      addresseePosition: 'Director General del Régimen Estatal',
      bankName: 'Banorte',
      bankAccount: '0012345678',
      bankClabe: '072680000123456785',
    });
  }
}

/** What each type's letter is addressed to. */
function expectedAddressee(docType: DocumentTypeKey, state: string) {
  const a = documentType(docType).addressee;
  if (a === 'national_authority') return AUTHORITY;
  if (a === 'internal') return DIRECTORATE;
  return {
    title: 'L.C.P.',
    name: `Titular de ${state}`,
    position: 'Director General del Régimen Estatal',
    institution: state,
  };
}

interface Walk {
  plan: Plan;
  state: (typeof STATES)[number];
  caseId: number;
  done: number;
  rec: Record32;
  invoiceIds: number[];
}

const seen = {
  runs: 0,
  cases: 0,
  letters: 0,
  pdfs: 0,
  byType: {} as Record<string, number>,
  pdfTypes: new Set<string>(),
};

async function importHoja(b: Backend, dir: string, w: Walk): Promise<void> {
  const lines = w.plan.hoja.flatMap((h) => h.lines.map((cents) => ({ periodo: h.periodo, cents })));
  const rows = [
    HOJA_HEADERS,
    ...lines.map((l, i) =>
      hojaLine(i + 1, {
        'Entidad prestadora': 'Zacatecas',
        'Entidad de afiliación': w.state.name,
        Costo: null,
        Cantidad: 1,
        Importe: (l.cents / 100).toFixed(2),
        Periodo: l.periodo,
        Factura: null,
      }),
    ),
  ];
  const file = writeCsv(path.join(dir, `HC-${w.caseId}.csv`), rows);
  const fileId = call(b.dispatch, 'imports.stage', {
    fileName: path.basename(file),
    dataBase64: fs.readFileSync(file).toString('base64'),
  }).fileId;
  const ins = expectOk<{ mapping: unknown }>(await b.dispatch.run('imports.inspect', { fileId, kind: 'hoja' }));
  const r = expectOk<{ status: string }>(
    await b.dispatch.run('imports.run', { fileId, caseId: w.caseId, kind: 'hoja', mapping: ins.mapping }),
  );
  expect(r.status).toBe('importado');
}

function act(b: Backend, w: Walk, step: Step, key: string): CaseDetail {
  const base = { id: w.caseId, date: step.date };
  const comprobante = { fileName: 'comprobante.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') };
  const input: Record<string, unknown> = (() => {
    switch (step.kind) {
      case 'requerimiento':
        return { action: 'enviar_requerimiento' };
      case 're_requerimiento':
        return { action: 'reenviar_requerimiento' };
      case 'aceptacion':
        return { action: 'registrar_aceptacion' };
      case 'observaciones':
        return {
          action: 'registrar_observaciones',
          observaciones: 'Atenciones duplicadas en el listado.',
          paper: { ...step.paper, deParteDe: `Servicios de Salud de ${w.state.name}` },
        };
      case 'subsanacion':
        return { action: 'registrar_subsanacion' };
      case 'solicitar_factura':
        return { action: 'solicitar_factura' };
      case 'registrar_factura': {
        w.invoiceIds = w.rec.invoices.map(
          (inv) =>
            call(b.dispatch, 'invoices.create', {
              counterpartyId: w.state.id,
              direction: 'receivable',
              number: inv.number,
              period: inv.period,
              concept: `HC-${w.caseId}`,
              issueDate: inv.issueDate,
              amountCents: inv.amountCents,
              idempotencyKey: `${key}-${inv.number}`,
            }).invoice.id,
        );
        return { action: 'registrar_factura', invoiceIds: w.invoiceIds };
      }
      case 'enviar_factura':
        return { action: 'enviar_factura', plazoPagoDias: step.plazo };
      case 'consulta':
        return { action: 'consultar_pago' };
      case 'pago':
        return { action: 'registrar_pago', payment: { amountCents: step.amountCents, reference: step.reference } };
      case 'plazo_vencido':
        return { action: 'marcar_plazo_vencido' };
      case 'cobranza':
        return { action: 'enviar_requerimiento_cobranza' };
      case 'garantia':
        return { action: 'solicitar_garantia' };
      case 'no_procedente':
        return { action: 'declarar_no_procedente', documentosFaltantes: step.faltantes };
      case 'documentacion':
        return { action: 'registrar_documentacion', paper: { ...step.paper, deParteDe: 'Dirección de Contratación' } };
      case 'solicitar_pago':
        return { action: 'solicitar_pago' };
      case 'pago_realizado':
        return {
          action: 'registrar_pago_realizado',
          payment: { amountCents: step.amountCents, reference: step.reference },
          comprobante,
        };
      case 'notificar_pago':
        return { action: 'notificar_pago_acreedor' };
    }
  })();
  return call(b.dispatch, 'cases.act', { ...base, ...input } as never);
}

function frozenOf(b: Backend, id: number): Frozen {
  return JSON.parse(
    (b.opened.sqlite.prepare('SELECT letter FROM documents WHERE id = ?').get(id) as { letter: string }).letter,
  ) as Frozen;
}

/** The printed table back to [mes, monto, factura] (MES in words, MONTO formatted). */
function tableOf(f: Frozen, rec: Record32): { mes: string; monto: number; numero: string }[] {
  const periods = new Map(rec.plan.hoja.map((h) => [periodInWords(h.periodo).toLocaleUpperCase('es'), h.periodo]));
  return (f.table?.rows ?? []).map(([, mes, monto, numero]) => {
    const cents = Math.round(Number(monto!.replace(/[$,]/g, '')) * 100);
    return { mes: periods.get(mes!) ?? mes!, monto: cents, numero: numero! };
  });
}

async function walkRun(plans: { plan: Plan; state: number }[], runNo: number): Promise<void> {
  const dir = tempDir('cyp-cartas-');
  const b = createBackend({
    dbFile: path.join(dir, 'cartera.sqlite'),
    now: () => new Date(`${TODAY}T18:00:00Z`),
    today: TODAY,
    log: () => {},
  });
  try {
    setup(b);
    const walks: Walk[] = [];
    for (const [i, { plan, state }] of plans.entries()) {
      const st = STATES[state]!;
      const rec: Record32 = { plan: { ...plan, steps: [] }, invoices: [], letters: [] };
      const numberOf = (k: number) => `${plan.direction === 'cobro' ? 'F' : 'P'}-${runNo}-${i + 1}-${k + 1}`;
      let invoiceIds: number[] = [];
      if (plan.direction === 'pago') {
        invoiceIds = invoicesOf(plan, numberOf).map(
          (inv) =>
            call(b.dispatch, 'invoices.create', {
              counterpartyId: st.id,
              direction: 'payable',
              number: inv.number,
              period: inv.period,
              issueDate: inv.issueDate,
              amountCents: inv.amountCents,
              idempotencyKey: `r${runNo}-${inv.number}`,
            }).invoice.id,
        );
      }
      const c = call(b.dispatch, 'cases.open', {
        direction: plan.direction,
        counterpartyId: st.id,
        invoiceIds,
        date: plan.openedOn,
        periodFrom: plan.hoja[0]!.periodo,
        periodTo: plan.hoja.at(-1)!.periodo,
        paper: {
          numero: plan.paper.numero,
          fecha: plan.paper.fecha,
          deParteDe: 'Dirección de Contratación y Garantía',
        },
      });
      const w: Walk = { plan, state: st, caseId: c.id, done: 0, rec, invoiceIds };
      if (plan.direction === 'cobro') await importHoja(b, dir, w);
      walks.push(w);
      seen.cases++;
    }
    // Every step of every case, in date order: cases of one state interleave their letters.
    const queue = walks
      .flatMap((w) => w.plan.steps.map((step, k) => ({ w, step, k })))
      .sort((a, b) => (a.step.date < b.step.date ? -1 : a.step.date > b.step.date ? 1 : 0));
    for (const { w, step, k } of queue) {
      w.rec = { ...w.rec, plan: { ...w.plan, steps: w.plan.steps.slice(0, k + 1) } };
      w.rec.invoices = invoicesOf(
        w.rec.plan,
        (n) => `${w.plan.direction === 'cobro' ? 'F' : 'P'}-${runNo}-${walks.indexOf(w) + 1}-${n + 1}`,
      );
      const after = act(b, w, step, `r${runNo}-c${w.caseId}-s${k}`);
      const drafted = after.events.at(-1)!.effects.flatMap((e) => (e.documentId === undefined ? [] : [e.documentId]));
      for (const docType of LETTERS_OF[step.kind] ?? []) {
        const id = drafted.find((d) => call(b.dispatch, 'documents.get', { id: d }).docType === docType)!;
        const exp = expectedLetter(w.rec, docType, step.date, null);
        const issued = expectOk<DocumentDetail>(await b.dispatch.run('documents.issue', { id }));
        const f = frozenOf(b, id);
        const text = [f.asunto, ...f.bodyBefore, ...f.bodyAfter].join('\n');
        // Every number issued so far to this state, by any of its cases: only those the facts name may appear.
        const stateNumbers = walks
          .filter((x) => x.state.id === w.state.id)
          .flatMap((x) => x.rec.letters.map((l) => l.numero));
        checkLetter(`${docType} del caso ${w.caseId} (${step.date})`, text, tableOf(f, w.rec), exp, stateNumbers);
        expect(f.addressee).toMatchObject(expectedAddressee(docType, w.state.name));
        if (!noPdfTools && !seen.pdfTypes.has(docType)) {
          // The PDF says the same: its text (pdftotext) carries every stated sentence.
          const pdf = call(b.dispatch, 'documents.pdf', { id });
          // Kept in test-results/pdf (with a PNG of its first page) to be looked at.
          const file = writePdf(`carta-caso-${docType}`, Buffer.from(pdf.dataBase64, 'base64'));
          writePngs(file, { pages: 1, dpi: 70 });
          const printed = flat(pdfPages(file, '-raw').join(' '));
          for (const s of exp.says) expect(printed, `${docType}: el PDF dice «${s}»`).toContain(flat(s));
          seen.pdfTypes.add(docType);
          seen.pdfs++;
        }
        const letter: IssuedLetter = {
          docType,
          numero: issued.number!,
          fecha: step.date,
          order: w.rec.letters.length + 1,
        };
        w.rec.letters.push(letter);
        seen.letters++;
        seen.byType[docType] = (seen.byType[docType] ?? 0) + 1;
      }
    }
    // The ledger is the plan's: each invoice's balance (hand-written SQL over its entries) equals the oracle's.
    for (const w of walks) {
      const expected = balancesOn(
        {
          plan: w.plan,
          invoices: invoicesOf(
            w.plan,
            (n) => `${w.plan.direction === 'cobro' ? 'F' : 'P'}-${runNo}-${walks.indexOf(w) + 1}-${n + 1}`,
          ),
          letters: [],
        },
        TODAY,
      );
      const actual = w.invoiceIds.map(
        (id) =>
          (
            b.opened.sqlite
              .prepare('SELECT COALESCE(SUM(amount_cents), 0) AS s FROM ledger_entries WHERE invoice_id = ?')
              .get(id) as { s: number }
          ).s,
      );
      expect(actual, `saldos del caso ${w.caseId}`).toEqual(w.invoiceIds.length ? expected : []);
    }
    expect(call(b.dispatch, 'ledger.check', {}).ok).toBe(true);
  } finally {
    b.close();
  }
}

describe('letters of 32x32 cases through the API (property)', () => {
  it(`${RUNS} databases, each with two to four interleaved cases on one or two states: every issued letter states its case's record`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ plan: planArb(), state: fc.integer({ min: 0, max: 1 }) }), { minLength: 2, maxLength: 4 }),
        async (plans) => {
          seen.runs++;
          await walkRun(plans, seen.runs);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(
      `[cartas-api] ${seen.runs} bases, ${seen.cases} casos, ${seen.letters} cartas emitidas, ${seen.pdfs} PDF leídos: ${JSON.stringify(seen.byType)}`,
    );
    expect(seen.letters).toBeGreaterThan(RUNS * 5);
  }, 600_000);
});
