/**
 * Official document numbers (domain README §Document numbers): each document type has a
 * number format such as "DGF/{n:4}/{año}" → "DGF/0042/2026". Pure: no I/O.
 *
 * Placeholders:
 *  - `{n}`      the consecutive number, as is ("42");
 *  - `{n:4}`    zero-padded to that width ("0042"; a longer number is never cut);
 *  - `{año}` / `{anio}`  the four-digit year ("2026");
 *  - `{aa}`     the two-digit year ("26").
 * Anything else is literal text. A format must contain exactly one `{n…}`.
 */

const PLACEHOLDER = /\{([^{}]*)\}/gu;
const N_PADDED = /^n:(\d{1,2})$/u;
const YEAR_NAMES = new Set(['año', 'anio', 'aa']);
/** Longest padding accepted in `{n:…}`. */
const MAX_PAD = 10;

export class NumberFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NumberFormatError';
  }
}

/**
 * Returns null when `format` is usable, otherwise a Spanish message saying
 * what is wrong (for the Configuración screen).
 */
export function validateNumberFormat(format: string): string | null {
  if (typeof format !== 'string' || format.trim() === '') return 'El formato de número no puede estar vacío.';
  if (format.length > 60) return 'El formato de número es demasiado largo (máximo 60 caracteres).';
  let nCount = 0;
  for (const m of format.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (name === 'n') {
      nCount++;
      continue;
    }
    const pad = N_PADDED.exec(name);
    if (pad) {
      const width = Number(pad[1]);
      if (width < 1 || width > MAX_PAD) return `El relleno de «{${name}}» debe estar entre 1 y ${MAX_PAD} dígitos.`;
      nCount++;
      continue;
    }
    if (YEAR_NAMES.has(name)) continue;
    return `El campo «{${name}}» no se reconoce. Use {n}, {n:4}, {año}, {anio} o {aa}.`;
  }
  const rest = format.replace(PLACEHOLDER, '');
  if (rest.includes('{') || rest.includes('}')) return 'Hay una llave «{» o «}» sin cerrar en el formato de número.';
  if (nCount === 0) return 'El formato debe incluir el consecutivo {n} (o {n:4} para rellenar con ceros).';
  if (nCount > 1) return 'El formato debe incluir el consecutivo {n} una sola vez.';
  return null;
}

/**
 * formatDocumentNumber("DGF/{n:4}/{año}", 42, 2026) → "DGF/0042/2026".
 * Throws NumberFormatError (Spanish) for an invalid format, number or year.
 */
export function formatDocumentNumber(format: string, n: number, year: number): string {
  const problem = validateNumberFormat(format);
  if (problem !== null) throw new NumberFormatError(problem);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new NumberFormatError(`El consecutivo debe ser un entero positivo (se recibió ${String(n)}).`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new NumberFormatError(`Año no válido: ${String(year)}.`);
  return format.replace(PLACEHOLDER, (_all, name: string) => {
    if (name === 'n') return String(n);
    if (name === 'año' || name === 'anio') return String(year);
    if (name === 'aa') return String(year % 100).padStart(2, '0');
    const pad = N_PADDED.exec(name);
    return String(n).padStart(Number(pad?.[1] ?? 0), '0');
  });
}
