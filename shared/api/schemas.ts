/** Reusable zod pieces for the API contract. Messages in Spanish. */
import { z } from 'zod';
import { isCalendarDay } from '../domain/dates';
import { isValidClabe } from '../domain/tax-ids';
import { MAX_CENTS } from '../domain/money';

z.config(z.locales.es());
// A missing field reads better as "obligatorio" than as a type mismatch.
z.config({
  customError: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'Campo obligatorio' : undefined),
});

/** Years below 100 are refused, as always (Date.UTC read them as 19xx). */
function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map((p) => Number.parseInt(p, 10));
  return !!y && !!m && !!d && y >= 100 && isCalendarDay(y, m, d);
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Fecha no válida: use AAAA-MM-DD')
  .refine(isCalendarDate, 'Fecha inexistente en el calendario');

export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Periodo no válido: use AAAA-MM');
export const id = z.number().int('Debe ser un identificador entero').positive('Debe ser un identificador positivo');
/** Integer centavos: the API never carries money as a fraction. */
export const cents = z
  .number()
  .int('El importe debe ser un número entero de centavos dentro del rango permitido')
  .refine(
    (v) => Math.abs(v) <= MAX_CENTS,
    'El importe debe ser un número entero de centavos dentro del rango permitido',
  );
export const positiveCents = cents.refine((v) => v > 0, 'El importe debe ser mayor que cero');
export const idempotencyKey = z
  .string()
  .min(8, 'La clave de idempotencia debe tener al menos 8 caracteres')
  .max(100, 'La clave de idempotencia admite como máximo 100 caracteres');
export const text = (max = 500) => z.string().trim().max(max, `Como máximo ${max} caracteres`);
export const requiredText = (label: string, max = 500) =>
  z.string().trim().min(1, `${label}: campo obligatorio`).max(max, `${label}: como máximo ${max} caracteres`);
export const page = z.number().int().min(1).default(1);
export const pageSize = z.number().int().min(1).max(500).default(50);

export const profile = z.enum(['MX', 'CO']);
export const direction = z.enum(['receivable', 'payable']);
export const referenceUnitKind = z.enum(['SMMLV', 'UMA', 'SM']);

/** Chosen by the caller of a job (PDF, batch, export, import) to follow its progress and cancel it. */
export const jobId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'Identificador de tarea no válido')
  .optional();

/** A method without input. */
export const empty = z.object({}).strict().default({});

/** CLABE interbancaria: 18 digits with a valid control digit, or empty while not captured. */
export const clabe = z
  .string()
  .trim()
  .regex(/^(\d{18})?$/, 'La CLABE tiene 18 dígitos')
  .refine(
    (v) => !/^\d{18}$/.test(v) || isValidClabe(v),
    'CLABE no válida: su dígito de control (el último) no corresponde a los 17 anteriores; revísela',
  )
  .default('');

export const optionalEmail = z
  .union([z.literal(''), z.string().trim().email('Correo electrónico no válido')])
  .default('');

/** Largest scan accepted, in bytes (a 40-page scanned PDF fits). */
export const MAX_SCAN_BYTES = 15 * 1024 * 1024;
export const scanInput = z.object({
  fileName: requiredText('El nombre del archivo', 255),
  // base64 is 4/3 of the bytes; the exact size is checked after decoding.
  dataBase64: z
    .string()
    .min(1, 'El archivo está vacío')
    .max(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 8, `El archivo excede ${MAX_SCAN_BYTES / 1024 / 1024} MB`),
});
