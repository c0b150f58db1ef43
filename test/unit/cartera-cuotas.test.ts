import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementStatus, applyPayments, type AgreementPayment } from '../../shared/domain/cartera/cuotas';
import { paymentSchedule } from '../../shared/domain/cartera/schedule';

// The agreement signed on 31 January 2025: cuota inicial 2,551,576.96 on 01-31,
// then 1,946,801.41 on 02-28, 03-31, 04-30 and 1,946,801.42 on 05-31.
const schedule = paymentSchedule({
  debtCents: 1_020_630_784,
  numeroCuotas: 4,
  signingDate: '2025-01-31',
  annualRate: '0.086',
});
const cuotas = schedule.cuotas.map((c) => ({
  numero: c.numero,
  dueDate: c.dueDate,
  cuotaCents: c.cuotaCents,
  interestCents: c.interestCents,
}));
const INICIAL = 255_157_696;
const CUOTA = 194_680_141;

const pay = (id: number, date: string, amountCents: number): AgreementPayment => ({ id, date, amountCents });
const estados = (asOf: string, payments: AgreementPayment[]) =>
  agreementStatus(cuotas, payments, asOf).cuotas.map((c) => c.state);

describe('applying payments to cuotas, oldest first', () => {
  it('one payment may cover several cuotas and part of the next', () => {
    const { applications, surplus } = applyPayments(cuotas, [pay(1, '2025-01-31', INICIAL + CUOTA + 100)]);
    expect(applications).toEqual([
      { paymentId: 1, paymentDate: '2025-01-31', numero: 0, amountCents: INICIAL },
      { paymentId: 1, paymentDate: '2025-01-31', numero: 1, amountCents: CUOTA },
      { paymentId: 1, paymentDate: '2025-01-31', numero: 2, amountCents: 100 },
    ]);
    expect(surplus).toEqual([]);
  });

  it('partial payments fill the oldest cuota first; payments are taken in date order', () => {
    const { applications } = applyPayments(cuotas, [pay(2, '2025-02-20', 1_000), pay(1, '2025-01-31', INICIAL - 500)]);
    expect(applications).toEqual([
      { paymentId: 1, paymentDate: '2025-01-31', numero: 0, amountCents: INICIAL - 500 },
      { paymentId: 2, paymentDate: '2025-02-20', numero: 0, amountCents: 500 },
      { paymentId: 2, paymentDate: '2025-02-20', numero: 1, amountCents: 500 },
    ]);
  });

  it('what exceeds the whole agreement is returned as surplus (pago por aplicar)', () => {
    const { surplus } = applyPayments(cuotas, [pay(1, '2025-01-31', schedule.totalCents + 7)]);
    expect(surplus).toEqual([{ paymentId: 1, amountCents: 7 }]);
  });

  it('a payment must be a positive whole number of centavos', () => {
    expect(() => applyPayments(cuotas, [pay(1, '2025-01-31', 0)])).toThrow(/mayor que cero/);
  });
});

describe('cuota states as of a date', () => {
  it('pendiente until the due date (a cuota due today is not vencida), vencida from the next day', () => {
    expect(estados('2025-01-31', [])).toEqual(['pendiente', 'pendiente', 'pendiente', 'pendiente', 'pendiente']);
    const s = agreementStatus(cuotas, [], '2025-02-01');
    expect(s.cuotas.map((c) => c.state)).toEqual(['vencida', 'pendiente', 'pendiente', 'pendiente', 'pendiente']);
    expect(s.cuotas[0]!.daysOverdue).toBe(1);
    expect(s.overdueCents).toBe(INICIAL);
    expect(s.aceleracion).toBeNull();
  });

  it('parcial, pagada (with the date it was completed), and payments after the date ignored', () => {
    const payments = [pay(1, '2025-01-31', INICIAL), pay(2, '2025-02-20', 100_000_000), pay(3, '2025-03-05', 1)];
    const s = agreementStatus(cuotas, payments, '2025-02-28');
    expect(s.cuotas.map((c) => c.state)).toEqual(['pagada', 'parcial', 'pendiente', 'pendiente', 'pendiente']);
    expect(s.cuotas[0]!.paidOn).toBe('2025-01-31');
    expect(s.cuotas[1]).toMatchObject({ paidCents: 100_000_000, balanceCents: CUOTA - 100_000_000, paidOn: null });
    expect(s.balanceCents).toBe(schedule.totalCents - INICIAL - 100_000_000);
    expect(s.applications.some((a) => a.paymentId === 3)).toBe(false);
  });

  it('a partly paid cuota past its due date is vencida', () => {
    expect(estados('2025-03-01', [pay(1, '2025-01-31', INICIAL), pay(2, '2025-02-20', 100_000_000)])).toEqual([
      'pagada',
      'vencida',
      'pendiente',
      'pendiente',
      'pendiente',
    ]);
  });
});

describe('aceleración: two cuotas overdue and unpaid', () => {
  const inicialPaid = [pay(1, '2025-01-31', INICIAL)];

  it('one overdue cuota is not enough', () => {
    expect(agreementStatus(cuotas, inicialPaid, '2025-03-31').aceleracion).toBeNull();
  });

  it('the day after the second lapses: whole balance due, less the intereses de plazo not yet earned', () => {
    const s = agreementStatus(cuotas, inicialPaid, '2025-04-01');
    expect(s.cuotas.map((c) => c.state)).toEqual(['pagada', 'vencida', 'vencida', 'pendiente', 'pendiente']);
    expect(s.aceleracion).toEqual({
      date: '2025-04-01',
      cuotasIncumplidas: [1, 2],
      unearnedInterestCents: 2_658_572 + 1_333_855,
      dueCents: CUOTA * 3 + (CUOTA + 1) - (2_658_572 + 1_333_855),
    });
    // 3 × 1,946,801.41 + 1,946,801.42 − 39,924.27 = 7,747,281.38: the financed 7,654,730.88 + the 92,550.50 of interest already earned.
    expect(s.aceleracion!.dueCents).toBe(765_473_088 + 5_280_838 + 3_974_212);
  });

  it('the unearned interest is fixed on the day of the aceleración: paying a cuota not yet due later does not make its interest owed', () => {
    const small = [
      { numero: 1, dueDate: '2025-01-01', cuotaCents: 100, interestCents: 0 },
      { numero: 2, dueDate: '2025-02-01', cuotaCents: 100, interestCents: 0 },
      { numero: 3, dueDate: '2025-03-01', cuotaCents: 100, interestCents: 10 },
      { numero: 4, dueDate: '2025-04-01', cuotaCents: 100, interestCents: 10 },
    ];
    const at = agreementStatus(small, [], '2025-02-02');
    expect(at.aceleracion).toMatchObject({ date: '2025-02-02', unearnedInterestCents: 20, dueCents: 380 });
    const payments = [pay(1, '2025-02-10', 200), pay(2, '2025-02-20', 100)];
    // Cuotas 1–3 paid (300, with cuota 3's 10 of unearned interest): of the 380 due, 80 remain.
    expect(agreementStatus(small, payments, '2025-02-21').aceleracion).toMatchObject({
      unearnedInterestCents: 20,
      dueCents: 80,
    });
  });

  it('a partial payment does not cure a cuota: partly paid overdue cuotas count', () => {
    const s = agreementStatus(cuotas, [...inicialPaid, pay(2, '2025-03-30', CUOTA + CUOTA - 1)], '2025-04-01');
    expect(s.aceleracion).toBeNull(); // cuota 1 paid, cuota 2 (due 03-31) short by a centavo: only one incumplida
    const later = agreementStatus(cuotas, [...inicialPaid, pay(2, '2025-03-30', CUOTA + CUOTA - 1)], '2025-05-01');
    expect(later.aceleracion).toMatchObject({ date: '2025-05-01', cuotasIncumplidas: [2, 3] });
  });

  it('catching up before the second lapses avoids it; paying after it happened does not undo it', () => {
    const caughtUp = [...inicialPaid, pay(2, '2025-03-31', CUOTA)];
    expect(agreementStatus(cuotas, caughtUp, '2025-04-15').aceleracion).toBeNull();
    const tooLate = [...inicialPaid, pay(2, '2025-04-02', CUOTA * 2)];
    const s = agreementStatus(cuotas, tooLate, '2025-04-15');
    expect(s.cuotas.map((c) => c.state)).toEqual(['pagada', 'pagada', 'pagada', 'pendiente', 'pendiente']);
    expect(s.aceleracion).toMatchObject({ date: '2025-04-01', cuotasIncumplidas: [1, 2] });
  });

  it('payments made on the first day of mora count for that day', () => {
    // Cuota inicial never paid; cuota 1 lapses on 03-01 but is paid that very day: still one incumplida.
    expect(agreementStatus(cuotas, [pay(1, '2025-03-01', INICIAL + CUOTA)], '2025-03-02').aceleracion).toBeNull();
    expect(agreementStatus(cuotas, [], '2025-03-01').aceleracion).toMatchObject({
      date: '2025-03-01',
      cuotasIncumplidas: [0, 1],
    });
  });

  it('what is paid after the aceleración lowers what is due centavo for centavo (the unearned interest stays as fixed that day)', () => {
    // Aceleración on 04-01; on 04-10 the debtor pays cuotas 1 and 2 and 10,000.00 more, which lands on cuota 3 (due 04-30).
    const payments = [...inicialPaid, pay(2, '2025-04-10', CUOTA * 2 + 1_000_000)];
    const s = agreementStatus(cuotas, payments, '2025-04-15');
    expect(s.aceleracion).toMatchObject({ date: '2025-04-01', unearnedInterestCents: 2_658_572 + 1_333_855 });
    // Capital still owed after cuota 2 (3,853,678.56) less the 10,000.00.
    expect(s.aceleracion!.dueCents).toBe(385_367_856 - 1_000_000);
    // Paid beyond cuota 3's capital: the unearned interest was fixed on the day of the aceleración, so the 100 beyond lowers what is due.
    const more = agreementStatus(
      cuotas,
      [...inicialPaid, pay(2, '2025-04-10', CUOTA * 2 + 192_021_569 + 100)],
      '2025-04-15',
    );
    expect(more.aceleracion).toMatchObject({ unearnedInterestCents: 2_658_572 + 1_333_855 });
    expect(more.aceleracion!.dueCents).toBe(193_346_187);
  });
});

describe('property: payments are spread without losing or inventing a centavo', () => {
  it('Σ applied + surplus = Σ paid; no cuota over-paid; no cuota receives money while an older one is owed', () => {
    const payment = fc.record({
      day: fc.integer({ min: 0, max: 200 }),
      amountCents: fc.integer({ min: 1, max: 400_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(payment, { maxLength: 8 }), (ps) => {
        const payments = ps.map((p, i) =>
          pay(i, `2025-0${1 + Math.floor(p.day / 31)}-${String(1 + (p.day % 28)).padStart(2, '0')}`, p.amountCents),
        );
        const { applications, surplus } = applyPayments(cuotas, payments);
        const applied =
          applications.reduce((a, x) => a + x.amountCents, 0) + surplus.reduce((a, x) => a + x.amountCents, 0);
        if (applied !== payments.reduce((a, p) => a + p.amountCents, 0)) return false;
        const paid = new Map<number, number>();
        for (const a of applications) {
          // Oldest first: every older cuota is already full when a newer one receives money.
          if (cuotas.some((c) => c.numero < a.numero && (paid.get(c.numero) ?? 0) < c.cuotaCents)) return false;
          paid.set(a.numero, (paid.get(a.numero) ?? 0) + a.amountCents);
        }
        return (
          cuotas.every((c) => (paid.get(c.numero) ?? 0) <= c.cuotaCents) &&
          (surplus.length === 0 || cuotas.every((c) => paid.get(c.numero) === c.cuotaCents))
        );
      }),
      { numRuns: 10_000 },
    );
  });
});
