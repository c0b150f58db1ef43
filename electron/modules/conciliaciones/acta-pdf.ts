/**
 * The acta de depuración as printed (domain README §Conciliación): every row of the cruce with its class, both
 * balances, the balance agreed and the adjustment; the totals; the saldo conciliado; the signatures. The content
 * is built from the session view and frozen as JSON in conciliation_actas.result, so the acta stored is the
 * one printed.
 */
import type { ConciliationView } from '../../../shared/api/conciliaciones';
import type { AgreedAdjustment } from '../../../shared/domain/cartera/conciliacion';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import type { ReportColumn } from '../../adapters/excel/report-columns';
import { moneyColumn } from '../../adapters/excel/report-columns';
import { renderReportPdf } from '../../adapters/pdf/report-table';
import type { ExportHeading } from '../cartera/export-target';

export interface Signer {
  name: string;
  position: string;
}

export interface ActaSigners {
  ours: Signer;
  theirs: Signer;
  interventoria: Signer;
}

export interface ActaRow {
  key: string;
  number: string;
  class: string;
  label: string;
  ourBalanceCents: number | null;
  theirBalanceCents: number | null;
  differenceCents: number;
  /** null: a row without invoice of ours (por registrar), which the acta cannot adjust. */
  agreedCents: number | null;
  adjustmentCents: number | null;
}

export interface ActaTotals {
  ourCents: number;
  theirCents: number;
  differenceCents: number;
  agreedCents: number;
  adjustmentCents: number;
}

/** What the acta printed: stored as conciliation_actas.result. */
export interface ActaContent {
  rows: ActaRow[];
  totals: ActaTotals;
  adjustments: AgreedAdjustment[];
  /** The numbers of their invoices we do not carry: listed «por registrar». */
  porRegistrar: string[];
}

export interface ActaHeader {
  number: string;
  date: string;
  counterpartyName: string;
  taxId: string;
  statementDate: string;
  signers: ActaSigners;
}

export function actaContent(v: ConciliationView): ActaContent {
  const adjustments = new Map(v.agreed.adjustments.map((a) => [a.key, a.adjustmentCents]));
  const rows = v.rows.map((r): ActaRow => {
    const ours = r.ourInvoiceId !== null;
    return {
      key: r.key,
      number: r.number,
      class: r.class,
      label: ours ? r.label : `${r.label} (por registrar)`,
      ourBalanceCents: r.ourBalanceCents,
      theirBalanceCents: r.theirBalanceCents,
      differenceCents: r.differenceCents,
      agreedCents: ours ? (r.agreedCents ?? r.ourBalanceCents ?? 0) : null,
      adjustmentCents: ours ? (adjustments.get(r.key) ?? 0) : null,
    };
  });
  return {
    rows,
    totals: {
      ourCents: v.totals.ourTotalCents,
      theirCents: v.totals.theirTotalCents,
      differenceCents: v.totals.differenceCents,
      agreedCents: v.agreed.agreedTotalCents,
      adjustmentCents: v.agreed.adjustmentTotalCents,
    },
    adjustments: v.agreed.adjustments,
    porRegistrar: v.agreed.requiresRegistration.map((r) => r.number),
  };
}

const COLUMNS: ReportColumn<ActaRow, ActaTotals>[] = [
  { key: 'number', header: 'Factura', width: 16, type: 'text', value: (r) => r.number, strong: true },
  { key: 'label', header: 'Clase', width: 30, type: 'text', value: (r) => r.label },
  moneyColumn(
    'ours',
    'Nuestro saldo',
    16,
    (r) => r.ourBalanceCents,
    (t) => t.ourCents,
  ),
  moneyColumn(
    'theirs',
    'Su saldo',
    16,
    (r) => r.theirBalanceCents,
    (t) => t.theirCents,
  ),
  moneyColumn(
    'difference',
    'Diferencia',
    16,
    (r) => r.differenceCents,
    (t) => t.differenceCents,
  ),
  moneyColumn(
    'agreed',
    'Saldo acordado',
    16,
    (r) => r.agreedCents,
    (t) => t.agreedCents,
  ),
  moneyColumn(
    'adjustment',
    'Ajuste',
    16,
    (r) => r.adjustmentCents,
    (t) => t.adjustmentCents,
  ),
];

const signed = (s: Signer) => `${s.name}, ${s.position}`;

export function actaTitle(number: string): string {
  return `Acta de depuración de cartera No. ${number}`;
}

export function renderActaPdf(h: ActaHeader, c: ActaContent, inst: ExportHeading, now: Date): Promise<Buffer> {
  const money = (cents: number) => formatMoney(cents, inst.locale);
  const nit = h.taxId ? ` (NIT ${h.taxId})` : '';
  const notes = [
    `Saldo conciliado: ${money(c.totals.agreedCents)}.`,
    c.adjustments.length > 0
      ? `Los ajustes (${c.adjustments.length} facturas, neto ${money(c.totals.adjustmentCents)}) se registran como notas crédito o débito sobre cada factura, con esta acta (${h.number}) como soporte.`
      : 'Los saldos acordados coinciden con nuestra cartera: el acta no registra notas.',
  ];
  if (c.porRegistrar.length > 0) {
    notes.push(
      `Por registrar (en su estado y no en nuestra cartera; se ajustarán una vez registradas): ${c.porRegistrar.join(', ')}.`,
    );
  }
  notes.push(
    `Por la institución: ${signed(h.signers.ours)}`,
    `Por ${h.counterpartyName}: ${signed(h.signers.theirs)}`,
    `Visto bueno, Interventoría: ${signed(h.signers.interventoria)}`,
  );
  return renderReportPdf(
    [{ columns: COLUMNS, rows: c.rows, totals: { values: c.totals, labelKey: 'number', label: 'Total' } }],
    {
      title: actaTitle(h.number),
      subtitle: `${h.counterpartyName}${nit} · Estado de cartera del ${formatDate(h.statementDate)} · Acta del ${formatDate(h.date)}`,
      subject: 'Acta de depuración de cartera',
      keywords: `Conciliación; acta de depuración; ${h.counterpartyName}`,
      institutionName: inst.name,
      letterheadLines: inst.letterheadLines,
      generatedAt: now.toISOString(),
      locale: inst.locale,
      notes,
    },
  );
}
