/**
 * The unit of reference every amount threshold is measured in (domain README §Reference units):
 * the institution's profile decides it — CO the SMMLV, MX its configured UMA
 * or salario mínimo — and the table's row in force on the date gives its
 * monthly value (shared/domain/reference-unit.ts). The nota crédito por error
 * administrativo (5 units), the cuantía of the cartera and of an acuerdo de
 * pago (40 / 150 units) all ask here; none asks for a kind by name.
 */
import { DomainError } from '../../../shared/api/errors';
import type { ReferenceUnitKind } from '../../../shared/api/types';
import { CarteraErrorCodes } from '../../../shared/domain/cartera/validation';
import {
  missingUnitMessage,
  THRESHOLD_UNIT_LABEL,
  thresholdUnitKind,
  thresholdUnitOf,
  unitYearAt,
  type ThresholdUnit,
} from '../../../shared/domain/reference-unit';
import * as repo from '../../../db/repositories/settings';
import type { ReadContext } from '../../core/context';
import { requireInstitution } from './service';

/** The kind of unit the institution's thresholds use (CO: SMMLV; MX: UMA or SM as configured). */
export function thresholdUnitKindOf(ctx: ReadContext): ReferenceUnitKind {
  const inst = requireInstitution(ctx);
  return thresholdUnitKind(inst.profile, inst.referenceUnitKind);
}

/**
 * The unit in force on `date` (UMA: the row whose validity covers the date, so
 * in January the previous year's), with its monthly value; or the DomainError
 * cartera/unidad-faltante naming the unit, the date and where to capture it.
 */
export function thresholdUnitAt(ctx: ReadContext, date: string): ThresholdUnit {
  const kind = thresholdUnitKindOf(ctx);
  const row = repo.referenceUnitInForce(ctx.db, kind, date);
  if (!row)
    throw new DomainError(CarteraErrorCodes.unidadFaltante, missingUnitMessage(kind, date), {
      kind,
      date,
      year: unitYearAt(kind, date),
    });
  return thresholdUnitOf(row);
}

/**
 * For reports that still run without the unit (then without cuantía): the unit
 * in force, or null and the notice that says why. The unit's label is known
 * either way, for the report's headers.
 */
export function thresholdUnitOrNotice(
  ctx: ReadContext,
  date: string,
): { unit: ThresholdUnit | null; unitLabel: string; avisos: string[] } {
  try {
    const unit = thresholdUnitAt(ctx, date);
    return { unit, unitLabel: unit.label, avisos: [] };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const kind = (e.details as { kind?: ReferenceUnitKind } | undefined)?.kind;
    return {
      unit: null,
      unitLabel: kind ? THRESHOLD_UNIT_LABEL[kind] : 'unidad de referencia',
      avisos: [`${e.message} Mientras tanto la cuantía no se calcula.`],
    };
  }
}
