/**
 * The class of a row and its explanation.
 *
 * ## Classification precedence (project choice on the manual's list)
 *
 * d = our balance − their balance. The first rule that holds decides:
 *
 * Only one side has the invoice
 *  1. The present balance is 0 → `coincide`: a statement that omits an
 *     invoice says it owes nothing on it, and a zero line we do not carry
 *     asks nothing of us.
 *  2. Only ours, with a devolución recorded and not radicated again
 *     (devolucionDate ≥ radicacionDate, or no radicación) → `devolucion`.
 *  3. Only ours, without radicación date → `no_radicada` (it is not in their
 *     statement because it was never filed).
 *  4. Only ours → `solo_nuestra`; only theirs → `solo_suya`.
 *
 * Both sides have it — status first, because a returned or unfiled invoice
 * is not payable whatever its balance (Circular 030's saldo is valor − pagos
 * − glosa aceptada even for a returned invoice, domain README §Circular 030):
 *  5. They say it was returned (devuelta) and we carry a balance > 0 →
 *     `devolucion`. Before no radicada: a returned invoice was radicated first.
 *  6. They say it is not radicated (radicada === false) and we carry a balance
 *     > 0 → `no_radicada`. (radicada unknown — undefined or null — says nothing.)
 *  7. d = 0: balance > 0 → `pendiente_de_pago` (the manual's «facturas
 *     pendiente para pago»: the debt is agreed, they simply owe it);
 *     balance ≤ 0 → `coincide` (agreed and nothing owed).
 *
 *  A difference is then given to the first cause whose amount has the sign
 *  of d (a cause that moves the balances the other way explains nothing):
 *  8. Payments: their payments − ours > 0 and d > 0 → `pagada_por_aplicar`
 *     (manual §3.4: «facturas ya pagadas y pendientes por aplicar por cuanto
 *     la ERP realiza el pago pero no presenta la relación de las facturas»).
 *     First among the causes: it is money already received, the one fact
 *     tesorería can settle at once, and it changes what is really owed.
 *  9. Glosa: their line reports a glosa > 0 and their glosa − our accepted
 *     glosa has the sign of d → by the glosa's state: `glosa_conciliada`
 *     (resolved in a conciliation), `glosa_aceptada` (accepted by us), else
 *     `glosa_pendiente` (state pendiente or not given: a glosa not said to be
 *     resolved is unresolved). So a glosa aceptada that our ledger already
 *     carries as glosa aceptada (gap 0) is no cause: the row goes on to the
 *     next rule. A glosa class means «their glosa and our notas differ».
 * 10. Otherwise → `valor_diferente`.
 *
 * The explanation (Spanish) names every component it can compute — the value,
 * payments and glosa gaps, which add up to d when the statement gives all
 * three — and any part of d they leave unexplained.
 */
import { formatDate } from '../../dates';
import { sumCents, type Cents } from '../../money';
import { minus } from './amounts';
import type { ConciliationClass } from './classes';
import { balancesText, GLOSA_WORDS, sentence, type Texts } from './explain';
import type { TheirSide } from './merge';
import type { ConciliationRow, OurInvoice } from './types';

export type Decided = Pick<ConciliationRow, 'class' | 'explanation'>;

/** Ours only (rules 1–4). */
export function classifyOursOnly(o: OurInvoice, t: Texts): Decided {
  const bal = t.fmt(o.balanceCents);
  if (o.balanceCents === 0) {
    return { class: 'coincide', explanation: `${t.Debtor} no la relaciona y nuestra cartera no tiene saldo.` };
  }
  const returned = o.devolucionDate != null && (o.radicacionDate == null || o.devolucionDate >= o.radicacionDate);
  if (returned) {
    return {
      class: 'devolucion',
      explanation: `${t.Debtor} devolvió la factura el ${formatDate(o.devolucionDate)} y no la relaciona; nuestra cartera tiene saldo ${bal}. Debe corregirse y radicarse de nuevo.`,
    };
  }
  if (o.radicacionDate == null) {
    return {
      class: 'no_radicada',
      explanation: `La factura no tiene fecha de radicación en nuestra cartera y ${t.debtor} no la relaciona; saldo ${bal}. Debe radicarse.`,
    };
  }
  return {
    class: 'solo_nuestra',
    explanation: `${t.Debtor} no relaciona la factura, radicada el ${formatDate(o.radicacionDate)}; saldo en nuestra cartera ${bal}. Pida que la identifique o aporte la constancia de radicación.`,
  };
}

/** Theirs only (rules 1 and 4). */
export function classifyTheirsOnly(th: TheirSide, t: Texts): Decided {
  if (th.balance === 0) {
    return {
      class: 'coincide',
      explanation: `${t.Debtor} la relaciona sin saldo y no figura en nuestra cartera conciliada.`,
    };
  }
  return {
    class: 'solo_suya',
    explanation: `${t.Debtor} relaciona la factura con saldo ${t.fmt(th.balance)}, pero no figura en nuestra cartera: debe registrarse o aclararse.`,
  };
}

/** Both sides (rules 5–10). */
export function classifyPair(o: OurInvoice, th: TheirSide, t: Texts): Decided {
  const d = minus(o.balanceCents, th.balance);
  const ourBal = t.fmt(o.balanceCents);

  if (th.devuelta && o.balanceCents > 0) {
    const ourNote =
      o.devolucionDate != null
        ? `nuestra cartera registra la devolución el ${formatDate(o.devolucionDate)}`
        : 'nuestra cartera no registra la devolución';
    return {
      class: 'devolucion',
      explanation: sentence([
        `${t.Debtor} reporta la factura como devuelta; ${ourNote} y tiene saldo ${ourBal}. Debe corregirse y radicarse de nuevo.`,
        d !== 0 && balancesText(t, o.balanceCents, th.balance, d),
      ]),
    };
  }
  if (th.radicada === false && o.balanceCents > 0) {
    const ourNote =
      o.radicacionDate != null
        ? `nuestra cartera la tiene radicada el ${formatDate(o.radicacionDate)}`
        : 'nuestra cartera tampoco tiene fecha de radicación';
    return {
      class: 'no_radicada',
      explanation: sentence([
        `${t.Debtor} no registra la radicación de la factura; ${ourNote}; saldo ${ourBal}.`,
        d !== 0 && balancesText(t, o.balanceCents, th.balance, d),
      ]),
    };
  }

  const pendingGlosa =
    th.glosa !== null && th.glosa > 0 && th.glosaState === 'pendiente'
      ? `Incluye una glosa pendiente por ${t.fmt(th.glosa)}.`
      : null;
  if (d === 0) {
    if (o.balanceCents > 0) {
      return {
        class: 'pendiente_de_pago',
        explanation: sentence([`${t.Debtor} reconoce el saldo de ${ourBal}: pendiente de pago.`, pendingGlosa]),
      };
    }
    return {
      class: 'coincide',
      explanation: `Los saldos coinciden (${ourBal}): no hay valor por cobrar.`,
    };
  }

  // Components of d (ours − theirs): value, payments, glosa.
  const valueGap = th.value === null ? null : minus(o.valueCents, th.value);
  const payGap = th.paid === null ? null : minus(th.paid, o.paymentsCents);
  const glosaGap = th.glosa === null ? null : minus(th.glosa, o.acceptedGlosaCents);
  const sign = Math.sign(d);

  const payText =
    payGap === null || payGap === 0
      ? null
      : payGap > 0
        ? o.paymentsCents === 0
          ? `${t.Debtor} registra pagos por ${t.fmt(th.paid!)} que no hemos aplicado.`
          : `${t.Debtor} registra pagos por ${t.fmt(th.paid!)} y nuestra cartera tiene aplicados ${t.fmt(o.paymentsCents)}: faltan por aplicar ${t.fmt(payGap)}.`
        : `Nuestra cartera tiene aplicados pagos por ${t.fmt(o.paymentsCents)} y ${t.debtor} registra ${t.fmt(th.paid!)}: hay ${t.fmt(-payGap)} aplicados que ${t.debtor} no registra.`;

  let glosaText: string | null = null;
  if (glosaGap !== null && glosaGap !== 0) {
    if (th.glosa! > 0) {
      const state = th.glosaState ?? 'pendiente';
      const ourPending =
        state === 'pendiente' && o.glosaPendingCents != null && o.glosaPendingCents > 0
          ? ` Nuestra cartera la tiene pendiente de respuesta por ${t.fmt(o.glosaPendingCents)}.`
          : '';
      const action = state !== 'pendiente' && glosaGap > 0 ? ` Falta la nota crédito por ${t.fmt(glosaGap)}.` : '';
      glosaText = `${t.Debtor} registra glosa ${GLOSA_WORDS[state]} por ${t.fmt(th.glosa!)}; nuestra cartera tiene glosa aceptada por ${t.fmt(o.acceptedGlosaCents)}.${ourPending}${action}`;
    } else {
      glosaText = `Nuestra cartera tiene glosa aceptada por ${t.fmt(o.acceptedGlosaCents)} que ${t.debtor} no descuenta.`;
    }
  }
  const valueText =
    valueGap === null || valueGap === 0
      ? null
      : `${t.Debtor} registra la factura por ${t.fmt(th.value!)} y nuestra cartera por ${t.fmt(o.valueCents)}.`;

  const known = [valueGap, payGap, glosaGap].filter((g): g is Cents => g !== null);
  const residual = minus(d, sumCents(known));
  const tail = sentence([
    balancesText(t, o.balanceCents, th.balance, d),
    residual !== 0 &&
      (known.length === 0
        ? `${t.Debtor} no informa valor, pagos ni glosas que la expliquen.`
        : `Quedan ${t.fmt(residual)} sin explicar por valor, pagos ni glosas.`),
  ]);

  if (payGap !== null && payGap > 0 && d > 0) {
    return { class: 'pagada_por_aplicar', explanation: sentence([payText, glosaText, valueText, tail]) };
  }
  if (glosaGap !== null && th.glosa! > 0 && glosaGap !== 0 && Math.sign(glosaGap) === sign) {
    const state = th.glosaState ?? 'pendiente';
    const cls: ConciliationClass =
      state === 'conciliada' ? 'glosa_conciliada' : state === 'aceptada' ? 'glosa_aceptada' : 'glosa_pendiente';
    return { class: cls, explanation: sentence([glosaText, payText, valueText, tail]) };
  }
  return { class: 'valor_diferente', explanation: sentence([valueText, payText, glosaText, tail]) };
}
