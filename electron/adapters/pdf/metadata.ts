/**
 * PDF document information with fixed dates. pdfkit stamps `new Date()` as
 * CreationDate and derives the file /ID from the info dictionary (md5 of its
 * values, pdfkit 0.19 `PDFSecurity.generateFileID`), so fixing the dates and
 * filling the other keys from the document makes the same input give the
 * same bytes, and different documents different IDs.
 */
import type { DocInfo } from './doc-types';

export const PDF_PRODUCER = 'Cartera y Portabilidad';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Parses an ISO date or date-time. A value without a zone is read as UTC, so
 * the result never depends on the machine's time zone.
 */
export function parseFixedDate(iso: string): Date {
  const m = ISO.exec(iso.trim());
  if (!m) throw new Error(`La fecha de creación del documento no es ISO 8601: «${iso}».`);
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  if (day.toISOString().slice(0, 10) !== `${y}-${mo}-${d}` || Number.isNaN(date.getTime())) {
    throw new Error(`La fecha de creación del documento no existe: «${iso}».`);
  }
  return date;
}

export function pdfInfo(fields: {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  createdAt: string;
}): DocInfo {
  const date = parseFixedDate(fields.createdAt);
  return {
    title: fields.title,
    author: fields.author,
    subject: fields.subject,
    keywords: fields.keywords,
    creator: PDF_PRODUCER,
    producer: PDF_PRODUCER,
    creationDate: date,
    modDate: date,
  };
}
