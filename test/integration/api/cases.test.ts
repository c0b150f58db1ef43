/** The api tests of cases: the 32x32 cases (full paths in ../cases.test.ts): see support.ts. */
import { afterEach, expect } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, cleanupTemp, createInvoice, JALISCO, QUERETARO, setupMx } from '../helpers';
import { type ApiTables, describeApi } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'cases'> = {
  happy: {
    // ── 32x32 cases (full paths in cases.test.ts) ──
    'cases.open': (t) => {
      setupMx(t.dispatch);
      const inv = createInvoice(t.dispatch, { counterpartyId: QUERETARO, number: 'C-1', amountCents: 500_000 }).invoice
        .id;
      const c = call(t.dispatch, 'cases.open', {
        direction: 'cobro',
        counterpartyId: QUERETARO,
        invoiceIds: [inv],
        paper: { numero: 'VAL/1/2026', fecha: '2026-03-01', deParteDe: 'Validación' },
      });
      expect(c).toMatchObject({
        folio: 'COB-2026-0001',
        state: 'validacion_recibida',
        balanceCents: 500_000,
        counterpartyName: 'Querétaro',
      });
      expect(c.events).toHaveLength(1);
      expect(call(t.dispatch, 'bitacora.list', {}).rows[0]).toMatchObject({
        documentNumber: 'VAL/1/2026',
        caseRef: 'COB-2026-0001',
        direction: 'recibido',
      });
    },
    'cases.act': (t) => {
      setupMx(t.dispatch);
      const c = call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO });
      const after = call(t.dispatch, 'cases.act', { id: c.id, action: 'enviar_requerimiento' });
      expect(after.state).toBe('requerimiento_enviado');
      const docId = after.events[1]!.effects[0]!.documentId!;
      expect(call(t.dispatch, 'documents.get', { id: docId })).toMatchObject({
        docType: 'requerimiento_pago',
        status: 'borrador',
      });
      expect(after.documents.map((d) => d.id)).toEqual([docId]);
      // Buttons that only need what the dialog asks for (the observaciones) are enabled.
      expect(after.actions.find((a) => a.action === 'registrar_observaciones')).toMatchObject({ ok: true });
    },
    'cases.get': (t) => {
      setupMx(t.dispatch);
      const c = call(t.dispatch, 'cases.open', { direction: 'pago', counterpartyId: QUERETARO });
      const d = call(t.dispatch, 'cases.get', { id: c.id });
      expect(d).toMatchObject({ folio: 'PAG-2026-0001', state: 'solicitud_recibida' });
      expect(d.actions.map((a) => a.action).sort()).toEqual(['declarar_no_procedente', 'solicitar_pago']);
    },
    'cases.list': (t) => {
      setupMx(t.dispatch);
      call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO });
      call(t.dispatch, 'cases.open', { direction: 'pago', counterpartyId: JALISCO });
      expect(call(t.dispatch, 'cases.list', {}).total).toBe(2);
      expect(call(t.dispatch, 'cases.list', { direction: 'pago' }).rows.map((r) => r.counterpartyName)).toEqual([
        'Jalisco',
      ]);
      expect(call(t.dispatch, 'cases.list', { open: false }).total).toBe(0);
    },
    'cases.deadlines': (t) => {
      setupMx(t.dispatch);
      expect(call(t.dispatch, 'cases.deadlines', {})).toEqual([]);
    },
  },
  badInput: {
    'cases.list': { input: { direction: 'ambos' }, message: /cobro o de pago/ },
    'cases.get': { input: { id: 0 } },
    'cases.open': {
      input: { direction: 'cobro', counterpartyId: QUERETARO, periodFrom: '2025-13' },
      message: /Periodo no válido/,
    },
    'cases.act': { input: { id: 1, action: '' }, message: /acción/ },
    'cases.deadlines': { input: { horizonDays: 1000 } },
  },
  refusals: {
    'cases.open': [
      {
        code: 'expedientes/no-es-estado',
        prepare: (t) => call(t.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS Ejemplo' }).id,
        input: (_s, id) => ({ direction: 'cobro', counterpartyId: id }),
      },
      {
        code: 'expedientes/factura-otra-direccion',
        input: (s) => ({ direction: 'pago', counterpartyId: QUERETARO, invoiceIds: [s.invoiceId] }),
      },
      {
        code: ErrorCodes.futureDate,
        input: () => ({ direction: 'cobro', counterpartyId: QUERETARO, date: '2099-01-01' }),
      },
    ],
    'cases.act': [
      // Not available from the current state: the reason names the state.
      {
        code: 'expedientes/accion-no-permitida',
        prepare: (t) => call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO }).id,
        input: (_s, id) => ({ id, action: 'enviar_factura' }),
      },
      { code: ErrorCodes.notFound, input: () => ({ id: 999, action: 'enviar_requerimiento' }) },
    ],
  },
  validJobInput: {},
};

describeApi('cases', tables);
