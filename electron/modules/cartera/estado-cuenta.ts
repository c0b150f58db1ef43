/**
 * cartera.estadoCuenta: a counterparty's estado de cuenta (domain README §Reports) —
 * its invoices with their ledger entries (cargo, abonos, notas, reversals)
 * and running balances, and its aging summary (buckets, riesgo, cuantía) —
 * written to exportaciones/estado-cuenta-<entidad>-YYYYMMDD-HHMMSS.xlsx or .pdf.
 * Balances are the ledger's; Σ cargos − Σ abonos = the total owed.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/types';
import type { EstadoCuenta, EstadoCuentaEntry } from '../../../shared/api/types-cartera-reports';
import { ENTRY_KINDS, type EntryKind } from '../../../shared/domain/catalogs';
import { CUANTIAS } from '../../../shared/domain/cartera/cuantia';
import { RIESGOS, riesgoOf } from '../../../shared/domain/cartera/riesgo';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney, sumCents } from '../../../shared/domain/money';
import { formatUnits } from '../../../shared/domain/reference-unit';
import * as repo from '../../../db/repositories/cartera-reports';
import type { JobContext, ReadContext } from '../../core/context';
import {
  INVOICE_COLUMNS,
  MOVEMENT_COLUMNS,
  SUMMARY_COLUMNS,
  movementRows,
  summaryRows,
} from '../../adapters/excel/estado-cuenta-columns';
import { writeEstadoCuentaSheets } from '../../adapters/excel/estado-cuenta-workbook';
import { writeFileAtomic, writeXlsxFile } from '../../adapters/excel/xlsx-file';
import { renderReportPdf } from '../../adapters/pdf/report-table';
import { thresholdUnitOrNotice } from '../settings/reference-unit';
import { agingInvoices, counterpartyInfo, cuantiaFor, toAgingCounterparty } from './aging';
import { exportHeading, exportTarget, type ExportHeading } from './export-target';

export const ESTADO_CUENTA_PREFIX = 'estado-cuenta';

const kindLabel = (kind: string) => (kind === 'cargo' ? 'Cargo' : (ENTRY_KINDS[kind as EntryKind]?.label ?? kind));

export function estadoCuenta(
  ctx: ReadContext,
  input: Omit<ParsedInput<'cartera.estadoCuenta'>, 'format' | 'jobId'>,
): EstadoCuenta {
  const asOf = input.asOf ?? ctx.today();
  const cp = counterpartyInfo(ctx, input.counterpartyId);
  const q = { counterpartyId: cp.id, direction: input.direction };
  const { rows, totals } = agingInvoices(ctx, {
    ...q,
    asOf,
    prescripcionAnios: input.prescripcionAnios,
    includePaid: input.includePaid,
  });
  const byInvoice = new Map<number, EstadoCuentaEntry[]>();
  const running = new Map<number, number>();
  for (const e of repo.entriesOfCounterparty(ctx.sqlite, { ...q, asOf })) {
    const balance = (running.get(e.invoiceId) ?? 0) + e.amountCents;
    running.set(e.invoiceId, balance);
    const entry: EstadoCuentaEntry = {
      entryId: e.id,
      date: e.date,
      kind: e.kind,
      kindLabel: kindLabel(e.kind),
      reference: e.reference,
      memo: e.memo,
      amountCents: e.amountCents,
      runningBalanceCents: balance,
      reversesEntryId: e.reversesEntryId,
    };
    const list = byInvoice.get(e.invoiceId);
    if (list) list.push(entry);
    else byInvoice.set(e.invoiceId, [entry]);
  }
  const invoices = rows.map((r) => ({ ...r, entries: byInvoice.get(r.invoiceId) ?? [] }));
  const amounts = invoices.flatMap((i) => i.entries.map((e) => e.amountCents));
  const r = riesgoOf({ enLiquidacion: Boolean(cp.enLiquidacion), invoices: rows });
  const { unit, unitLabel } = thresholdUnitOrNotice(ctx, asOf);
  return {
    asOf,
    direction: input.direction,
    counterparty: {
      ...toAgingCounterparty(cp),
      address: [cp.street, cp.city, cp.stateName].filter(Boolean).join(', '),
    },
    invoices,
    aging: { ...totals, riesgo: r.riesgo, riesgoMotivo: r.motivo, ...cuantiaFor(totals.totalCents, unit), unitLabel },
    facturadoCents: sumCents(invoices.map((i) => i.amountCents)),
    cargosCents: sumCents(amounts.filter((a) => a > 0)),
    abonosCents: -sumCents(amounts.filter((a) => a < 0)),
    entryCount: amounts.length,
  };
}

interface Source {
  e: EstadoCuenta;
  inst: ExportHeading;
  now: Date;
}

const title = (e: EstadoCuenta) => `Estado de cuenta de ${e.counterparty.name} al ${formatDate(e.asOf)}`;

function subtitle({ e, inst }: Source): string {
  const a = e.aging;
  return [
    e.counterparty.taxId ? `NIT ${e.counterparty.taxId}` : '',
    e.counterparty.naturalezaJuridicaLabel,
    `Saldo ${formatMoney(a.totalCents, inst.locale)}`,
    RIESGOS[a.riesgo],
    a.cuantia && a.totalSmmlv !== null
      ? `${CUANTIAS[a.cuantia].label} (${formatUnits(a.totalSmmlv, a.unitLabel, inst.locale)})`
      : '',
    e.direction === 'payable' ? 'Cuentas por pagar' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "estado-cuenta-eps-salud-total" from the counterparty's name (ASCII, for a file name). */
export function filePrefix(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug ? `${ESTADO_CUENTA_PREFIX}-${slug}` : ESTADO_CUENTA_PREFIX;
}

async function writeXlsx(job: JobContext, file: string, s: Source): Promise<number> {
  const { bytes } = await writeXlsxFile(
    file,
    {
      signal: job.signal,
      properties: {
        title: title(s.e),
        subject: 'Estado de cuenta: facturas, movimientos, saldos y edades',
        category: 'Cartera',
        created: s.now,
      },
    },
    (workbook, signal) =>
      writeEstadoCuentaSheets(workbook, s.e, {
        title: title(s.e),
        subtitle: [s.inst.name, subtitle(s)].join(' · '),
        generatedAt: s.now,
        signal,
      }),
  );
  return bytes;
}

async function writePdf(job: JobContext, file: string, s: Source): Promise<number> {
  const { e } = s;
  const bytes = await renderReportPdf(
    [
      {
        heading: 'Resumen por edades',
        columns: SUMMARY_COLUMNS,
        rows: summaryRows(e),
        totals: { values: e, labelKey: 'rango' },
      },
      { heading: 'Facturas', columns: INVOICE_COLUMNS, rows: e.invoices, totals: { values: e, labelKey: 'factura' } },
      {
        heading: 'Movimientos',
        columns: MOVEMENT_COLUMNS,
        rows: movementRows(e),
        totals: { values: e, labelKey: 'factura' },
      },
    ],
    {
      title: title(e),
      subtitle: subtitle(s),
      subject: 'Estado de cuenta: facturas, movimientos, saldos y edades',
      keywords: `Estado de cuenta; ${e.counterparty.name}; ${e.asOf}`,
      institutionName: s.inst.name,
      letterheadLines: s.inst.letterheadLines,
      generatedAt: s.now.toISOString(),
      locale: s.inst.locale,
      notes: [
        `Riesgo: ${e.aging.riesgoMotivo}`,
        'Saldos con los movimientos del libro de cartera fechados hasta la fecha de corte; la edad se cuenta desde el vencimiento hasta esa fecha.',
      ],
    },
  );
  return writeFileAtomic(file, bytes, job.signal);
}

export async function estadoCuentaJob(
  job: JobContext,
  input: ParsedInput<'cartera.estadoCuenta'>,
): Promise<ExportResult> {
  job.checkCancelled();
  const { format, jobId: _j, ...query } = input;
  const s: Source = job.read((ctx) => ({ e: estadoCuenta(ctx, query), inst: exportHeading(ctx), now: job.now() }));
  const label = 'Exportando el estado de cuenta…';
  job.progress(0, s.e.invoices.length, label);
  const target = exportTarget(job.dataDir, filePrefix(s.e.counterparty.name), format, s.now);
  const sizeBytes = await (format === 'pdf' ? writePdf : writeXlsx)(job, target.path, s);
  job.progress(s.e.invoices.length, s.e.invoices.length, label);
  return { fileName: target.fileName, path: target.path, rows: s.e.invoices.length, sizeBytes };
}
