/**
 * Demo data ("datos de ejemplo") for the first run and for training.
 *
 * Everything is written through the same service functions a person's
 * commands use (counterparties.update/create, invoices.create,
 * ledger.registerPayment, ledger.reverse), with inputs parsed by the API
 * contract, inside the caller's one transaction: demo data obeys every rule
 * and a failure leaves nothing behind. Randomness is a seeded PRNG and dates
 * are relative to ctx.today(), so the same day gives the same data.
 * Idempotency keys start with "demo-"; a second load is refused.
 */
import type { z } from 'zod';
import { DemoErrorCodes, SettingsErrorCodes } from '../../shared/api/errors-settings';
import { contract, type Input, type Method, type ParsedInput } from '../../shared/api/contract';
import { DomainError } from '../../shared/api/errors';
import type { DemoResult, Institution, Profile } from '../../shared/api/types';
import { ENTIDADES_FEDERATIVAS } from '../../shared/domain/catalogs';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { splitCents } from '../../shared/domain/money';
import type { ServiceContext } from '../core/context';
import * as counterparties from '../modules/counterparties/service';
import { CO_PAYERS, type CoPayer } from './data/co';
import { clabe, MX_BANKS } from './data/ids';
import { MX_CARE_TYPES, MX_STATE_CONTACTS, type StateContact } from './data/mx';
import { Rng } from './data/random';
import * as invoices from '../modules/invoices/service';
import * as ledger from '../modules/ledger/service';
import { loadDemoCases } from './cases';
import { loadDemoCorrespondence, loadDemoMemoAddressees } from './correspondence';
import { requireInstitution } from '../modules/settings/service';

export const DEMO_KEY_PREFIX = 'demo-';

export { DemoErrorCodes };

/** Parses a service input with the API contract, exactly as the dispatcher would. */
function parse<M extends Method>(method: M, raw: Input<M>): ParsedInput<M> {
  return (contract[method].input as z.ZodType).parse(raw) as ParsedInput<M>;
}

/** Any posting with a demo key means the demo was already loaded (GLOB uses the unique index). */
function demoAlreadyLoaded(ctx: ServiceContext): boolean {
  return Boolean(
    ctx.sqlite.prepare(`SELECT 1 FROM postings WHERE idempotency_key GLOB ? LIMIT 1`).get(`${DEMO_KEY_PREFIX}*`),
  );
}

// ── dates ────────────────────────────────────────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM' of the month `n` months before the month of `date`. */
function monthBefore(date: string, n: number): string {
  const idx = Number.parseInt(date.slice(0, 4), 10) * 12 + Number.parseInt(date.slice(5, 7), 10) - 1 - n;
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
}

function lastDayOf(period: string): string {
  const y = Number.parseInt(period.slice(0, 4), 10);
  const m = Number.parseInt(period.slice(5, 7), 10);
  return `${period}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const clampDate = (d: string, lo: string, hi: string) => minDate(maxDate(d, lo), hi);

// ── plans ────────────────────────────────────────────────────────────────

interface PlannedPayment {
  date: string;
  amountCents: number;
  reference: string;
  memo: string;
  /** A single full payment that may be merged with others of the same quarter into one transfer. */
  mergeable: boolean;
}

interface PlannedInvoice {
  counterpartyId: number;
  direction: 'receivable' | 'payable';
  number: string;
  concept: string;
  period: string | null;
  issueDate: string;
  radicacionDate: string | null;
  /** null: the service computes it from the institution's default plazo. */
  dueDate: string | null;
  /** The due date the service will store (for planning payments). */
  effectiveDue: string;
  amountCents: number;
  payments: PlannedPayment[];
  invoiceId?: number;
}

interface PaymentOp {
  kind: 'payment';
  key: string;
  date: string;
  reference: string;
  memo: string;
  allocations: { invoice: PlannedInvoice; amountCents: number }[];
}

interface ReversalOp {
  kind: 'reversal';
  key: string;
  date: string;
  /** The payment op whose (single) entry is reversed. */
  target: PaymentOp;
  reason: string;
}

type Op = PaymentOp | ReversalOp;

interface Outcome {
  /** Probability of being fully paid, by how long past due the invoice is. */
  full: number;
  partial: number;
}

function outcomeFor(overdueDays: number, reliability: number): Outcome {
  if (overdueDays > 120) return { full: 0.7 * reliability, partial: 0.15 };
  if (overdueDays > 45) return { full: 0.55 * reliability, partial: 0.15 };
  if (overdueDays > 0) return { full: 0.3 * reliability, partial: 0.15 };
  return { full: 0.1 * reliability, partial: 0.05 };
}

type RefMaker = (rng: Rng, date: string) => { reference: string; memo: string };

/** Abonos for one invoice: none, partial (one or two) or full (one, sometimes in two transfers). */
function planPayments(rng: Rng, inv: PlannedInvoice, today: string, reliability: number, ref: RefMaker): void {
  const start = inv.radicacionDate ?? inv.issueDate;
  const earliest = minDate(addDays(start, 3), today);
  const overdue = daysBetween(inv.effectiveDue, today);
  const { full, partial } = outcomeFor(overdue, reliability);
  const roll = rng.next();
  const payment = (date: string, amountCents: number, mergeable: boolean): PlannedPayment => ({
    date,
    amountCents,
    mergeable,
    ...ref(rng, date),
  });
  if (roll < full) {
    const date = clampDate(addDays(inv.effectiveDue, rng.int(-20, 45)), earliest, today);
    if (rng.chance(0.2)) {
      const [a, b] = splitCents(inv.amountCents, [rng.int(30, 70), 100]);
      const second = clampDate(addDays(date, rng.int(10, 50)), date, today);
      inv.payments.push(payment(date, a!, false), payment(second, b!, false));
    } else {
      inv.payments.push(payment(date, inv.amountCents, true));
    }
  } else if (roll < full + partial) {
    const date = clampDate(addDays(inv.effectiveDue, rng.int(-10, 40)), earliest, today);
    const [paid] = splitCents(inv.amountCents, [rng.int(20, 75), 100]);
    if (rng.chance(0.35)) {
      const [a, b] = splitCents(paid!, [rng.int(40, 60), 100]);
      const second = clampDate(addDays(date, rng.int(15, 60)), date, today);
      inv.payments.push(payment(date, a!, false), payment(second, b!, false));
    } else {
      inv.payments.push(payment(date, paid!, false));
    }
  }
}

/**
 * Turns planned abonos into payment commands: single full payments of one
 * counterparty in the same quarter often arrive as one transfer (one posting
 * over several invoices), as the compensations do.
 */
function paymentOps(plans: PlannedInvoice[], prefix: string, rng: Rng): PaymentOp[] {
  const ops: PaymentOp[] = [];
  const groups = new Map<string, { invoice: PlannedInvoice; p: PlannedPayment }[]>();
  for (const inv of plans) {
    for (const p of inv.payments) {
      if (p.mergeable && rng.chance(0.7)) {
        const month = Number.parseInt(p.date.slice(5, 7), 10);
        const g = `${inv.counterpartyId}|${inv.direction}|${p.date.slice(0, 4)}-T${Math.ceil(month / 3)}`;
        groups.set(g, [...(groups.get(g) ?? []), { invoice: inv, p }]);
      } else {
        ops.push({
          kind: 'payment',
          key: '',
          date: p.date,
          reference: p.reference,
          memo: p.memo,
          allocations: [{ invoice: inv, amountCents: p.amountCents }],
        });
      }
    }
  }
  for (const members of groups.values()) {
    const last = members.reduce((a, b) => (b.p.date > a.p.date ? b : a));
    ops.push({
      kind: 'payment',
      key: '',
      date: last.p.date,
      reference: last.p.reference,
      memo: members.length > 1 ? `${last.p.memo} (${members.length} facturas)` : last.p.memo,
      allocations: members.map((m) => ({ invoice: m.invoice, amountCents: m.p.amountCents })),
    });
  }
  // Chronological, then by first invoice number: a stable, reproducible order.
  ops.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.allocations[0]!.invoice.number.localeCompare(b.allocations[0]!.invoice.number),
  );
  ops.forEach((op, i) => (op.key = `${prefix}-pago-${pad(i + 1, 4)}`));
  return ops;
}

/**
 * A transfer that bounced: the abono is reversed with its reason and the
 * money arrives again a week later under a new reference.
 */
function bouncedTransfer(
  ops: PaymentOp[],
  today: string,
  prefix: string,
  reason: string,
  rng: Rng,
  newRef: RefMaker,
): Op[] {
  const candidates = ops.filter(
    (op) =>
      op.allocations.length === 1 &&
      op.allocations[0]!.invoice.direction === 'receivable' &&
      op.allocations[0]!.amountCents === op.allocations[0]!.invoice.amountCents &&
      daysBetween(op.date, today) >= 30,
  );
  const all: Op[] = [...ops];
  const target = candidates.length ? rng.pick(candidates) : undefined;
  if (target) {
    const alloc = target.allocations[0]!;
    const reversalDate = addDays(target.date, 3);
    all.push({ kind: 'reversal', key: `${prefix}-reversion-0001`, date: reversalDate, target, reason });
    const again = addDays(target.date, 10);
    all.push({
      kind: 'payment',
      key: `${prefix}-pago-reenvio-0001`,
      date: again,
      allocations: [{ ...alloc }],
      ...newRef(rng, again),
    });
  }
  // Stable sort: same-day operations keep their order (payment, then its reversal).
  return all.sort((a, b) => a.date.localeCompare(b.date));
}

/** Registers invoices (in issue order) and then the payments and reversals (in date order). */
function execute(
  ctx: ServiceContext,
  plans: PlannedInvoice[],
  ops: Op[],
  prefix: string,
): { invoices: number; entries: number } {
  let entries = 0;
  plans.forEach((inv, i) => {
    const created = invoices.create(
      ctx,
      parse('invoices.create', {
        counterpartyId: inv.counterpartyId,
        direction: inv.direction,
        number: inv.number,
        concept: inv.concept,
        period: inv.period,
        issueDate: inv.issueDate,
        radicacionDate: inv.radicacionDate,
        dueDate: inv.dueDate,
        amountCents: inv.amountCents,
        idempotencyKey: `${prefix}-factura-${pad(i + 1, 4)}`,
      }),
    );
    inv.invoiceId = created.invoice.id;
    entries += created.entries.length;
  });
  const entryOf = new Map<PaymentOp, number>();
  for (const op of ops) {
    if (op.kind === 'payment') {
      const r = ledger.registerPayment(
        ctx,
        parse('ledger.registerPayment', {
          date: op.date,
          reference: op.reference,
          memo: op.memo,
          allocations: op.allocations.map((a) => ({ invoiceId: a.invoice.invoiceId!, amountCents: a.amountCents })),
          idempotencyKey: op.key,
        }),
      );
      entries += r.entries.length;
      if (r.entries.length === 1) entryOf.set(op, r.entries[0]!.id);
    } else {
      const entryId = entryOf.get(op.target);
      if (entryId === undefined) throw new Error('demo: la reversión apunta a un pago no registrado');
      const r = ledger.reverse(
        ctx,
        parse('ledger.reverse', { entryId, reason: op.reason, date: op.date, idempotencyKey: op.key }),
      );
      entries += r.entries.length;
    }
  }
  return { invoices: plans.length, entries };
}

// ── perfil MX ────────────────────────────────────────────────────────────

const MX_RECEIVABLE = 150;
const MX_PAYABLE = 80;
const MX_WITH_ADDRESSEE = 12;

/** Amount of a 32x32 hoja de cálculo, in centavos: mostly tens to hundreds of thousands of pesos. */
function mxAmount(rng: Rng): number {
  const [lo, hi] = rng.weighted<readonly [number, number]>([
    [[8_000, 60_000], 40],
    [[60_000, 350_000], 35],
    [[350_000, 1_500_000], 20],
    [[1_500_000, 4_800_000], 5],
  ]);
  return rng.int(lo * 100, hi * 100);
}

function stateName(inegi: string): string {
  return ENTIDADES_FEDERATIVAS.find((e) => e.inegi === inegi)?.name ?? inegi;
}

function loadMx(ctx: ServiceContext, inst: Institution): DemoResult {
  const rng = new Rng('demo-mx-v1');
  const today = ctx.today();
  const prefix = 'demo-mx';
  const own = inst.ownStateCode;
  if (!own)
    throw new DomainError(
      SettingsErrorCodes.noState,
      'Indique en Configuración la entidad federativa de la institución antes de cargar los datos de ejemplo.',
    );
  const ownState = ENTIDADES_FEDERATIVAS.find((e) => e.inegi === own)!;

  const states = counterparties.list(
    ctx,
    parse('counterparties.list', { kind: 'entidad_federativa', includeInactive: true, pageSize: 100 }),
  ).rows;
  const byInegi = new Map(states.filter((s) => s.inegiCode && s.inegiCode !== own).map((s) => [s.inegiCode!, s]));
  if (byInegi.size !== 31) {
    throw new DomainError(
      DemoErrorCodes.missingCatalog,
      'El catálogo de entidades federativas está incompleto; no se cargaron los datos de ejemplo.',
    );
  }

  // 1. Addressee, contact and bank data for twelve states (edited as a person would).
  const contacts = MX_STATE_CONTACTS.filter((c) => c.inegi !== own).slice(0, MX_WITH_ADDRESSEE);
  const contactOf = new Map<string, StateContact>();
  for (const c of contacts) {
    const current = counterparties.get(ctx, { id: byInegi.get(c.inegi)!.id });
    const bank = MX_BANKS.find((b) => b.code === c.bankCode) ?? MX_BANKS[0];
    const { clabe: bankClabe, account } = clabe(rng, bank.code);
    const {
      id,
      kind,
      name,
      shortName,
      taxId,
      naturalezaJuridica,
      abbreviation,
      stateName: sn,
      intervenida,
      enLiquidacion,
      bdme,
      active,
    } = current;
    counterparties.update(
      ctx,
      parse('counterparties.update', {
        id,
        kind,
        name,
        shortName: shortName || name,
        taxId,
        naturalezaJuridica,
        abbreviation,
        intervenida,
        enLiquidacion,
        bdme,
        active,
        addresseeTitle: c.title,
        addresseeName: c.name,
        addresseePosition: c.position,
        street: c.street,
        colony: c.colony,
        city: c.city,
        stateName: sn,
        postalCode: c.postalCode,
        phone: c.phone,
        email: `portabilidad@${c.emailDomain}`,
        contacts: [{ ...c.enlace, email: `enlace.portabilidad@${c.emailDomain}` }],
        bankName: bank.name,
        bankAccount: account,
        bankClabe,
        bankDenomination: c.organization,
        notes: c.plazoDias ? `Plazo de pago convenido: ${c.plazoDias} días naturales a partir de la radicación.` : '',
      }),
    );
    contactOf.set(c.inegi, c);
  }

  // 2. Invoices: mostly with the twelve states above, some with others.
  const others = [...byInegi.keys()].filter((k) => !contactOf.has(k));
  const weights: [string, number][] = [...contactOf.keys()]
    .map((k) => [k, 6] as [string, number])
    .concat(others.map((k) => [k, 1] as [string, number]));
  const plazo = (inegi: string) => contactOf.get(inegi)?.plazoDias;

  const speiRef: (from: string) => RefMaker = (who) => (r) => ({ reference: `SPEI ${r.digits(10)}`, memo: who });

  const plan = (direction: 'receivable' | 'payable'): PlannedInvoice => {
    const inegi = rng.weighted(weights);
    const cp = byInegi.get(inegi)!;
    // Recent periods weigh more: the open backlog is mostly from the last months.
    const period = monthBefore(today, rng.chance(0.25) ? rng.int(1, 3) : rng.int(4, 22));
    let issueDate = addDays(lastDayOf(period), rng.int(20, 75));
    if (issueDate >= today) issueDate = addDays(today, -rng.int(1, 10));
    const radicacion = addDays(issueDate, rng.int(2, 12));
    const radicacionDate = radicacion <= today ? radicacion : null;
    const days = plazo(inegi);
    const effectiveDue = addDays(radicacionDate ?? issueDate, days ?? inst.defaultPaymentTermDays);
    const care = rng.weighted<string>([
      ['Atención médica', 8],
      ...MX_CARE_TYPES.map((t) => [t, 1] as [string, number]),
    ]);
    const concept =
      direction === 'receivable'
        ? `${care} a afiliados de ${stateName(inegi)} — periodo ${period} (Convenio 32x32)`
        : `${care} a afiliados de ${ownState.name} atendidos en ${stateName(inegi)} — periodo ${period} (Convenio 32x32)`;
    return {
      counterpartyId: cp.id,
      direction,
      number: '',
      concept,
      period,
      issueDate,
      radicacionDate,
      dueDate: days ? effectiveDue : null,
      effectiveDue,
      amountCents: mxAmount(rng),
      payments: [],
    };
  };

  const receivables = Array.from({ length: MX_RECEIVABLE }, () => plan('receivable'));
  const payables = Array.from({ length: MX_PAYABLE }, () => plan('payable'));
  const byIssue = (a: PlannedInvoice, b: PlannedInvoice) =>
    a.issueDate.localeCompare(b.issueDate) || a.counterpartyId - b.counterpartyId;
  receivables.sort(byIssue);
  payables.sort(byIssue);

  // Our numbering: "JAL-2025-0142", consecutive per year with the gaps of invoices not in the demo.
  const ownSeq = new Map<string, number>();
  for (const inv of receivables) {
    const year = inv.issueDate.slice(0, 4);
    const next = (ownSeq.get(year) ?? rng.int(60, 120)) + rng.int(1, 4);
    ownSeq.set(year, next);
    inv.number = `${ownState.abbr}-${year}-${pad(next, 4)}`;
  }
  // The creditor's numbering on what we owe: "ZAC-2025-0087".
  const theirSeq = new Map<string, number>();
  for (const inv of payables) {
    const cp = states.find((s) => s.id === inv.counterpartyId)!;
    const k = `${cp.id}|${inv.issueDate.slice(0, 4)}`;
    const next = (theirSeq.get(k) ?? rng.int(20, 300)) + rng.int(1, 9);
    theirSeq.set(k, next);
    inv.number = `${cp.abbreviation}-${inv.issueDate.slice(0, 4)}-${pad(next, 4)}`;
  }

  const orgName = (id: number) => {
    const s = states.find((x) => x.id === id)!;
    return contactOf.get(s.inegiCode ?? '')?.organization ?? `Servicios de Salud de ${s.name}`;
  };
  for (const inv of receivables) {
    const old = daysBetween(inv.effectiveDue, today) > 150;
    // Long-unpaid cobros are sometimes settled by the national guarantee (cuota social).
    const guarantee: RefMaker = (r, date) => ({
      reference: `Cuota social CNPSS ${date.slice(0, 4)}-${pad(r.int(1, 60), 3)}`,
      memo: `Pago por ejecución de garantía de pago (cuota social) — ${orgName(inv.counterpartyId)}`,
    });
    if (old && rng.chance(0.12)) {
      // Requested from day 120 after the facturas were sent; the commission pays weeks later.
      const date = minDate(addDays(inv.radicacionDate ?? inv.issueDate, rng.int(150, 220)), today);
      inv.payments.push({ date, amountCents: inv.amountCents, mergeable: false, ...guarantee(rng, date) });
    } else {
      planPayments(rng, inv, today, 1, speiRef(`Transferencia recibida de ${orgName(inv.counterpartyId)}`));
    }
  }
  for (const inv of payables)
    planPayments(
      rng,
      inv,
      today,
      1.1,
      speiRef(`Pago a ${orgName(inv.counterpartyId)} por atención a afiliados de ${ownState.name}`),
    );

  const plans = [...receivables, ...payables];
  const ops = bouncedTransfer(
    paymentOps(plans, prefix, rng),
    today,
    prefix,
    'SPEI devuelto por el banco emisor: la CLABE del beneficiario no coincidía con la registrada. La entidad reenvió la transferencia.',
    rng,
    (r) => ({ reference: `SPEI ${r.digits(10)}`, memo: 'Reenvío de transferencia devuelta' }),
  );
  const done = execute(ctx, plans, ops, prefix);
  return { counterparties: contacts.length, ...done };
}

// ── perfil CO ────────────────────────────────────────────────────────────

const CO_INVOICES = 250;

const CO_SERVICES = [
  'urgencias',
  'hospitalización',
  'consulta externa',
  'cirugía ambulatoria',
  'UCI adultos',
  'apoyo diagnóstico y laboratorio',
  'atención del parto',
] as const;

function coConcept(rng: Rng, payer: CoPayer, period: string): string {
  const service = rng.pick(CO_SERVICES);
  switch (payer.input.kind) {
    case 'eps': {
      const regimen =
        payer.input.naturalezaJuridica === 'eps_subsidiada' ? 'régimen subsidiado' : 'régimen contributivo';
      return `Prestación de servicios de salud (${service}) a afiliados del ${regimen} — periodo ${period}`;
    }
    case 'aseguradora':
      if (payer.key === 'adres')
        return `Reclamación ECAT: atención a víctima de accidente de tránsito con vehículo no identificado — radicado ${rng.digits(8)}`;
      if (payer.input.naturalezaJuridica === 'arl')
        return `Atención por accidente de trabajo (${service}) — periodo ${period}`;
      return `Atención inicial de urgencias a víctima de accidente de tránsito — póliza SOAT ${rng.digits(11)}`;
    case 'ente_territorial':
      return `Atención a población pobre no asegurada y migrantes (${service}) — periodo ${period}`;
    case 'persona_natural':
      return `Servicios particulares de ${service} — pagaré No. ${rng.digits(5)}`;
    case 'ips':
      return `Servicios de apoyo diagnóstico a pacientes remitidos (contrato interadministrativo) — periodo ${period}`;
    default:
      return `Servicios de salud a afiliados del Subsistema de Salud de las Fuerzas Militares (${service}) — periodo ${period}`;
  }
}

function coReference(payer: CoPayer): RefMaker {
  return (rng, date) => {
    if (payer.input.naturalezaJuridica === 'eps_subsidiada' && rng.chance(0.7)) {
      return {
        reference: `Giro directo ADRES ${date.slice(0, 7)}`,
        memo: `Giro directo de ${payer.input.shortName ?? payer.input.name}`,
      };
    }
    if (payer.input.kind === 'persona_natural') {
      return { reference: `Recibo de caja RC-${rng.digits(6)}`, memo: `Pago en ventanilla — ${payer.input.name}` };
    }
    return {
      reference: `Transferencia Bancolombia ${rng.digits(10)}`,
      memo: `Pago de ${payer.input.shortName || payer.input.name}`,
    };
  };
}

function loadCo(ctx: ServiceContext, inst: Institution): DemoResult {
  const rng = new Rng('demo-co-v1');
  const today = ctx.today();
  const prefix = 'demo-co';

  const created = CO_PAYERS.map((p) => ({
    payer: p,
    id: counterparties.create(ctx, parse('counterparties.create', p.input)).id,
  }));
  const weights = created.map((c) => [c, c.payer.weight] as const);

  const plans: PlannedInvoice[] = [];
  const reliability = new Map<PlannedInvoice, CoPayer>();
  for (let i = 0; i < CO_INVOICES; i++) {
    const { payer, id } = rng.weighted(weights);
    const period = monthBefore(today, rng.int(1, 22));
    let issueDate = addDays(lastDayOf(period), rng.int(3, 25));
    if (issueDate >= today) issueDate = addDays(today, -rng.int(1, 7));
    const radicacion = payer.input.kind === 'persona_natural' ? issueDate : addDays(issueDate, rng.int(2, 20));
    const radicacionDate = radicacion <= today ? radicacion : null;
    // COP invoices in whole pesos, log-spread so small ones are common and large ones rare.
    const bucket = rng.weighted<number>([
      [0, 50],
      [1, 30],
      [2, 15],
      [3, 5],
    ]);
    const span = payer.maxPesos - payer.minPesos;
    const [lo, hi] = splitCents(span, [1, 3, 6, 20]).reduce<[number, number][]>((acc, part) => {
      const from = acc.length ? acc[acc.length - 1]![1] : payer.minPesos;
      acc.push([from, from + part]);
      return acc;
    }, [])[bucket]!;
    const inv: PlannedInvoice = {
      counterpartyId: id,
      direction: 'receivable',
      number: '',
      concept: coConcept(rng, payer, period),
      period,
      issueDate,
      radicacionDate,
      dueDate: null,
      effectiveDue: addDays(radicacionDate ?? issueDate, inst.defaultPaymentTermDays),
      amountCents: rng.int(lo, hi) * 100,
      payments: [],
    };
    plans.push(inv);
    reliability.set(inv, payer);
  }
  // The ends of the range: a small particular bill and one large EPS invoice.
  const payerOf = (inv: PlannedInvoice) => reliability.get(inv)!;
  const smallest = plans.find((p) => payerOf(p).input.kind === 'persona_natural');
  if (smallest) smallest.amountCents = 5_000_000;
  const largest = plans.find((p) => payerOf(p).key === 'nueva-eps');
  if (largest) largest.amountCents = 40_000_000_000;
  plans.sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.counterpartyId - b.counterpartyId);
  let seq = 100_000 + rng.int(100, 400);
  for (const inv of plans) {
    seq += rng.int(1, 6);
    inv.number = `FE-${seq}`;
  }
  for (const inv of plans) {
    const payer = reliability.get(inv)!;
    planPayments(rng, inv, today, payer.pays, coReference(payer));
  }

  const ops = bouncedTransfer(
    paymentOps(plans, prefix, rng),
    today,
    prefix,
    'Recibo de caja anulado: la consignación correspondía a otra IPS (pago mal identificado); se reclasificó como pago por aplicar.',
    rng,
    (r) => ({
      reference: `Transferencia Bancolombia ${r.digits(10)}`,
      memo: 'Pago identificado tras conciliación con la entidad',
    }),
  );
  const done = execute(ctx, plans, ops, prefix);
  return { counterparties: created.length, ...done };
}

/**
 * Loads the small demo for the institution's profile, inside the caller's
 * transaction. Refused with `demo/ya-cargada` when it was loaded before, and
 * with `demo/perfil-distinto` when `requestedProfile` is not the institution's.
 */
export function loadDemoSmall(ctx: ServiceContext, requestedProfile?: Profile): DemoResult {
  const inst = requireInstitution(ctx);
  if (requestedProfile && requestedProfile !== inst.profile) {
    throw new DomainError(
      DemoErrorCodes.otherProfile,
      `La institución tiene el perfil ${inst.profile}; no se pueden cargar datos de ejemplo del perfil ${requestedProfile}.`,
    );
  }
  if (demoAlreadyLoaded(ctx)) {
    throw new DomainError(
      DemoErrorCodes.alreadyLoaded,
      'Los datos de ejemplo ya están cargados en este archivo; no se cargaron de nuevo para no duplicar facturas ni pagos.',
    );
  }
  const result = inst.profile === 'MX' ? loadMx(ctx, inst) : loadCo(ctx, inst);
  loadDemoMemoAddressees(ctx, inst);
  loadDemoCorrespondence(ctx, inst);
  if (inst.profile === 'MX') loadDemoCases(ctx);
  return result;
}
