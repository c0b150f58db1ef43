import { Badge, Box, Button, Group, Input, Paper, SegmentedControl, Select, Tabs } from '@mantine/core';
import { IconHeartHandshake, IconPercentage, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AgreementStateName } from '../../../shared/api/types-agreements';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryPending } from '../../components/States';
import { navigate, withQuery } from '../../lib/router';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { AgreementsTable } from './AgreementsTable';
import { BdmeCandidates } from './BdmeCandidates';
import { RatesDialog } from './RatesDialog';
import { agreementsQueries, type RateTableName } from './api';
import { useAgreementsList } from './store';
import { useReviewOnce } from './useReview';

export function AgreementsList() {
  const f = useAgreementsList();
  const cps = useCounterpartyOptions();
  const reviewed = useReviewOnce();
  const [rates, setRates] = useState<RateTableName | null>(null);
  const input = {
    ...(f.state ? { state: f.state } : {}),
    ...(f.counterpartyId ? { counterpartyId: f.counterpartyId } : {}),
  };
  const q = useQuery({ ...agreementsQueries.list(input, reviewed), placeholderData: keepPreviousData });
  const bdme = useQuery(agreementsQueries.bdmeCandidates(reviewed));
  const nFilters = [f.state, f.counterpartyId].filter((v) => v !== null).length;
  const pendingBdme = bdme.data?.filter((b) => !b.alreadyReported).length ?? 0;

  return (
    <>
      <PageHeader
        title="Acuerdos de pago"
        subtitle="Cuota inicial de al menos 25 %, cuotas mensuales según la cuantía, intereses DTF y aceleración tras dos cuotas incumplidas."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconPercentage size={16} />}
              onClick={() => setRates('dtf')}
              data-testid="dtf-open"
            >
              Tasas DTF
            </Button>
            <Button
              variant="default"
              leftSection={<IconPercentage size={16} />}
              onClick={() => setRates('dian')}
              data-testid="dian-open"
            >
              Tasas de mora DIAN
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate(withQuery('/acuerdos/nuevo', { entidad: f.counterpartyId }))}
              data-testid="agreement-new"
            >
              Nuevo acuerdo
            </Button>
          </>
        }
      />
      <Tabs value={f.tab} onChange={(v) => f.set({ tab: v === 'bdme' ? 'bdme' : 'acuerdos' })} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="acuerdos">Acuerdos</Tabs.Tab>
          <Tabs.Tab
            value="bdme"
            data-testid="tab-bdme"
            rightSection={
              pendingBdme > 0 ? (
                <Badge size="xs" color="red" circle>
                  {pendingBdme}
                </Badge>
              ) : undefined
            }
          >
            Candidatos al BDME
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="acuerdos">
          <Paper withBorder radius="md" data-testid="agreements-screen">
            <Box p="sm" className="filter-bar">
              <Group gap="sm" align="flex-end">
                <Box>
                  <Input.Label display="block" mb={1}>
                    Estado
                  </Input.Label>
                  <SegmentedControl
                    size="sm"
                    value={f.state ?? 'all'}
                    onChange={(v) => f.set({ state: v === 'all' ? null : (v as AgreementStateName) })}
                    data={[
                      { value: 'all', label: 'Todos' },
                      { value: 'vigente', label: 'Vigentes' },
                      { value: 'acelerado', label: 'Acelerados' },
                      { value: 'cumplido', label: 'Cumplidos' },
                    ]}
                    data-testid="agreement-state-filter"
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
                  w={280}
                  comboboxProps={{ width: 380, position: 'bottom-start' }}
                />
                <ClearFiltersButton count={nFilters} onClear={() => f.reset()} />
              </Group>
            </Box>
            {q.error || !q.data ? (
              <QueryPending error={q.error} onRetry={q.refetch} />
            ) : q.data.length === 0 ? (
              <EmptyState
                icon={<IconHeartHandshake size={26} stroke={1.5} />}
                title={nFilters > 0 ? 'Ningún acuerdo coincide con los filtros' : 'Aún no hay acuerdos de pago'}
                description={
                  nFilters > 0
                    ? 'Cambie o limpie los filtros para ver más acuerdos.'
                    : 'Pacte un acuerdo con un deudor: elija sus facturas y revise el calendario antes de firmarlo.'
                }
                action={
                  nFilters === 0 && (
                    <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => navigate('/acuerdos/nuevo')}>
                      Nuevo acuerdo
                    </Button>
                  )
                }
              />
            ) : (
              <AgreementsTable rows={q.data} loading={q.isFetching} />
            )}
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="bdme">
          <Paper withBorder radius="md">
            {bdme.error || !bdme.data ? (
              <QueryPending error={bdme.error} onRetry={bdme.refetch} />
            ) : (
              <BdmeCandidates rows={bdme.data} />
            )}
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <RatesDialog table={rates ?? 'dtf'} opened={rates !== null} onClose={() => setRates(null)} />
    </>
  );
}
