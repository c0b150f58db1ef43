/**
 * The active entidades for pickers (Select options, names by id): one cached
 * read shared by every screen and dialog that picks a counterparty (facturas,
 * documentos, bitácora, acuerdos…).
 */
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from './queryClient';
import { useProfile } from './session';

export function useCounterpartyOptions() {
  const profile = useProfile();
  const q = useQuery(apiQuery('counterparties.list', { includeInactive: false, page: 1, pageSize: 500 }));
  const rows = (q.data?.rows ?? [])
    // The 32 Mexican states are seeded in every database; a Colombian institution never deals with them.
    .filter((r) => profile === 'MX' || r.kind !== 'entidad_federativa');
  const options = rows.map((r) => ({
    value: String(r.id),
    label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name,
  }));
  const nameById = new Map(rows.map((r) => [r.id, r.name]));
  return {
    options,
    rows,
    nameById,
    loading: q.isPending,
    error: q.error,
    truncated: q.data ? q.data.totalCapped || q.data.total > q.data.rows.length : false,
  };
}
