import { Badge, Group, Text, ThemeIcon, Tooltip, type BadgeProps } from '@mantine/core';
import { Link } from '../../components/Link';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CaseDeadline, CaseDirection, CaseRow } from '../../../shared/api/types';
import { daysBetween } from '../../../shared/domain/dates';
import { COBRO_GUARDS } from '../../../shared/domain/portabilidad/workflow-cobro';
import { PAGO_GUARDS } from '../../../shared/domain/portabilidad/workflow-pago';
import { formatDate } from '../../lib/format';

export const DIRECTION_LABELS: Record<CaseDirection, string> = { cobro: 'Cobro', pago: 'Pago' };
export const DIRECTION_LONG: Record<CaseDirection, string> = {
  cobro: 'Cobro: somos acreedores',
  pago: 'Pago: somos deudores',
};

export function CaseDirectionBadge({
  direction,
  size = 'sm',
}: {
  direction: CaseDirection;
  size?: BadgeProps['size'];
}) {
  const cobro = direction === 'cobro';
  return (
    <Badge
      color={cobro ? 'indigo' : 'orange'}
      variant="outline"
      size={size}
      radius="sm"
      leftSection={cobro ? <IconArrowDownLeft size={12} /> : <IconArrowUpRight size={12} />}
      style={{ minWidth: 'max-content' }}
      data-testid="case-direction"
    >
      {DIRECTION_LABELS[direction]}
    </Badge>
  );
}

/** Compact direction marker for dense tables. */
export function CaseDirectionIcon({ direction }: { direction: CaseDirection }) {
  const cobro = direction === 'cobro';
  return (
    <Tooltip label={DIRECTION_LONG[direction]}>
      <ThemeIcon
        size={18}
        radius="sm"
        variant="light"
        color={cobro ? 'indigo' : 'orange'}
        aria-label={DIRECTION_LONG[direction]}
      >
        {cobro ? <IconArrowDownLeft size={13} stroke={2} /> : <IconArrowUpRight size={13} stroke={2} />}
      </ThemeIcon>
    </Tooltip>
  );
}

/** A link inside the app (also inside clickable rows: the row's own click does not fire). */
export function routeLink(to: string, children: ReactNode, testId?: string) {
  return (
    <Link to={to} size="sm" data-testid={testId}>
      {children}
    </Link>
  );
}

/** A case letter's status, as the case screen shows it. */
export const DOC_STATUS: Record<string, { label: string; color: string }> = {
  borrador: { label: 'Borrador: falta emitir', color: 'gray' },
  emitiendo: { label: 'Emitiendo', color: 'yellow' },
  emitido: { label: 'Emitido', color: 'blue' },
  enviado: { label: 'Enviado', color: 'indigo' },
  acuse: { label: 'Con acuse', color: 'teal' },
  cancelado: { label: 'Cancelado', color: 'red' },
};

/** Colour of a state: who has the ball and how urgent it is. */
const STATE_COLORS: Record<string, string> = {
  // Cobro
  validacion_recibida: 'brand',
  requerimiento_enviado: 'blue',
  subsanacion_solicitada: 'yellow',
  subsanado: 'brand',
  aceptado: 'brand',
  factura_solicitada: 'cyan',
  factura_recibida: 'brand',
  factura_enviada: 'blue',
  plazo_vencido: 'red',
  en_cobranza: 'orange',
  garantia_solicitada: 'violet',
  garantia_autorizada: 'violet',
  // Pago
  solicitud_recibida: 'brand',
  documentacion_solicitada: 'yellow',
  pago_solicitado: 'cyan',
  pago_realizado: 'brand',
};

const CLOSE_COLORS: Record<NonNullable<CaseRow['closeReason']>, string> = {
  pagado: 'teal',
  impagable: 'red',
  garantia_ejecutada: 'grape',
};

export function CaseStateBadge({
  row,
  size = 'sm',
}: {
  row: Pick<CaseRow, 'state' | 'stateLabel' | 'closeReason' | 'closedOn'>;
  size?: BadgeProps['size'];
}) {
  const closed = row.closedOn !== null;
  const color = closed ? CLOSE_COLORS[row.closeReason ?? 'pagado'] : (STATE_COLORS[row.state] ?? 'gray');
  return (
    <Badge
      color={color}
      variant={closed ? 'filled' : 'light'}
      size={size}
      radius="sm"
      tt="none"
      fw={600}
      data-testid="case-state"
      data-state={row.state}
      style={{ maxWidth: '100%' }}
    >
      {row.stateLabel}
    </Badge>
  );
}

export type Urgency = 'vencido' | 'hoy' | 'semana' | 'despues' | 'disponible' | 'espera';

export const URGENCY_COLORS: Record<Urgency, string> = {
  vencido: 'red',
  hoy: 'orange',
  semana: 'yellow',
  despues: 'gray',
  disponible: 'teal',
  espera: 'blue',
};

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Days left and how it reads, for a deadline ("vence": last day to act; "disponible_desde": first day allowed). */
export function deadlineStatus(
  d: Pick<CaseDeadline, 'dueOn' | 'meaning'>,
  today: string,
): { urgency: Urgency; text: string; days: number } {
  const days = daysBetween(today, d.dueOn);
  if (d.meaning === 'disponible_desde') {
    if (days <= 0)
      return {
        urgency: 'disponible',
        text: days === 0 ? 'Disponible desde hoy' : `Disponible desde hace ${plural(-days, 'día', 'días')}`,
        days,
      };
    return { urgency: 'espera', text: `Disponible en ${plural(days, 'día', 'días')}`, days };
  }
  if (days < 0) return { urgency: 'vencido', text: `Venció hace ${plural(-days, 'día', 'días')}`, days };
  if (days === 0) return { urgency: 'hoy', text: 'Vence hoy', days };
  if (days <= 7)
    return { urgency: 'semana', text: days === 1 ? 'Vence mañana' : `Vence en ${plural(days, 'día', 'días')}`, days };
  return { urgency: 'despues', text: `Faltan ${plural(days, 'día', 'días')}`, days };
}

/** The workflow action that answers each deadline. */
const DEADLINE_ACTIONS: Record<CaseDeadline['kind'], string> = {
  plazo_pago: 'marcar_plazo_vencido',
  requerimiento_cobranza: 'enviar_requerimiento_cobranza',
  garantia: 'solicitar_garantia',
  comprobante: 'solicitar_comprobante',
};

/** The actions asked for now by a pending deadline that is overdue, due today, or whose date has come. */
export function urgentActions(
  deadlines: Pick<CaseDeadline, 'kind' | 'dueOn' | 'meaning' | 'clearedOn'>[],
  today: string,
): Set<string> {
  const urgent = deadlines.filter(
    (d) => d.clearedOn === null && ['vencido', 'hoy', 'disponible'].includes(deadlineStatus(d, today).urgency),
  );
  return new Set(urgent.map((d) => DEADLINE_ACTIONS[d.kind]));
}

/** "Vence en 3 días · 12/03/2026" as a coloured badge. */
export function DeadlineBadge({
  deadline,
  today,
  size = 'sm',
}: {
  deadline: Pick<CaseDeadline, 'dueOn' | 'meaning'>;
  today: string;
  size?: BadgeProps['size'];
}) {
  const st = deadlineStatus(deadline, today);
  return (
    <Badge
      color={URGENCY_COLORS[st.urgency]}
      variant={st.urgency === 'vencido' || st.urgency === 'hoy' ? 'filled' : 'light'}
      size={size}
      radius="sm"
      tt="none"
      style={{ minWidth: 'max-content' }}
      data-testid="deadline-badge"
      data-urgency={st.urgency}
    >
      {st.text}
    </Badge>
  );
}

/** Next-deadline cell of the list: its label, date and urgency. */
export function NextDeadline({ deadline, today }: { deadline: CaseDeadline | null; today: string }) {
  if (!deadline) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <DeadlineBadge deadline={deadline} today={today} size="xs" />
      <Text size="xs" c="dimmed" className="num" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(deadline.dueOn)}
      </Text>
    </Group>
  );
}

/** The inputs an action asks for besides the date and the note (from the workflows' guards). */
export interface ActionInputs {
  observaciones?: boolean;
  motivo?: boolean;
  documentosFaltantes?: boolean;
  plazoPagoDias?: boolean;
  payment?: boolean;
  comprobante?: 'required' | 'optional';
  /** Invoices that arrive with the action (the factura fiscal received). */
  invoices?: boolean;
  /** The amounts declared impagable, each with its reason. */
  impagables?: boolean;
  /** The action closes the case or cannot be undone: confirm in red. */
  danger?: boolean;
}

export const ACTION_INPUTS: Record<string, ActionInputs> = {
  registrar_observaciones: { observaciones: true },
  declarar_impagable: { motivo: true, impagables: true, danger: true },
  registrar_factura: { invoices: true },
  enviar_factura: { plazoPagoDias: true },
  registrar_pago: { payment: true, comprobante: 'optional' },
  declarar_no_procedente: { documentosFaltantes: true },
  registrar_pago_realizado: { payment: true, comprobante: 'required' },
};

/**
 * Reasons that only say "the dialog has not asked for the input yet"
 * (observaciones, motivo, plazo, importe, comprobante): an action disabled
 * only for one of these is still offered, since its dialog collects it.
 */
const INPUT_REASONS = new Set(
  [
    COBRO_GUARDS.observaciones,
    COBRO_GUARDS.motivo,
    COBRO_GUARDS.plazoPagoDias,
    COBRO_GUARDS.pago,
    PAGO_GUARDS.documentosFaltantes,
    PAGO_GUARDS.comprobante,
    PAGO_GUARDS.pago,
  ].map((g) => g.check({ today: '2000-01-01' })),
);

export function isInputReason(reason: string | undefined): boolean {
  return reason !== undefined && INPUT_REASONS.has(reason);
}
