/** The small demo for perfil CO: the payers of an E.S.E., their invoices and payments. */
import type { DemoResult, Institution } from '../../shared/api/types';
import { addDays } from '../../shared/domain/dates';
import { splitCents } from '../../shared/domain/money';
import type { ServiceContext } from '../core/context';
import * as counterparties from '../modules/counterparties/service';
import { CO_PAYERS } from './data/co';
import type { CoPayer } from './data/co-payer';
import { Rng } from './data/random';
import {
  type PlannedInvoice,
  type RefMaker,
  bouncedTransfer,
  execute,
  lastDayOf,
  monthBefore,
  parse,
  paymentOps,
  planPayments,
} from './payment-plans';

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

export function loadCo(ctx: ServiceContext, inst: Institution): DemoResult {
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
