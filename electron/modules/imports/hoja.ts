/**
 * Hoja de cálculo (SICOMPENSA): the summary of services one state gave to
 * patients affiliated in another, per intervention and period (domain README
 * §Imports: provider state, affiliation state, description, type, cost,
 * period, number of times the service was given; procedimiento 32x32,
 * §8 Definiciones). The Requerimiento de Pago's table (domain README §Letters) also
 * cites the factura of each line, so the hoja may carry it.
 *
 * Fields chosen:
 * - entidadPrestadora*, entidadAfiliacion* — entidades federativas (name,
 *   abbreviation or INEGI code) → INEGI code; they must differ (the 32x32
 *   agreement is between states).
 * - descripcion* — the service / intervention as written.
 * - clave — clave CAUSES of the intervention (optional).
 * - tipo — type of care (optional: not every hoja has it).
 * - costo — unit cost (tarifa) of the service.
 * - cantidad* — times the service was given (integer ≥ 1).
 * - importe — line amount. At least one of costo and importe is mapped.
 *   With both, importe must equal costo × cantidad exactly; with costo only,
 *   importe = costo × cantidad; with importe only, it is taken as written.
 * - periodo* — month of service, 'AAAA-MM'.
 * - factura — factura / recibo fiscal number (optional). A factura appears
 *   on one line only: a repeated factura is an error (a duplicated invoice
 *   would be charged twice).
 * (* required)
 *
 * A line identical to an earlier one in every field is reported as a warning
 * (possible duplicate): SICOMPENSA sums repeated services into cantidad, so
 * two equal lines are suspicious but not provably wrong.
 */
import { createHash } from 'node:crypto';
import type { HojaRowOut } from '../../../shared/api/types-imports';
import { Dec, MAX_CENTS, formatMoney, roundCents, type Cents } from '../../../shared/domain/money';
import {
  type FieldDef,
  type KindDef,
  type RowChecker,
  rowPrefix,
  checkExpectedEntidades,
  type ExpectedEntidades,
} from './fields';
import { ImportErrorCodes, type ImportProblem } from './types';
import type { Entidad } from './entidad-curp';

/** A valid line of the hoja (entidades as INEGI codes, periodo 'AAAA-MM'), as stored and shown. */
export type HojaRow = HojaRowOut;

const F = (f: Omit<FieldDef, 'personal'>): FieldDef => ({ ...f, personal: false });

export const HOJA_FIELDS: readonly FieldDef[] = [
  F({
    key: 'entidadPrestadora',
    label: 'Entidad prestadora',
    type: 'entidad',
    required: true,
    synonyms: [
      'entidad prestadora',
      'estado prestador',
      'entidad prestadora servicios',
      'entidad prestadora servicio',
      'prestadora',
      'entidad que presta',
      'entidad atencion',
      'estado atencion',
      'entidad acreedora',
      'estado acreedor',
      'entidad que atiende',
      'entidad federativa prestadora',
    ],
    help: 'Estado que dio la atención (acreedor).',
  }),
  F({
    key: 'entidadAfiliacion',
    label: 'Entidad de afiliación',
    type: 'entidad',
    required: true,
    synonyms: [
      'entidad afiliacion',
      'estado afiliacion',
      'entidad que recibio servicios',
      'entidad que recibio servicio',
      'entidad receptora',
      'entidad origen',
      'estado origen',
      'entidad deudora',
      'estado deudor',
      'afiliacion',
      'entidad federativa afiliacion',
    ],
    help: 'Estado donde está afiliado el paciente (deudor).',
  }),
  F({
    key: 'descripcion',
    label: 'Descripción',
    type: 'text',
    required: true,
    maxLength: 500,
    synonyms: [
      'descripcion',
      'descripcion servicio',
      'descripcion intervencion',
      'concepto',
      'intervencion',
      'nombre intervencion',
      'servicio',
    ],
  }),
  F({
    key: 'clave',
    label: 'Clave de intervención',
    type: 'text',
    required: false,
    maxLength: 30,
    synonyms: ['clave', 'clave intervencion', 'clave causes', 'causes', 'cve', 'cve intervencion'],
  }),
  F({
    key: 'tipo',
    label: 'Tipo',
    type: 'text',
    required: false,
    maxLength: 100,
    synonyms: ['tipo', 'tipo servicio', 'tipo atencion', 'tipo intervencion'],
  }),
  F({
    key: 'costo',
    label: 'Costo',
    type: 'money',
    required: false,
    synonyms: [
      'costo',
      'costo unitario',
      'tarifa',
      'precio unitario',
      'precio',
      'cuota',
      'costo intervencion',
      'tarifa causes',
    ],
    help: 'Costo de una atención (tarifa).',
  }),
  F({
    key: 'cantidad',
    label: 'Cantidad',
    type: 'integer',
    required: true,
    min: 1,
    max: 10_000_000,
    synonyms: [
      'cantidad',
      'casos',
      'numero casos',
      'no casos',
      'veces',
      'numero veces',
      'eventos',
      'numero eventos',
      'frecuencia',
      'cantidad veces',
      'atenciones',
    ],
  }),
  F({
    key: 'importe',
    label: 'Importe',
    type: 'money',
    required: false,
    synonyms: ['importe', 'monto', 'total', 'importe total', 'monto total', 'costo total', 'subtotal'],
    help: 'Importe de la línea (costo × cantidad).',
  }),
  F({
    key: 'periodo',
    label: 'Periodo',
    type: 'period',
    required: true,
    synonyms: ['periodo', 'mes', 'mes servicio', 'periodo atencion', 'mes atencion', 'periodo servicio'],
  }),
  F({
    key: 'factura',
    label: 'Factura',
    type: 'text',
    required: false,
    maxLength: 60,
    synonyms: [
      'factura',
      'folio factura',
      'numero factura',
      'no factura',
      'num factura',
      'recibo fiscal',
      'folio recibo fiscal',
      'cfdi',
      'folio fiscal',
    ],
  }),
];

export const HOJA_DEF: KindDef = {
  kind: 'hoja',
  label: 'hoja de cálculo',
  ofLabel: 'de la hoja de cálculo',
  fields: HOJA_FIELDS,
  requireOneOf: [['costo', 'importe']],
};

export interface HojaCheckOptions {
  /** Expected INEGI codes (the case's states): other values are row errors. */
  expected?: ExpectedEntidades;
}

function digest(s: string): string {
  return createHash('sha256').update(s).digest('base64').slice(0, 22);
}

/** Per-file state: duplicates. One instance per file. */
export class HojaValidator {
  private readonly facturas = new Map<string, number>();
  private readonly lines = new Map<string, number>();

  constructor(
    private readonly opts: HojaCheckOptions,
    private readonly warn: (p: ImportProblem) => void,
  ) {}

  check(c: RowChecker): HojaRow | null {
    const money = (cents: Cents) => formatMoney(cents, c.ctx.numberFormat);
    const prestadora = c.get<Entidad>('entidadPrestadora');
    const afiliacion = c.get<Entidad>('entidadAfiliacion');
    const descripcion = c.get<string>('descripcion');
    const clave = c.get<string>('clave');
    const tipo = c.get<string>('tipo');
    const costo = c.get<Cents>('costo');
    const cantidad = c.get<number>('cantidad');
    const importe = c.get<Cents>('importe');
    const periodo = c.get<string>('periodo');
    const factura = c.get<string>('factura');

    if (prestadora && afiliacion && prestadora.inegi === afiliacion.inegi) {
      c.add(
        ImportErrorCodes.inconsistent,
        'entidadAfiliacion',
        `${rowPrefix(c.rowNumber, c.header('entidadAfiliacion'))}: la entidad de afiliación es la misma que la prestadora (${prestadora.name}); la portabilidad es entre estados distintos.`,
      );
    }
    checkExpectedEntidades(c, prestadora, afiliacion, this.opts.expected);

    let amount: Cents | null = null;
    if (costo === null && importe === null && !c.failed('costo') && !c.failed('importe')) {
      const field = c.mapped('importe') ? 'importe' : 'costo';
      c.add(
        ImportErrorCodes.missingValue,
        field,
        `${rowPrefix(c.rowNumber, c.header(field))}: falta el importe de la línea (costo o importe).`,
      );
    } else if (costo !== null && cantidad !== null) {
      const product = new Dec(costo).mul(cantidad);
      if (product.gt(MAX_CENTS))
        c.add(
          ImportErrorCodes.invalidValue,
          'cantidad',
          `${rowPrefix(c.rowNumber, c.header('cantidad'))}: costo × cantidad excede el importe máximo permitido.`,
        );
      else if (importe !== null && !product.eq(importe)) {
        c.add(
          ImportErrorCodes.inconsistent,
          'importe',
          `${rowPrefix(c.rowNumber, c.header('importe'))}: el importe ${money(importe)} no es costo × cantidad (${money(costo)} × ${cantidad} = ${money(roundCents(product))}).`,
        );
      } else amount = roundCents(product);
    } else if (importe !== null && costo === null && !c.failed('costo')) amount = importe;

    if (factura) {
      const k = factura.toUpperCase().replace(/\s+/g, '');
      const first = this.facturas.get(k);
      if (first !== undefined) {
        c.add(
          ImportErrorCodes.duplicate,
          'factura',
          `${rowPrefix(c.rowNumber, c.header('factura'))}: la factura «${factura}» ya aparece en la fila ${first} (factura duplicada).`,
        );
      } else this.facturas.set(k, c.rowNumber);
    }

    if (
      c.problems.length > 0 ||
      !prestadora ||
      !afiliacion ||
      descripcion === null ||
      cantidad === null ||
      periodo === null ||
      amount === null
    )
      return null;

    const lineKey = digest(
      JSON.stringify([
        prestadora.inegi,
        afiliacion.inegi,
        descripcion.toLowerCase(),
        clave,
        tipo,
        costo,
        cantidad,
        amount,
        periodo,
        factura,
      ]),
    );
    const same = this.lines.get(lineKey);
    if (same !== undefined) {
      this.warn({
        code: ImportErrorCodes.possibleDuplicate,
        row: c.rowNumber,
        column: null,
        field: null,
        message: `Fila ${c.rowNumber}: es idéntica a la fila ${same} (${descripcion}, ${periodo}, ${money(amount)}); revise si está repetida.`,
      });
    } else this.lines.set(lineKey, c.rowNumber);

    return {
      row: c.rowNumber,
      entidadPrestadora: prestadora.inegi,
      entidadAfiliacion: afiliacion.inegi,
      descripcion,
      clave,
      tipo,
      costoCents: costo,
      cantidad,
      importeCents: amount,
      periodo,
      factura,
    };
  }

  finish(): ImportProblem[] {
    return [];
  }
}
