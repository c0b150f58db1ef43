/**
 * A link like '#/bitacora?entidad=12' (from an entidad's page or the 32x32
 * panel) sets the list's entidad filter once, then the address drops the
 * query so going back and forth does not reapply it.
 */
import { useEffect } from 'react';
import { navigate, useLocation } from './router';

export function useEntidadLink(path: string, apply: (counterpartyId: number) => void): void {
  const { query } = useLocation();
  useEffect(() => {
    const id = query.entidad ? Number.parseInt(query.entidad, 10) : Number.NaN;
    if (Number.isInteger(id) && id > 0) {
      apply(id);
      navigate(path, { replace: true });
    }
  }, [query.entidad]); // eslint-disable-line react-hooks/exhaustive-deps
}
