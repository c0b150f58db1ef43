import { useProfile } from '../../lib/session';
import { useQuery } from '../../lib/useQuery';
import { invoicesApi } from './api';

/** Select options for entidades (loaded once per screen). */
export function useCounterpartyOptions() {
  const profile = useProfile();
  const q = useQuery(() => invoicesApi.counterpartyOptions(), ['cp-options']);
  const options = (q.data?.rows ?? [])
    // The 32 Mexican states are seeded in every database; a Colombian institution never bills them.
    .filter((r) => profile === 'MX' || r.kind !== 'entidad_federativa')
    .map((r) => ({ value: String(r.id), label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name }));
  return { options, loading: q.loading, error: q.error, truncated: q.data ? q.data.totalCapped || q.data.total > q.data.rows.length : false };
}
