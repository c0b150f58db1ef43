/**
 * The API contract: every method as 'domain.verb' → zod input schema and
 * output type. The dispatcher validates against it; the renderer's call() is
 * typed from it. Adding a method here without a handler fails typecheck.
 */
import { z } from 'zod';
import { COUNTERPARTY_KIND_VALUES, NATURALEZA_JURIDICA_VALUES } from '../domain/catalogs';
import {
  direction,
  id,
  idempotencyKey,
  isoDate,
  page,
  pageSize,
  period,
  positiveCents,
  profile,
  referenceUnitKind,
  requiredText,
  text,
} from './schemas';
import type * as T from './types';
import { method } from './method';
import { casesContract } from './contract-cases';
import { documentsContract } from './contract-documents';
import { portabilidadContract } from './contract-portabilidad';
import { importsContract } from './contract-imports';
import { CARTERA_LEDGER_JOBS, CARTERA_LEDGER_READ_ONLY, carteraLedgerContract } from './contract-cartera-ledger';
import { CARTERA_REPORTS_JOBS, CARTERA_REPORTS_READ_ONLY, carteraReportsContract } from './contract-cartera-reports';
import { isValidClabe } from '../domain/tax-ids';
import { AGREEMENTS_JOBS, AGREEMENTS_READ_ONLY, agreementsContract } from './contract-agreements';

const empty = z.object({}).strict().default({});

/** CLABE interbancaria: 18 digits with a valid control digit, or empty while not captured. */
const clabe = z
  .string()
  .trim()
  .regex(/^(\d{18})?$/, 'La CLABE tiene 18 dígitos')
  .refine(
    (v) => !/^\d{18}$/.test(v) || isValidClabe(v),
    'CLABE no válida: su dígito de control (el último) no corresponde a los 17 anteriores; revísela',
  )
  .default('');

const optionalEmail = z.union([z.literal(''), z.string().trim().email('Correo electrónico no válido')]).default('');

export const contactSchema = z.object({
  name: text(200).default(''),
  position: text(200).default(''),
  phone: text(100).default(''),
  email: optionalEmail,
});

export const institutionInput = z
  .object({
    profile,
    name: requiredText('El nombre de la institución', 300),
    shortName: text(100).default(''),
    regime: text(300).default(''),
    taxId: text(30).default(''),
    ownStateCode: z
      .string()
      .regex(/^(0[1-9]|[12]\d|3[0-2])$/, 'Clave INEGI de entidad no válida (01–32)')
      .nullable()
      .default(null),
    city: text(100).default(''),
    cityLine: text(150).default(''),
    address: text(300).default(''),
    phone: text(100).default(''),
    email: optionalEmail,
    letterheadLines: z.array(text(200)).max(6, 'Como máximo seis líneas de membrete').default([]),
    slogan: text(300).default(''),
    bankDenomination: text(200).default(''),
    bankName: text(100).default(''),
    bankAccount: text(40).default(''),
    bankClabe: clabe,
    bankAccountType: text(60).default(''),
    defaultPaymentTermDays: z
      .number()
      .int()
      .min(1, 'El plazo debe ser de al menos un día')
      .max(365, 'El plazo no puede exceder 365 días')
      .default(30),
    nationalAuthorityName: text(300).default(''),
    nationalAuthorityTitle: text(40).default(''),
    nationalAuthorityAddressee: text(200).default(''),
    nationalAuthorityPosition: text(300).default(''),
    nationalAuthorityAddress: text(400).default(''),
    referenceUnitKind: referenceUnitKind.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.profile === 'MX' && !v.ownStateCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownStateCode'],
        message: 'Elija la entidad federativa de la institución',
      });
    }
  });

export const signatoryInput = z.object({
  id: id.optional(),
  title: text(40).default(''),
  name: requiredText('El nombre del firmante', 200),
  position: requiredText('El cargo del firmante', 200),
  initials: text(20).default(''),
  active: z.boolean().default(true),
});

export const counterpartyInput = z.object({
  kind: z.enum(COUNTERPARTY_KIND_VALUES, { message: 'Tipo de entidad no válido' }),
  name: requiredText('El nombre', 300),
  shortName: text(100).default(''),
  taxId: text(30).default(''),
  naturalezaJuridica: z
    .enum(NATURALEZA_JURIDICA_VALUES, { message: 'Naturaleza jurídica no válida' })
    .nullable()
    .default(null),
  abbreviation: text(20).default(''),
  addresseeTitle: text(40).default(''),
  addresseeName: text(200).default(''),
  addresseePosition: text(200).default(''),
  street: text(300).default(''),
  colony: text(150).default(''),
  city: text(100).default(''),
  stateName: text(100).default(''),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{5,6})?$/, 'Código postal no válido')
    .default(''),
  phone: text(100).default(''),
  email: optionalEmail,
  contacts: z.array(contactSchema).max(20).default([]),
  bankName: text(100).default(''),
  bankAccount: text(40).default(''),
  bankClabe: clabe,
  bankDenomination: text(200).default(''),
  intervenida: z.boolean().default(false),
  enLiquidacion: z.boolean().default(false),
  bdme: z.boolean().default(false),
  notes: text(2000).default(''),
  active: z.boolean().default(true),
});

export const invoiceFilters = z.object({
  counterpartyId: id.optional(),
  direction: direction.optional(),
  status: z.enum(['pendiente', 'vencida', 'pagada', 'con_saldo']).optional(),
  /** Invoice number prefix (case-insensitive; uses the number index). */
  search: text(100).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  /** As-of date for "vencida"; defaults to today. */
  asOf: isoDate.optional(),
});

export const contract = {
  'app.status': method<T.AppStatus>()(empty),

  'settings.get': method<T.Settings>()(empty),
  'settings.saveInstitution': method<T.Institution>()(institutionInput),
  'settings.completeSetup': method<T.Settings>()(
    z.object({
      institution: institutionInput,
      signatories: z.array(signatoryInput).max(20).default([]),
      loadDemo: z.boolean().default(false),
    }),
  ),
  'settings.saveSignatories': method<T.Signatory[]>()(z.object({ signatories: z.array(signatoryInput).max(20) })),
  'settings.setReferenceUnit': method<T.ReferenceUnit[]>()(
    z.object({
      kind: referenceUnitKind,
      year: z.number().int().min(1990, 'Año no válido').max(2100, 'Año no válido'),
      /** SMMLV: the monthly value; UMA and salario mínimo: the DAILY value, as published. */
      valueCents: positiveCents,
      /** Where the figure comes from (decree, DOF publication); omitted keeps the one on record. */
      source: text(300).optional(),
    }),
  ),
  'settings.setLogo': method<T.Institution>()(
    z.object({
      slot: z.enum(['left', 'right']),
      /** null removes the logo. */
      image: z
        .object({
          fileName: text(255).default(''),
          dataBase64: z.string().min(1, 'El archivo está vacío').max(3_000_000, 'La imagen excede 2 MB'),
        })
        .nullable(),
    }),
  ),
  'assets.get': method<{ id: number; mime: string; dataBase64: string; sha256: string }>()(z.object({ id })),

  'counterparties.list': method<T.Page<T.CounterpartyRow>>()(
    z.object({
      search: text(100).optional(),
      kind: z.enum(COUNTERPARTY_KIND_VALUES).optional(),
      includeInactive: z.boolean().default(false),
      page,
      pageSize,
    }),
  ),
  'counterparties.get': method<T.CounterpartyDetail>()(z.object({ id })),
  'counterparties.create': method<T.Counterparty>()(counterpartyInput),
  'counterparties.update': method<T.Counterparty>()(counterpartyInput.extend({ id })),

  'invoices.list': method<T.Page<T.InvoiceRow>>()(
    invoiceFilters.extend({
      sort: z.enum(['due_asc', 'due_desc', 'number_asc', 'balance_desc']).default('due_asc'),
      page,
      pageSize,
    }),
  ),
  'invoices.get': method<T.InvoiceDetail>()(z.object({ id })),
  'invoices.create': method<T.InvoiceCreated>()(
    z.object({
      counterpartyId: id,
      direction,
      number: requiredText('El número de factura', 60),
      concept: text(500).default(''),
      period: period.nullable().default(null),
      issueDate: isoDate,
      radicacionDate: isoDate.nullable().default(null),
      /** Defaults to (radicación or issue date) + the default plazo de pago. */
      dueDate: isoDate.nullable().default(null),
      amountCents: positiveCents,
      idempotencyKey,
    }),
  ),

  'ledger.registerPayment': method<T.PostingResult>()(
    z.object({
      date: isoDate,
      reference: requiredText('La referencia del pago (recibo, transferencia)', 120),
      memo: text(500).default(''),
      allocations: z
        .array(z.object({ invoiceId: id, amountCents: positiveCents }))
        .min(1, 'Indique al menos una factura')
        .max(500, 'Como máximo 500 facturas por pago'),
      idempotencyKey,
    }),
  ),
  'ledger.reverse': method<T.PostingResult>()(
    z.object({
      entryId: id,
      reason: requiredText('El motivo de la reversión', 500).refine(
        (s) => s.length >= 5,
        'Explique el motivo (al menos 5 caracteres)',
      ),
      date: isoDate.optional(),
      idempotencyKey,
    }),
  ),
  'ledger.balance': method<T.BalanceSummary & { invoiceBalanceCents: number | null }>()(
    z
      .object({ invoiceId: id.optional(), counterpartyId: id.optional() })
      .refine((v) => v.invoiceId !== undefined || v.counterpartyId !== undefined, 'Indique invoiceId o counterpartyId'),
  ),
  'ledger.check': method<T.CheckReport>()(empty),

  'demo.load': method<T.DemoResult>()(
    z.object({ size: z.literal('small').default('small'), profile: profile.optional() }),
  ),

  ...documentsContract,
  ...casesContract,
  ...portabilidadContract,
  ...importsContract,
  ...carteraLedgerContract,
  ...carteraReportsContract,
  ...agreementsContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults optional). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (defaults applied). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Methods that only read: hosts may run them concurrently and the CLI prints them as-is. */
export const READ_ONLY_METHODS: ReadonlySet<Method> = new Set<Method>([
  'app.status',
  'settings.get',
  'assets.get',
  'counterparties.list',
  'counterparties.get',
  'invoices.list',
  'invoices.get',
  'ledger.balance',
  'ledger.check',
  'templates.list',
  'templates.get',
  'templates.preview',
  'documents.list',
  'documents.get',
  'documents.pdf',
  'bitacora.list',
  'bitacora.get',
  'files.read',
  'jobs.cancel',
  'cases.list',
  'cases.get',
  'cases.deadlines',
  'portabilidad.view',
  'imports.batches',
  'imports.rows',
  'imports.mappings.list',
  ...CARTERA_LEDGER_READ_ONLY,
  ...CARTERA_REPORTS_READ_ONLY,
  ...AGREEMENTS_READ_ONLY,
]);

/**
 * Long work (PDF rendering, batches, exports): the handler is async, opens
 * its own short transactions, reports 'job.progress' events and can be
 * cancelled with 'jobs.cancel' by the jobId the caller chose.
 */
export const JOB_METHODS: ReadonlySet<Method> = new Set<Method>([
  'templates.previewPdf',
  'documents.preview',
  'documents.issue',
  'documents.issueBatch',
  'bitacora.export',
  'portabilidad.export',
  'portabilidad.impagablesReport',
  'imports.inspect',
  'imports.run',
  'invoices.import',
  ...CARTERA_LEDGER_JOBS,
  ...CARTERA_REPORTS_JOBS,
  ...AGREEMENTS_JOBS,
]);
export type JobMethod =
  | 'templates.previewPdf'
  | 'documents.preview'
  | 'documents.issue'
  | 'documents.issueBatch'
  | 'bitacora.export'
  | 'portabilidad.export'
  | 'portabilidad.impagablesReport'
  | 'imports.inspect'
  | 'imports.run'
  | 'invoices.import'
  | (typeof CARTERA_LEDGER_JOBS)[number]
  | (typeof CARTERA_REPORTS_JOBS)[number]
  | (typeof AGREEMENTS_JOBS)[number];
export type SyncMethod = Exclude<Method, JobMethod>;
