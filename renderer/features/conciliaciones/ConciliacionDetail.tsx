import { Alert, Badge, Box, Button, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { IconFileCertificate, IconScale } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConciliationViewRow } from '../../../shared/api/conciliaciones';
import {
  CONCILIATION_CLASSES,
  CLASS_LABELS,
  type ConciliationClass,
} from '../../../shared/domain/cartera/conciliacion/classes';
import { Kpi } from '../../components/Kpi';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { call } from '../../lib/api';
import { saveFile } from '../../lib/saveFile';
import { ActaDialog } from './ActaDialog';
import { AgreeDialog } from './AgreeDialog';
import { conciliacionesQueries } from './api';

const COLOR: Record<ConciliationClass, string> = {
  coincide: 'teal',
  pendiente_de_pago: 'gray',
  valor_diferente: 'orange',
  pagada_por_aplicar: 'blue',
  glosa_pendiente: 'yellow',
  glosa_aceptada: 'yellow',
  glosa_conciliada: 'yellow',
  devolucion: 'red',
  no_radicada: 'grape',
  solo_nuestra: 'violet',
  solo_suya: 'violet',
};

/** The acta's PDF as stored when it was issued. */
async function downloadActa(assetId: number, number: string): Promise<void> {
  const a = await call('assets.get', { id: assetId });
  saveFile(a.dataBase64, `acta-depuracion-${number.replace(/\//g, '-')}.pdf`, a.mime);
}

/** One conciliación: every line classified, the totals per class, and the balance agreed per difference. */
export function ConciliacionDetail({ id }: { id: number }) {
  const q = useQuery(conciliacionesQueries.get(id));
  const [agreeing, setAgreeing] = useState<ConciliationViewRow | null>(null);
  const [issuing, setIssuing] = useState(false);
  const v = q.data;
  return (
    <Box maw={1400}>
      <PageHeader
        title={v ? `Conciliación — ${v.counterpartyName}` : 'Conciliación'}
        subtitle={v ? `Estado de cartera al ${formatDate(v.statementDate)} · ${v.fileName}` : undefined}
        crumbs={[
          { label: 'Inicio', to: '/tablero' },
          { label: 'Conciliaciones', to: '/cartera/conciliaciones' },
          { label: v?.counterpartyName ?? '…' },
        ]}
        actions={
          v &&
          !v.acta && (
            <Button
              leftSection={<IconFileCertificate size={16} />}
              onClick={() => setIssuing(true)}
              data-testid="acta-open"
            >
              Emitir acta de depuración
            </Button>
          )
        }
      />
      {!v ? (
        <QueryPending error={q.error} onRetry={q.refetch} />
      ) : (
        <>
          {v.acta && (
            <Alert color="teal" mb="md" data-testid="conciliacion-acta" title={`Acta de depuración ${v.acta.number}`}>
              <Group justify="space-between">
                <Text size="sm">
                  Emitida el {formatDate(v.acta.date)}: los saldos acordados quedaron en el libro como notas con el acta
                  como soporte. La conciliación está cerrada.
                </Text>
                <Button size="xs" variant="white" onClick={() => void downloadActa(v.acta!.pdfAssetId, v.acta!.number)}>
                  Descargar PDF
                </Button>
              </Group>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
            <Kpi label="Nuestra cartera">
              <Money cents={v.totals.ourTotalCents} />
            </Kpi>
            <Kpi label="Su estado">
              <Money cents={v.totals.theirTotalCents} />
            </Kpi>
            <Kpi label="Diferencia">
              <Money cents={v.totals.differenceCents} colorSign />
            </Kpi>
            <Kpi label="Saldo acordado">
              <Money cents={v.agreed.agreedTotalCents} />
            </Kpi>
          </SimpleGrid>
          <Section title="Diferencias por clase" p="sm">
            <Group gap="xs" data-testid="conciliacion-clases">
              {CONCILIATION_CLASSES.filter((c) => v.totals.byClass[c].count > 0).map((c) => (
                <Badge key={c} color={COLOR[c]} variant="light" size="lg" radius="sm">
                  {CLASS_LABELS[c]}: {v.totals.byClass[c].count}
                </Badge>
              ))}
            </Group>
          </Section>
          <Section title="Líneas" p="xs">
            <Table verticalSpacing={5} data-testid="conciliacion-rows" className="data-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>Factura</Table.Th>
                  <Table.Th w={200}>Clase</Table.Th>
                  <Table.Th ta="right">Nuestro saldo</Table.Th>
                  <Table.Th ta="right">Su saldo</Table.Th>
                  <Table.Th ta="right">Diferencia</Table.Th>
                  <Table.Th>Explicación</Table.Th>
                  <Table.Th ta="right">Acordado</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.rows.map((r) => (
                  <Table.Tr key={r.key} data-testid="conciliacion-row" data-class={r.class} data-number={r.number}>
                    <Table.Td className="num">{r.number}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={COLOR[r.class]}
                        variant="light"
                        size="sm"
                        radius="sm"
                        style={{ minWidth: 'max-content' }}
                      >
                        {r.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.ourBalanceCents === null ? '—' : <Money cents={r.ourBalanceCents} />}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.theirBalanceCents === null ? '—' : <Money cents={r.theirBalanceCents} />}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money cents={r.differenceCents} colorSign />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {r.explanation}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.agreedCents === null ? '' : <Money cents={r.agreedCents} fw={600} />}
                    </Table.Td>
                    <Table.Td>
                      {!v.acta && r.ourInvoiceId !== null && r.differenceCents !== 0 && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={`Acordar el saldo de ${r.number}`}
                          onClick={() => setAgreeing(r)}
                        >
                          <IconScale size={14} />
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <AgreeDialog conciliationId={id} row={agreeing} onClose={() => setAgreeing(null)} />
          <ActaDialog v={v} opened={issuing} onClose={() => setIssuing(false)} />
        </>
      )}
    </Box>
  );
}
