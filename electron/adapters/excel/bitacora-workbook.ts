/**
 * Excel export of the bitácora (domain README §Bitácora): sheet "Bitácora" with the
 * paper form's columns first and in its order (procedimiento 32x32, anexo de
 * la bitácora), then the extra fields; sheet "Datos de la exportación" with
 * the title, filters, date and row count. Written by streaming, one row at a
 * time, so 100,000 entries take the memory of a few.
 */
import type ExcelJS from 'exceljs';
import type { BitacoraExportRow } from './bitacora-row';
import { PAPER_LETTER, labelStyle, titleStyle } from './header-style';
import { streamSheet, type SheetColumn } from './stream-sheet';
import { writeXlsxFile } from './xlsx-file';

export const BITACORA_SHEET = 'Bitácora';
export const INFO_SHEET = 'Datos de la exportación';

const DIRECCION: Record<BitacoraExportRow['direccion'], string> = { recibido: 'Recibido', enviado: 'Enviado' };

/** The columns, in order. The first nine are the paper form's. */
export const BITACORA_COLUMNS: readonly SheetColumn<BitacoraExportRow>[] = [
  { key: 'volante', header: 'Volante', width: 12, type: 'text', value: (r) => r.volante },
  { key: 'asunto', header: 'Asunto', width: 56, type: 'text', value: (r) => r.asunto },
  { key: 'documento', header: 'Docto', width: 24, type: 'text', value: (r) => r.documento },
  { key: 'fecha', header: 'Fecha', width: 12, type: 'date', value: (r) => r.fecha },
  { key: 'dirigidoA', header: 'Dirigido a', width: 34, type: 'text', value: (r) => r.dirigidoA },
  { key: 'estado', header: 'Estado', width: 18, type: 'text', value: (r) => r.estado },
  { key: 'deParteDe', header: 'De parte de', width: 34, type: 'text', value: (r) => r.deParteDe },
  { key: 'entrego', header: 'Entregó', width: 22, type: 'text', value: (r) => r.entrego },
  { key: 'fechaEntrega', header: 'Fecha (entrega)', width: 12, type: 'date', value: (r) => r.fechaEntrega },
  // ── extra fields ──
  {
    key: 'direccion',
    header: 'Dirección',
    width: 11,
    type: 'text',
    value: (r) => DIRECCION[r.direccion] ?? r.direccion,
  },
  { key: 'lugarOrigen', header: 'Lugar de origen', width: 24, type: 'text', value: (r) => r.lugarOrigen },
  { key: 'carpetaFisica', header: 'Carpeta física', width: 16, type: 'text', value: (r) => r.carpetaFisica },
  { key: 'observaciones', header: 'Observaciones', width: 50, type: 'text', value: (r) => r.observaciones },
  { key: 'expediente', header: 'Expediente', width: 16, type: 'text', value: (r) => r.expediente },
  { key: 'tipoDocumento', header: 'Tipo de documento', width: 18, type: 'text', value: (r) => r.tipoDocumento },
  { key: 'escaneos', header: 'Escaneos', width: 10, type: 'integer', value: (r) => r.escaneos },
  { key: 'enmiendas', header: 'Enmiendas', width: 11, type: 'integer', value: (r) => r.enmiendas },
  { key: 'registradoEl', header: 'Registrado el', width: 17, type: 'datetime', value: (r) => r.registradoEl },
];

export const BITACORA_HEADERS: readonly string[] = BITACORA_COLUMNS.map((c) => c.header);

export interface BitacoraWorkbookOptions {
  /** e.g. "Bitácora de correspondencia". */
  title: string;
  /** e.g. "Del 01/01/2026 al 31/03/2026 · Recibidos · Jalisco". */
  subtitle?: string;
  /** The filters used, as label/value pairs, for the "Datos de la exportación" sheet. */
  filters?: readonly { label: string; value: string }[];
  /** When the export was made (inject ctx.now()); defaults to now. */
  generatedAt?: Date;
  /** Called with the number of rows written, every 1,000 rows and at the end. */
  onProgress?: (written: number) => void;
  signal?: AbortSignal;
}

/** Local wall-clock time as a Date whose UTC fields carry it (what a spreadsheet cell shows). */
function wallClock(d: Date): Date {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()));
}

function writeInfoSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  opts: BitacoraWorkbookOptions,
  generatedAt: Date,
  rows: number,
): void {
  const ws = workbook.addWorksheet(INFO_SHEET, {
    pageSetup: { orientation: 'portrait', paperSize: PAPER_LETTER, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 26 }, { width: 70 }];
  const title = ws.addRow([opts.title]);
  title.getCell(1).style = titleStyle;
  title.height = 22;
  title.commit();
  if (opts.subtitle) ws.addRow([opts.subtitle]).commit();
  ws.addRow([]).commit();
  const pair = (label: string, value: string | number | Date, numFmt?: string) => {
    const r = ws.addRow([label, value]);
    r.getCell(1).style = labelStyle;
    r.getCell(2).style = {
      alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
      ...(numFmt ? { numFmt } : {}),
    };
    r.commit();
  };
  pair('Hoja', BITACORA_SHEET);
  pair('Filas exportadas', rows, '#,##0');
  pair('Generado el', wallClock(generatedAt), 'dd/mm/yyyy hh:mm');
  for (const f of opts.filters ?? []) pair(f.label, f.value);
  ws.commit();
}

/**
 * Writes the bitácora to `file` (.xlsx). Rows are read one at a time from
 * an iterable or async iterable and never held together. Cancelling through
 * `signal` stops, removes the partial file and rejects with a Spanish message.
 */
export async function writeBitacoraWorkbook(
  rows: AsyncIterable<BitacoraExportRow> | Iterable<BitacoraExportRow>,
  file: string,
  opts: BitacoraWorkbookOptions,
): Promise<{ rows: number; bytes: number }> {
  const generatedAt = opts.generatedAt ?? new Date();
  const description = [opts.subtitle, ...(opts.filters ?? []).map((f) => `${f.label}: ${f.value}`)]
    .filter(Boolean)
    .join(' · ');
  const { value: count, bytes } = await writeXlsxFile(
    file,
    {
      ...(opts.signal ? { signal: opts.signal } : {}),
      properties: {
        title: opts.title,
        subject: opts.subtitle ?? 'Bitácora de correspondencia',
        description,
        category: 'Bitácora',
        created: generatedAt,
      },
    },
    async (workbook, signal) => {
      const n = await streamSheet(workbook, BITACORA_SHEET, BITACORA_COLUMNS, rows, {
        signal,
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
        printTitle: opts.subtitle ? `${opts.title} — ${opts.subtitle}` : opts.title,
      });
      writeInfoSheet(workbook, opts, generatedAt, n);
      return n;
    },
  );
  return { rows: count, bytes };
}
