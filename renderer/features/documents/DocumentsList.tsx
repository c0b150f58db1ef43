import { Box, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { IconFileText, IconFiles, IconMail, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { documentTypesFor } from '../../../shared/domain/documents/types';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { useProfile } from '../../lib/session';
import { useDebounced } from '../../lib/useDebounced';
import { documentsQueries } from './api';
import { DocStatusBadge, STATUS_OPTIONS } from './labels';
import { useEntidadLink } from '../../lib/useEntidadLink';
import { activeFilterCount, useDocumentsList, type DocumentFilters } from './store';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { todayIso } from '../../lib/today';

const PAGE_SIZE = 50;

/** '#/documentos': oficios and memorándums, filtered by type, status, entidad, year and text. */
export function DocumentsList() {
  const f = useDocumentsList();
  const profile = useProfile();
  const cps = useCounterpartyOptions();
  const [searchText, setSearchText] = useState(f.search);
  const search = useDebounced(searchText, 300);
  useEntidadLink('/documentos', (id) => {
    f.reset({ counterpartyId: id });
    setSearchText('');
  });
  useEffect(() => {
    if (search !== f.search) f.set({ search });
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  const types = useMemo(() => documentTypesFor(profile), [profile]);
  const typeOptions = useMemo(
    () => [
      {
        group: 'Oficios',
        items: types.filter((t) => t.kind === 'oficio').map((t) => ({ value: t.key, label: t.label })),
      },
      {
        group: 'Memorándums',
        items: types.filter((t) => t.kind === 'memorandum').map((t) => ({ value: t.key, label: t.label })),
      },
    ],
    [types],
  );
  const thisYear = Number(todayIso().slice(0, 4));
  const yearOptions = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));

  const input = {
    ...(f.docType ? { docType: f.docType } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.counterpartyId ? { counterpartyId: f.counterpartyId } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    page: f.page,
    pageSize: PAGE_SIZE,
  };
  const q = useQuery({ ...documentsQueries.list(input), placeholderData: keepPreviousData });
  const nFilters = activeFilterCount(f);

  return (
    <>
      <PageHeader
        title="Documentos"
        subtitle="Oficios y memorándums con número oficial consecutivo, su envío y su acuse."
        crumbs={[{ label: 'Inicio', to: '/tablero' }, { label: 'Documentos' }]}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFiles size={16} />}
              onClick={() => navigate('/documentos/lote')}
              data-testid="batch-button"
            >
              Oficios a varios destinatarios
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/documentos/nuevo')}>
              Nuevo documento
            </Button>
          </>
        }
      />
      <Paper withBorder radius="md">
        <Box p="sm" className="filter-bar">
          <Group gap="sm" align="flex-end">
            <TextInput
              label="Buscar"
              placeholder="Número o asunto"
              leftSection={<IconSearch size={16} />}
              value={searchText}
              onChange={(e) => setSearchText(e.currentTarget.value)}
              w={190}
              name="search"
            />
            <Select
              label="Tipo"
              placeholder="Todos"
              data={typeOptions}
              value={f.docType}
              onChange={(v) => f.set({ docType: (v as DocumentFilters['docType']) ?? null })}
              clearable
              searchable
              nothingFoundMessage="Sin coincidencias"
              w={220}
              name="docType"
              comboboxProps={{ width: 380, position: 'bottom-start' }}
            />
            <Select
              label="Estado"
              placeholder="Todos"
              data={STATUS_OPTIONS}
              value={f.status}
              onChange={(v) => f.set({ status: (v as DocumentFilters['status']) ?? null })}
              clearable
              w={130}
              name="status"
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
              w={200}
              name="counterparty"
              comboboxProps={{ width: 380, position: 'bottom-start' }}
            />
            <Select
              label="Año"
              placeholder="Todos"
              data={yearOptions}
              value={f.year ? String(f.year) : null}
              onChange={(v) => f.set({ year: v ? Number.parseInt(v, 10) : null })}
              clearable
              w={96}
              name="year"
            />
            <ClearFiltersButton count={nFilters} onClear={() => (setSearchText(''), f.reset())} />
          </Group>
        </Box>
        {q.error || !q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : q.data.rows.length === 0 ? (
          <EmptyState
            icon={<IconFileText size={26} stroke={1.5} />}
            title={nFilters > 0 ? 'Ningún documento coincide con los filtros' : 'Aún no hay documentos'}
            description={
              nFilters > 0
                ? 'Cambie o limpie los filtros para ver más resultados.'
                : 'Redacte el primer oficio o memorándum a partir de las plantillas.'
            }
            action={
              nFilters === 0 && (
                <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => navigate('/documentos/nuevo')}>
                  Nuevo documento
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
                data-testid="documents-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={150}>Número</Table.Th>
                    <Table.Th w={96}>Fecha</Table.Th>
                    <Table.Th>Tipo</Table.Th>
                    <Table.Th>Asunto</Table.Th>
                    <Table.Th>Entidad</Table.Th>
                    <Table.Th w={110}>Estado</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.rows.map((r) => (
                    <Table.Tr
                      key={r.id}
                      className="clickable"
                      onClick={() => navigate(`/documentos/${r.id}`)}
                      data-testid="document-row"
                      data-id={r.id}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {r.number ? (
                          <Text size="sm" fw={600} span className="num">
                            {r.number}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed" fs="italic" span>
                            Sin número
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td className="num">{formatDate(r.date)}</Table.Td>
                      <Table.Td style={{ minWidth: 160, maxWidth: 260 }}>
                        <Group gap={6} wrap="nowrap">
                          {r.kind === 'oficio' ? (
                            <IconFileText size={15} color="var(--mantine-color-brand-6)" style={{ flexShrink: 0 }} />
                          ) : (
                            <IconMail size={15} color="var(--mantine-color-grape-6)" style={{ flexShrink: 0 }} />
                          )}
                          <Text size="sm" lineClamp={1} title={r.typeLabel}>
                            {r.typeLabel}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td style={{ minWidth: 160, maxWidth: 380 }}>
                        <Text size="sm" lineClamp={1} title={r.asunto}>
                          {r.asunto || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ minWidth: 120, maxWidth: 240 }}>
                        <Text
                          size="sm"
                          lineClamp={1}
                          title={r.counterpartyName}
                          c={r.counterpartyName ? undefined : 'dimmed'}
                        >
                          {r.counterpartyName || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <DocStatusBadge status={r.status} size="xs" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Box px="sm" className="table-footer">
              <Pager result={q.data} onPage={(page) => f.set({ page })} noun="documentos" />
            </Box>
          </>
        )}
      </Paper>
    </>
  );
}
