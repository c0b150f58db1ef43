import { useQuery } from '../../lib/useQuery';
import { invoicesApi } from './api';

/** Select options for entidades (loaded once per screen). */
export function useCounterpartyOptions() {
  const q = useQuery(() => invoicesApi.counterpartyOptions(), ['cp-options']);
  const options = (q.data?.rows ?? []).map((r) => ({ value: String(r.id), label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name }));
  return { options, loading: q.loading, error: q.error, truncated: q.data ? q.data.totalCapped || q.data.total > q.data.rows.length : false };
}
