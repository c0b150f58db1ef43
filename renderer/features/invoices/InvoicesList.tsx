import {
  Box,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowDownLeft,
  IconArrowUp,
  IconArrowUpRight,
  IconFileInvoice,
  IconPlus,
  IconSearch,
  IconSelector,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Direction } from '../../../shared/api/types';
import { DateField } from '../../components/DateField';
import { Money } from '../../components/Money';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate, formatPeriod } from '../../lib/format';
import { navigate, withQuery } from '../../lib/router';
import { apiQuery } from '../../lib/queryClient';
import { useDebounced } from '../../lib/useDebounced';
import { DirectionIcon, SORT_OPTIONS, STATUS_FILTER_OPTIONS, StatusBadge } from './labels';
import { activeFilterCount, useInvoicesList, type SortKey, type StatusFilter } from './store';
import { useEntidadLink } from '../../lib/useEntidadLink';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { EstadoCuentaImportButton } from '../../widgets/imports/EstadoCuentaImport';

const PAGE_SIZE = 50;

function SortHeader({
  label,
  asc,
  desc,
  current,
  onSort,
  align,
}: {
  label: string;
  asc?: SortKey;
  desc?: SortKey;
  current: SortKey;
  onSort(s: SortKey): void;
  align?: 'right';
}) {
  const active = current === asc || current === desc;
  const Icon = !active ? IconSelector : current === asc ? IconArrowUp : IconArrowDown;
  const nextSort = current === asc && desc ? desc : (asc ?? desc)!;
  return (
    <Table.Th ta={align}>
      <UnstyledButton
        onClick={() => onSort(nextSort)}
        className="sort-header"
        data-active={active || undefined}
        style={{ justifyContent: align === 'right' ? 'flex-end' : undefined }}
      >
        <span>{label}</span>
        <Icon size={13} stroke={active ? 2.2 : 1.5} />
      </UnstyledButton>
    </Table.Th>
  );
}

export function InvoicesList() {
  const f = useInvoicesList();
  const cps = useCounterpartyOptions();
  const [searchText, setSearchText] = useState(f.search);
  const search = useDebounced(searchText, 300);

  useEntidadLink('/cartera/facturas', (id) => {
    f.reset({ counterpartyId: id });
    setSearchText('');
  });
  useEffect(() => {
    if (search !== f.search) f.set({ search });
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  const input = {
    ...(f.counterpartyId ? { counterpartyId: f.counterpartyId } : {}),
    ...(f.direction ? { direction: f.direction } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.dueFrom ? { dueFrom: f.dueFrom } : {}),
    ...(f.dueTo ? { dueTo: f.dueTo } : {}),
    sort: f.sort,
    page: f.page,
    pageSize: PAGE_SIZE,
  };
  const q = useQuery({ ...apiQuery('invoices.list', input), placeholderData: keepPreviousData });
  const nFilters = activeFilterCount(f);

  return (
    <>
      <PageHeader
        title="Facturas"
        subtitle="Cuentas por cobrar y por pagar. Los saldos se calculan de los movimientos registrados."
        crumbs={[{ label: 'Cartera' }, { label: 'Facturas' }]}
        actions={
          <Group gap="xs">
            <EstadoCuentaImportButton />
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate(withQuery('/cartera/facturas/nueva', { entidad: f.counterpartyId }))}
            >
              Nueva factura
            </Button>
          </Group>
        }
      />
      <Paper withBorder radius="md">
        <Box p="sm" className="filter-bar">
          <Group gap="sm" align="flex-end">
            <TextInput
              label="Buscar"
              placeholder="Número de factura"
              leftSection={<IconSearch size={16} />}
              value={searchText}
              onChange={(e) => setSearchText(e.currentTarget.value)}
              w={180}
              name="search"
            />
            <Select
              label="Entidad"
              placeholder={cps.loading ? 'Cargando…' : 'Todas'}
              data={cps.options}
              value={f.counterpartyId ? String(f.counterpartyId) : null}
              onChange={(v) => f.set({ counterpartyId: v ? Number.parseInt(v, 10) : null })}
              searchable
              clearable
              nothingFoundMessage="Sin coincidencias"
              w={240}
              name="counterparty"
              comboboxProps={{ width: 380, position: 'bottom-start' }}
            />
            <Box>
              <Input.Label display="block" mb={1}>
                Tipo
              </Input.Label>
              <SegmentedControl
                size="sm"
                value={f.direction ?? 'all'}
                onChange={(v) => f.set({ direction: v === 'all' ? null : (v as Direction) })}
                data={[
                  { value: 'all', label: 'Todas' },
                  {
                    value: 'receivable',
                    label: (
                      <Group gap={4} wrap="nowrap" justify="center">
                        <IconArrowDownLeft size={14} color="var(--mantine-color-indigo-6)" />
                        <span>Por cobrar</span>
                      </Group>
                    ),
                  },
                  {
                    value: 'payable',
                    label: (
                      <Group gap={4} wrap="nowrap" justify="center">
                        <IconArrowUpRight size={14} color="var(--mantine-color-orange-6)" />
                        <span>Por pagar</span>
                      </Group>
                    ),
                  },
                ]}
                data-testid="direction-filter"
              />
            </Box>
            <Select
              label="Estado"
              placeholder="Todos"
              data={STATUS_FILTER_OPTIONS}
              value={f.status}
              onChange={(v) => f.set({ status: (v as StatusFilter | null) ?? null })}
              clearable
              w={240}
              name="status"
            />
          </Group>
          <Group gap="sm" align="flex-end" mt="xs">
            <DateField
              label="Vence desde"
              value={f.dueFrom}
              onChange={(v) => f.set({ dueFrom: v })}
              w={160}
              name="dueFrom"
            />
            <DateField label="Vence hasta" value={f.dueTo} onChange={(v) => f.set({ dueTo: v })} w={160} name="dueTo" />
            <Select
              label="Ordenar por"
              data={SORT_OPTIONS}
              value={f.sort}
              onChange={(v) => v && f.set({ sort: v as SortKey })}
              allowDeselect={false}
              w={300}
              name="sort"
            />
            <ClearFiltersButton count={nFilters} onClear={() => (setSearchText(''), f.reset({ sort: f.sort }))} />
          </Group>
        </Box>
        {q.error || !q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : q.data.rows.length === 0 ? (
          <EmptyState
            icon={<IconFileInvoice size={26} stroke={1.5} />}
            title={nFilters > 0 ? 'Ninguna factura coincide con los filtros' : 'Aún no hay facturas registradas'}
            description={
              nFilters > 0
                ? 'Cambie o limpie los filtros para ver más resultados.'
                : 'Registre la primera cuenta por cobrar o por pagar.'
            }
            action={
              nFilters === 0 && (
                <Button
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => navigate('/cartera/facturas/nueva')}
                >
                  Nueva factura
                </Button>
              )
            }
          />
        ) : (
          <>
            <Table.ScrollContainer minWidth={980}>
              <Table
                highlightOnHover
                verticalSpacing={7}
                className="data-table"
                data-loading={q.isFetching || undefined}
                data-testid="invoices-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <SortHeader label="Factura" asc="number_asc" current={f.sort} onSort={(sort) => f.set({ sort })} />
                    <Table.Th>Entidad</Table.Th>
                    <Table.Th>Concepto</Table.Th>
                    <Table.Th>Periodo</Table.Th>
                    <SortHeader
                      label="Vencimiento"
                      asc="due_asc"
                      desc="due_desc"
                      current={f.sort}
                      onSort={(sort) => f.set({ sort })}
                    />
                    <Table.Th ta="right">Importe</Table.Th>
                    <SortHeader
                      label="Saldo"
                      desc="balance_desc"
                      current={f.sort}
                      onSort={(sort) => f.set({ sort })}
                      align="right"
                    />
                    <Table.Th>Estado</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.rows.map((r) => (
                    <Table.Tr
                      key={r.id}
                      className="clickable"
                      onClick={() => navigate(`/cartera/facturas/${r.id}`)}
                      data-testid="invoice-row"
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Group gap={6} wrap="nowrap">
                          <DirectionIcon direction={r.direction} />
                          <Text size="sm" fw={600} span>
                            {r.number}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td style={{ minWidth: 130, maxWidth: 220 }}>
                        <Text size="sm" lineClamp={1} title={r.counterpartyName}>
                          {r.counterpartyName}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ minWidth: 110, maxWidth: 320 }}>
                        <Text size="sm" c={r.concept ? undefined : 'dimmed'} lineClamp={1} title={r.concept}>
                          {r.concept || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(r.period)}</Table.Td>
                      <Table.Td className="num" c={r.status === 'vencida' ? 'red.8' : undefined}>
                        {formatDate(r.dueDate)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money cents={r.amountCents} />
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        <Money cents={r.balanceCents} c={r.balanceCents === 0 ? 'dimmed' : undefined} />
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={r.status} size="xs" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Box px="sm" className="table-footer">
              <Pager result={q.data} onPage={(page) => f.set({ page })} noun="facturas" />
            </Box>
          </>
        )}
      </Paper>
    </>
  );
}
