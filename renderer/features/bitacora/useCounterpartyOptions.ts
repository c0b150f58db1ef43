import { useProfile } from '../../lib/session';
import { useQuery } from '../../lib/useQuery';
import { bitacoraApi } from './api';

/** Entidades for the pickers (loaded once per screen) and their names by id. */
export function useCounterpartyOptions() {
  const profile = useProfile();
  const q = useQuery(() => bitacoraApi.counterpartyOptions(), ['cp-options']);
  const rows = (q.data?.rows ?? [])
    // The 32 Mexican states are seeded in every database; a Colombian institution never deals with them.
    .filter((r) => profile === 'MX' || r.kind !== 'entidad_federativa');
  const options = rows.map((r) => ({ value: String(r.id), label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name }));
  const nameById = new Map(rows.map((r) => [r.id, r.name]));
  return { options, rows, nameById, loading: q.loading, error: q.error };
}
