import { Badge, Box, Button, SegmentedControl, Table, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { EtapaCobro } from '../../../shared/domain/cartera/etapas';
import { EtapaBadge } from '../../components/EtapaBadge';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { expedientesQueries } from './api';
import { useReviewOnce } from './useReviewOnce';

const FILTERS: { value: EtapaCobro | 'todas'; label: string }[] = [
  { value: 'todas', label: 'Todas' },
  { value: 'persuasivo', label: 'Persuasivo' },
  { value: 'prejuridico', label: 'Prejurídico' },
  { value: 'juridico', label: 'Jurídico' },
  { value: 'suspendido', label: 'Suspendidos' },
  { value: 'cerrado', label: 'Cerrados' },
];

/** «Expedientes de cobro»: every debtor with overdue balance or an expediente, its stage and its next term. */
export function ExpedientesList() {
  const [stage, setStage] = useState<EtapaCobro | 'todas'>('todas');
  const review = useReviewOnce();
  const q = useQuery(expedientesQueries.list(stage === 'todas' ? {} : { stage }, review));
  return (
    <Box maw={1280}>
      <PageHeader
        title="Expedientes de cobro"
        subtitle="Cada deudor con saldo vencido: su etapa (persuasivo, prejurídico, jurídico), sus eventos y el próximo plazo."
        crumbs={[{ label: 'Inicio', to: '/tablero' }, { label: 'Cartera' }, { label: 'Expedientes' }]}
        actions={
          <Button
            leftSection={<IconMailForward size={16} />}
            onClick={() => navigate('/documentos/lote/circularizacion')}
            data-testid="circularizar"
          >
            Circularizar deudores con saldo vencido
          </Button>
        }
      />
      <SegmentedControl
        mb="sm"
        value={stage}
        onChange={(v) => setStage(v as EtapaCobro | 'todas')}
        data={FILTERS}
        aria-label="Etapa"
      />
      <Section p="xs">
        {!q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : q.data.rows.length === 0 ? (
          <EmptyState title="Sin expedientes" description="Ningún deudor con saldo vencido en esta etapa." />
        ) : (
          <Table highlightOnHover verticalSpacing={6} data-testid="expedientes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Entidad</Table.Th>
                <Table.Th w={190}>Etapa</Table.Th>
                <Table.Th w={100}>Desde</Table.Th>
                <Table.Th w={170} ta="right">
                  Saldo vencido
                </Table.Th>
                <Table.Th w={130}>Vencida desde</Table.Th>
                <Table.Th w={320}>Próximo plazo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.rows.map((r) => (
                <Table.Tr
                  key={r.counterpartyId}
                  className="clickable"
                  data-testid="expediente-row"
                  data-entidad={r.counterpartyName}
                  onClick={() => navigate(`/cartera/expedientes/${r.counterpartyId}`)}
                >
                  <Table.Td>{r.counterpartyName}</Table.Td>
                  <Table.Td>
                    {r.stage ? (
                      <EtapaBadge etapa={r.stage} />
                    ) : (
                      <Badge variant="outline" color="gray" size="sm" radius="sm">
                        Sin expediente
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td className="num">{formatDate(r.since)}</Table.Td>
                  <Table.Td ta="right">
                    <Money cents={r.overdueCents} />
                  </Table.Td>
                  <Table.Td className="num">{formatDate(r.oldestDueDate)}</Table.Td>
                  <Table.Td>
                    {r.next ? (
                      <Text size="sm">
                        <b className="num">{formatDate(r.next.due)}</b> · {r.next.label}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Box>
  );
}
