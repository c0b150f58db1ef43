import { Alert, Checkbox, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseDirection, InvoiceRow } from '../../../shared/api/types';
import { Money } from '../../components/Money';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { formatDate, formatPeriod } from '../../lib/format';
import { casesQueries } from './api';

/**
 * The entidad's invoices of the case's direction (por cobrar for a cobro, por
 * pagar for a pago), to tick. Balances are the backend's; nothing is summed here.
 */
export function CaseInvoicePicker({
  counterpartyId,
  direction,
  selected,
  onChange,
  exclude = [],
  maxHeight,
}: {
  counterpartyId: number | null;
  direction: CaseDirection;
  selected: number[];
  onChange(ids: number[]): void;
  /** Invoices already in the case. */
  exclude?: number[];
  maxHeight?: number;
}) {
  const [scope, setScope] = useState<'open' | 'all'>('open');
  const dir = direction === 'cobro' ? 'receivable' : 'payable';
  const q = useQuery({ ...casesQueries.invoicesOf(counterpartyId ?? 0, dir), enabled: counterpartyId !== null });
  const chosen = new Set(selected);

  if (counterpartyId === null) {
    return (
      <Alert color="gray" variant="light" icon={<IconFileInvoice size={16} />}>
        Elija la entidad para ver sus facturas.
      </Alert>
    );
  }
  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} title="No se pudieron cargar las facturas" />;
  if (!q.data) return <LoadingBlock h={120} label="Cargando facturas…" />;

  const skip = new Set(exclude);
  const rows: InvoiceRow[] = q.data.rows.filter(
    (r) => !skip.has(r.id) && (scope === 'all' || r.balanceCents > 0 || chosen.has(r.id)),
  );
  const toggle = (id: number) => onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const ids = rows.map((r) => r.id);
  const allChosen = ids.length > 0 && ids.every((id) => chosen.has(id));
  const someChosen = ids.some((id) => chosen.has(id));

  return (
    <Paper withBorder radius="md" data-testid="case-invoice-picker">
      <Group justify="space-between" px="sm" py={6} className="filter-bar">
        <Text size="sm">
          <Text span fw={600} data-testid="case-invoice-count">
            {selected.length}
          </Text>{' '}
          {selected.length === 1 ? 'factura elegida' : 'facturas elegidas'}
          <Text span c="dimmed">
            {' '}
            · {direction === 'cobro' ? 'cuentas por cobrar' : 'cuentas por pagar'} de la entidad
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
          icon={<IconFileInvoice size={22} stroke={1.5} />}
          title={scope === 'open' ? 'La entidad no tiene facturas con saldo' : 'La entidad no tiene facturas'}
          description={
            direction === 'cobro'
              ? 'Puede abrir el caso sin facturas: la factura fiscal se agrega cuando Finanzas la emite.'
              : 'Puede abrir el caso sin facturas y agregarlas después.'
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={620} mah={maxHeight} type={maxHeight ? 'native' : undefined}>
          <Table verticalSpacing={5} className="data-table" highlightOnHover stickyHeader={!!maxHeight}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>
                  <Checkbox
                    size="xs"
                    checked={allChosen}
                    indeterminate={!allChosen && someChosen}
                    onChange={() =>
                      onChange(
                        allChosen ? selected.filter((id) => !ids.includes(id)) : [...new Set([...selected, ...ids])],
                      )
                    }
                    aria-label="Elegir todas"
                  />
                </Table.Th>
                <Table.Th>Factura</Table.Th>
                <Table.Th>Periodo</Table.Th>
                <Table.Th>Vencimiento</Table.Th>
                <Table.Th ta="right">Importe</Table.Th>
                <Table.Th ta="right">Saldo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  className="clickable"
                  onClick={() => toggle(r.id)}
                  data-testid="case-invoice-row"
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
                    {r.concept && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {r.concept}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(r.period)}</Table.Td>
                  <Table.Td className="num">{formatDate(r.dueDate)}</Table.Td>
                  <Table.Td ta="right">
                    <Money cents={r.amountCents} />
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    <Money cents={r.balanceCents} c={r.balanceCents === 0 ? 'dimmed' : undefined} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
