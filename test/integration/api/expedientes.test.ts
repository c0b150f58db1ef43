/** The api tests of expedientes.* (the expediente de cobro of each debtor): see support.ts; the walk is expediente-walk.test.ts. */
import { afterEach, expect } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import { ExpedienteErrorCodes } from '../../../shared/api/errors-expedientes';
import { call, cleanupTemp, createInvoice, QUERETARO, setupMx, TODAY, type TempDb } from '../helpers';
import fs from 'node:fs';
import { flat, missingPdfTools, pdfPages, writePdf } from '../../fixtures/pdf/poppler';
import { type ApiTables, describeApi, run } from './support';

afterEach(cleanupTemp);

/** Querétaro owes an invoice due well before today: a debtor with overdue balance. */
function overdue(t: TempDb) {
  setupMx(t.dispatch);
  createInvoice(t.dispatch, {
    number: 'EXP-1',
    issueDate: '2025-10-01',
    dueDate: '2025-11-01',
    amountCents: 5_000_000,
  });
}

const circularizar = (t: TempDb) =>
  call(t.dispatch, 'expedientes.record', {
    counterpartyId: QUERETARO,
    kind: 'circularizacion',
    date: TODAY,
    reason: 'Oficio de circularización',
  });

const tables: ApiTables<'expedientes'> = {
  happy: {
    'expedientes.list': (t) => {
      overdue(t);
      const rows = call(t.dispatch, 'expedientes.list', {}).rows;
      expect(rows).toMatchObject([
        { counterpartyId: QUERETARO, stage: null, overdueCents: 5_000_000, oldestDueDate: '2025-11-01' },
      ]);
      circularizar(t);
      expect(call(t.dispatch, 'expedientes.list', { stage: 'persuasivo' }).rows).toHaveLength(1);
      expect(call(t.dispatch, 'expedientes.list', { stage: 'juridico' }).rows).toHaveLength(0);
    },
    'expedientes.get': (t) => {
      overdue(t);
      const v = call(t.dispatch, 'expedientes.get', { counterpartyId: QUERETARO });
      expect(v).toMatchObject({ stage: null, overdueCount: 1, events: [] });
      expect(v.next.find((n) => n.kind === 'circularizacion')?.refusal).toBeNull();
      expect(v.next.find((n) => n.kind === 'citacion')?.refusal).toMatch(/no procede sin expediente/);
    },
    'expedientes.deadlines': (t) => {
      overdue(t);
      circularizar(t);
      // 180 days after 1 November 2025: 30 April 2026, within 60 days of the pinned today.
      expect(call(t.dispatch, 'expedientes.deadlines', { horizonDays: 60 })).toMatchObject([
        { kind: 'fin_persuasivo', due: '2026-04-30', counterpartyId: QUERETARO, category: 'proximo' },
      ]);
      expect(call(t.dispatch, 'expedientes.deadlines', { horizonDays: 10 })).toEqual([]);
    },
    'expedientes.record': (t) => {
      overdue(t);
      const v = circularizar(t);
      expect(v).toMatchObject({ stage: 'persuasivo', since: TODAY });
      expect(v.events).toMatchObject([
        { kind: 'circularizacion', origin: 'manual', reason: 'Oficio de circularización' },
      ]);
    },
    'expedientes.review': (t) => {
      overdue(t);
      call(t.dispatch, 'expedientes.record', {
        counterpartyId: QUERETARO,
        kind: 'circularizacion',
        date: '2025-12-01',
        reason: 'Circularización',
      });
      // Not 180 days yet (30 April 2026): nothing moves.
      expect(call(t.dispatch, 'expedientes.review', {})).toEqual({ moved: [] });
    },
    'expedientes.informeCierre': async (t) => {
      overdue(t);
      const record = (
        kind: 'circularizacion' | 'citacion' | 'devolucion' | 'conciliacion',
        date: string,
        reason: string,
      ) => call(t.dispatch, 'expedientes.record', { counterpartyId: QUERETARO, kind, date, reason });
      record('circularizacion', '2026-02-02', 'Oficio de circularización DGF/0001/2026');
      record('conciliacion', '2026-02-10', 'Acta de depuración 3');
      record('devolucion', '2026-03-05', 'Guía devuelta: destinatario desconocido');
      const r = await run(t, 'expedientes.informeCierre', { counterpartyId: QUERETARO });
      expect(r.fileName).toMatch(/^informe-cierre-persuasivo-.*\.pdf$/);
      expect(r.rows).toBe(3);
      if (missingPdfTools('EL INFORME DE CIERRE').length > 0) return;
      const text = flat(pdfPages(writePdf('informe-cierre-persuasivo', fs.readFileSync(r.path))).join(' '));
      expect(text).toContain('Del 02/02/2026 al 05/03/2026');
      expect(text).toContain('terminó por: Devolución de correspondencia');
      expect(text).toContain('Acta de depuración 3');
      expect(text).toContain('Guía devuelta: destinatario desconocido');
    },
  },
  badInput: {
    'expedientes.list': { input: { stage: 'coactivo' }, message: /Etapa no válida/ },
    'expedientes.get': { input: { counterpartyId: 'x' } },
    'expedientes.deadlines': { input: { horizonDays: 1000 } },
    'expedientes.record': {
      input: { counterpartyId: QUERETARO, kind: 'anulacion', date: TODAY, reason: 'Sin evento' },
      message: /evento que se anula/,
    },
    'expedientes.review': { input: { asOf: TODAY } },
    'expedientes.informeCierre': { input: { counterpartyId: 0 } },
  },
  refusals: {
    'expedientes.record': [
      {
        code: ExpedienteErrorCodes.noProcede,
        prepare: (t) => createInvoice(t.dispatch, { number: 'EXP-9', issueDate: '2025-10-01', dueDate: '2025-11-01' }),
        input: () => ({ counterpartyId: QUERETARO, kind: 'aviso', date: TODAY, reason: 'Aviso sin citación' }),
      },
      {
        code: ExpedienteErrorCodes.sinDeudor,
        input: () => ({ counterpartyId: 1, kind: 'circularizacion', date: TODAY, reason: 'Sin deuda' }),
      },
      {
        code: ErrorCodes.futureDate,
        input: () => ({ counterpartyId: QUERETARO, kind: 'circularizacion', date: '2099-01-01', reason: 'Futuro' }),
      },
      {
        code: ErrorCodes.notFound,
        input: () => ({ counterpartyId: 9999, kind: 'circularizacion', date: TODAY, reason: 'No existe' }),
      },
    ],
    'expedientes.informeCierre': [
      // Querétaro has no cobro persuasivo recorded: nothing to close.
      { code: ExpedienteErrorCodes.persuasivoAbierto, input: () => ({ counterpartyId: QUERETARO }) },
    ],
  },
  onlySchemaGuarded: ['expedientes.review'],
  validJobInput: { 'expedientes.informeCierre': { counterpartyId: QUERETARO } },
};

describeApi('expedientes', tables);
