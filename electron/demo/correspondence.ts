/**
 * Demo correspondence for the first run: paper that arrived (answers to our
 * requerimientos, payment requests from creditors, glosas) and letters sent
 * before the app, as bitácora entries; and one draft letter ready to issue.
 * Deterministic: dates count back from today.
 */
import { and, asc, eq, gt, ne } from 'drizzle-orm';
import type { Institution } from '../../shared/api/types';
import { addDays } from '../../shared/domain/dates';
import { counterparties, invoiceBalances, invoices } from '../../db/schema';
import { documentData } from '../../shared/api/documents';
import type { ServiceContext } from '../core/context';
import { recordEntry } from '../modules/bitacora';
import { insertDraft } from '../modules/documents/drafts';
import { listSignatories } from '../../db/repositories/settings';
import { saveMemoAddressee } from '../../db/repositories/templates';
import { documentType } from '../../shared/domain/documents/types';

interface Paper {
  daysAgo: number;
  direction: 'recibido' | 'enviado';
  asunto: string;
  docKind: string;
  /** Days after the document date it was delivered; null = not yet. */
  deliveredAfter: number | null;
  deliveredBy: string;
  folder: string;
  observations: string;
}

const MX_PAPERS: Paper[] = [
  {
    daysAgo: 96,
    direction: 'recibido',
    asunto: 'Respuesta al requerimiento de pago: solicita subsanar observaciones',
    docKind: 'Oficio',
    deliveredAfter: 6,
    deliveredBy: 'Mensajería DHL',
    folder: 'Cobros 32x32 / {estado}',
    observations: 'Observa tres atenciones duplicadas en el listado nominal.',
  },
  {
    daysAgo: 81,
    direction: 'recibido',
    asunto: 'Solicitud de pago de atenciones 32x32 (estado acreedor)',
    docKind: 'Oficio',
    deliveredAfter: 4,
    deliveredBy: 'Oficialía de partes',
    folder: 'Pagos 32x32 / {estado}',
    observations: 'Anexa factura fiscal y hojas de cálculo.',
  },
  {
    daysAgo: 64,
    direction: 'enviado',
    asunto: 'Envío de factura fiscal original',
    docKind: 'Oficio',
    deliveredAfter: 5,
    deliveredBy: 'Mensajería Estafeta',
    folder: 'Cobros 32x32 / {estado}',
    observations: '',
  },
  {
    daysAgo: 47,
    direction: 'recibido',
    asunto: 'Notificación de transferencia interbancaria',
    docKind: 'Oficio',
    deliveredAfter: 3,
    deliveredBy: 'Correo electrónico',
    folder: 'Cobros 32x32 / {estado}',
    observations: 'Número de transferencia 0098765432.',
  },
  {
    daysAgo: 30,
    direction: 'recibido',
    asunto: 'Solicitud de documentación soporte de atenciones',
    docKind: 'Memorándum',
    deliveredAfter: 2,
    deliveredBy: 'Entrega personal',
    folder: 'Cobros 32x32 / {estado}',
    observations: '',
  },
  {
    daysAgo: 12,
    direction: 'recibido',
    asunto: 'Consulta sobre el estado de cuenta 32x32',
    docKind: 'Oficio',
    deliveredAfter: null,
    deliveredBy: '',
    folder: '',
    observations: 'Pendiente de turnar.',
  },
];

const CO_PAPERS: Paper[] = [
  {
    daysAgo: 90,
    direction: 'recibido',
    asunto: 'Glosa inicial de facturas radicadas',
    docKind: 'Comunicación',
    deliveredAfter: 3,
    deliveredBy: 'Radicación ventanilla',
    folder: 'Cartera / {estado}',
    observations: 'Glosa por pertinencia médica en dos facturas.',
  },
  {
    daysAgo: 72,
    direction: 'recibido',
    asunto: 'Respuesta a la circularización de cartera',
    docKind: 'Oficio',
    deliveredAfter: 5,
    deliveredBy: 'Correo certificado 4-72',
    folder: 'Cartera / {estado}',
    observations: '',
  },
  {
    daysAgo: 55,
    direction: 'enviado',
    asunto: 'Remisión de soportes para conciliación de cartera',
    docKind: 'Oficio',
    deliveredAfter: 4,
    deliveredBy: 'Servientrega',
    folder: 'Cartera / {estado}',
    observations: '',
  },
  {
    daysAgo: 33,
    direction: 'recibido',
    asunto: 'Propuesta de acuerdo de pago',
    docKind: 'Oficio',
    deliveredAfter: 2,
    deliveredBy: 'Correo electrónico',
    folder: 'Cartera / {estado}',
    observations: 'Propone pago inicial del 30 % y 12 cuotas.',
  },
  {
    daysAgo: 9,
    direction: 'recibido',
    asunto: 'Solicitud de estado de cuenta actualizado',
    docKind: 'Comunicación',
    deliveredAfter: null,
    deliveredBy: '',
    folder: '',
    observations: '',
  },
];

/** Demo titulars of our own directorates: memorándums drafted by the demo cases are ready to issue. */
const MX_MEMO_ADDRESSEES = [
  {
    docTypes: ['memo_subsanacion', 'solicitud_documentacion_faltante'],
    title: 'Dr.',
    name: 'Ramón Ibarra Luna',
    position: 'Director de Contratación y Garantía de Servicios',
  },
  {
    docTypes: ['memo_solicitud_factura', 'memo_solicitud_pago', 'memo_notificacion_pago'],
    title: 'Mtra.',
    name: 'Laura Medina Ortiz',
    position: 'Directora de Recursos Financieros',
  },
] as const;

export function loadDemoMemoAddressees(ctx: ServiceContext, inst: Institution): number {
  if (inst.profile !== 'MX') return 0;
  const now = ctx.now().toISOString();
  let n = 0;
  for (const a of MX_MEMO_ADDRESSEES) {
    for (const docType of a.docTypes) {
      if (documentType(docType).kind !== 'memorandum') continue;
      saveMemoAddressee(ctx.db, docType, { title: a.title, name: a.name, position: a.position, institution: '' }, now);
      n++;
    }
  }
  return n;
}

export function loadDemoCorrespondence(ctx: ServiceContext, inst: Institution): { entries: number; drafts: number } {
  const today = ctx.today();
  const recipients = ctx.db
    .select()
    .from(counterparties)
    .where(and(eq(counterparties.active, true), ne(counterparties.addresseeName, '')))
    .orderBy(asc(counterparties.id))
    .all();
  if (recipients.length === 0) return { entries: 0, drafts: 0 };
  const papers = inst.profile === 'MX' ? MX_PAPERS : CO_PAPERS;
  const own = inst.shortName || inst.name;
  papers.forEach((p, i) => {
    const cp = recipients[i % recipients.length]!;
    const date = addDays(today, -p.daysAgo);
    const person = [cp.addresseeTitle, cp.addresseeName].filter(Boolean).join(' ');
    recordEntry(ctx, {
      direction: p.direction,
      asunto: p.asunto,
      documentNumber: `${cp.abbreviation || 'OF'}/${String(100 + i * 37).padStart(4, '0')}/${date.slice(0, 4)}`,
      documentDate: date,
      addressedTo: p.direction === 'recibido' ? `Dirección de Financiamiento — ${own}` : person,
      entity: cp.name,
      counterpartyId: cp.id,
      fromParty: p.direction === 'recibido' ? person : own,
      deliveredBy: p.deliveredBy,
      deliveryDate: p.deliveredAfter === null ? null : addDays(date, p.deliveredAfter),
      origin: p.direction === 'recibido' ? cp.city || cp.stateName : inst.city,
      folder: p.folder.replace('{estado}', cp.shortName || cp.name),
      observations: p.observations,
      caseRef: '',
      docKind: p.docKind,
      documentId: null,
    });
  });

  // A draft letter for the first recipient with open receivables: ready to preview and issue.
  const open = ctx.db
    .select({ id: invoices.id, counterpartyId: invoices.counterpartyId })
    .from(invoices)
    .innerJoin(invoiceBalances, eq(invoiceBalances.invoiceId, invoices.id))
    .where(and(eq(invoices.direction, 'receivable'), gt(invoiceBalances.balanceCents, 0)))
    .orderBy(asc(invoices.issueDate))
    .limit(200)
    .all();
  const target = recipients.find((r) => open.some((o) => o.counterpartyId === r.id));
  if (!target) return { entries: papers.length, drafts: 0 };
  const signer = listSignatories(ctx.db).find((s) => s.active);
  const data = documentData.parse({
    invoiceIds: open
      .filter((o) => o.counterpartyId === target.id)
      .slice(0, 4)
      .map((o) => o.id),
    signatoryIds: signer ? [signer.id] : [],
    ccp: ['Expediente.'],
    drafterInitials: signer?.initials ?? '',
    reference: {
      numero: 'DCGSSP/1234/2025',
      fecha: addDays(today, -120),
      emisor: 'Dirección de Contratación y Garantía de Servicios de Salud',
    },
    plazoDias: inst.defaultPaymentTermDays,
  });
  insertDraft(ctx, inst.profile === 'MX' ? 'requerimiento_pago' : 'circularizacion', target.id, today, data);
  return { entries: papers.length, drafts: 1 };
}
