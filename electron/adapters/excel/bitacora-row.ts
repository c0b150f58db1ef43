/**
 * One line of the bitácora as exported (domain README §Bitácora; the paper form's
 * columns first, in order, then the extra fields). Values are the entry's
 * current version (amendments applied). Dates are 'YYYY-MM-DD' or null; the
 * writer turns them into real spreadsheet dates.
 */
export interface BitacoraExportRow {
  /** Folio / volante, e.g. "2026-0042". */
  volante: string;
  asunto: string;
  /** Document number (oficio No.). */
  documento: string;
  fecha: string | null;
  dirigidoA: string;
  /** Estado / entidad. */
  estado: string;
  deParteDe: string;
  entrego: string;
  fechaEntrega: string | null;
  // ── extra fields ──
  direccion: 'recibido' | 'enviado';
  lugarOrigen: string;
  carpetaFisica: string;
  observaciones: string;
  expediente: string;
  tipoDocumento: string;
  escaneos: number;
  enmiendas: number;
  /** When the entry was recorded: an ISO-8601 instant (UTC), shown in local time. */
  registradoEl: string;
}
