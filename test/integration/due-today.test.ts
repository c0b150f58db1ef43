/**
 * The start-up notice of the Electron host (electron/shell/due-today.ts):
 * built from cases.deadlines on a real database — nothing when no deadline
 * falls today, the case and its deadline when one does. (The Notification
 * itself is Electron's; here `show` records what it would display.)
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { dueTodayNotice, notifyDueToday, type Notice } from '../../electron/shell/due-today';
import type { DeadlineItem } from '../../shared/api/types';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  QUERETARO,
  setupCo,
  setupMx,
  TODAY,
  type TempDb,
} from './helpers';

afterAll(cleanupTemp);
let t: TempDb;
beforeEach(() => {
  t = createTempDb();
  return () => t.close();
});

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A cobro whose facturas were sent `daysAgo` days ago with a plazo de pago of `plazo` days (equal: it ends today). */
function cobroSent(daysAgo: number, plazo: number) {
  const sent = addDays(TODAY, -daysAgo);
  const inv = createInvoice(t.dispatch, {
    counterpartyId: QUERETARO,
    number: 'F-100',
    amountCents: 500_000,
    issueDate: addDays(sent, -5),
  }).invoice.id;
  const c = call(t.dispatch, 'cases.open', {
    direction: 'cobro',
    counterpartyId: QUERETARO,
    invoiceIds: [inv],
    date: addDays(sent, -20),
  });
  const act = (action: string, date: string, extra: Record<string, unknown> = {}) =>
    call(t.dispatch, 'cases.act', { id: c.id, action, date, ...extra });
  act('enviar_requerimiento', addDays(sent, -19));
  act('registrar_aceptacion', addDays(sent, -15));
  act('solicitar_factura', addDays(sent, -14));
  act('registrar_factura', addDays(sent, -2));
  return act('enviar_factura', sent, { plazoPagoDias: plazo });
}

const seen: Notice[] = [];
const show = (n: Notice) => void seen.push(n);

describe('aviso de escritorio al iniciar', () => {
  beforeEach(() => void seen.splice(0));

  it('antes de la configuración inicial, o en el perfil CO, no avisa', () => {
    expect(notifyDueToday(t.dispatch, show)).toBeNull();
    setupCo(t.dispatch);
    expect(notifyDueToday(t.dispatch, show)).toBeNull();
    expect(seen).toEqual([]);
  });

  it('sin plazos que venzan hoy no avisa', () => {
    setupMx(t.dispatch);
    const c = cobroSent(30, 31);
    expect(c.deadlines.find((x) => x.kind === 'plazo_pago' && !x.clearedOn)!.dueOn).toBe(addDays(TODAY, 1));
    expect(notifyDueToday(t.dispatch, show)).toBeNull();
    expect(seen).toEqual([]);
  });

  it('con un plazo que vence hoy avisa con el folio, la entidad y el plazo', () => {
    setupMx(t.dispatch);
    const c = cobroSent(30, 30);
    const d = c.deadlines.find((x) => x.kind === 'plazo_pago' && !x.clearedOn)!;
    expect(d.dueOn).toBe(TODAY);
    const n = notifyDueToday(t.dispatch, show);
    expect(n).not.toBeNull();
    expect(seen).toEqual([n]);
    expect(n!.title).toBe('Hoy vence un plazo de portabilidad');
    expect(n!.body).toContain(`${c.folio} · Querétaro: ${d.label}`);
    expect(n!.body).toMatch(/Vea «Vencimientos» en el Tablero\.$/);
  });
});

describe('texto del aviso', () => {
  const item = (i: number, category: DeadlineItem['category']): DeadlineItem => ({
    deadlineId: i,
    caseId: i,
    folio: `COB-2026-000${i}`,
    direction: 'cobro',
    counterpartyName: 'Nayarit',
    kind: 'plazo_pago',
    meaning: 'vence',
    label: 'Fin del plazo de pago',
    dueOn: '2026-03-10',
    category,
    when: '',
    action: '',
  });

  it('nada hoy → sin aviso, aunque haya vencidos', () => {
    expect(dueTodayNotice([item(1, 'vencido'), item(2, 'esta_semana')])).toBeNull();
  });

  it('cinco hoy y dos vencidos: tres renglones, «y 2 más», los vencidos', () => {
    const n = dueTodayNotice(
      [1, 2, 3, 4, 5].map((i) => item(i, 'hoy')).concat([item(6, 'vencido'), item(7, 'vencido')]),
    )!;
    expect(n.title).toBe('Hoy vencen 5 plazos de portabilidad');
    expect(n.body.split('\n')).toEqual([
      'COB-2026-0001 · Nayarit: Fin del plazo de pago',
      'COB-2026-0002 · Nayarit: Fin del plazo de pago',
      'COB-2026-0003 · Nayarit: Fin del plazo de pago',
      'y 2 más',
      'Además hay 2 plazos vencidos.',
      'Vea «Vencimientos» en el Tablero.',
    ]);
  });
});
