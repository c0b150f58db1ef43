import { Box, Button, Group, Select, Table, Text } from '@mantine/core';
import { IconCalculator, IconPercentage } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeterioroRow } from '../../../shared/api/deterioro';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { recentCuts } from '../../lib/cuts';
import { todayIso } from '../../lib/today';
import { deterioroQueries } from './api';
import { EstimateDialog } from './EstimateDialog';
import { TesDialog } from './TesDialog';

/** «Deterioro de cartera»: each debtor's balance at a quarterly cut, its accumulated deterioro and net book value. */
export function DeterioroScreen() {
  // The quarter still open comes first: the close is prepared before its cut.
  const options = recentCuts(todayIso(), ['03-31', '06-30', '09-30', '12-31'], 8, true);
  const [cutDate, setCutDate] = useState(options[0]!);
  const [estimating, setEstimating] = useState<DeterioroRow | null>(null);
  const [tes, setTes] = useState(false);
  const q = useQuery({ ...deterioroQueries.list(cutDate), placeholderData: keepPreviousData });
  return (
    <Box maw={1280}>
      <PageHeader
        title="Deterioro de cartera"
        subtitle="Por deudor y corte trimestral: el valor presente de lo que se espera recaudar, descontado a la tasa TES; el acumulado se ajusta cada trimestre."
        crumbs={[{ label: 'Inicio', to: '/tablero' }, { label: 'Cartera' }, { label: 'Deterioro' }]}
        actions={
          <Button
            variant="default"
            leftSection={<IconPercentage size={16} />}
            onClick={() => setTes(true)}
            data-testid="tes-open"
          >
            Tasas TES
          </Button>
        }
      />
      <Section p="xs">
        <Group p="xs" align="flex-end">
          <Select
            label="Corte"
            data={options.map((d) => ({ value: d, label: formatDate(d) }))}
            value={cutDate}
            onChange={(v) => v && setCutDate(v)}
            allowDeselect={false}
            w={170}
            data-testid="deterioro-cut"
          />
        </Group>
        {!q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : q.data.rows.length === 0 ? (
          <EmptyState title="Sin saldos por cobrar al corte" description="No hay deudores con saldo a esta fecha." />
        ) : (
          <Table verticalSpacing={6} className="data-table" data-testid="deterioro-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Deudor</Table.Th>
                <Table.Th ta="right">Saldo al corte</Table.Th>
                <Table.Th ta="right">Deterioro acumulado</Table.Th>
                <Table.Th ta="right">Valor neto en libros</Table.Th>
                <Table.Th ta="right">Estimación del corte</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.rows.map((r) => (
                <Table.Tr key={r.counterpartyId} data-testid="deterioro-row" data-counterparty={r.counterpartyId}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td ta="right">
                    <Money cents={r.balanceCents} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Money cents={r.accumulatedCents} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Money cents={r.netBookValueCents} />
                  </Table.Td>
                  <Table.Td ta="right">
                    {r.estimate ? (
                      `${(Number(r.estimate.share) * 100).toFixed(2).replace('.', ',')} %`
                    ) : (
                      <Text size="sm" c="dimmed" span>
                        Sin estimar
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconCalculator size={14} />}
                      onClick={() => setEstimating(r)}
                      data-testid="deterioro-estimate"
                    >
                      Estimar
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr className="totals-row">
                <Table.Th>Total</Table.Th>
                <Table.Th ta="right">
                  <Money cents={q.data.totals.balanceCents} />
                </Table.Th>
                <Table.Th ta="right">
                  <Money cents={q.data.totals.accumulatedCents} data-testid="deterioro-total" />
                </Table.Th>
                <Table.Th ta="right">
                  <Money cents={q.data.totals.netBookValueCents} />
                </Table.Th>
                <Table.Th />
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Section>
      <EstimateDialog row={estimating} cutDate={cutDate} onClose={() => setEstimating(null)} />
      <TesDialog opened={tes} onClose={() => setTes(false)} />
    </Box>
  );
}
