/**
 * portabilidad.export: the 32x32 view (DOMAIN.md §5.3) as an Excel workbook,
 * written to the data folder's exportaciones/ as
 * posicion-32x32-YYYYMMDD-HHMMSS.xlsx.
 *
 * Sheet "Posición 32x32": a title with the as-of date, the institution and
 * when it was generated; then the header (styled, frozen, with an autofilter
 * over the 31 states), one row per state with money as real numbers in
 * pesos (currency format), and the totals row — the backend's totals, the
 * same figures the screen shows, below the filtered range so sorting never
 * moves it.
 */
import type ExcelJS from 'exceljs';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { ExportResult, PortabilidadRow, PortabilidadView } from '../../../shared/api/types';
import { formatDate } from '../../../shared/domain/dates';
import { Dec } from '../../../shared/domain/money';
import { getInstitution } from '../../../db/repositories/settings';
import type { JobContext } from '../../context';
import { isoDateToCell } from '../excel/dates';
import { HEADER_ROW_HEIGHT, NUM_FMT, PAPER_LETTER, dataBorders, headerStyle, labelStyle, titleStyle } from '../excel/header-style';
import { cleanText, columnLetter } from '../excel/stream-sheet';
import { ExcelErrorCodes, cancelledError, writeXlsxFile } from '../excel/xlsx-file';
import { newExportPath } from '../exports';
import { view } from './view';

export const EXPORT_PREFIX = 'posicion-32x32';
export const SHEET_NAME = 'Posición 32x32';
export const EXPORT_LABEL = 'Exportando la posición 32x32…';
/** Rows above the header: title, subtitle, a blank line. */
export const HEADER_ROW = 4;
/** Pesos with the sign; negatives in red (Excel and LibreOffice read it the same). */
export const CURRENCY_FMT = '"$"#,##0.00;[Red]-"$"#,##0.00';

const URGENCY_LABEL: Record<PortabilidadRow['urgency'], string> = {
  vencido: 'Vencido',
  hoy: 'Vence hoy',
  esta_semana: 'Esta semana',
  proximo: 'Próximo',
  sin_pendientes: '',
};
const DIRECTION_LABEL = { receivable: 'Por cobrar', payable: 'Por pagar' } as const;

type Kind = 'text' | 'money' | 'integer' | 'date';
type Cell = string | number | null;
interface Column {
  header: string;
  width: number;
  kind: Kind;
  value: (r: PortabilidadRow) => Cell;
  /** The totals row's value (null: empty cell). */
  total?: (t: PortabilidadView['totals']) => Cell;
}

export const COLUMNS: readonly Column[] = [
  { header: 'Clave', width: 7, kind: 'text', value: (r) => r.inegiCode },
  { header: 'Entidad', width: 26, kind: 'text', value: (r) => r.name },
  { header: 'Por cobrar', width: 17, kind: 'money', value: (r) => r.receivableCents, total: (t) => t.receivableCents },
  { header: 'Por pagar', width: 17, kind: 'money', value: (r) => r.payableCents, total: (t) => t.payableCents },
  { header: 'Neto (compensación)', width: 19, kind: 'money', value: (r) => r.netCents, total: (t) => t.netCents },
  { header: 'Vencido por cobrar', width: 17, kind: 'money', value: (r) => r.overdueReceivableCents, total: (t) => t.overdueReceivableCents },
  { header: 'Vencido por pagar', width: 17, kind: 'money', value: (r) => r.overduePayableCents, total: (t) => t.overduePayableCents },
  { header: 'Factura más antigua', width: 18, kind: 'text', value: (r) => r.oldestUnpaid?.number ?? null },
  { header: 'Tipo', width: 11, kind: 'text', value: (r) => (r.oldestUnpaid ? DIRECTION_LABEL[r.oldestUnpaid.direction] : null) },
  { header: 'Emitida', width: 12, kind: 'date', value: (r) => r.oldestUnpaid?.issueDate ?? null },
  { header: 'Días abierta', width: 10, kind: 'integer', value: (r) => r.oldestUnpaid?.daysOpen ?? null },
  { header: 'Siguiente plazo', width: 12, kind: 'date', value: (r) => r.nextDeadline?.date ?? null },
  { header: 'Plazo', width: 40, kind: 'text', value: (r) => r.nextDeadline?.label ?? null },
  { header: 'Urgencia', width: 13, kind: 'text', value: (r) => URGENCY_LABEL[r.urgency] || null },
  { header: 'Casos abiertos', width: 10, kind: 'integer', value: (r) => r.openCases, total: (t) => t.openCases },
];

const FMT: Record<Kind, string> = { text: NUM_FMT.text, money: CURRENCY_FMT, integer: '#,##0', date: NUM_FMT.date };

function toCell(kind: Kind, v: Cell): string | number | Date | null {
  if (v === null || v === '') return null;
  switch (kind) {
    case 'text':
      return cleanText(String(v));
    case 'date':
      return typeof v === 'string' ? (isoDateToCell(v) ?? v) : v;
    case 'integer':
      return v;
    case 'money':
      // Integer centavos → pesos through decimal.js (no float arithmetic on money).
      return new Dec(v).div(100).toNumber();
  }
}

function styleOf(c: Column, extra: Partial<ExcelJS.Style> = {}): Partial<ExcelJS.Style> {
  const horizontal: ExcelJS.Alignment['horizontal'] = c.kind === 'text' ? 'left' : c.kind === 'date' ? 'center' : 'right';
  return { numFmt: FMT[c.kind], border: dataBorders, alignment: { vertical: 'top', horizontal }, ...extra };
}

const totalLine = { style: 'thin' as const, color: { argb: 'FF1F3864' } };
const totalDouble = { style: 'double' as const, color: { argb: 'FF1F3864' } };

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, v: PortabilidadView, institution: string, generatedAt: Date): void {
  const lastCol = columnLetter(COLUMNS.length);
  const title = `Posición 32x32 con las entidades federativas al ${formatDate(v.asOf)}`;
  const ws = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${HEADER_ROW + 1}`, activeCell: `C${HEADER_ROW + 1}`, showGridLines: true }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: PAPER_LETTER,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&L&B${title.replace(/&/g, '&&')}`, oddFooter: '&LPágina &P de &N&R&D' },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));

  const t = ws.addRow([title]);
  t.getCell(1).style = titleStyle;
  t.height = 22;
  t.commit();
  const sub = ws.addRow([
    [institution, 'Neto = por cobrar − por pagar: positivo, la entidad nos debe en la compensación; negativo, le debemos.'].filter(Boolean).join(' · '),
  ]);
  sub.commit();
  // One text cell: the first column is too narrow for a label beside a date.
  const p2 = (n: number) => String(n).padStart(2, '0');
  const at = `${p2(generatedAt.getDate())}/${p2(generatedAt.getMonth() + 1)}/${generatedAt.getFullYear()} ${p2(generatedAt.getHours())}:${p2(generatedAt.getMinutes())}`;
  const gen = ws.addRow([`Generado el ${at}`]);
  gen.getCell(1).style = labelStyle;
  gen.commit();

  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = headerStyle;
  });
  header.height = HEADER_ROW_HEIGHT;
  header.commit();

  const styles = COLUMNS.map((c) => styleOf(c));
  let n = HEADER_ROW;
  for (const r of v.rows) {
    const row = ws.getRow(++n);
    COLUMNS.forEach((c, i) => {
      const value = toCell(c.kind, c.value(r));
      const cell = row.getCell(i + 1);
      if (value !== null) cell.value = value;
      cell.style = styles[i]!;
    });
    row.commit();
  }

  const totals = ws.getRow(n + 1);
  COLUMNS.forEach((c, i) => {
    const cell = totals.getCell(i + 1);
    const value = i === 1 ? 'Total' : c.total ? toCell(c.kind, c.total(v.totals)) : null;
    if (value !== null) cell.value = value;
    cell.style = styleOf(c, {
      font: { name: 'Calibri', size: 11, bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' }, bgColor: { argb: 'FFDCE6F1' } },
      border: { top: totalLine, bottom: totalDouble, left: dataBorders.left!, right: dataBorders.right! },
    });
  });
  totals.commit();

  // Over the header and the states only: sorting or filtering leaves the totals row in place.
  ws.autoFilter = `A${HEADER_ROW}:${lastCol}${HEADER_ROW + v.rows.length}`;
  ws.commit();
}

export async function exportJob(job: JobContext, input: ParsedInput<'portabilidad.export'>): Promise<ExportResult> {
  job.checkCancelled();
  const { v, institution } = job.read((ctx) => ({
    v: view(ctx, input.asOf ? { asOf: input.asOf } : {}),
    institution: getInstitution(ctx.db)?.name ?? '',
  }));
  job.progress(0, v.rows.length, EXPORT_LABEL);
  const now = job.now();
  let target: ReturnType<typeof newExportPath>;
  try {
    target = newExportPath(job.dataDir, EXPORT_PREFIX, 'xlsx', now);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError(ExcelErrorCodes.writeFailed, `No se pudo escribir en la carpeta «${job.dataDir}/exportaciones»: ${why}`);
  }
  const { bytes } = await writeXlsxFile(
    target.path,
    {
      signal: job.signal,
      properties: {
        title: `Posición 32x32 al ${formatDate(v.asOf)}`,
        subject: 'Portabilidad 32x32: por cobrar, por pagar, neto y vencido por entidad federativa',
        category: 'Portabilidad',
        created: now,
      },
    },
    async (workbook, signal) => {
      if (signal.aborted) throw cancelledError();
      writeSheet(workbook, v, institution, now);
      return v.rows.length;
    },
  );
  job.progress(v.rows.length, v.rows.length, EXPORT_LABEL);
  return { fileName: target.fileName, path: target.path, rows: v.rows.length, sizeBytes: bytes };
}
