/**
 * Dates in words for letters (domain README §Letters): "Guadalajara, Jal., 3 de febrero de 2026".
 * Calendar dates without time zone: the ISO string is parsed, never handed to
 * Date, so the machine's time zone can never shift the day.
 */
import { daysInMonth, weekdayOf, type IsoDate } from './dates';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

export class DateWordsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateWordsError';
  }
}

const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

/** "2026-12-08" → "martes". */
export function weekdayName(iso: IsoDate): string {
  parseIso(iso);
  return WEEKDAYS[weekdayOf(iso)]!;
}

/** 1 → "enero" … 12 → "diciembre". */
export function monthName(m: number): string {
  const name = Number.isInteger(m) ? MONTHS[m - 1] : undefined;
  if (name === undefined) throw new DateWordsError(`Mes no válido: ${m} (debe ser de 1 a 12).`);
  return name;
}

function parseIso(iso: IsoDate): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new DateWordsError(`Fecha no válida: "${iso}" (se espera AAAA-MM-DD).`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    throw new DateWordsError(`Fecha no válida: "${iso}" no existe en el calendario.`);
  return { y, m, d };
}

/** "2026-02-03" → "3 de febrero de 2026" (day without leading zero, month in lower case). */
export function dateInWords(iso: IsoDate): string {
  const { y, m, d } = parseIso(iso);
  return `${d} de ${monthName(m)} de ${y}`;
}

/**
 * "Guadalajara, Jal." + "2026-02-03" → "Guadalajara, Jal., 3 de febrero de 2026".
 * An empty city line gives just the date; a trailing comma in the city line is not doubled.
 */
export function placeAndDate(cityLine: string, iso: IsoDate): string {
  const date = dateInWords(iso);
  const city = cityLine.trim().replace(/[\s,]+$/u, '');
  return city === '' ? date : `${city}, ${date}`;
}

/** "2025-07" → "julio de 2025". */
export function periodInWords(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12) throw new DateWordsError(`Periodo no válido: "${period}" (se espera AAAA-MM).`);
  return `${monthName(m)} de ${Number(match[1])}`;
}
