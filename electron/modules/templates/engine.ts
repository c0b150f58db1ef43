/**
 * Letter templates (domain README §Letters): asunto + body written in Liquid by staff,
 * rendered against a LetterContext into plain text paragraphs for the PDF.
 *
 * Safety: one Liquid instance with strictVariables (a misspelt field is an
 * error, never a blank), strictFilters, ownPropertyOnly (no prototype /
 * constructor access), no file system (include / render / layout / block tags
 * are removed and the template store is an empty in-memory map), and parse /
 * render / memory limits. Output is NOT HTML-escaped: it is PDF text. Liquid
 * cannot run JavaScript.
 *
 * The invoice table and the bank block are laid out by the PDF builder; a
 * template marks where they go with `{{ tabla }}` and `{{ bloque_banco }}`
 * (each alone in its paragraph): the result says after how many paragraphs
 * each block goes.
 */
import { Liquid } from 'liquidjs';
import { TemplateErrorCodes } from '../../../shared/api/errors-templates';
import { DomainError, type ApiError } from '../../../shared/api/errors';
import { amountInWords } from '../../../shared/domain/amount-in-words';
import { dateInWords, periodInWords } from '../../../shared/domain/date-words';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney, MAX_CENTS } from '../../../shared/domain/money';
import { profileLocale } from '../../../shared/domain/catalogs';
import type { LetterContext } from './context';

export { TemplateErrorCodes };

export interface LetterTemplate {
  asunto: string;
  body: string;
}

export interface RenderedLetter {
  asunto: string;
  /** Body paragraphs: trimmed, single newlines collapsed into spaces, empty ones dropped. */
  paragraphs: string[];
  /** The invoice table goes after this many paragraphs; null when the template has no `{{ tabla }}`. */
  tableAt: number | null;
  /** The bank block goes after this many paragraphs; null when the template has no `{{ bloque_banco }}`. */
  bankAt: number | null;
}

export interface TemplatePreview extends RenderedLetter {
  /** Empty when the template rendered cleanly. Asunto and body are checked separately. */
  errors: ApiError[];
}

/** Where a template problem is: shown in the Spanish message and in details. */
type Part = 'asunto' | 'cuerpo';

const TABLE_MARK = '\uE000TABLA\uE000';
const BANK_MARK = '\uE000BANCO\uE000';
/** Fields provided by the engine itself, not by the context. */
const MARKER_FIELDS: Record<string, string> = { tabla: TABLE_MARK, bloque_banco: BANK_MARK };
const FORBIDDEN_TAGS = ['include', 'render', 'layout', 'block'] as const;

/** A filter got a value it cannot print; becomes plantillas/valor-invalido. */
class FilterValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterValueError';
  }
}

/** What a filter's `this` gives us (liquidjs does not export its FilterImpl type from the root). */
interface FilterImpl {
  context: { environments: unknown };
}

function perfilOf(impl: FilterImpl): 'MX' | 'CO' {
  const env = impl.context.environments as Partial<Record<string, unknown>>;
  return env.perfil === 'CO' ? 'CO' : 'MX';
}

function cents(filter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > MAX_CENTS) {
    throw new FilterValueError(
      `El filtro «${filter}» espera un importe en centavos enteros y recibió «${String(value)}».`,
    );
  }
  return value;
}

function isoDate(filter: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new FilterValueError(`El filtro «${filter}» recibió una fecha vacía: falta capturar ese dato.`);
  }
  try {
    dateInWords(value);
  } catch {
    throw new FilterValueError(`El filtro «${filter}» recibió una fecha no válida: «${value}» (se espera AAAA-MM-DD).`);
  }
  return value;
}

function createEngine(): Liquid {
  const liquid = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    lenientIf: false,
    jsTruthy: false,
    // No disk: any lookup goes to this empty in-memory map (the tags that do lookups are removed below too).
    templates: {},
    relativeReference: false,
    dynamicPartials: false,
    cache: false,
    // Keep whitespace as written; paragraphs are normalised afterwards.
    greedy: false,
    parseLimit: 200_000,
    renderLimit: 2_000,
    memoryLimit: 20_000_000,
  });
  const tags = liquid.tags as Record<string, unknown>;
  for (const t of FORBIDDEN_TAGS) delete tags[t];

  liquid.registerFilter('dinero', function (this: FilterImpl, value: unknown) {
    return formatMoney(cents('dinero', value), profileLocale(perfilOf(this)));
  });
  liquid.registerFilter('letras', function (this: FilterImpl, value: unknown) {
    const c = cents('letras', value);
    if (c < 0) throw new FilterValueError('El filtro «letras» no escribe importes negativos.');
    return amountInWords(c, perfilOf(this) === 'MX' ? 'MXN' : 'COP');
  });
  liquid.registerFilter('fecha', (value: unknown) => dateInWords(isoDate('fecha', value)));
  liquid.registerFilter('fecha_corta', (value: unknown) => formatDate(isoDate('fecha_corta', value)));
  liquid.registerFilter('mes', (value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '')
      throw new FilterValueError('El filtro «mes» recibió un periodo vacío: falta capturar ese dato.');
    try {
      return periodInWords(value);
    } catch {
      throw new FilterValueError(`El filtro «mes» recibió un periodo no válido: «${value}» (se espera AAAA-MM).`);
    }
  });
  liquid.registerFilter('mayusculas', (value: unknown) => String(value ?? '').toLocaleUpperCase('es'));
  return liquid;
}

const engine = createEngine();

/** Filters staff can use, for the editor's help panel. */
export const FILTER_DOCS: readonly { name: string; description: string; example: string }[] = [
  {
    name: 'dinero',
    description: 'Centavos → importe con formato del perfil.',
    example: '{{ total | dinero }} → $1,234,567.89',
  },
  {
    name: 'letras',
    description: 'Centavos → importe con letra (M.N. o M/CTE).',
    example: '{{ total | letras }} → UN MILLÓN … PESOS 89/100 M.N.',
  },
  { name: 'fecha', description: 'Fecha → con letra.', example: '{{ fecha | fecha }} → 3 de febrero de 2026' },
  { name: 'fecha_corta', description: 'Fecha → dd/mm/aaaa.', example: '{{ fecha | fecha_corta }} → 03/02/2026' },
  { name: 'mes', description: 'Periodo AAAA-MM → mes y año.', example: '{{ caso.periodo | mes }} → julio de 2025' },
  { name: 'mayusculas', description: 'Texto en mayúsculas.', example: '{{ entidad.nombre | mayusculas }} → NAYARIT' },
];

// ---------------------------------------------------------------- errors

interface LiquidLikeError {
  name?: string;
  message?: string;
  originalError?: { name?: string; message?: string };
  token?: { getPosition?: () => [number, number] };
}

const PART_LABEL: Record<Part, string> = { asunto: 'el asunto', cuerpo: 'el cuerpo' };

function position(e: LiquidLikeError): { line: number | null; col: number | null } {
  try {
    const p = e.token?.getPosition?.();
    if (p) return { line: p[0], col: p[1] };
  } catch {
    /* fall back to the message */
  }
  const m = /line:(\d+), col:(\d+)/u.exec(e.message ?? '');
  return m ? { line: Number(m[1]), col: Number(m[2]) } : { line: null, col: null };
}

function translateSyntax(raw: string): string {
  let m = /^tag (.*) not closed/u.exec(raw);
  if (m) return `la etiqueta ${m[1]} no está cerrada (falta su etiqueta de cierre, p. ej. {% endif %} o {% endfor %})`;
  m = /^output (.*) not closed/u.exec(raw);
  if (m) return `la salida ${m[1]} no está cerrada con «}}»`;
  m = /^tag "?([^"\s]+)"? not found/u.exec(raw);
  if (m) {
    const name = m[1] ?? '';
    return (FORBIDDEN_TAGS as readonly string[]).includes(name)
      ? `la etiqueta «${name}» no está permitida en las plantillas`
      : `la etiqueta «${name}» no existe`;
  }
  m = /^unexpected token at "(.*)"/u.exec(raw);
  if (m) return `hay un símbolo inesperado en «${m[1]}»`;
  if (/^invalid value expression/u.test(raw)) return `expresión no válida (${raw})`;
  return `${raw}`;
}

/** Turns any Liquid error into a Spanish ApiError. */
function toApiError(err: unknown, part: Part): ApiError {
  const e = (err ?? {}) as LiquidLikeError;
  const { line, col } = position(e);
  const where = line === null ? `en ${PART_LABEL[part]}` : `en ${PART_LABEL[part]}, línea ${line}`;
  const inner = e.originalError;
  const rawInner = (inner?.message ?? e.message ?? String(err)).replace(/, line:\d+, col:\d+$/u, '');

  if (e.name === 'UndefinedVariableError' || inner?.name === 'InternalUndefinedVariableError') {
    const field = /undefined variable: (.+)$/u.exec(rawInner)?.[1]?.trim() ?? '?';
    return {
      code: TemplateErrorCodes.unknownField,
      message: `El campo «${field}» no existe (${where}). Revise cómo está escrito o consulte la lista de campos disponibles.`,
      details: { field, part, line, col },
    };
  }
  const filter = /undefined filter: (\S+)/u.exec(rawInner)?.[1];
  if (filter !== undefined) {
    return {
      code: TemplateErrorCodes.unknownFilter,
      message: `El filtro «${filter}» no existe (${where}). Filtros disponibles: ${FILTER_DOCS.map((f) => f.name).join(', ')}.`,
      details: { filter, part, line, col },
    };
  }
  if (inner?.name === 'FilterValueError') {
    return { code: TemplateErrorCodes.invalidValue, message: `${rawInner} (${where})`, details: { part, line, col } };
  }
  if (/limit exceeded/iu.test(rawInner)) {
    return {
      code: TemplateErrorCodes.limit,
      message: `La plantilla es demasiado grande o tarda demasiado en generarse (${where}). Simplifique los ciclos.`,
      details: { part, line, col },
    };
  }
  if (e.name === 'RenderError' && inner !== undefined) {
    return {
      code: TemplateErrorCodes.invalidValue,
      message: `No se pudo generar ${PART_LABEL[part]} (${where}): ${rawInner}`,
      details: { part, line, col },
    };
  }
  return {
    code: TemplateErrorCodes.syntax,
    message: `Error de sintaxis ${where}: ${translateSyntax(rawInner)}.`,
    details: { part, line, col, liquid: rawInner },
  };
}

// ---------------------------------------------------------------- rendering

function renderPart(text: string, context: LetterContext): string {
  return engine.parseAndRenderSync(text, context, { globals: MARKER_FIELDS });
}

function normaliseAsunto(text: string): string {
  return text.replaceAll(TABLE_MARK, ' ').replaceAll(BANK_MARK, ' ').replace(/\s+/gu, ' ').trim();
}

function splitBody(text: string): Pick<RenderedLetter, 'paragraphs' | 'tableAt' | 'bankAt'> {
  const spaced = text.replaceAll(TABLE_MARK, `\n\n${TABLE_MARK}\n\n`).replaceAll(BANK_MARK, `\n\n${BANK_MARK}\n\n`);
  const paragraphs: string[] = [];
  let tableAt: number | null = null;
  let bankAt: number | null = null;
  for (const block of spaced.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n/u)) {
    const p = block
      .replace(/[ \t]*\n[ \t]*/gu, ' ')
      .replace(/[ \t]{2,}/gu, ' ')
      .trim();
    if (p === '') continue;
    if (p === TABLE_MARK) tableAt ??= paragraphs.length;
    else if (p === BANK_MARK) bankAt ??= paragraphs.length;
    else paragraphs.push(p);
  }
  return { paragraphs, tableAt, bankAt };
}

/**
 * Renders asunto and body. Throws DomainError: plantillas/campo-desconocido
 * (details.field, details.line), plantillas/sintaxis, plantillas/filtro-desconocido,
 * plantillas/valor-invalido or plantillas/limite-excedido.
 */
export function renderTemplate(tpl: LetterTemplate, context: LetterContext): RenderedLetter {
  let asunto: string;
  let body: string;
  try {
    asunto = renderPart(tpl.asunto, context);
  } catch (err) {
    const e = toApiError(err, 'asunto');
    throw new DomainError(e.code, e.message, e.details);
  }
  try {
    body = renderPart(tpl.body, context);
  } catch (err) {
    const e = toApiError(err, 'cuerpo');
    throw new DomainError(e.code, e.message, e.details);
  }
  return { asunto: normaliseAsunto(asunto), ...splitBody(body) };
}

/** Live preview: like renderTemplate, but never throws; problems come back in `errors`. */
export function previewTemplate(tpl: LetterTemplate, context: LetterContext): TemplatePreview {
  const errors: ApiError[] = [];
  let asunto = '';
  let body: Pick<RenderedLetter, 'paragraphs' | 'tableAt' | 'bankAt'> = { paragraphs: [], tableAt: null, bankAt: null };
  try {
    asunto = normaliseAsunto(renderPart(tpl.asunto, context));
  } catch (err) {
    errors.push(toApiError(err, 'asunto'));
  }
  try {
    body = splitBody(renderPart(tpl.body, context));
  } catch (err) {
    errors.push(toApiError(err, 'cuerpo'));
  }
  return { asunto, ...body, errors };
}

/**
 * The context fields a template uses ("destinatario.nombre", "facturas", "total"…),
 * sorted, without loop variables, local assigns or the tabla / bloque_banco marks.
 * A template with a syntax error gives [] (previewTemplate reports the error).
 */
export function listTemplateFields(body: string): string[] {
  let vars: string[];
  try {
    vars = engine.globalFullVariablesSync(body);
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const v of vars) {
    const name = v.replace(/\[(\d+)\]/gu, '').replace(/\["([^"]+)"\]/gu, '.$1');
    if (name in MARKER_FIELDS) continue;
    out.add(name);
  }
  return [...out].sort((a, b) => a.localeCompare(b, 'es'));
}
