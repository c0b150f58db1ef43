/** The small demo for perfil MX: the other states as counterparties, their hojas de cálculo invoiced and paid. */
import { DemoErrorCodes, SettingsErrorCodes } from '../../shared/api/errors-settings';
import { DomainError } from '../../shared/api/errors';
import type { DemoResult, Institution } from '../../shared/api/types';
import { ENTIDADES_FEDERATIVAS } from '../../shared/domain/catalogs';
import { addDays, daysBetween } from '../../shared/domain/dates';
import type { ServiceContext } from '../core/context';
import * as counterparties from '../modules/counterparties/service';
import { clabe, MX_BANKS } from './data/ids';
import { MX_CARE_TYPES } from './data/mx';
import { MX_STATE_CONTACTS, type StateContact } from './data/mx-states';
import { Rng } from './data/random';
import {
  type PlannedInvoice,
  type RefMaker,
  bouncedTransfer,
  execute,
  lastDayOf,
  minDate,
  monthBefore,
  pad,
  parse,
  paymentOps,
  planPayments,
} from './payment-plans';

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

export function loadMx(ctx: ServiceContext, inst: Institution): DemoResult {
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
