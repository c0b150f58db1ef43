import {
  Autocomplete,
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
} from '@mantine/core';
import { IconBook2, IconInbox, IconPlus, IconSearch, IconSend } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useState } from 'react';
import type { BitacoraDirection } from '../../../shared/api/types';
import { DateField } from '../../components/DateField';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { apiQuery } from '../../lib/queryClient';
import { useDebounced } from '../../lib/useDebounced';
import { ExportButton } from './ExportButton';
import { Cell, DirectionBadge, DOC_KIND_SUGGESTIONS, EntryCounters } from './labels';
import { useEntidadLink } from '../../lib/useEntidadLink';
import { activeFilterCount, apiFilters, useBitacoraList } from './store';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';

const PAGE_SIZE = 50;

/** A document number on up to two lines, broken after its slashes («OF/SSNL/» «0412/2026») rather than inside a part. */
function DocNumber({ value }: { value: string }) {
  if (!value) return <Cell value="" />;
  const parts = value.split('/');
  return (
    <Text size="sm" lineClamp={2} title={value}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </Text>
  );
}

/** '#/bitacora': the correspondence register, filtered and searched on the server. */
export function BitacoraList() {
  const f = useBitacoraList();
  const cps = useCounterpartyOptions();
  const [searchText, setSearchText] = useState(f.search);
  const search = useDebounced(searchText, 300);
  const [kindText, setKindText] = useState(f.docKind);
  const docKind = useDebounced(kindText, 300);
  useEntidadLink('/bitacora', (id) => {
    f.reset({ counterpartyId: id });
    setSearchText('');
    setKindText('');
  });

  useEffect(() => {
    if (search !== f.search) f.set({ search });
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (docKind !== f.docKind) f.set({ docKind });
  }, [docKind]); // eslint-disable-line react-hooks/exhaustive-deps

  const filters = apiFilters(f);
  const badRange = f.from !== null && f.to !== null && f.from > f.to;
  const q = useQuery({
    ...apiQuery('bitacora.list', { filters, page: f.page, pageSize: PAGE_SIZE }),
    enabled: !badRange,
    placeholderData: keepPreviousData,
  });
  const nFilters = activeFilterCount(f);

  return (
    <>
      <PageHeader
        title="Bitácora"
        subtitle="Registro de correspondencia recibida y enviada, con volante anual, escaneos y enmiendas."
        crumbs={[{ label: 'Bitácora' }]}
        actions={
          <>
            <ExportButton filters={filters} count={q.data && !q.data.totalCapped ? q.data.total : null} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/bitacora/nuevo')}>
              Nuevo registro
            </Button>
          </>
        }
      />
      <Paper withBorder radius="md">
        <Box p="sm" className="filter-bar">
          <Group gap="sm" align="flex-end">
            <TextInput
              label="Buscar"
              placeholder="Asunto, docto., remitente…"
              leftSection={<IconSearch size={16} />}
              value={searchText}
              onChange={(e) => setSearchText(e.currentTarget.value)}
              w={290}
              name="search"
              aria-label="Buscar en la bitácora"
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
              w={230}
              name="counterparty"
              comboboxProps={{ width: 360, position: 'bottom-start' }}
            />
            <Box>
              <Input.Label display="block" mb={1}>
                Dirección
              </Input.Label>
              <SegmentedControl
                size="sm"
                value={f.direction ?? 'all'}
                onChange={(v) => f.set({ direction: v === 'all' ? null : (v as BitacoraDirection) })}
                data={[
                  { value: 'all', label: 'Todos' },
                  {
                    value: 'recibido',
                    label: (
                      <Group gap={4} wrap="nowrap" justify="center">
                        <IconInbox size={14} color="var(--mantine-color-teal-7)" />
                        <span>Recibidos</span>
                      </Group>
                    ),
                  },
                  {
                    value: 'enviado',
                    label: (
                      <Group gap={4} wrap="nowrap" justify="center">
                        <IconSend size={14} color="var(--mantine-color-indigo-6)" />
                        <span>Enviados</span>
                      </Group>
                    ),
                  },
                ]}
                data-testid="direction-filter"
              />
            </Box>
          </Group>
          <Group gap="sm" align="flex-end" mt="xs">
            <DateField label="Fecha desde" value={f.from} onChange={(v) => f.set({ from: v })} w={160} name="from" />
            <DateField
              label="Fecha hasta"
              value={f.to}
              onChange={(v) => f.set({ to: v })}
              w={160}
              name="to"
              error={badRange ? 'Anterior a «desde»' : undefined}
            />
            <Autocomplete
              label="Tipo de documento"
              placeholder="Todos"
              data={DOC_KIND_SUGGESTIONS}
              value={kindText}
              onChange={setKindText}
              w={200}
              name="docKind"
              clearable
            />
            <ClearFiltersButton
              count={nFilters}
              onClear={() => {
                setSearchText('');
                setKindText('');
                f.reset();
              }}
            />
          </Group>
        </Box>
        {badRange ? (
          <EmptyState
            title="El rango de fechas no es válido"
            description="La fecha «desde» es posterior a la fecha «hasta»."
          />
        ) : q.error || !q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : q.data.rows.length === 0 ? (
          <EmptyState
            icon={<IconBook2 size={26} stroke={1.5} />}
            title={nFilters > 0 ? 'Ningún registro coincide con los filtros' : 'La bitácora está vacía'}
            description={
              nFilters > 0
                ? 'Cambie o limpie los filtros para ver más resultados. La búsqueda no distingue acentos ni mayúsculas.'
                : 'Registre aquí cada documento en papel que llegue o salga. Los oficios emitidos en la aplicación se registran solos.'
            }
            action={
              nFilters === 0 && (
                <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => navigate('/bitacora/nuevo')}>
                  Nuevo registro
                </Button>
              )
            }
          />
        ) : (
          <>
            {/* Ten columns inside 1366 px: fixed widths for the volante, dates and direction; the texts share the rest on up to two lines (whole in their title). */}
            <Table.ScrollContainer minWidth={940}>
              <Table
                highlightOnHover
                verticalSpacing={7}
                horizontalSpacing={6}
                layout="fixed"
                className="data-table bitacora-table"
                data-loading={q.isFetching || undefined}
                data-testid="bitacora-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={90}>Volante</Table.Th>
                    <Table.Th w={90}>Fecha</Table.Th>
                    <Table.Th w={90}>Dirección</Table.Th>
                    <Table.Th w="21%">Asunto</Table.Th>
                    <Table.Th title="Número del documento">Docto.</Table.Th>
                    <Table.Th>Dirigido a</Table.Th>
                    <Table.Th>Estado / entidad</Table.Th>
                    <Table.Th>De parte de</Table.Th>
                    <Table.Th>Entregó</Table.Th>
                    <Table.Th w={90} title="Fecha de entrega, recepción o acuse">
                      F. entrega
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.rows.map((r) => (
                    <Table.Tr
                      key={r.id}
                      className="clickable"
                      onClick={() => navigate(`/bitacora/${r.id}`)}
                      data-testid="bitacora-row"
                    >
                      <Table.Td className="num">
                        <Text size="sm" fw={600} data-testid="row-volante">
                          {r.volante}
                        </Text>
                        <EntryCounters amendments={r.amendmentCount} scans={r.attachmentCount} />
                      </Table.Td>
                      <Table.Td className="num">{formatDate(r.documentDate)}</Table.Td>
                      <Table.Td>
                        <DirectionBadge direction={r.direction} size="xs" />
                      </Table.Td>
                      <Table.Td>
                        <Cell value={r.asunto} clamp={2} fw={500} />
                      </Table.Td>
                      <Table.Td className="bitacora-docto">
                        <DocNumber value={r.documentNumber} />
                      </Table.Td>
                      <Table.Td className="bitacora-secondary">
                        <Cell value={r.addressedTo} clamp={2} />
                      </Table.Td>
                      <Table.Td className="bitacora-secondary">
                        <Cell value={r.entity} clamp={2} />
                      </Table.Td>
                      <Table.Td className="bitacora-secondary">
                        <Cell value={r.fromParty} clamp={2} />
                      </Table.Td>
                      <Table.Td className="bitacora-secondary">
                        <Cell value={r.deliveredBy} clamp={2} />
                      </Table.Td>
                      <Table.Td className="num">{formatDate(r.deliveryDate)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Box px="sm" className="table-footer">
              <Pager result={q.data} onPage={(page) => f.set({ page })} noun="registros" />
            </Box>
          </>
        )}
      </Paper>
    </>
  );
}
