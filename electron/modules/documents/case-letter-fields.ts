/**
 * The template fields a letter of a 32x32 case states, from the case's facts
 * (shared/domain/portabilidad/letter-facts.ts). Pure: the documents service
 * and the property tests build the same context from the same facts.
 */
import type { DocumentData } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { LETTER_FACTS, type CaseLetterFacts } from '../../../shared/domain/portabilidad/letter-facts';
import type { LetterContext, OficioRef } from '../templates/context';

export type CaseLetterFields = Pick<
  LetterContext,
  | 'facturas'
  | 'total'
  | 'saldo'
  | 'oficio_referencia'
  | 'requerimientos'
  | 'plazo_dias'
  | 'fecha_limite'
  | 'dias_transcurridos'
  | 'pago'
> & { periodo: string; periodo_fin: string };

/**
 * `typedReference` is an oficio staff recorded with the action or typed in the
 * draft (already checked to exist by the letter's date); `defaultPlazo` is the
 * term a letter grants when the case's plazo is not one of its facts.
 */
export function caseLetterFields(
  docType: DocumentTypeKey,
  f: CaseLetterFacts,
  data: Pick<DocumentData, 'pago'>,
  typedReference: OficioRef | null,
  defaultPlazo: number,
): CaseLetterFields {
  const spec = LETTER_FACTS[docType];
  return {
    facturas: f.rows,
    total: f.total,
    saldo: f.saldo,
    periodo: f.periodo,
    periodo_fin: f.periodo_fin,
    oficio_referencia: typedReference ?? f.reference ?? { numero: '', fecha: '', emisor: '' },
    requerimientos: f.requerimientos,
    plazo_dias: spec?.plazo ? f.plazo_dias : defaultPlazo,
    fecha_limite: f.fecha_limite,
    dias_transcurridos: f.dias_transcurridos,
    pago: f.pago
      ? {
          monto: f.pago.monto,
          fecha: f.pago.fecha,
          referencia: f.pago.referencia || data.pago.referencia,
          medio: data.pago.medio || 'transferencia electrónica',
        }
      : {
          monto: data.pago.montoCents,
          fecha: data.pago.fecha,
          referencia: data.pago.referencia,
          medio: data.pago.medio,
        },
  };
}
