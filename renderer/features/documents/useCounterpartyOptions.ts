import { useProfile } from '../../lib/session';
import { useQuery } from '../../lib/useQuery';
import { documentsApi } from './api';

/** Select options for entidades (loaded once per screen). */
export function useCounterpartyOptions() {
  const profile = useProfile();
  const q = useQuery(() => documentsApi.counterpartyOptions(), ['doc-cp-options']);
  const rows = (q.data?.rows ?? []).filter((r) => profile === 'MX' || r.kind !== 'entidad_federativa');
  const options = rows.map((r) => ({ value: String(r.id), label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name }));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return { options, names, loading: q.loading, error: q.error };
}
