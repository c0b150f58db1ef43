/**
 * The benchmark data set: ~2,000 counterparties and a million invoices with
 * about three million ledger entries, generated deterministically (seeded
 * Rng) and written through db/repositories/bulk.ts. Used by
 * `cli demo --size big` and `npm run bench` via loadDemoBig (demo-cli.ts).
 */
import { addDays } from '../../shared/domain/dates';
import { splitCents } from '../../shared/domain/money';
import type { Profile } from '../../shared/api/types';
import type { BulkEntry, BulkWriter } from '../../db/repositories/bulk';
import { WeightedTable, type Rng } from './data/random';
import { type GenCounterparty } from './big-counterparties';

export interface BigDemoProgress {
  invoices: number;
  total: number;
  entries: number;
  seconds: number;
}

/** Extra entries per invoice, shuffled per block of 20: mean exactly 2 (3 entries per invoice with the cargo). */
const EXTRAS_PATTERN = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4] as const;

const REVERSAL_REASONS = [
  'Abono aplicado por error a esta factura; corresponde a otra del mismo deudor.',
  'Transferencia devuelta por el banco: cuenta del beneficiario no coincide.',
  'Movimiento registrado por duplicado.',
  'Nota registrada con importe equivocado; se registra de nuevo.',
] as const;

export interface BigGenerator {
  run(): AsyncGenerator<BigDemoProgress>;
  totals(): { invoices: number; postings: number; entries: number };
}

export function bigGenerator(
  writer: BulkWriter,
  rng: Rng,
  opts: {
    profile: Profile;
    ownAbbr: string;
    today: string;
    invoices: number;
    chunkSize: number;
    counterparties: GenCounterparty[];
  },
): BigGenerator {
  const { profile, ownAbbr, today, invoices: total, chunkSize, counterparties } = opts;
  const spanDays = 3 * 365;
  const start = addDays(today, -spanDays);
  // Day index → 'YYYY-MM-DD' (the generator works on integer day offsets).
  const dayStr: string[] = [];
  for (let d = 0; d <= spanDays + 200; d++) dayStr.push(addDays(start, d));
  const todayIdx = spanDays;
  // Skewed volumes: a few counterparties carry much of the portfolio.
  const table = new WeightedTable(
    counterparties,
    counterparties.map((c, i) => (c.kind === 'entidad' ? 40 : 1) / Math.pow(i + 1, c.kind === 'entidad' ? 0.2 : 0.7)),
  );

  let invoiceSeq = 0;
  let postingSeq = 0;
  let entries = 0;
  const numberSeq = new Map<string, number>();
  let noteSeq = 0;
  let block: number[] = [];

  const nextExtras = (): number => {
    if (block.length === 0) block = rng.shuffle([...EXTRAS_PATTERN]);
    return block.pop()!;
  };
  const nextNumber = (key: string) => {
    const n = (numberSeq.get(key) ?? 0) + 1;
    numberSeq.set(key, n);
    return n;
  };
  const percentOf = (cents: number, pct: number) => splitCents(cents, [pct, 100 - pct])[0]!;
  // Zero-padded so keys grow in index order (appends, not scattered inserts).
  const postingKey = () => `demo-big-${String(++postingSeq).padStart(8, '0')}`;

  const amountFor = (c: GenCounterparty): number => {
    const span = c.maxPesos - c.minPesos;
    const bucket = rng.weighted<number>([
      [0, 50],
      [1, 30],
      [2, 15],
      [3, 5],
    ]);
    const lo = c.minPesos + [0, span / 30, (4 * span) / 30, (10 * span) / 30][bucket]!;
    const hi = c.minPesos + [span / 30, (4 * span) / 30, (10 * span) / 30, span][bucket]!;
    const pesos = rng.int(Math.floor(lo), Math.floor(hi));
    return profile === 'MX' ? pesos * 100 + rng.int(0, 99) : pesos * 100;
  };

  const conceptFor = (c: GenCounterparty, direction: 'receivable' | 'payable', period: string): string => {
    if (profile === 'MX') {
      if (c.kind === 'entidad') {
        return direction === 'receivable'
          ? `Atención médica a afiliados de ${c.name} — periodo ${period} (Convenio 32x32)`
          : `Atención médica a afiliados propios en ${c.name} — periodo ${period} (Convenio 32x32)`;
      }
      return direction === 'receivable'
        ? `Servicios médicos subrogados — periodo ${period}`
        : `Servicios subrogados (${c.kind}) — periodo ${period}`;
    }
    switch (c.kind) {
      case 'eps':
        return `Prestación de servicios de salud a afiliados — periodo ${period}`;
      case 'aseguradora':
        return `Atención a víctima de accidente de tránsito (SOAT) — periodo ${period}`;
      case 'ente_territorial':
        return `Atención a población pobre no asegurada — periodo ${period}`;
      case 'persona_natural':
        return `Servicios particulares — periodo ${period}`;
      default:
        return direction === 'receivable'
          ? `Servicios a pacientes remitidos — periodo ${period}`
          : `Servicios contratados de apoyo diagnóstico — periodo ${period}`;
    }
  };

  const paymentRef = (dayIdx: number): string => {
    if (profile === 'MX') return `SPEI ${rng.int(1_000_000_000, 9_999_999_999)}`;
    const r = rng.next();
    if (r < 0.3) return `Giro directo ADRES ${dayStr[dayIdx]!.slice(0, 7)}`;
    if (r < 0.6) return `Recibo de caja RC-${rng.int(100_000, 999_999)}`;
    return `Transferencia ${rng.int(1_000_000_000, 9_999_999_999)}`;
  };

  interface Open {
    invoiceId: number;
    amount: number;
    balance: number;
    /** Non-reversal entries other than the cargo that can still be reversed. */
    reversible: { id: number; amount: number; reference: string }[];
    cargo: { id: number; reference: string };
    extras: number;
    firstDay: number;
    plazo: number;
  }

  const single = (
    o: Open,
    kind: BulkEntry['kind'],
    amount: number,
    day: number,
    reference: string,
    memo: string,
    method: string,
    reversesEntryId: number | null = null,
    reason = '',
  ): number => {
    const date = dayStr[day]!;
    const { entryIds } = writer.posting(
      {
        idempotencyKey: postingKey(),
        requestHash: 'demo-big',
        method,
        date,
        reference: reversesEntryId !== null ? `Reversión del movimiento ${reversesEntryId}` : reference,
        memo: reason || memo,
      },
      [{ invoiceId: o.invoiceId, kind, amountCents: amount, date, reference, memo, reversesEntryId, reason }],
    );
    entries++;
    o.balance += amount;
    return entryIds[0]!;
  };

  /** One extra event on an open invoice: abono, nota crédito/débito or a reversal, never taking the balance below zero. */
  const event = (o: Open, day: number, last: boolean): void => {
    const r = rng.next();
    // Only reversals that keep the balance at or above zero (reversing a nota débito lowers it).
    const reversible = () => o.reversible.filter((t) => o.balance - t.amount >= 0);
    const reverse = (candidates: Open['reversible']) => {
      const target = rng.pick(candidates);
      o.reversible.splice(o.reversible.indexOf(target), 1);
      single(
        o,
        'reversal',
        -target.amount,
        day,
        target.reference,
        '',
        'ledger.reverse',
        target.id,
        rng.pick(REVERSAL_REASONS),
      );
    };
    const debit = () => {
      const amt = Math.max(100, percentOf(o.amount, rng.int(1, 5)));
      const reference = `ND-${++noteSeq}`;
      o.reversible.push({
        id: single(o, 'nota_debito', amt, day, reference, 'Reliquidación de tarifa', 'ledger.registerNote'),
        amount: amt,
        reference,
      });
    };
    if (r < 0.06) {
      const candidates = reversible();
      if (candidates.length > 0) return reverse(candidates);
    }
    if (r < 0.13) return debit();
    if (o.balance <= 0) {
      const candidates = reversible();
      return candidates.length > 0 ? reverse(candidates) : debit();
    }
    if (r < 0.28) {
      const amt = Math.min(o.balance, Math.max(1, percentOf(o.amount, rng.int(1, 20))));
      const reference = `NC-${++noteSeq}`;
      o.reversible.push({
        id: single(o, 'nota_credito', -amt, day, reference, 'Glosa aceptada', 'ledger.registerNote'),
        amount: -amt,
        reference,
      });
      return;
    }
    // Paid off only by the last event: a balance reaching zero early would leave nothing to apply later events to.
    const full = last && rng.chance(0.6);
    const amt = full ? o.balance : Math.min(o.balance, Math.max(1, percentOf(o.balance, rng.int(15, 70))));
    const reference = paymentRef(day);
    o.reversible.push({
      id: single(o, 'abono', -amt, day, reference, full ? 'Pago total' : 'Abono parcial', 'ledger.registerPayment'),
      amount: -amt,
      reference,
    });
  };

  /** One batch: several invoices to one counterparty on one date, sometimes paid by one transfer. */
  const batch = (size: number, invoiceIndex: number): void => {
    const c = table.sample(rng);
    const direction: 'receivable' | 'payable' = rng.chance(c.receivableShare) ? 'receivable' : 'payable';
    const issueDay = Math.min(todayIdx - 1, Math.floor((invoiceIndex * spanDays) / total) + rng.int(0, 3));
    const radicDay = Math.min(todayIdx, issueDay + rng.int(1, 15));
    const plazo = rng.weighted<number>([
      [30, 60],
      [45, 15],
      [60, 15],
      [90, 10],
    ]);
    const issueDate = dayStr[issueDay]!;
    const year = issueDate.slice(0, 4);
    const period = dayStr[Math.max(0, issueDay - rng.int(20, 45))]!.slice(0, 7);
    const open: Open[] = [];
    for (let k = 0; k < size; k++) {
      const amount = amountFor(c);
      let number: string;
      if (profile === 'MX') {
        number =
          direction === 'receivable'
            ? `${ownAbbr}-${year}-${String(nextNumber(`r${year}`)).padStart(6, '0')}`
            : `${c.abbr}-${year}-${String(nextNumber(`p${c.id}|${year}`)).padStart(4, '0')}`;
      } else {
        number =
          direction === 'receivable' ? `FE-${100_000 + nextNumber('FE')}` : `FV-${c.id}-${nextNumber(`p${c.id}`)}`;
      }
      const concept = conceptFor(c, direction, period);
      const invoiceId = writer.invoice({
        counterpartyId: c.id,
        direction,
        number,
        concept,
        period,
        issueDate,
        radicacionDate: dayStr[radicDay]!,
        dueDate: dayStr[radicDay + plazo]!,
        amountCents: amount,
      });
      invoiceSeq++;
      const { entryIds } = writer.posting(
        {
          idempotencyKey: postingKey(),
          requestHash: 'demo-big',
          method: 'invoices.create',
          date: issueDate,
          reference: number,
          memo: concept,
        },
        [
          {
            invoiceId,
            kind: 'cargo',
            amountCents: amount,
            date: issueDate,
            reference: number,
            memo: concept,
            reversesEntryId: null,
            reason: '',
          },
        ],
      );
      entries++;
      open.push({
        invoiceId,
        amount,
        balance: amount,
        reversible: [],
        cargo: { id: entryIds[0]!, reference: number },
        extras: nextExtras(),
        firstDay: radicDay,
        plazo,
      });
    }

    // A single transfer over the batch: the first event of each invoice, as one posting.
    const payers = open.filter((o) => o.extras > 0);
    let firstDone = false;
    if (payers.length >= 2 && rng.chance(0.35)) {
      const day = Math.min(todayIdx, radicDay + rng.int(5, plazo + 40));
      const date = dayStr[day]!;
      const reference = paymentRef(day);
      const lines = payers.map((o) => ({
        o,
        amt: rng.chance(0.5) ? o.balance : percentOf(o.balance, rng.int(20, 80)),
      }));
      const { entryIds } = writer.posting(
        {
          idempotencyKey: postingKey(),
          requestHash: 'demo-big',
          method: 'ledger.registerPayment',
          date,
          reference,
          memo: `Pago global de ${lines.length} facturas`,
        },
        lines.map(({ o, amt }) => ({
          invoiceId: o.invoiceId,
          kind: 'abono',
          amountCents: -amt,
          date,
          reference,
          memo: 'Pago global',
          reversesEntryId: null,
          reason: '',
        })),
      );
      lines.forEach(({ o, amt }, i) => {
        o.balance -= amt;
        o.reversible.push({ id: entryIds[i]!, amount: -amt, reference });
        o.firstDay = day;
      });
      entries += lines.length;
      firstDone = true;
    }

    for (const o of open) {
      const startJ = firstDone && o.extras > 0 ? 1 : 0;
      // A lone extra is sometimes the annulment of the invoice (reversal of its cargo).
      if (startJ === 0 && o.extras === 1 && rng.chance(0.01)) {
        single(
          o,
          'reversal',
          -o.amount,
          Math.min(todayIdx, o.firstDay + rng.int(1, 20)),
          o.cargo.reference,
          '',
          'ledger.reverse',
          o.cargo.id,
          'Factura anulada: expedida por error; se sustituye por otra.',
        );
        continue;
      }
      let day = startJ === 0 ? Math.min(todayIdx, o.firstDay + rng.int(5, o.plazo + 40)) : o.firstDay;
      for (let j = startJ; j < o.extras; j++) {
        if (j > 0) day = Math.min(todayIdx, day + rng.int(3, 75));
        event(o, day, j === o.extras - 1);
      }
    }
  };

  return {
    totals: () => ({ invoices: invoiceSeq, postings: postingSeq, entries }),
    async *run() {
      const started = process.hrtime.bigint();
      while (invoiceSeq < total) {
        writer.transaction(() => {
          const stop = Math.min(total, invoiceSeq + chunkSize);
          while (invoiceSeq < stop) {
            const size = Math.min(
              total - invoiceSeq,
              rng.weighted<number>([
                [1, 40],
                [2, 20],
                [3, 15],
                [4, 10],
                [6, 10],
                [8, 5],
              ]),
            );
            batch(size, invoiceSeq);
          }
        });
        yield { invoices: invoiceSeq, total, entries, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
      }
    },
  };
}
