import { Badge, Box, Button, Checkbox, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { IconBuildingCommunity, IconPlus, IconSearch, IconX } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CounterpartyKind } from '../../../shared/domain/catalogs';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { navigate } from '../../lib/router';
import { useProfile, useSession } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';
import { useDebounced } from '../../lib/useDebounced';
import { kindShort, kindsFor } from './model';
import { useEntitiesList } from './store';

const PAGE_SIZE = 50;

export function CounterpartiesList() {
  const profile = useProfile();
  const f = useEntitiesList();
  const ownState = useSession((st) => st.settings?.institution?.ownStateCode ?? null);
  const [searchText, setSearchText] = useState(f.search);
  const search = useDebounced(searchText, 250);
  useEffect(() => {
    if (search !== f.search) f.set({ search });
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  const q = useQuery({
    ...apiQuery('counterparties.list', {
      ...(f.search.trim() ? { search: f.search.trim() } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      includeInactive: f.includeInactive,
      page: f.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const mx = profile === 'MX';
  const filtered = f.search !== '' || f.kind !== null || f.includeInactive;

  return (
    <>
      <PageHeader
        title="Entidades"
        subtitle={
          mx
            ? 'Entidades federativas y otras instituciones con las que se cobra o se paga.'
            : 'EPS, IPS, entes territoriales, aseguradoras y personas a quienes se cobra o se paga.'
        }
        crumbs={[{ label: 'Cartera', to: '/cartera/facturas' }, { label: 'Entidades' }]}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/cartera/entidades/nueva')}>
            Nueva entidad
          </Button>
        }
      />
      <Paper withBorder radius="md">
        <Group p="sm" gap="sm" className="filter-bar">
          <TextInput
            placeholder={mx ? 'Buscar por nombre, abreviatura o RFC' : 'Buscar por nombre, sigla o NIT'}
            leftSection={<IconSearch size={16} />}
            value={searchText}
            onChange={(e) => setSearchText(e.currentTarget.value)}
            w={340}
            aria-label="Buscar entidades"
            rightSection={
              searchText ? (
                <IconX
                  size={14}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setSearchText('')}
                  aria-label="Limpiar búsqueda"
                />
              ) : null
            }
          />
          <Select
            placeholder="Todos los tipos"
            aria-label="Tipo de entidad"
            data={kindsFor(profile).map((k) => ({ value: k.value, label: k.label }))}
            value={f.kind}
            onChange={(v) => f.set({ kind: (v as CounterpartyKind | null) ?? null })}
            clearable
            w={300}
          />
          <Checkbox
            label="Incluir inactivas"
            checked={f.includeInactive}
            onChange={(e) => f.set({ includeInactive: e.currentTarget.checked })}
          />
          {filtered && (
            <Button variant="subtle" size="xs" onClick={() => (setSearchText(''), f.reset())}>
              Limpiar filtros
            </Button>
          )}
        </Group>
        {q.error ? (
          <ErrorState error={q.error} onRetry={q.refetch} />
        ) : !q.data ? (
          <LoadingBlock />
        ) : q.data.rows.length === 0 ? (
          <EmptyState
            icon={<IconBuildingCommunity size={26} stroke={1.5} />}
            title={filtered ? 'Ninguna entidad coincide con los filtros' : 'Aún no hay entidades'}
            description={
              filtered
                ? 'Cambie la búsqueda o limpie los filtros.'
                : 'Registre la primera entidad a la que se cobra o se paga.'
            }
            action={
              !filtered && (
                <Button
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => navigate('/cartera/entidades/nueva')}
                >
                  Nueva entidad
                </Button>
              )
            }
          />
        ) : (
          <>
            <Table.ScrollContainer minWidth={900}>
              <Table
                highlightOnHover
                verticalSpacing={7}
                className="data-table"
                data-loading={q.isFetching || undefined}
                data-testid="entities-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    {mx && <Table.Th w={64}>Clave</Table.Th>}
                    <Table.Th>Nombre</Table.Th>
                    <Table.Th w={80}>{mx ? 'Abrev.' : 'Sigla'}</Table.Th>
                    <Table.Th w={170}>Tipo</Table.Th>
                    <Table.Th w={140}>{mx ? 'RFC' : 'NIT'}</Table.Th>
                    <Table.Th>Destinatario de oficios</Table.Th>
                    <Table.Th w={150}>Ciudad</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.rows.map((r) => (
                    <Table.Tr
                      key={r.id}
                      className="clickable"
                      onClick={() => navigate(`/cartera/entidades/${r.id}`)}
                      data-testid="entity-row"
                    >
                      {mx && (
                        <Table.Td className="num" c="dimmed">
                          {r.inegiCode ?? ''}
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" fw={500} lineClamp={1} title={r.name}>
                            {r.name}
                          </Text>
                          {mx && ownState !== null && r.inegiCode === ownState && (
                            <Badge size="xs" variant="light" color="brand">
                              Esta institución
                            </Badge>
                          )}
                          {!r.active && (
                            <Badge size="xs" color="gray" variant="light">
                              Inactiva
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{r.abbreviation}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {kindShort(r.kind)}
                        </Text>
                      </Table.Td>
                      <Table.Td className="num">
                        {r.taxId || (
                          <Text span c="dimmed" size="sm">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {r.addresseeName || (
                          <Text span c="dimmed" size="sm">
                            Sin capturar
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{r.city}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Box px="sm" className="table-footer">
              <Pager result={q.data} onPage={(page) => f.set({ page })} noun="entidades" />
            </Box>
          </>
        )}
      </Paper>
    </>
  );
}
