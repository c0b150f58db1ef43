/** Labels and colours of the aging report (the rules' own labels come from shared/domain/cartera). */
import type { Cuantia, Riesgo } from '../../../shared/api/types-cartera-reports';

export const RIESGO_COLOR: Record<Riesgo, string> = { bajo: 'teal', medio: 'yellow', alto: 'red' };
export const RIESGO_LABEL: Record<Riesgo, string> = { bajo: 'Bajo', medio: 'Medio', alto: 'Alto' };
export const CUANTIA_LABEL: Record<Cuantia, string> = { minima: 'Mínima', menor: 'Menor', mayor: 'Mayor' };
