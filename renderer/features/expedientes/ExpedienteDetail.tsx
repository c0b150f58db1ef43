import { Badge, Box, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CollectionStageEventView } from '../../../shared/api/types-cartera-ledger';
import { EtapaBadge } from '../../components/EtapaBadge';
import { InfoGrid } from '../../components/InfoGrid';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { ExpedienteHistory } from '../../widgets/expediente/ExpedienteHistory';
import { expedientesQueries } from './api';
import { InformeCierreButton } from './InformeCierreButton';
import { RecordEventDialog } from './RecordEventDialog';
import { useReviewOnce } from './useReviewOnce';

/** One debtor's expediente de cobro: its stage, the terms running (with their unit), and its events. */
export function ExpedienteDetail({ counterpartyId }: { counterpartyId: number }) {
  const review = useReviewOnce();
  const q = useQuery(expedientesQueries.get(counterpartyId, review));
  const [recording, setRecording] = useState(false);
  const [annulling, setAnnulling] = useState<CollectionStageEventView | null>(null);
  const v = q.data;
  const today = todayIso();

  return (
    <Box maw={1280}>
      <PageHeader
        title={v ? `Expediente de cobro — ${v.counterpartyName}` : 'Expediente de cobro'}
        crumbs={[
          { label: 'Inicio', to: '/tablero' },
          { label: 'Expedientes', to: '/cartera/expedientes' },
          { label: v?.counterpartyName ?? '…' },
        ]}
        actions={
          <Group gap="xs">
            {v?.persuasivo?.end && <InformeCierreButton counterpartyId={counterpartyId} />}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setRecording(true)} disabled={!v}>
              Registrar evento
            </Button>
          </Group>
        }
      />
      {!v ? (
        <QueryPending error={q.error} onRetry={q.refetch} />
      ) : (
        <>
          <Section p="sm">
            <Group gap="xs" mb="sm" data-testid="expediente-etapa">
              {v.stage ? (
                <EtapaBadge etapa={v.stage} size="md" />
              ) : (
                <Badge variant="outline" color="gray" radius="sm">
                  Sin expediente
                </Badge>
              )}
              <Text size="sm">
                {v.since
                  ? `desde el ${formatDate(v.since)}`
                  : 'Sus facturas están en cobro persuasivo; el expediente se abre con la circularización.'}
              </Text>
            </Group>
            <InfoGrid
              cols={4}
              items={[
                { label: 'Saldo vencido', value: <Money cents={v.overdueCents} />, testId: 'expediente-vencido' },
                { label: 'Facturas vencidas', value: v.overdueCount },
                { label: 'Vencida desde', value: formatDate(v.oldestDueDate) || '—' },
                { label: 'Estado de cartera conciliado', value: formatDate(v.conciliadoOn) || '—' },
              ]}
            />
          </Section>
          <Section
            title="Plazos en curso"
            description="Cada plazo dice su unidad: días hábiles (calendario de Configuración → Días hábiles) o días calendario."
            p="sm"
          >
            {v.deadlines.length === 0 ? (
              <Text size="sm" c="dimmed">
                Ningún plazo corre en esta etapa.
              </Text>
            ) : (
              <Table verticalSpacing={5} data-testid="expediente-plazos">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={110}>Vence</Table.Th>
                    <Table.Th>Plazo</Table.Th>
                    <Table.Th w={200}>Cómo se cuenta</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.deadlines.map((d) => (
                    <Table.Tr key={d.kind} data-testid="expediente-plazo" data-kind={d.kind}>
                      <Table.Td className="num">
                        <Text size="sm" fw={600} c={d.due < today ? 'red.8' : d.due === today ? 'orange.8' : undefined}>
                          {formatDate(d.due)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{d.label}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {d.term}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
          <Section
            title="Historial del expediente"
            description="Cada evento queda registrado; una anulación se agrega y tacha el evento anulado."
            p="sm"
          >
            {v.events.length === 0 ? (
              <Text size="sm" c="dimmed">
                Sin eventos.
              </Text>
            ) : (
              <ExpedienteHistory events={v.events} onAnnul={setAnnulling} />
            )}
          </Section>
          <RecordEventDialog
            expediente={v}
            opened={recording || annulling !== null}
            annulling={annulling}
            onClose={() => (setRecording(false), setAnnulling(null))}
          />
        </>
      )}
    </Box>
  );
}
