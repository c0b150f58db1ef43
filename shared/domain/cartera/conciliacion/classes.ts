/** The conciliation's classes and their Spanish labels; the glosa states a statement line may report. */

/** The classes, in the order the acta lists them. */
export const CONCILIATION_CLASSES = [
  'coincide',
  'pendiente_de_pago',
  'valor_diferente',
  'pagada_por_aplicar',
  'glosa_pendiente',
  'glosa_aceptada',
  'glosa_conciliada',
  'devolucion',
  'no_radicada',
  'solo_nuestra',
  'solo_suya',
] as const;
export type ConciliationClass = (typeof CONCILIATION_CLASSES)[number];

export const CLASS_LABELS: Record<ConciliationClass, string> = {
  coincide: 'Coincide',
  valor_diferente: 'Valor diferente',
  glosa_pendiente: 'Glosa pendiente',
  glosa_aceptada: 'Glosa aceptada',
  glosa_conciliada: 'Glosa conciliada',
  devolucion: 'Devolución',
  no_radicada: 'No radicada',
  pagada_por_aplicar: 'Pagada por aplicar',
  pendiente_de_pago: 'Pendiente de pago',
  solo_nuestra: 'Sólo en nuestra cartera',
  solo_suya: 'Sólo en su estado',
};

export type GlosaState = 'pendiente' | 'aceptada' | 'conciliada';
