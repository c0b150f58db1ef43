/**
 * The columns of the cartera por edades (domain README §Edades) as exported, shared
 * by the Excel sheet (./aging-sheet.ts) and the PDF (../pdf/aging-report.ts):
 * priority, the debtor and its naturaleza jurídica, the seven buckets and the
 * total (numbers in a currency format), the total in the unit of reference
 * (its header names the unit: "SMMLV", "UMA mensual"…), cuantía, riesgo and
 * prescription.
 */
import type { AgingReport, AgingRowOut, AgingTotals } from '../../../shared/api/types-cartera-reports';
import { AGING_BUCKETS } from '../../../shared/domain/cartera/aging';
import { Dec } from '../../../shared/domain/money';
import type { Cuantia } from '../../../shared/domain/cartera/cuantia';
import type { Riesgo } from '../../../shared/domain/cartera/riesgo';
import { moneyColumn, type ReportColumn } from './report-columns';

export type AgingColumn = ReportColumn<AgingRowOut, AgingTotals>;

/** "Intervenida, en liquidación, BDME" or ''. */
export function flagsOf(r: { intervenida: boolean; enLiquidacion: boolean; bdme: boolean }): string {
  return [r.intervenida ? 'Intervenida' : '', r.enLiquidacion ? 'En liquidación' : '', r.bdme ? 'BDME' : '']
    .filter(Boolean)
    .join(', ');
}

/** Short labels for the table (the header says "Cuantía", "Riesgo"). */
export const CUANTIA_SHORT: Record<Cuantia, string> = { minima: 'Mínima', menor: 'Menor', mayor: 'Mayor' };
export const RIESGO_SHORT: Record<Riesgo, string> = { bajo: 'Bajo', medio: 'Medio', alto: 'Alto' };

export const BUCKET_COLUMNS: readonly AgingColumn[] = AGING_BUCKETS.map((b) =>
  moneyColumn<AgingRowOut, AgingTotals>(
    b.key,
    b.label,
    15,
    (r) => r.buckets[b.key],
    (t) => t.buckets[b.key],
  ),
);

/** The columns with the unit-of-reference column headed by the report's unit ("SMMLV", "UMA mensual", "salario mínimo mensual"). */
export function agingColumns(unitLabel: string): readonly AgingColumn[] {
  return [
    { key: 'prioridad', header: 'Prioridad', width: 9, type: 'integer', value: (r) => r.prioridad },
    { key: 'entidad', header: 'Entidad', width: 34, type: 'text', value: (r) => r.name, strong: true },
    { key: 'nit', header: 'NIT', width: 14, type: 'text', value: (r) => r.taxId, pdf: false },
    {
      key: 'naturaleza',
      header: 'Naturaleza jurídica',
      width: 22,
      type: 'text',
      value: (r) => r.naturalezaJuridicaLabel,
    },
    {
      key: 'facturas',
      header: 'Facturas',
      width: 9,
      type: 'integer',
      value: (r) => r.invoiceCount,
      total: (t) => t.invoiceCount,
    },
    ...BUCKET_COLUMNS,
    moneyColumn(
      'total',
      'Saldo total',
      17,
      (r) => r.totalCents,
      (t) => t.totalCents,
    ),
    // a ratio to the unit, not money: a spreadsheet number
    {
      key: 'smmlv',
      header: unitLabel,
      width: unitLabel.length > 9 ? 12 : 9,
      type: 'number',
      value: (r) => (r.totalSmmlv === null ? null : new Dec(r.totalSmmlv).toDecimalPlaces(2).toNumber()),
    },
    {
      key: 'cuantia',
      header: 'Cuantía',
      width: 15,
      type: 'text',
      value: (r) => (r.cuantia ? CUANTIA_SHORT[r.cuantia] : null),
    },
    { key: 'riesgo', header: 'Riesgo', width: 13, type: 'text', value: (r) => RIESGO_SHORT[r.riesgo] },
    { key: 'condicion', header: 'Condición', width: 18, type: 'text', value: (r) => flagsOf(r) },
    {
      key: 'vencimiento',
      header: 'Vencimiento más antiguo',
      width: 13,
      type: 'date',
      value: (r) => r.oldestDueDate,
      pdf: false,
    },
    { key: 'prescripcion', header: 'Prescribe el', width: 12, type: 'date', value: (r) => r.fechaPrescripcion },
    {
      key: 'dias',
      header: 'Días para prescribir',
      width: 12,
      type: 'integer',
      value: (r) => r.diasParaPrescribir,
      pdf: false,
    },
  ];
}

/** The columns of the profile CO (unit: SMMLV). */
export const AGING_COLUMNS: readonly AgingColumn[] = agingColumns('SMMLV');

export const AGING_TOTAL_LABEL_COLUMN = 'entidad';

export const DIRECTION_TITLE: Record<AgingReport['direction'], string> = {
  receivable: 'Cartera por edades (por cobrar)',
  payable: 'Cuentas por pagar por edades',
};
