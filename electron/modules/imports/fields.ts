/**
 * Field definitions shared by the hoja de cálculo and the listado nominal,
 * and the per-row checker that turns a row's cells into typed values or
 * Spanish problems "Fila 14, columna «Monto»: «mil pesos» no es un importe
 * (use 1234.56)." Values of personal columns are never quoted.
 */
import type { ImportKind, ImportProblem, RawCell } from './types';
import { ImportErrorCodes } from './types';
import {
  isBlank,
  parseAmount,
  parseDate,
  parseInteger,
  parsePeriod,
  parseText,
  showValue,
  type Parsed,
  type ValueContext,
} from './values';
import { parseCurp, parseEntidad, type Entidad } from './entidad-curp';

export type FieldType = 'text' | 'money' | 'integer' | 'date' | 'period' | 'entidad' | 'curp' | 'sexo' | 'edad';

export interface FieldDef {
  key: string;
  /** Label on the mapping screen. */
  label: string;
  type: FieldType;
  /** The column must be mapped and every row must have a value. */
  required: boolean;
  /** Personal data (listado nominal): its values are never quoted in messages. */
  personal: boolean;
  /** Header names that suggest this field (any accents/case; see mapping.ts). */
  synonyms: readonly string[];
  maxLength?: number;
  min?: number;
  max?: number;
  /** One line of help for the mapping screen. */
  help?: string;
}

export interface KindDef {
  kind: ImportKind;
  /** "hoja de cálculo", "listado nominal". */
  label: string;
  /** "de la hoja de cálculo", "del listado nominal" (in messages). */
  ofLabel: string;
  fields: readonly FieldDef[];
  /** Groups of which at least one column must be mapped (and filled per row), e.g. costo or importe. */
  requireOneOf?: readonly (readonly string[])[];
}

/** A column resolved in the file: our field → its 0-based index and header text. */
export interface ResolvedColumn {
  field: string;
  index: number;
  header: string;
}

/** Parses one cell by the field's type (sexo/edad have their own rules in listado.ts). */
export function parseByType(def: FieldDef, raw: RawCell | undefined, ctx: ValueContext): Parsed<unknown> {
  switch (def.type) {
    case 'text':
      return parseText(raw, def.maxLength ?? 200);
    case 'money':
      return parseAmount(raw, ctx);
    case 'integer':
      return parseInteger(raw, def.min ?? 0, def.max ?? 1_000_000_000);
    case 'date':
      return parseDate(raw, ctx);
    case 'period':
      return parsePeriod(raw, ctx);
    case 'entidad':
      return parseEntidad(raw);
    case 'curp':
      return parseCurp(raw);
    case 'edad':
      return parseInteger(
        typeof raw === 'string' ? raw.replace(/\s*a(ñ|n)os?\s*$/i, '') : raw,
        def.min ?? 0,
        def.max ?? 130,
        'una edad en años (número entero)',
      );
    case 'sexo':
      return parseText(raw, 20);
  }
}

export function rowPrefix(row: number, column: string | null): string {
  return column ? `Fila ${row}, columna «${column}»` : `Fila ${row}`;
}

/** Expected INEGI codes (the case's states): rows naming other states are errors. */
export interface ExpectedEntidades {
  entidadPrestadora?: string;
  entidadAfiliacion?: string;
}

/** Flags the row's entidad prestadora and entidad de afiliación when they are not the case's. */
export function checkExpectedEntidades(
  c: RowChecker,
  prestadora: Entidad | null,
  afiliacion: Entidad | null,
  exp: ExpectedEntidades | undefined,
): void {
  if (prestadora && exp?.entidadPrestadora && prestadora.inegi !== exp.entidadPrestadora) {
    c.add(
      ImportErrorCodes.unexpected,
      'entidadPrestadora',
      `${rowPrefix(c.rowNumber, c.header('entidadPrestadora'))}: «${prestadora.name}» no es la entidad prestadora de este expediente.`,
    );
  }
  if (afiliacion && exp?.entidadAfiliacion && afiliacion.inegi !== exp.entidadAfiliacion) {
    c.add(
      ImportErrorCodes.unexpected,
      'entidadAfiliacion',
      `${rowPrefix(c.rowNumber, c.header('entidadAfiliacion'))}: «${afiliacion.name}» no es la entidad de afiliación de este expediente.`,
    );
  }
}

/**
 * Reads the fields of one row. `get` returns the typed value, or null when
 * the cell is blank or invalid (and records the problem); `failed` tells the
 * two apart so cross-field checks run only on values that were read.
 */
export class RowChecker {
  readonly problems: ImportProblem[] = [];
  private readonly failedFields = new Set<string>();

  constructor(
    readonly rowNumber: number,
    private readonly cells: readonly RawCell[],
    private readonly columns: ReadonlyMap<string, ResolvedColumn>,
    private readonly defs: ReadonlyMap<string, FieldDef>,
    readonly ctx: ValueContext,
  ) {}

  mapped(field: string): boolean {
    return this.columns.has(field);
  }

  raw(field: string): RawCell | undefined {
    const c = this.columns.get(field);
    return c ? this.cells[c.index] : undefined;
  }

  header(field: string): string | null {
    return this.columns.get(field)?.header ?? null;
  }

  failed(field: string): boolean {
    return this.failedFields.has(field);
  }

  /** The typed value of a field, with `parse` overriding the type's parser. */
  get<T>(
    field: string,
    parse?: (raw: RawCell | undefined, ctx: ValueContext) => Parsed<T>,
    requiredHere?: boolean,
  ): T | null {
    const def = this.defs.get(field);
    if (!def) throw new Error(`Campo desconocido: ${field}`);
    if (!this.columns.has(field)) return null;
    const raw = this.raw(field);
    if (isBlank(raw)) {
      if (requiredHere ?? def.required) {
        this.failedFields.add(field);
        this.add(
          ImportErrorCodes.missingValue,
          field,
          `${rowPrefix(this.rowNumber, this.header(field))}: falta el dato (${def.label} es obligatorio).`,
        );
      }
      return null;
    }
    const parsed = parse ? parse(raw, this.ctx) : (parseByType(def, raw, this.ctx) as Parsed<T>);
    if (parsed.ok) return parsed.value;
    this.invalid(field, parsed.problem);
    return null;
  }

  /** Records that the field's value is invalid: the value is quoted unless the field is personal. */
  invalid(field: string, problem: string): void {
    const def = this.defs.get(field);
    this.failedFields.add(field);
    const subject = def?.personal ? 'el valor (dato personal, no se muestra)' : `«${showValue(this.raw(field))}»`;
    this.add(
      ImportErrorCodes.invalidValue,
      field,
      `${rowPrefix(this.rowNumber, this.header(field))}: ${subject} ${problem}.`,
    );
  }

  /** A problem with a message written by the caller (it must not quote personal values). */
  add(code: string, field: string | null, message: string): void {
    if (field) this.failedFields.add(field);
    this.problems.push({ code, row: this.rowNumber, column: field ? this.header(field) : null, field, message });
  }
}
