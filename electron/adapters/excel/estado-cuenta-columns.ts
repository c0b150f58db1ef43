/**
 * The columns of the estado de cuenta (domain README §Reports), shared by the Excel
 * workbook (./estado-cuenta-workbook.ts) and the PDF (../pdf/report-table.ts):
 * the aging summary, the invoices and their movements, with the backend's totals.
 */
import type { EstadoCuenta, EstadoCuentaEntry, EstadoCuentaInvoice } from '../../../shared/api/types-cartera-reports';
import { AGING_BUCKETS, type AgingBucket } from '../../../shared/domain/cartera/aging';
import { Dec } from '../../../shared/domain/money';
import { moneyColumn, type ReportColumn } from './report-columns';

const BUCKET_LABEL = Object.fromEntries(AGING_BUCKETS.map((b) => [b.key, b.label])) as Record<AgingBucket, string>;

export interface SummaryRow {
  label: string;
  balanceCents: number;
  invoices: number;
  /** Share of the total in percent, two decimals. */
  percent: number;
}

/** One row per bucket: its balance, its invoices and its share of the total. */
export function summaryRows(e: EstadoCuenta): SummaryRow[] {
  return AGING_BUCKETS.map((b) => {
    const balanceCents = e.aging.buckets[b.key];
    return {
      label: b.label,
      balanceCents,
      invoices: e.invoices.filter((i) => i.bucket === b.key && i.balanceCents !== 0).length,
      percent:
        e.aging.totalCents === 0
          ? 0
          : new Dec(balanceCents).mul(100).div(e.aging.totalCents).toDecimalPlaces(2).toNumber(),
    };
  });
}

export const SUMMARY_COLUMNS: readonly ReportColumn<SummaryRow, EstadoCuenta>[] = [
  { key: 'rango', header: 'Edad', width: 22, type: 'text', value: (r) => r.label, strong: true },
  {
    key: 'facturas',
    header: 'Facturas',
    width: 10,
    type: 'integer',
    value: (r) => r.invoices,
    total: (e) => e.aging.invoiceCount,
  },
  moneyColumn(
    'saldo',
    'Saldo',
    18,
    (r) => r.balanceCents,
    (e) => e.aging.totalCents,
  ),
  {
    key: 'porcentaje',
    header: '% del saldo',
    width: 11,
    type: 'number',
    value: (r) => r.percent,
    total: (e) => (e.aging.totalCents === 0 ? 0 : 100),
  },
];

export const INVOICE_COLUMNS: readonly ReportColumn<EstadoCuentaInvoice, EstadoCuenta>[] = [
  { key: 'factura', header: 'Factura', width: 16, type: 'text', value: (r) => r.number, strong: true },
  { key: 'concepto', header: 'Concepto', width: 30, type: 'text', value: (r) => r.concept },
  { key: 'emitida', header: 'Emitida', width: 12, type: 'date', value: (r) => r.issueDate },
  { key: 'radicada', header: 'Radicada', width: 12, type: 'date', value: (r) => r.radicacionDate },
  { key: 'vence', header: 'Vence', width: 12, type: 'date', value: (r) => r.dueDate },
  moneyColumn(
    'valor',
    'Valor facturado',
    17,
    (r) => r.amountCents,
    (e) => e.facturadoCents,
  ),
  moneyColumn(
    'saldo',
    'Saldo',
    17,
    (r) => r.balanceCents,
    (e) => e.aging.totalCents,
  ),
  { key: 'edad', header: 'Edad (días)', width: 10, type: 'integer', value: (r) => r.ageDays },
  { key: 'rango', header: 'Rango de edad', width: 15, type: 'text', value: (r) => BUCKET_LABEL[r.bucket] },
  { key: 'prescribe', header: 'Prescribe el', width: 12, type: 'date', value: (r) => r.fechaPrescripcion },
  { key: 'etapa', header: 'Etapa de cobro', width: 16, type: 'text', value: (r) => r.etapaLabel },
];

export interface MovementRow {
  invoice: EstadoCuentaInvoice;
  entry: EstadoCuentaEntry;
}

export function movementRows(e: EstadoCuenta): MovementRow[] {
  return e.invoices.flatMap((invoice) => invoice.entries.map((entry) => ({ invoice, entry })));
}

export const MOVEMENT_COLUMNS: readonly ReportColumn<MovementRow, EstadoCuenta>[] = [
  { key: 'factura', header: 'Factura', width: 16, type: 'text', value: (r) => r.invoice.number, strong: true },
  { key: 'fecha', header: 'Fecha', width: 12, type: 'date', value: (r) => r.entry.date },
  { key: 'movimiento', header: 'Movimiento', width: 16, type: 'text', value: (r) => r.entry.kindLabel },
  { key: 'referencia', header: 'Referencia', width: 24, type: 'text', value: (r) => r.entry.reference },
  {
    key: 'detalle',
    header: 'Detalle',
    width: 30,
    type: 'text',
    value: (r) => r.entry.memo || (r.entry.reversesEntryId ? `Revierte el movimiento ${r.entry.reversesEntryId}` : ''),
  },
  moneyColumn(
    'cargos',
    'Cargos',
    17,
    (r) => (r.entry.amountCents > 0 ? r.entry.amountCents : null),
    (e) => e.cargosCents,
  ),
  moneyColumn(
    'abonos',
    'Abonos y notas crédito',
    17,
    (r) => (r.entry.amountCents < 0 ? -r.entry.amountCents : null),
    (e) => e.abonosCents,
  ),
  moneyColumn(
    'saldo',
    'Saldo de la factura',
    17,
    (r) => r.entry.runningBalanceCents,
    (e) => e.aging.totalCents,
  ),
];
