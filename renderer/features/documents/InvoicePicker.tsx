import { Alert, Badge, Box, Checkbox, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileInvoice } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { InvoiceRow, InvoiceStatus } from '../../../shared/api/types';
import { Money } from '../../components/Money';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { formatDate, formatPeriod } from '../../lib/format';
import { documentsQueries } from './api';

const STATUS: Record<InvoiceStatus, { label: string; color: string }> = {
  pendiente: { label: 'Pendiente', color: 'blue' },
  vencida: { label: 'Vencida', color: 'red' },
  pagada: { label: 'Pagada', color: 'teal' },
  anulada: { label: 'Anulada', color: 'gray' },
};

/**
 * The invoices printed in the letter's table: the entidad's invoices, to tick.
 * Amounts are shown per row as the backend computed them; the letter's total
 * is computed by the backend (see the preview).
 */
export function InvoicePicker({
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
  const [scope, setScope] = useState<'open' | 'all'>('open');
  const q = useQuery({ ...documentsQueries.invoicesOf(counterpartyId ?? 0), enabled: counterpartyId !== null });
  const chosen = new Set(selected);

  if (counterpartyId === null) {
    return (
      <Alert color="gray" variant="light" icon={<IconFileInvoice size={16} />}>
        Elija la entidad en el paso «Destinatario» para ver sus facturas.
      </Alert>
    );
  }
  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} title="No se pudieron cargar las facturas" />;
  if (!q.data) return <LoadingBlock h={160} label="Cargando facturas…" />;

  const all = q.data.rows;
  // Ticked invoices stay visible even if they no longer have a balance.
  const rows: InvoiceRow[] = all.filter((r) => scope === 'all' || r.balanceCents > 0 || chosen.has(r.id));
  const visibleIds = rows.map((r) => r.id);
  const allVisibleChosen = visibleIds.length > 0 && visibleIds.every((id) => chosen.has(id));
  const someVisibleChosen = visibleIds.some((id) => chosen.has(id));
  const toggle = (id: number) => onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const toggleAll = () =>
    onChange(
      allVisibleChosen
        ? selected.filter((id) => !visibleIds.includes(id))
        : [...selected, ...visibleIds.filter((id) => !chosen.has(id))],
    );

  return (
    <Paper
      withBorder
      radius="md"
      data-testid="invoice-picker"
      style={{ borderColor: error ? 'var(--mantine-color-red-6)' : undefined }}
    >
      <Group justify="space-between" px="sm" py={6} className="filter-bar">
        <Text size="sm">
          <Text span fw={600} data-testid="invoice-picker-count">
            {selected.length}
          </Text>{' '}
          {selected.length === 1 ? 'factura elegida' : 'facturas elegidas'}
          <Text span c="dimmed">
            {' '}
            · el total y el importe con letra los calcula el sistema en la vista previa
          </Text>
        </Text>
        <SegmentedControl
          size="xs"
          value={scope}
          onChange={(v) => setScope(v as 'open' | 'all')}
          data={[
            { value: 'open', label: 'Con saldo' },
            { value: 'all', label: 'Todas' },
          ]}
        />
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          icon={<IconFileInvoice size={26} stroke={1.5} />}
          title={
            all.length === 0 ? 'La entidad no tiene facturas registradas' : 'La entidad no tiene facturas con saldo'
          }
          description={
            all.length === 0
              ? 'Registre las facturas en Cartera → Facturas.'
              : 'Elija «Todas» para ver también las pagadas.'
          }
        />
      ) : (
        <Box mah={340} style={{ overflowY: 'auto' }}>
          <Table
            verticalSpacing={6}
            className="data-table"
            highlightOnHover
            stickyHeader
            data-testid="invoice-picker-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    size="xs"
                    aria-label="Elegir todas"
                    checked={allVisibleChosen}
                    indeterminate={someVisibleChosen && !allVisibleChosen}
                    onChange={toggleAll}
                  />
                </Table.Th>
                <Table.Th>Factura</Table.Th>
                <Table.Th>Periodo</Table.Th>
                <Table.Th>Expedición</Table.Th>
                <Table.Th ta="right">Importe</Table.Th>
                <Table.Th ta="right">Saldo</Table.Th>
                <Table.Th>Estado</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  className="clickable"
                  onClick={() => toggle(r.id)}
                  bg={chosen.has(r.id) ? 'var(--mantine-color-brand-0)' : undefined}
                  data-testid="invoice-pick-row"
                  data-number={r.number}
                >
                  <Table.Td>
                    <Checkbox
                      size="xs"
                      aria-label={`Elegir ${r.number}`}
                      checked={chosen.has(r.id)}
                      onChange={() => toggle(r.id)}
                      onClick={(e) => e.stopPropagation()}
                    />
                  </Table.Td>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {r.number}
                    {r.direction === 'payable' && (
                      <Badge ml={6} size="xs" variant="outline" color="orange" radius="sm">
                        Por pagar
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(r.period)}</Table.Td>
                  <Table.Td className="num">{formatDate(r.issueDate)}</Table.Td>
                  <Table.Td ta="right">
                    <Money cents={r.amountCents} />
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    <Money cents={r.balanceCents} c={r.balanceCents === 0 ? 'dimmed' : undefined} />
                  </Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" radius="sm" color={STATUS[r.status].color}>
                      {STATUS[r.status].label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {error && (
        <Group gap={6} px="sm" py={6} c="red.7">
          <IconAlertTriangle size={14} />
          <Text size="xs">{error}</Text>
        </Group>
      )}
      {q.data.totalCapped || q.data.total > all.length ? (
        <Text size="xs" c="dimmed" px="sm" pb={6}>
          Se muestran las primeras {all.length} facturas de la entidad.
        </Text>
      ) : null}
    </Paper>
  );
}
