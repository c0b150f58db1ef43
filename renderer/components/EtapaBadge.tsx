import { Badge } from '@mantine/core';
import { ETAPAS_COBRO, type EtapaCobro } from '../../shared/domain/cartera/etapas';

const COLORS: Record<EtapaCobro, string> = {
  persuasivo: 'gray',
  prejuridico: 'yellow',
  juridico: 'red',
  suspendido: 'blue',
  cerrado: 'teal',
};

/** The etapa de cobro of a receivable (domain README §Etapas de cobro), red once it is in cobro jurídico. */
export function EtapaBadge({ etapa, size = 'sm' }: { etapa: EtapaCobro; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge
      color={COLORS[etapa]}
      variant={etapa === 'juridico' ? 'filled' : 'light'}
      size={size}
      radius="sm"
      data-testid="etapa-cobro"
      data-etapa={etapa}
      style={{ minWidth: 'max-content' }}
    >
      {ETAPAS_COBRO[etapa]}
    </Badge>
  );
}
