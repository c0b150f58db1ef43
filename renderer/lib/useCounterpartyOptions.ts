/**
 * The active entidades for pickers (Select options, names by id), loaded once
 * per screen. Shared by the features that pick a counterparty (facturas,
 * documentos, bitácora).
 */
import { call } from './api';
import { useProfile } from './session';
import { useQuery } from './useQuery';

export function useCounterpartyOptions() {
  const profile = useProfile();
  const q = useQuery(
    () => call('counterparties.list', { includeInactive: false, page: 1, pageSize: 500 }),
    ['cp-options'],
  );
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
    loading: q.loading,
    error: q.error,
    truncated: q.data ? q.data.totalCapped || q.data.total > q.data.rows.length : false,
  };
}
