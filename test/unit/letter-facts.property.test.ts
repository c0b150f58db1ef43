/**
 * Property: over 1,000 generated 32x32 case timelines (random step dates,
 * plazos, partial payments; cobros and pagos), every letter the timeline
 * drafts, issued on its day, states exactly what the case record says — the
 * amounts and the amounts in words, every date, every day count, every cited
 * oficio (this case's, dated on or before the letter) — rendered with its
 * default template. After the case closes, every demand is refused.
 *
 * The record is built here from the plan (test/fixtures/case-plans.ts), the
 * way the database holds it; the expected sentences come from the plan's own
 * oracle (test/fixtures/letter-expectations.ts). The same plans walked
 * through the API are test/integration/case-letters-property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import type { DocumentTypeKey } from '../../shared/domain/documents/types';
import {
  caseLetterFacts,
  LETTER_FACTS,
  type CaseInvoice,
  type CaseTimeline,
  type NumberedLetter,
} from '../../shared/domain/portabilidad/letter-facts';
import { caseLetterFields } from '../../electron/modules/documents/case-letter-fields';
import { emptyLetterContext } from '../../electron/modules/templates/context';
import { DEFAULT_TEMPLATES } from '../../electron/modules/templates/defaults';
import { renderTemplate } from '../../electron/modules/templates/engine';
import { documentData } from '../../shared/api/documents';
import {
  closedOn,
  envio,
  invoicesOf,
  lastDate,
  LETTERS_OF,
  planArb,
  type IssuedLetter,
  type Plan,
  type Record32,
} from '../fixtures/case-plans';
import { checkLetter, expectedLetter } from '../fixtures/letter-expectations';

const RUNS = 1_000;
const NO_DATA = documentData.parse({});

/** The case record after the first `done` steps, as the database would hold it. */
function timelineAfter(plan: Plan, done: number, rec: Record32): CaseTimeline {
  const steps = plan.steps.slice(0, done);
  const has = (k: string) => steps.some((s) => s.kind === k);
  const sent = envio(plan);
  const last = steps.at(-1)?.date ?? plan.openedOn;
  // Payments of the steps done, applied oldest invoice first (the case's allocation), as ledger entries.
  const listed = plan.direction === 'pago' || has('registrar_factura') ? rec.invoices : [];
  const bal = listed.map((i) => i.amountCents);
  const entries = listed.map((inv, k) => [
    { id: k + 1, date: inv.issueDate, kind: 'cargo', amountCents: inv.amountCents, reference: inv.number },
  ]);
  let entryId = listed.length;
  for (const s of steps) {
    if (s.kind !== 'pago' && s.kind !== 'pago_realizado') continue;
    let left = s.amountCents;
    bal.forEach((b, k) => {
      const take = Math.min(left, b);
      if (take <= 0) return;
      bal[k] = b - take;
      left -= take;
      entries[k]!.push({ id: ++entryId, date: s.date, kind: 'abono', amountCents: -take, reference: s.reference });
    });
  }
  const invoices: CaseInvoice[] = listed.map((inv, k) => ({
    id: k + 1,
    number: inv.number,
    concept: 'Servicios de portabilidad',
    period: inv.period,
    issueDate: inv.issueDate,
    amountCents: inv.amountCents,
    entries: entries[k]!,
  }));
  const closing = closedOn(rec);
  return {
    folio: 'COB-2026-0001',
    direction: plan.direction,
    openedOn: plan.openedOn,
    closedOn: closing !== null && closing <= last ? closing : null,
    closeLabel: 'pagado',
    periodFrom: plan.hoja[0]!.periodo,
    periodTo: plan.hoja.at(-1)!.periodo,
    facturasSentOn: has('enviar_factura') ? sent!.sent : null,
    plazoEndsOn: has('enviar_factura') ? sent!.end : null,
    papers: [
      {
        opening: true,
        numero: plan.paper.numero,
        fecha: plan.paper.fecha,
        emisor: 'Dirección de Contratación',
        receivedOn: plan.openedOn,
      },
      ...steps.flatMap((s) =>
        s.kind === 'observaciones' || s.kind === 'documentacion'
          ? [
              {
                opening: false,
                numero: s.paper.numero,
                fecha: s.paper.fecha,
                emisor: 'Estado deudor',
                receivedOn: s.date,
              },
            ]
          : [],
      ),
    ],
    hoja: {
      name: 'HC-QRO-001',
      lines: plan.hoja.flatMap((h) =>
        h.lines.map((importeCents) => ({ periodo: h.periodo, importeCents, factura: null })),
      ),
    },
    invoices,
    letters: rec.letters.map((l, i): NumberedLetter => ({
      id: i + 1,
      docType: l.docType,
      numero: l.numero,
      fecha: l.fecha,
      seq: l.order,
    })),
  };
}

function render(docType: DocumentTypeKey, t: CaseTimeline, date: string) {
  const r = caseLetterFacts(t, docType, date);
  if (!r.ok) throw new Error(`${docType} el ${date}: ${r.message}`);
  const fields = caseLetterFields(docType, r.facts, NO_DATA, null, 30);
  const { periodo, periodo_fin, ...rest } = fields;
  const ctx = {
    ...emptyLetterContext('MX'),
    fecha: date,
    institucion: {
      ...emptyLetterContext('MX').institucion,
      nombre: 'Servicios de Salud de Zacatecas',
      estado: 'Zacatecas',
    },
    entidad: { nombre: 'Querétaro', estado: 'Querétaro', id_fiscal: 'SSQ960101AB1' },
    autoridad_nacional: 'Comisión Nacional de Protección Social en Salud',
    caso: { folio: t.folio, periodo, periodo_fin, etapa: '' },
    ...rest,
  };
  const out = renderTemplate(DEFAULT_TEMPLATES[docType], ctx);
  return {
    text: [out.asunto, ...out.paragraphs].join('\n'),
    table: ctx.facturas.map((f) => ({ mes: f.mes, monto: f.monto, numero: f.numero })),
  };
}

const DEMANDS = (Object.keys(LETTER_FACTS) as DocumentTypeKey[]).filter((k) => LETTER_FACTS[k]!.demand);
const stats = { timelines: 0, letters: 0, refusedAfterClosing: 0, byType: {} as Record<string, number> };

describe('letters of a 32x32 case state the case record (property)', () => {
  it(`over ${RUNS} generated timelines every drafted letter states the record's facts`, () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        stats.timelines++;
        let n = 0;
        const rec: Record32 = { plan, invoices: invoicesOf(plan, (i) => `F-${i + 1}`), letters: [] };
        plan.steps.forEach((step, k) => {
          for (const docType of LETTERS_OF[step.kind] ?? []) {
            // The record as it stands when the step's letter is issued.
            const done = { ...plan, steps: plan.steps.slice(0, k + 1) };
            const now: Record32 = { plan: done, invoices: invoicesOf(done, (i) => `F-${i + 1}`), letters: rec.letters };
            const t = timelineAfter(done, k + 1, now);
            const { text, table } = render(docType, t, step.date);
            const exp = expectedLetter(now, docType, step.date, null);
            checkLetter(
              `${docType} del ${step.date}`,
              text,
              table,
              exp,
              rec.letters.map((l) => l.numero),
            );
            stats.letters++;
            stats.byType[docType] = (stats.byType[docType] ?? 0) + 1;
            const issued: IssuedLetter = {
              docType,
              numero: `OF-${String(++n).padStart(4, '0')}/X`,
              fecha: step.date,
              order: n,
            };
            rec.letters.push(issued);
          }
        });
        // Once closed, nothing is demanded: every demand letter is refused, at any later date.
        const t = timelineAfter(plan, plan.steps.length, rec);
        if (t.closedOn !== null) {
          for (const docType of DEMANDS) {
            const r = caseLetterFacts(t, docType, addDays(lastDate(plan), 3));
            expect(r.ok, `${docType} tras el cierre`).toBe(false);
            if (!r.ok) expect(r.code).toBe('documentos/caso-cerrado');
            stats.refusedAfterClosing++;
          }
        }
      }),
      { numRuns: RUNS },
    );
    console.log(
      `[cartas-propiedad] ${stats.timelines} cronologías, ${stats.letters} cartas, ${stats.refusedAfterClosing} demandas rechazadas tras el cierre: ${JSON.stringify(stats.byType)}`,
    );
    expect(stats.timelines).toBeGreaterThanOrEqual(RUNS);
    // Every letter type of both workflows was exercised.
    expect(Object.keys(stats.byType).sort()).toEqual(
      [
        'consulta_pago',
        'memo_solicitud_factura',
        'memo_solicitud_pago',
        'memo_subsanacion',
        'notificacion_autoridad',
        'notificacion_pago_acreedor',
        'oficio_envio_factura',
        're_requerimiento',
        'requerimiento_cobranza',
        'requerimiento_pago',
        'solicitud_documentacion_faltante',
        'solicitud_ejecucion_garantia',
      ].sort(),
    );
  });
});
