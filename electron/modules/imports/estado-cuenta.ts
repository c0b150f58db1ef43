/**
 * Estado de cuenta of the billing system (domain README §Imports: invoices are
 * imported from the billing system's Excel estado de cuenta or entered; each
 * has radicación date and due date): one line per invoice.
 *
 * Fields chosen (* required):
 * - nit, entidad — who owes (or is owed) the invoice: the NIT (with or
 *   without dots and check digit) or the entidad's name, short name or
 *   abbreviation. At least one of the two columns is mapped; the NIT wins
 *   when a row has both. It must be a registered, active entidad.
 * - numero* — número de factura: once per entidad in the file (a repeat
 *   would charge twice), and not already in the ledger (checked by the job).
 * - fechaExpedicion* — issue date.
 * - fechaRadicacion — not before the issue date.
 * - fechaVencimiento — absent: (radicación or expedición) + the plazo de
 *   pago of the institution (invoices.create); not before the issue date.
 * - valor* — the invoice's amount, greater than zero.
 * - concepto, periodo — optional.
 *
 * The payers are looked up in an index built from the counterparties table
 * before the file is read (PayerIndex), so validation stays free of I/O.
 */
import {
  NATURALEZA_OBLIGACION,
  NATURALEZA_OBLIGACION_DEFAULT,
  type NaturalezaObligacion,
} from '../../../shared/domain/catalogs';
import type { Cents } from '../../../shared/domain/money';
import { foldText } from '../../../shared/domain/text';
import { nitCheckDigit } from '../../../shared/domain/tax-ids';
import { type FieldDef, type KindDef, type RowChecker, rowPrefix } from './fields';
import { ImportErrorCodes, type ImportProblem, type RawCell } from './types';
import { bad, ok, showValue, type Parsed } from './values';

const F = (f: Omit<FieldDef, 'personal'>): FieldDef => ({ ...f, personal: false });

export const ESTADO_CUENTA_FIELDS: readonly FieldDef[] = [
  F({
    key: 'nit',
    label: 'NIT',
    type: 'text',
    required: false,
    maxLength: 30,
    synonyms: [
      'nit',
      'nit entidad',
      'nit pagador',
      'nit eps',
      'nit cliente',
      'nit tercero',
      'nit deudor',
      'nit responsable pago',
      'identificacion tercero',
      'numero identificacion',
      'nit nif',
    ],
    help: 'NIT de la entidad (con o sin puntos y dígito de verificación).',
  }),
  F({
    key: 'entidad',
    label: 'Entidad',
    type: 'text',
    required: false,
    maxLength: 200,
    synonyms: [
      'entidad',
      'nombre entidad',
      'pagador',
      'responsable pago',
      'eps',
      'cliente',
      'nombre cliente',
      'tercero',
      'nombre tercero',
      'razon social',
      'aseguradora',
      'deudor',
      'empresa',
    ],
    help: 'Nombre, nombre corto o sigla de la entidad, si el archivo no trae el NIT.',
  }),
  F({
    key: 'numero',
    label: 'Número de factura',
    type: 'text',
    required: true,
    maxLength: 60,
    synonyms: [
      'numero factura',
      'factura',
      'no factura',
      'num factura',
      'nro factura',
      'n factura',
      'factura no',
      'numero documento',
      'prefijo numero',
      'consecutivo factura',
      'documento',
    ],
  }),
  F({
    key: 'fechaExpedicion',
    label: 'Fecha de expedición',
    type: 'date',
    required: true,
    synonyms: [
      'fecha expedicion',
      'fecha factura',
      'fecha emision',
      'fecha elaboracion',
      'fecha documento',
      'expedicion',
      'fecha',
    ],
  }),
  F({
    key: 'fechaRadicacion',
    label: 'Fecha de radicación',
    type: 'date',
    required: false,
    synonyms: [
      'fecha radicacion',
      'radicacion',
      'fecha radicado',
      'fecha presentacion',
      'fecha recibido',
      'fecha entrega',
    ],
  }),
  F({
    key: 'fechaVencimiento',
    label: 'Fecha de vencimiento',
    type: 'date',
    required: false,
    synonyms: ['fecha vencimiento', 'vencimiento', 'fecha vence', 'vence', 'fecha limite pago'],
    help: 'Si no viene, se calcula con el plazo de pago desde la radicación (o la expedición).',
  }),
  F({
    key: 'valor',
    label: 'Valor',
    type: 'money',
    required: true,
    synonyms: [
      'valor factura',
      'valor',
      'valor total',
      'total factura',
      'total',
      'valor facturado',
      'valor neto',
      'monto',
      'importe',
    ],
  }),
  F({
    key: 'concepto',
    label: 'Concepto',
    type: 'text',
    required: false,
    maxLength: 500,
    synonyms: ['concepto', 'descripcion', 'detalle', 'observaciones', 'observacion', 'servicio'],
  }),
  F({
    key: 'periodo',
    label: 'Periodo',
    type: 'period',
    required: false,
    synonyms: ['periodo', 'periodo facturado', 'mes', 'mes servicio', 'periodo servicio'],
  }),
  F({
    key: 'naturaleza',
    label: 'Naturaleza de la obligación',
    type: 'text',
    required: false,
    maxLength: 100,
    synonyms: ['naturaleza', 'naturaleza obligacion', 'tipo obligacion', 'origen obligacion'],
    help: 'Servicios de salud, sanciones y multas, actos administrativos, convenios interadministrativos u otras; vacía: servicios de salud.',
  }),
];

export const ESTADO_CUENTA_DEF: KindDef = {
  kind: 'estado_cuenta',
  label: 'estado de cuenta',
  ofLabel: 'del estado de cuenta',
  fields: ESTADO_CUENTA_FIELDS,
  requireOneOf: [['nit', 'entidad']],
};

// ─── Payers ────────────────────────────────────────────────────────────────

export interface Payer {
  id: number;
  name: string;
  shortName: string;
  abbreviation: string;
  taxId: string;
  active: boolean;
  /** Not invoiced: the institution's own state (MX). */
  own?: boolean;
}

/** The NIT without dots, spaces or check digit: «900.156.264-7» → "900156264". */
export function nitBase(s: string): string {
  const beforeDv = s.includes('-') ? s.slice(0, s.lastIndexOf('-')) : s;
  return beforeDv.replace(/\D/g, '');
}

const foldName = (s: string) =>
  foldText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
/** Without the legal form at the end: «EPS Sanitas S.A.S.» and «EPS SANITAS» are the same name. */
const bareName = (s: string) => foldName(s).replace(/(?: s a s| s a| sas| sa| ltda| limitada| s en c)+$/, '');

export type PayerMatch = { ok: true; payer: Payer } | { ok: false; problem: string };

/** Finds the entidad of a row by NIT or by name. */
export class PayerIndex {
  private readonly byNit = new Map<string, Payer[]>();
  private readonly byName = new Map<string, Payer[]>();

  constructor(payers: readonly Payer[]) {
    const add = (m: Map<string, Payer[]>, k: string, p: Payer) => {
      if (!k) return;
      const list = m.get(k) ?? [];
      if (!list.includes(p)) list.push(p);
      m.set(k, list);
    };
    for (const p of payers) {
      add(this.byNit, nitBase(p.taxId), p);
      for (const n of [p.name, p.shortName, p.abbreviation]) add(this.byName, bareName(n), p);
    }
  }

  private pick(found: Payer[] | undefined, what: string): PayerMatch {
    if (!found || found.length === 0)
      return {
        ok: false,
        problem: `no corresponde a ninguna entidad registrada (${what}); regístrela en Entidades antes de importar`,
      };
    const active = found.filter((p) => p.active && !p.own);
    if (active.length === 1) return { ok: true, payer: active[0]! };
    if (active.length > 1)
      return {
        ok: false,
        problem: `corresponde a ${active.length} entidades (${active.map((p) => p.name).join(', ')}); use el NIT`,
      };
    const p = found[0]!;
    return {
      ok: false,
      problem: p.own
        ? `es la entidad de esta institución (${p.name}): no se factura a sí misma`
        : `es de ${p.name}, que está inactiva; reactívela en Entidades antes de importar`,
    };
  }

  byNitCell(raw: RawCell | undefined): PayerMatch {
    const text = typeof raw === 'number' ? String(Math.trunc(raw)) : showValue(raw);
    const base = nitBase(text);
    if (base.length < 6 || base.length > 15)
      return { ok: false, problem: 'no es un NIT (use 900123456 o 900.123.456-7)' };
    const found = this.byNit.get(base);
    // A NIT written with its check digit glued on (9001234567): accepted when the digit checks.
    if (
      !found &&
      !text.includes('-') &&
      base.length > 6 &&
      nitCheckDigit(base.slice(0, -1)) === Number(base.slice(-1))
    ) {
      const glued = this.byNit.get(base.slice(0, -1));
      if (glued) return this.pick(glued, 'NIT');
    }
    return this.pick(found, 'NIT');
  }

  byNameText(name: string): PayerMatch {
    return this.pick(this.byName.get(bareName(name)), 'nombre');
  }
}

// ─── Rows ──────────────────────────────────────────────────────────────────

/** A valid line: an invoice ready for invoices.create. */
export interface EstadoCuentaRow {
  row: number;
  counterpartyId: number;
  counterpartyName: string;
  number: string;
  issueDate: string;
  radicacionDate: string | null;
  dueDate: string | null;
  importeCents: Cents;
  concept: string;
  period: string | null;
  naturaleza: NaturalezaObligacion;
  /** For the totals per period: the periodo, or the month of the issue date. */
  periodo: string;
}

/** «Servicios de salud», «servicios_salud», «SANCIONES Y MULTAS»…: a naturaleza of the catalog, by label or key. */
function parseNaturaleza(raw: RawCell | undefined): Parsed<NaturalezaObligacion> {
  const text = foldText(String(raw ?? ''))
    .replace(/[^a-z]+/g, ' ')
    .trim();
  const found = NATURALEZA_OBLIGACION.find(
    (n) =>
      foldText(n.label)
        .replace(/[^a-z]+/g, ' ')
        .trim() === text || n.value.replace(/_/g, ' ') === text,
  );
  return found
    ? ok(found.value)
    : bad(
        `no es una naturaleza de la obligación (${NATURALEZA_OBLIGACION.map((n) => n.label.toLowerCase()).join(', ')})`,
      );
}

export class EstadoCuentaValidator {
  /** "counterparty|NUMBER" → first row. */
  private readonly numbers = new Map<string, number>();

  constructor(private readonly payers: PayerIndex) {}

  private payer(c: RowChecker): Payer | null {
    const nitRaw = c.get<RawCell>('nit', (raw) => ({ ok: true, value: raw ?? null }));
    if (nitRaw !== null) {
      const m = this.payers.byNitCell(nitRaw);
      if (m.ok) return m.payer;
      c.invalid('nit', m.problem);
      return null;
    }
    const name = c.get<string>('entidad');
    if (name !== null) {
      const m = this.payers.byNameText(name);
      if (m.ok) return m.payer;
      c.invalid('entidad', m.problem);
      return null;
    }
    if (!c.failed('entidad')) {
      const field = c.mapped('nit') ? 'nit' : 'entidad';
      c.add(
        ImportErrorCodes.missingValue,
        field,
        `${rowPrefix(c.rowNumber, c.header(field))}: falta el NIT o el nombre de la entidad.`,
      );
    }
    return null;
  }

  check(c: RowChecker): EstadoCuentaRow | null {
    const payer = this.payer(c);
    const numberText = c.get<string>('numero');
    const issueDate = c.get<string>('fechaExpedicion');
    const radicacionDate = c.get<string>('fechaRadicacion');
    const dueDate = c.get<string>('fechaVencimiento');
    const valor = c.get<Cents>('valor');
    const concept = c.get<string>('concepto') ?? '';
    const period = c.get<string>('periodo');
    const naturaleza = c.get<NaturalezaObligacion>('naturaleza', parseNaturaleza) ?? NATURALEZA_OBLIGACION_DEFAULT;
    const number = numberText?.toUpperCase() ?? null;

    if (valor === 0) c.invalid('valor', 'no es un valor de factura: debe ser mayor que cero');
    if (issueDate && radicacionDate && radicacionDate < issueDate) {
      c.add(
        ImportErrorCodes.inconsistent,
        'fechaRadicacion',
        `${rowPrefix(c.rowNumber, c.header('fechaRadicacion'))}: la fecha de radicación es anterior a la de expedición.`,
      );
    }
    if (issueDate && dueDate && dueDate < issueDate) {
      c.add(
        ImportErrorCodes.inconsistent,
        'fechaVencimiento',
        `${rowPrefix(c.rowNumber, c.header('fechaVencimiento'))}: la fecha de vencimiento es anterior a la de expedición.`,
      );
    }
    if (number && payer) {
      const key = `${payer.id}|${number}`;
      const first = this.numbers.get(key);
      if (first !== undefined) {
        c.add(
          ImportErrorCodes.duplicate,
          'numero',
          `${rowPrefix(c.rowNumber, c.header('numero'))}: la factura «${number}» de ${payer.name} ya aparece en la fila ${first} (factura repetida).`,
        );
      } else this.numbers.set(key, c.rowNumber);
    }

    if (c.problems.length > 0 || !payer || !number || !issueDate || valor === null) return null;
    return {
      row: c.rowNumber,
      counterpartyId: payer.id,
      counterpartyName: payer.name,
      number,
      issueDate,
      radicacionDate,
      dueDate,
      importeCents: valor,
      concept,
      period,
      naturaleza,
      periodo: period ?? issueDate.slice(0, 7),
    };
  }

  finish(): ImportProblem[] {
    return [];
  }
}
