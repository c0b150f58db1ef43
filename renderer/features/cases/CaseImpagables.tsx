import type { CaseDetail } from '../../../shared/api/types';

/** Amounts declared impagable, each with its reason. */
export function CaseImpagables(_props: { detail: CaseDetail }) {
  return null;
}
