// The 32x32 table: one row per state, sortable columns, the backend's totals and the note on what the net means.
import { Box, Group, Table, Text } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import type { PortabilidadRow, PortabilidadView } from '../../../shared/api/types';
import { Money } from '../../components/Money';
import { formatDate } from '../../lib/format';
import { DeadlineBadge, Link } from './labels';
import { OldestAge, Overdue } from './PortabilidadCells';
import { SortHeader } from './SortHeader';

export const NET_HELP =
  'Neto = por cobrar − por pagar. Positivo: la entidad nos debe en la compensación neta; negativo: nosotros le debemos.';

export function PortabilidadTable({
  view,
  rows,
  fetching,
  selected,
  onSelect,
}: {
  view: PortabilidadView;
  rows: PortabilidadRow[];
  fetching: boolean;
  selected: number | null;
  onSelect(id: number): void;
}) {
  return (
    <>
      <Table.ScrollContainer minWidth={960}>
        <Table
          highlightOnHover
          verticalSpacing={6}
          horizontalSpacing={5}
          className="data-table p32-table"
          data-loading={fetching || undefined}
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
                onClick={() => onSelect(r.counterpartyId)}
                data-testid="p32-row"
                data-entidad={r.name}
                data-urgency={r.urgency}
                data-selected={selected === r.counterpartyId || undefined}
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
                    r.netCents > 0 ? 'La entidad nos debe' : r.netCents < 0 ? 'Le debemos a la entidad' : undefined
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
                      <DeadlineBadge deadline={r.nextDeadline} asOf={view.asOf} size="xs" />
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
                <Money cents={view.totals.receivableCents} />
              </Table.Td>
              <Table.Td className="p32-money" data-testid="p32-total-payable">
                <Money cents={view.totals.payableCents} />
              </Table.Td>
              <Table.Td className="p32-money" data-testid="p32-total-net">
                <Money cents={view.totals.netCents} colorSign />
              </Table.Td>
              <Table.Td className="p32-money" data-testid="p32-total-overdue">
                <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por cobrar">
                  <IconArrowDownLeft size={13} color="var(--mantine-color-indigo-6)" />
                  <Money
                    cents={view.totals.overdueReceivableCents}
                    c={view.totals.overdueReceivableCents > 0 ? 'red.8' : 'dimmed'}
                  />
                </Group>
                <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por pagar">
                  <IconArrowUpRight size={13} color="var(--mantine-color-orange-6)" />
                  <Money
                    cents={view.totals.overduePayableCents}
                    c={view.totals.overduePayableCents > 0 ? 'red.8' : 'dimmed'}
                  />
                </Group>
              </Table.Td>
              <Table.Td />
              <Table.Td />
              <Table.Td ta="center" className="num" data-testid="p32-total-cases">
                {view.totals.openCases}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Box px="sm" py={8} className="p32-note">
        <Text size="xs" c="dimmed">
          {NET_HELP} Los totales son de las 31 entidades, aunque el filtro oculte algunas. Posición al{' '}
          {formatDate(view.asOf)}.
        </Text>
      </Box>
    </>
  );
}
