import { Box, Button, Group, Paper, Switch, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowDownLeft,
  IconArrowUp,
  IconArrowUpRight,
  IconFolders,
  IconInfoCircle,
  IconSelector,
  IconTableOff,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { PortabilidadRow } from '../../../shared/api/types';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { DateField } from '../../components/DateField';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { apiQuery } from '../../lib/queryClient';
import { ExportButtons } from './ExportButtons';
import { ImpagablesReportButton } from './ImpagablesReportButton';
import { DeadlineBadge, Link, URGENCY_COLOR, URGENCY_LABEL } from './labels';
import { StatePanel } from './StatePanel';
import { activeFilterCount, usePortabilidad, type SortKey } from './store';
import './portabilidad.css';

const NET_HELP =
  'Neto = por cobrar − por pagar. Positivo: la entidad nos debe en la compensación neta; negativo: nosotros le debemos.';

/** A sortable header; `title` is the full name when `label` is abbreviated. */
function SortHeader({
  label,
  k,
  align,
  help,
  title,
}: {
  label: string;
  k: SortKey;
  align?: 'right' | 'center';
  help?: string;
  title?: string;
}) {
  const { sort, dir, sortBy } = usePortabilidad();
  const active = sort === k;
  const Icon = !active ? IconSelector : dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th ta={align} title={title} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() => sortBy(k)}
        className="sort-header"
        data-active={active || undefined}
        data-testid={`p32-sort-${k}`}
        style={{ justifyContent: align === 'right' ? 'flex-end' : align === 'center' ? 'center' : undefined }}
      >
        <span>{label}</span>
        {help && (
          <Tooltip label={help} multiline w={300} withArrow>
            <IconInfoCircle size={13} stroke={1.6} />
          </Tooltip>
        )}
        <Icon size={13} stroke={active ? 2.2 : 1.5} />
      </UnstyledButton>
    </Table.Th>
  );
}

const byName = (a: PortabilidadRow, b: PortabilidadRow) => a.name.localeCompare(b.name, 'es');
/** Comparison of each sort key (ascending); ties fall back to the name. */
const COMPARE: Record<SortKey, (a: PortabilidadRow, b: PortabilidadRow) => number> = {
  entidad: byName,
  cobrar: (a, b) => a.receivableCents - b.receivableCents,
  pagar: (a, b) => a.payableCents - b.payableCents,
  neto: (a, b) => a.netCents - b.netCents,
  vencido: (a, b) =>
    Math.max(a.overdueReceivableCents, a.overduePayableCents) -
      Math.max(b.overdueReceivableCents, b.overduePayableCents) ||
    Math.min(a.overdueReceivableCents, a.overduePayableCents) -
      Math.min(b.overdueReceivableCents, b.overduePayableCents),
  antigua: (a, b) => (a.oldestUnpaid?.daysOpen ?? -1) - (b.oldestUnpaid?.daysOpen ?? -1),
  // States without a deadline go last either way.
  plazo: (a, b) => (a.nextDeadline?.date ?? '9999-12-31').localeCompare(b.nextDeadline?.date ?? '9999-12-31'),
  casos: (a, b) => a.openCases - b.openCases,
};

const hasBalance = (r: PortabilidadRow) => r.receivableCents !== 0 || r.payableCents !== 0;

function Overdue({ r }: { r: PortabilidadRow }) {
  if (r.overdueReceivableCents === 0 && r.overduePayableCents === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        —
      </Text>
    );
  }
  return (
    <>
      {r.overdueReceivableCents > 0 && (
        <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por cobrar" data-testid="p32-overdue-receivable">
          <IconArrowDownLeft size={13} color="var(--mantine-color-indigo-6)" />
          <Money cents={r.overdueReceivableCents} c="red.8" />
        </Group>
      )}
      {r.overduePayableCents > 0 && (
        <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por pagar" data-testid="p32-overdue-payable">
          <IconArrowUpRight size={13} color="var(--mantine-color-orange-6)" />
          <Money cents={r.overduePayableCents} c="red.8" />
        </Group>
      )}
    </>
  );
}

/** "↙ 120 días": the age of the oldest unpaid invoice, with the arrow of its side (as in «Vencido»). */
function OldestAge({ o }: { o: NonNullable<PortabilidadRow['oldestUnpaid']> }) {
  const receivable = o.direction === 'receivable';
  return (
    <Group gap={3} wrap="nowrap" title={receivable ? 'Por cobrar' : 'Por pagar'}>
      {receivable ? (
        <IconArrowDownLeft size={12} color="var(--mantine-color-indigo-6)" />
      ) : (
        <IconArrowUpRight size={12} color="var(--mantine-color-orange-6)" />
      )}
      <Text size="xs" c={o.daysOpen > 90 ? 'red.8' : 'dimmed'} className="num">
        {o.daysOpen === 1 ? '1 día' : `${o.daysOpen} días`}
      </Text>
    </Group>
  );
}

function Legend() {
  const items = (['vencido', 'hoy', 'esta_semana'] as const).map((u) => (
    <Group key={u} gap={5} wrap="nowrap">
      <span
        className="p32-legend-swatch"
        style={{ background: `var(--mantine-color-${URGENCY_COLOR[u]}-${u === 'vencido' ? 6 : 5})` }}
      />
      <Text size="xs" c="dimmed">
        {URGENCY_LABEL[u]}
      </Text>
    </Group>
  ));
  return (
    <Group gap="md" ml="auto" wrap="nowrap" data-testid="p32-legend">
      {items}
    </Group>
  );
}

/**
 * The 32x32 view (domain README §The 32x32 view): the other 31 states in one table — por
 * cobrar, por pagar, the net compensation, what is overdue, the oldest
 * unpaid invoice and the next deadline — with the backend's totals, coloured
 * by urgency. A row opens the state's panel: its cases, invoices, documents,
 * bitácora, and a new cobro or pago case.
 */
export function PortabilidadScreen() {
  const f = usePortabilidad();
  const q = useQuery({
    ...apiQuery('portabilidad.view', f.asOf ? { asOf: f.asOf } : {}),
    placeholderData: keepPreviousData,
  });
  const nFilters = activeFilterCount(f);
  const select = f.select;
  // The panel belongs to this visit: leaving through one of its links does not reopen it on return.
  useEffect(() => () => select(null), [select]);

  const rows = useMemo(() => {
    const all = q.data?.rows ?? [];
    const shown = f.onlyWithBalance ? all.filter(hasBalance) : all;
    const cmp = COMPARE[f.sort];
    const sign = f.dir === 'asc' ? 1 : -1;
    return [...shown].sort((a, b) => sign * cmp(a, b) || byName(a, b));
  }, [q.data, f.onlyWithBalance, f.sort, f.dir]);

  const selected = q.data?.rows.find((r) => r.counterpartyId === f.selected) ?? null;
  const states = useMemo(
    () => [...(q.data?.rows ?? [])].sort(byName).map((r) => ({ id: r.counterpartyId, name: r.name })),
    [q.data],
  );
  const asOf = q.data?.asOf ?? f.asOf ?? '';

  return (
    <>
      <PageHeader
        title="Portabilidad 32x32"
        subtitle="Posición con las otras 31 entidades federativas: lo que nos deben, lo que les debemos, la compensación neta y lo que vence."
        crumbs={[{ label: 'Portabilidad 32x32' }]}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFolders size={16} />}
              onClick={() => navigate('/portabilidad/casos')}
              data-testid="p32-cases"
            >
              Casos
            </Button>
            <ExportButtons asOf={f.asOf} />
            <ImpagablesReportButton states={states} />
          </>
        }
      />
      <Paper withBorder radius="md">
        <Box p="sm" className="filter-bar">
          <Group gap="md" align="flex-end">
            <DateField
              label="Posición al"
              placeholder={q.data ? formatDate(q.data.asOf) : 'Hoy'}
              value={f.asOf}
              onChange={(v) => f.set({ asOf: v })}
              w={170}
              name="asOf"
              data-testid="p32-asof"
            />
            <Switch
              label="Solo con saldo"
              checked={f.onlyWithBalance}
              onChange={(e) => f.set({ onlyWithBalance: e.currentTarget.checked })}
              mb={8}
              data-testid="p32-only-balance"
            />
            <ClearFiltersButton count={nFilters} onClear={() => f.reset()} />
            <Legend />
          </Group>
        </Box>
        {q.error || !q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconTableOff size={26} stroke={1.5} />}
            title="Ninguna entidad tiene saldo"
            description="No hay facturas con saldo por cobrar ni por pagar a esta fecha. Quite el filtro «Solo con saldo» para ver las 31 entidades."
            action={
              <Button size="xs" variant="default" onClick={() => f.set({ onlyWithBalance: false })}>
                Ver todas
              </Button>
            }
          />
        ) : (
          <>
            <Table.ScrollContainer minWidth={960}>
              <Table
                highlightOnHover
                verticalSpacing={6}
                horizontalSpacing={5}
                className="data-table p32-table"
                data-loading={q.isFetching || undefined}
                data-testid="p32-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <SortHeader label="Entidad" k="entidad" />
                    <SortHeader label="Por cobrar" k="cobrar" align="right" />
                    <SortHeader label="Por pagar" k="pagar" align="right" />
                    <SortHeader label="Neto" k="neto" align="right" help={NET_HELP} />
                    <SortHeader
                      label="Vencido"
                      k="vencido"
                      align="right"
                      help="Saldo de facturas cuyo plazo de pago ya pasó: por cobrar (↙) y por pagar (↗)."
                    />
                    <SortHeader
                      label="Más antigua"
                      title="Factura más antigua sin pagar: número y días desde su emisión, por cobrar (↙) o por pagar (↗)"
                      k="antigua"
                    />
                    <SortHeader label="Siguiente plazo" k="plazo" />
                    <SortHeader label="Casos" title="Casos abiertos" k="casos" align="center" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr
                      key={r.counterpartyId}
                      className="clickable"
                      onClick={() => f.select(r.counterpartyId)}
                      data-testid="p32-row"
                      data-entidad={r.name}
                      data-urgency={r.urgency}
                      data-selected={f.selected === r.counterpartyId || undefined}
                    >
                      <Table.Td className="p32-entidad">
                        <Group gap={6} wrap="nowrap" align="baseline">
                          <Text size="xs" c="dimmed" className="num" w={16} style={{ flexShrink: 0 }}>
                            {r.inegiCode}
                          </Text>
                          <Text size="sm" fw={600} lh={1.3} lineClamp={2} title={r.name}>
                            {r.name}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td className="p32-money" data-testid="p32-receivable">
                        <Money cents={r.receivableCents} c={r.receivableCents === 0 ? 'dimmed' : undefined} />
                      </Table.Td>
                      <Table.Td className="p32-money" data-testid="p32-payable">
                        <Money cents={r.payableCents} c={r.payableCents === 0 ? 'dimmed' : undefined} />
                      </Table.Td>
                      <Table.Td
                        className="p32-money"
                        data-testid="p32-net"
                        title={
                          r.netCents > 0
                            ? 'La entidad nos debe'
                            : r.netCents < 0
                              ? 'Le debemos a la entidad'
                              : undefined
                        }
                      >
                        <Money cents={r.netCents} colorSign fw={r.netCents === 0 ? undefined : 600} />
                      </Table.Td>
                      <Table.Td className="p32-money">
                        <Overdue r={r} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {r.oldestUnpaid ? (
                          <>
                            <Link
                              to={`/cartera/facturas/${r.oldestUnpaid.invoiceId}`}
                              size="xs"
                              fw={500}
                              className="num"
                              data-testid="p32-oldest"
                            >
                              {r.oldestUnpaid.number}
                            </Link>
                            <OldestAge o={r.oldestUnpaid} />
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td className="p32-plazo">
                        {r.nextDeadline ? (
                          <>
                            <DeadlineBadge deadline={r.nextDeadline} asOf={q.data!.asOf} size="xs" />
                            <Text
                              size="xs"
                              c="dimmed"
                              lh={1.3}
                              lineClamp={2}
                              title={`${formatDate(r.nextDeadline.date)} · ${r.nextDeadline.label}`}
                            >
                              <span className="num">{formatDate(r.nextDeadline.date)}</span>
                              {' · '}
                              {r.nextDeadline.caseId ? (
                                <Link
                                  to={`/portabilidad/casos/${r.nextDeadline.caseId}`}
                                  inherit
                                  data-testid="p32-deadline-case"
                                >
                                  {r.nextDeadline.label}
                                </Link>
                              ) : (
                                r.nextDeadline.label
                              )}
                            </Text>
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="center" className="num">
                        {r.openCases > 0 ? (
                          <Link
                            to={`/portabilidad/casos?entidad=${r.counterpartyId}`}
                            size="sm"
                            fw={600}
                            data-testid="p32-cases-link"
                          >
                            {r.openCases}
                          </Link>
                        ) : (
                          <Text size="sm" c="dimmed" span>
                            0
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr data-testid="p32-totals">
                    <Table.Td>
                      <Text size="sm" fw={700}>
                        Total 31 entidades
                      </Text>
                    </Table.Td>
                    <Table.Td className="p32-money" data-testid="p32-total-receivable">
                      <Money cents={q.data.totals.receivableCents} />
                    </Table.Td>
                    <Table.Td className="p32-money" data-testid="p32-total-payable">
                      <Money cents={q.data.totals.payableCents} />
                    </Table.Td>
                    <Table.Td className="p32-money" data-testid="p32-total-net">
                      <Money cents={q.data.totals.netCents} colorSign />
                    </Table.Td>
                    <Table.Td className="p32-money" data-testid="p32-total-overdue">
                      <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por cobrar">
                        <IconArrowDownLeft size={13} color="var(--mantine-color-indigo-6)" />
                        <Money
                          cents={q.data.totals.overdueReceivableCents}
                          c={q.data.totals.overdueReceivableCents > 0 ? 'red.8' : 'dimmed'}
                        />
                      </Group>
                      <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por pagar">
                        <IconArrowUpRight size={13} color="var(--mantine-color-orange-6)" />
                        <Money
                          cents={q.data.totals.overduePayableCents}
                          c={q.data.totals.overduePayableCents > 0 ? 'red.8' : 'dimmed'}
                        />
                      </Group>
                    </Table.Td>
                    <Table.Td />
                    <Table.Td />
                    <Table.Td ta="center" className="num" data-testid="p32-total-cases">
                      {q.data.totals.openCases}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
            <Box px="sm" py={8} className="p32-note">
              <Text size="xs" c="dimmed">
                {NET_HELP} Los totales son de las 31 entidades, aunque el filtro oculte algunas. Posición al{' '}
                {formatDate(q.data.asOf)}.
              </Text>
            </Box>
          </>
        )}
      </Paper>
      <StatePanel row={selected} asOf={asOf} onClose={() => f.select(null)} />
    </>
  );
}
