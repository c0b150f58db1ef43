import { Badge, type BadgeProps } from '@mantine/core';
import type { AgreementStateName } from '../../../shared/api/types-agreements';
import type { CuotaState } from '../../../shared/domain/cartera/cuotas';

export const STATE_COLORS: Record<AgreementStateName, string> = { vigente: 'blue', cumplido: 'teal', acelerado: 'red' };
export const STATE_LABELS: Record<AgreementStateName, string> = {
  vigente: 'Vigente',
  cumplido: 'Cumplido',
  acelerado: 'Acelerado',
};

export const CUOTA_COLORS: Record<CuotaState, string> = {
  pendiente: 'gray',
  parcial: 'yellow',
  pagada: 'teal',
  vencida: 'red',
};
export const CUOTA_LABELS: Record<CuotaState, string> = {
  pendiente: 'Pendiente',
  parcial: 'Pago parcial',
  pagada: 'Pagada',
  vencida: 'Vencida',
};

export function AgreementStateBadge({
  state,
  label,
  ...props
}: { state: AgreementStateName; label?: string } & BadgeProps) {
  return (
    <Badge
      color={STATE_COLORS[state]}
      variant="light"
      radius="sm"
      tt="none"
      data-testid="agreement-state"
      data-state={state}
      {...props}
    >
      {label ?? STATE_LABELS[state]}
    </Badge>
  );
}

export function CuotaBadge({ state, label }: { state: CuotaState; label?: string }) {
  return (
    <Badge
      color={CUOTA_COLORS[state]}
      variant={state === 'pendiente' ? 'outline' : 'light'}
      size="sm"
      radius="sm"
      tt="none"
      data-testid="cuota-estado"
      data-estado={state}
    >
      {label ?? CUOTA_LABELS[state]}
    </Badge>
  );
}

/** "Cuota inicial" for número 0, else "Cuota n". */
export function cuotaName(numero: number): string {
  return numero === 0 ? 'Cuota inicial' : `Cuota ${numero}`;
}
