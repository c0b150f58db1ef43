/**
 * Listado nominal (SICOMPENSA): one line per service given to a patient
 * (domain README §Imports: per patient: name, age, sex, affiliation
 * number, date of care, type of care, intervention number and tariff (CAUSES
 * catalogue), service ID; procedimiento 32x32, §8 Definiciones).
 *
 * It is sensitive personal health data. This module:
 * - never logs anything;
 * - never quotes a personal value (nombre, edad, sexo, afiliación, CURP) in a
 *   message: "el valor (dato personal, no se muestra) …";
 * - keeps no personal value across rows: the repeated-care check holds a
 *   SHA-256 digest of (afiliación, fecha, intervención), not the values.
 *
 * Fields chosen (* required; personal marked P):
 * - idServicio* — ID of the service (folio): unique in the file; a repeat is
 *   an error (the same service would be charged twice).
 * - nombre* P, edad P (0–130, "45 años" accepted), sexo P (H/M/F, hombre,
 *   mujer, masculino, femenino; a bare «M» means mujer as in the CURP unless
 *   the mapping says masculino; a file using both F and M with M = mujer, or
 *   H and M with M = masculino, is rejected as ambiguous).
 * - numeroAfiliacion* P — número de afiliación / póliza.
 * - curp P (optional, checked against the CURP pattern).
 * - fechaAtencion* — date of care.
 * - tipoAtencion — type of care (optional).
 * - intervencion* — intervention number / clave CAUSES.
 * - descripcionIntervencion — its name (optional).
 * - tarifa* — tariff of the intervention.
 * - cantidad — times given (optional, default 1); line amount = tarifa × cantidad.
 * - entidadAfiliacion, entidadPrestadora — optional, checked when given.
 * - periodo — optional; when absent the month of fechaAtencion is used for
 *   the per-period totals.
 *
 * The same afiliación + fecha + intervención on two lines with different
 * service IDs is a warning (possible repeated care), not an error.
 */
import { createHash } from 'node:crypto';
import type { ListadoRowRecord } from '../../../db/repositories/imports';
import { Dec, MAX_CENTS, roundCents, type Cents } from '../../../shared/domain/money';
import { foldText } from '../../../shared/domain/text';
import { type RowChecker, rowPrefix, checkExpectedEntidades, type ExpectedEntidades } from './fields';
import { ImportErrorCodes, type ImportProblem, type RawCell } from './types';
import type { Entidad } from './entidad-curp';
import type { Parsed } from './values';

/** A valid line of the listado (as stored: db/repositories/imports.ts). Personal fields: nombre, edad, sexo, afiliación, CURP. */
export type ListadoRow = ListadoRowRecord;

export interface ListadoCheckOptions {
  expected?: ExpectedEntidades;
  sexoLetraM?: 'mujer' | 'masculino';
}

const SEXO_WORDS: Record<string, 'H' | 'M'> = {
  hombre: 'H',
  masculino: 'H',
  masc: 'H',
  varon: 'H',
  mujer: 'M',
  femenino: 'M',
  fem: 'M',
};

function digest(s: string): string {
  return createHash('sha256').update(s).digest('base64').slice(0, 22);
}

export class ListadoValidator {
  private readonly servicios = new Map<string, number>();
  private readonly atenciones = new Map<string, number>();
  private readonly letters = { H: 0, M: 0, F: 0 };
  private sexoColumn: string | null = null;

  constructor(
    private readonly opts: ListadoCheckOptions,
    private readonly warn: (p: ImportProblem) => void,
  ) {}

  private parseSexo = (raw: RawCell | undefined): Parsed<'H' | 'M'> => {
    const s = typeof raw === 'string' ? foldText(raw).replace(/\./g, '').trim() : '';
    const word = SEXO_WORDS[s];
    if (word) return { ok: true, value: word };
    if (s === 'h' || s === 'f' || s === 'm') {
      const letter = s.toUpperCase() as 'H' | 'M' | 'F';
      this.letters[letter]++;
      if (letter === 'H') return { ok: true, value: 'H' };
      if (letter === 'F') return { ok: true, value: 'M' };
      return { ok: true, value: this.opts.sexoLetraM === 'masculino' ? 'H' : 'M' };
    }
    return { ok: false, problem: 'no es un sexo reconocido (H, M, hombre, mujer, masculino, femenino)' };
  };

  check(c: RowChecker): ListadoRow | null {
    this.sexoColumn ??= c.header('sexo');
    const idServicio = c.get<string>('idServicio');
    const nombre = c.get<string>('nombre');
    const edad = c.get<number>('edad');
    const sexo = c.get<'H' | 'M'>('sexo', this.parseSexo);
    const numeroAfiliacion = c.get<string>('numeroAfiliacion');
    const curp = c.get<string>('curp');
    const fechaAtencion = c.get<string>('fechaAtencion');
    const tipoAtencion = c.get<string>('tipoAtencion');
    const intervencion = c.get<string>('intervencion');
    const descripcionIntervencion = c.get<string>('descripcionIntervencion');
    const tarifa = c.get<Cents>('tarifa');
    const cantidadCell = c.get<number>('cantidad');
    const entidadAfiliacion = c.get<Entidad>('entidadAfiliacion');
    const entidadPrestadora = c.get<Entidad>('entidadPrestadora');
    const periodoCell = c.get<string>('periodo');
    const cantidad = cantidadCell ?? 1;

    if (entidadAfiliacion && entidadPrestadora && entidadAfiliacion.inegi === entidadPrestadora.inegi) {
      c.add(
        ImportErrorCodes.inconsistent,
        'entidadAfiliacion',
        `${rowPrefix(c.rowNumber, c.header('entidadAfiliacion'))}: la entidad de afiliación es la misma que la prestadora (${entidadPrestadora.name}).`,
      );
    }
    checkExpectedEntidades(c, entidadPrestadora, entidadAfiliacion, this.opts.expected);

    if (idServicio) {
      const k = idServicio.toUpperCase().replace(/\s+/g, '');
      const first = this.servicios.get(k);
      if (first !== undefined)
        c.add(
          ImportErrorCodes.duplicate,
          'idServicio',
          `${rowPrefix(c.rowNumber, c.header('idServicio'))}: el servicio «${idServicio}» ya aparece en la fila ${first} (servicio duplicado).`,
        );
      else this.servicios.set(k, c.rowNumber);
    }

    let importe: Cents | null = null;
    if (tarifa !== null) {
      const product = new Dec(tarifa).mul(cantidad);
      if (product.gt(MAX_CENTS))
        c.add(
          ImportErrorCodes.invalidValue,
          'tarifa',
          `${rowPrefix(c.rowNumber, c.header('tarifa'))}: tarifa × cantidad excede el importe máximo permitido.`,
        );
      else importe = roundCents(product);
    }

    if (
      c.problems.length > 0 ||
      !idServicio ||
      !nombre ||
      !numeroAfiliacion ||
      !fechaAtencion ||
      !intervencion ||
      tarifa === null ||
      importe === null
    )
      return null;

    const atencion = digest(
      `${numeroAfiliacion.toUpperCase().replace(/\s+/g, '')}|${fechaAtencion}|${intervencion.toUpperCase()}`,
    );
    const same = this.atenciones.get(atencion);
    if (same !== undefined) {
      this.warn({
        code: ImportErrorCodes.possibleDuplicate,
        row: c.rowNumber,
        column: null,
        field: null,
        message: `Fila ${c.rowNumber}: la misma atención (afiliación, fecha e intervención) ya aparece en la fila ${same} con otro ID de servicio; revise si está repetida.`,
      });
    } else this.atenciones.set(atencion, c.rowNumber);

    return {
      row: c.rowNumber,
      idServicio,
      nombre,
      edad,
      sexo,
      numeroAfiliacion,
      curp,
      fechaAtencion,
      tipoAtencion,
      intervencion,
      descripcionIntervencion,
      tarifaCents: tarifa,
      cantidad,
      importeCents: importe,
      entidadAfiliacion: entidadAfiliacion?.inegi ?? null,
      entidadPrestadora: entidadPrestadora?.inegi ?? null,
      periodo: periodoCell ?? fechaAtencion.slice(0, 7),
    };
  }

  finish(): ImportProblem[] {
    const { H, M, F } = this.letters;
    const column = this.sexoColumn;
    const masc = this.opts.sexoLetraM === 'masculino';
    if (M > 0 && (masc ? H > 0 : F > 0)) {
      const other = masc ? 'H' : 'F';
      return [
        {
          code: ImportErrorCodes.ambiguousSex,
          row: null,
          column,
          field: 'sexo',
          message: `La columna «${column ?? 'Sexo'}» usa las letras ${other} y M: no se puede saber qué significa «M». Indique en la asignación de columnas si «M» es ${masc ? 'mujer' : 'masculino'}.`,
        },
      ];
    }
    return [];
  }
}
