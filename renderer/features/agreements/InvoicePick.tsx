import { Alert, Checkbox, Group, Paper, Table, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Money } from '../../components/Money';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { formatDate } from '../../lib/format';
import { agreementsQueries } from './api';

/** The debtor's receivable invoices with a balance, to tick those the agreement covers. */
export function InvoicePick({
  counterpartyId,
  selected,
  onChange,
  error,
}: {
  counterpartyId: number | null;
  selected: number[];
  onChange(ids: number[]): void;
  error?: string | undefined;
}) {
  const q = useQuery({ ...agreementsQueries.invoicesOf(counterpartyId ?? 0), enabled: counterpartyId !== null });
  if (counterpartyId === null) {
    return (
      <Alert color="gray" variant="light" icon={<IconFileInvoice size={16} />}>
        Elija el deudor para ver sus facturas con saldo.
      </Alert>
    );
  }
  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} title="No se pudieron cargar las facturas" />;
  if (!q.data) return <LoadingBlock h={120} label="Cargando facturas…" />;
  const chosen = new Set(selected);
  const rows = q.data.rows.filter((r) => r.balanceCents > 0 || chosen.has(r.id));
  const toggle = (id: number) => onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const ids = rows.map((r) => r.id);
  const all = ids.length > 0 && ids.every((id) => chosen.has(id));

  return (
    <Paper
      withBorder
      radius="md"
      data-testid="agreement-invoices"
      style={{ borderColor: error ? 'var(--mantine-color-red-6)' : undefined }}
    >
      {rows.length === 0 ? (
        <EmptyState
          icon={<IconFileInvoice size={22} stroke={1.5} />}
          title="El deudor no tiene facturas por cobrar con saldo"
        />
      ) : (
        <Table.ScrollContainer minWidth={300} mah={260} type="native">
          <Table verticalSpacing={4} horizontalSpacing="xs" className="data-table" highlightOnHover stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={34}>
                  <Checkbox
                    size="xs"
                    checked={all}
                    indeterminate={!all && selected.length > 0}
                    onChange={() => onChange(all ? [] : ids)}
                    aria-label="Elegir todas"
                  />
                </Table.Th>
                <Table.Th>Factura</Table.Th>
                <Table.Th>Vence</Table.Th>
                <Table.Th ta="right">Saldo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  className="clickable"
                  onClick={() => toggle(r.id)}
                  data-testid="agreement-invoice"
                  data-number={r.number}
                  data-selected={chosen.has(r.id) || undefined}
                >
                  <Table.Td>
                    <Checkbox
                      size="xs"
                      checked={chosen.has(r.id)}
                      onChange={() => toggle(r.id)}
                      onClick={(e) => e.stopPropagation()}
                      aria-label={`Elegir ${r.number}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {r.number}
                    </Text>
                  </Table.Td>
                  <Table.Td className="num">{formatDate(r.dueDate)}</Table.Td>
                  <Table.Td ta="right">
                    <Money cents={r.balanceCents} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group px="sm" py={6} justify="space-between" className="table-footer">
        <Text size="xs" c="dimmed">
          {selected.length} {selected.length === 1 ? 'factura elegida' : 'facturas elegidas'}
        </Text>
      </Group>
      {error && (
        <Text size="xs" c="red.7" px="sm" pb={6} data-testid="rule-invoiceIds">
          {error}
        </Text>
      )}
    </Paper>
  );
}
