import { Box, Button, Group, Paper, Switch } from '@mantine/core';
import { IconFolders, IconTableOff } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { apiQuery } from '../../lib/queryClient';
import { ExportButtons } from './ExportButtons';
import { ImpagablesReportButton } from './ImpagablesReportButton';
import { byName, COMPARE, hasBalance } from './portabilidadSort';
import { PortabilidadTable } from './PortabilidadTable';
import { StatePanel } from './StatePanel';
import { activeFilterCount, usePortabilidad } from './store';
import { UrgencyLegend } from './UrgencyLegend';
import './portabilidad.css';

/**
 * The 32x32 view (domain README §The 32x32 view): the other 31 states in one table — por
 * cobrar, por pagar, the net compensation, what is overdue, the oldest
 * unpaid invoice and the next deadline — with the backend's totals, coloured
 * by urgency. A row opens the state's panel: its cases, invoices, documents,
 * bitácora, and a new cobro or pago case.
 */
export function PortabilidadScreen() {
  const f = usePortabilidad();
  const q = useQuery({
    ...apiQuery('portabilidad.view', f.asOf ? { asOf: f.asOf } : {}),
    placeholderData: keepPreviousData,
  });
  const nFilters = activeFilterCount(f);
  const select = f.select;
  // The panel belongs to this visit: leaving through one of its links does not reopen it on return.
  useEffect(() => () => select(null), [select]);

  const rows = useMemo(() => {
    const all = q.data?.rows ?? [];
    const shown = f.onlyWithBalance ? all.filter(hasBalance) : all;
    const cmp = COMPARE[f.sort];
    const sign = f.dir === 'asc' ? 1 : -1;
    return [...shown].sort((a, b) => sign * cmp(a, b) || byName(a, b));
  }, [q.data, f.onlyWithBalance, f.sort, f.dir]);

  const selected = q.data?.rows.find((r) => r.counterpartyId === f.selected) ?? null;
  const states = useMemo(
    () => [...(q.data?.rows ?? [])].sort(byName).map((r) => ({ id: r.counterpartyId, name: r.name })),
    [q.data],
  );
  const asOf = q.data?.asOf ?? f.asOf ?? '';

  return (
    <>
      <PageHeader
        title="Portabilidad 32x32"
        subtitle="Posición con las otras 31 entidades federativas: lo que nos deben, lo que les debemos, la compensación neta y lo que vence."
        crumbs={[{ label: 'Portabilidad 32x32' }]}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFolders size={16} />}
              onClick={() => navigate('/portabilidad/casos')}
              data-testid="p32-cases"
            >
              Casos
            </Button>
            <ExportButtons asOf={f.asOf} />
            <ImpagablesReportButton states={states} />
          </>
        }
      />
      <Paper withBorder radius="md">
        <Box p="sm" className="filter-bar">
          <Group gap="md" align="flex-end">
            <DateField
              label="Posición al"
              placeholder={q.data ? formatDate(q.data.asOf) : 'Hoy'}
              value={f.asOf}
              onChange={(v) => f.set({ asOf: v })}
              w={170}
              name="asOf"
              data-testid="p32-asof"
            />
            <Switch
              label="Solo con saldo"
              checked={f.onlyWithBalance}
              onChange={(e) => f.set({ onlyWithBalance: e.currentTarget.checked })}
              mb={8}
              data-testid="p32-only-balance"
            />
            <ClearFiltersButton count={nFilters} onClear={() => f.reset()} />
            <UrgencyLegend />
          </Group>
        </Box>
        {q.error || !q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconTableOff size={26} stroke={1.5} />}
            title="Ninguna entidad tiene saldo"
            description="No hay facturas con saldo por cobrar ni por pagar a esta fecha. Quite el filtro «Solo con saldo» para ver las 31 entidades."
            action={
              <Button size="xs" variant="default" onClick={() => f.set({ onlyWithBalance: false })}>
                Ver todas
              </Button>
            }
          />
        ) : (
          <PortabilidadTable
            view={q.data}
            rows={rows}
            fetching={q.isFetching}
            selected={f.selected}
            onSelect={f.select}
          />
        )}
      </Paper>
      <StatePanel row={selected} asOf={asOf} onClose={() => f.select(null)} />
    </>
  );
}
