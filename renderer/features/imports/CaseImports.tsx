import type { CaseDetail } from '../../../shared/api/types';

/** The case's SICOMPENSA files (hoja de cálculo, listado nominal): list, import, rows. */
export function CaseImports(_props: { detail: CaseDetail; onChanged: () => void }) {
  return null;
}
