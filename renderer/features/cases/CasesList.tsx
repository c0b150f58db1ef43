import { Box, Button, Group, Input, Paper, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight, IconFolders, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CaseDirection } from '../../../shared/api/types';
import { Money } from '../../components/Money';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { navigate, useLocation, withQuery } from '../../lib/router';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { casesQueries } from './api';
import { CaseDirectionIcon, CaseStateBadge, NextDeadline } from './labels';
import { activeFilterCount, useCasesList, type OpenFilter } from './store';

const PAGE_SIZE = 50;

export function CasesList() {
  const f = useCasesList();
  const { query } = useLocation();
  const cps = useCounterpartyOptions();
  const today = todayIso();

  // A link like #/portabilidad/casos?entidad=12&direccion=cobro (from the 32x32 view) sets the filters once.
  useEffect(() => {
    const id = query.entidad ? Number.parseInt(query.entidad, 10) : NaN;
    const dir = query.direccion === 'cobro' || query.direccion === 'pago' ? query.direccion : null;
    if ((Number.isInteger(id) && id > 0) || dir) {
      f.reset({
        counterpartyId: Number.isInteger(id) && id > 0 ? id : null,
        direction: dir,
        open: query.abiertos === 'no' ? 'todos' : 'abiertos',
      });
      navigate('/portabilidad/casos', { replace: true });
    }
  }, [query.entidad, query.direccion]); // eslint-disable-line react-hooks/exhaustive-deps

  const input = {
    ...(f.direction ? { direction: f.direction } : {}),
    ...(f.counterpartyId ? { counterpartyId: f.counterpartyId } : {}),
    ...(f.open === 'todos' ? {} : { open: f.open === 'abiertos' }),
    page: f.page,
    pageSize: PAGE_SIZE,
  };
  const q = useQuery({ ...casesQueries.list(input), placeholderData: keepPreviousData });
  const nFilters = activeFilterCount(f);

  return (
    <>
      <PageHeader
        title="Casos de portabilidad"
        subtitle="Expedientes de cobro y de pago con otras entidades federativas: el paso en que está cada uno y su próximo plazo."
        crumbs={[{ label: 'Portabilidad 32x32', to: '/portabilidad' }, { label: 'Casos' }]}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              navigate(withQuery('/portabilidad/casos/nuevo', { entidad: f.counterpartyId, direccion: f.direction }))
            }
            data-testid="case-new"
          >
            Abrir caso
          </Button>
        }
      />
      <Paper withBorder radius="md">
        <Box p="sm" className="filter-bar">
          <Group gap="sm" align="flex-end">
            <Box>
              <Input.Label display="block" mb={1}>
                Tipo
              </Input.Label>
              <SegmentedControl
                size="sm"
                value={f.direction ?? 'all'}
                onChange={(v) => f.set({ direction: v === 'all' ? null : (v as CaseDirection) })}
                data={[
                  { value: 'all', label: 'Todos' },
                  {
                    value: 'cobro',
                    label: (
                      <Group gap={4} wrap="nowrap" justify="center">
                        <IconArrowDownLeft size={14} color="var(--mantine-color-indigo-6)" />
                        <span>Cobro</span>
                      </Group>
                    ),
                  },
                  {
                    value: 'pago',
                    label: (
                      <Group gap={4} wrap="nowrap" justify="center">
                        <IconArrowUpRight size={14} color="var(--mantine-color-orange-6)" />
                        <span>Pago</span>
                      </Group>
                    ),
                  },
                ]}
                data-testid="case-direction-filter"
              />
            </Box>
            <Select
              label="Entidad"
              placeholder={cps.loading ? 'Cargando…' : 'Todas'}
              data={cps.options}
              value={f.counterpartyId ? String(f.counterpartyId) : null}
              onChange={(v) => f.set({ counterpartyId: v ? Number.parseInt(v, 10) : null })}
              searchable
              clearable
              nothingFoundMessage="Sin coincidencias"
              w={260}
              name="counterparty"
              comboboxProps={{ width: 380, position: 'bottom-start' }}
            />
            <Box>
              <Input.Label display="block" mb={1}>
                Situación
              </Input.Label>
              <SegmentedControl
                size="sm"
                value={f.open}
                onChange={(v) => f.set({ open: v as OpenFilter })}
                data={[
                  { value: 'abiertos', label: 'Abiertos' },
                  { value: 'cerrados', label: 'Cerrados' },
                  { value: 'todos', label: 'Todos' },
                ]}
                data-testid="case-open-filter"
              />
            </Box>
            <ClearFiltersButton count={nFilters} onClear={() => f.reset()} />
          </Group>
        </Box>
        {q.error || !q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : q.data.rows.length === 0 ? (
          <EmptyState
            icon={<IconFolders size={26} stroke={1.5} />}
            title={nFilters > 0 ? 'Ningún caso coincide con los filtros' : 'No hay casos abiertos'}
            description={
              nFilters > 0
                ? 'Cambie o limpie los filtros para ver más casos.'
                : 'Abra un caso de cobro cuando llegue la validación de un periodo, o uno de pago cuando llegue una solicitud de pago a otra entidad.'
            }
            action={
              nFilters === 0 && (
                <Button
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => navigate('/portabilidad/casos/nuevo')}
                >
                  Abrir caso
                </Button>
              )
            }
          />
        ) : (
          <>
            <Table.ScrollContainer minWidth={1000}>
              <Table
                highlightOnHover
                verticalSpacing={7}
                className="data-table"
                data-loading={q.isFetching || undefined}
                data-testid="cases-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Folio</Table.Th>
                    <Table.Th>Entidad</Table.Th>
                    <Table.Th>Paso actual</Table.Th>
                    <Table.Th>Abierto</Table.Th>
                    <Table.Th>Próximo plazo</Table.Th>
                    <Table.Th ta="right">Saldo</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.rows.map((r) => (
                    <Table.Tr
                      key={r.id}
                      className="clickable"
                      onClick={() => navigate(`/portabilidad/casos/${r.id}`)}
                      data-testid="case-row"
                      data-folio={r.folio}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Group gap={6} wrap="nowrap">
                          <CaseDirectionIcon direction={r.direction} />
                          <Text size="sm" fw={600} span className="num">
                            {r.folio}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td style={{ minWidth: 140, maxWidth: 240 }}>
                        <Text size="sm" lineClamp={1} title={r.counterpartyName}>
                          {r.counterpartyName}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ maxWidth: 320 }}>
                        <CaseStateBadge row={r} size="sm" />
                      </Table.Td>
                      <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(r.openedOn)}
                        {r.closedOn && (
                          <Text size="xs" c="dimmed">
                            Cerrado {formatDate(r.closedOn)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ maxWidth: 300 }}>
                        {r.nextDeadline && (
                          <Text size="xs" lineClamp={1} title={r.nextDeadline.label} mb={2}>
                            {r.nextDeadline.label}
                          </Text>
                        )}
                        <NextDeadline deadline={r.nextDeadline} today={today} />
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        <Money cents={r.balanceCents} c={r.balanceCents === 0 ? 'dimmed' : undefined} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Box px="sm" className="table-footer">
              <Pager result={q.data} onPage={(page) => f.set({ page })} noun="casos" />
            </Box>
          </>
        )}
      </Paper>
    </>
  );
}
