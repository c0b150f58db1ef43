import { Badge, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AGING_BUCKETS } from '../../../shared/domain/cartera/aging';
import { formatUnits } from '../../../shared/domain/reference-unit';
import { EtapaBadge } from '../../components/EtapaBadge';
import { Money } from '../../components/Money';
import { QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { useLocale } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';
import { EstadoCuentaButton } from './EstadoCuentaButton';
import { CUANTIA_LABEL, RIESGO_COLOR, RIESGO_LABEL } from './labels';
import type { AgingFilters } from './store';

const BUCKET_LABEL = Object.fromEntries(AGING_BUCKETS.map((b) => [b.key, b.label]));

/** Drill-down of one debtor: its invoices with age, bucket, balance and prescription (figures from the backend). */
export function AgingDetailDrawer({
  counterpartyId,
  filters,
  onClose,
}: {
  counterpartyId: number | null;
  filters: AgingFilters;
  onClose(): void;
}) {
  const locale = useLocale();
  const q = useQuery({
    ...apiQuery('cartera.agingDetail', {
      counterpartyId: counterpartyId ?? 0,
      ...(filters.asOf ? { asOf: filters.asOf } : {}),
      direction: filters.direction,
      prescripcionAnios: filters.prescripcionAnios,
    }),
    enabled: counterpartyId !== null,
  });
  const d = q.data && q.data.counterparty.counterpartyId === counterpartyId ? q.data : undefined;
  return (
    <Drawer
      opened={counterpartyId !== null}
      onClose={onClose}
      position="right"
      size={1000}
      title={d ? d.counterparty.name : 'Facturas'}
      data-testid="aging-detail"
    >
      {q.error || !d ? (
        <QueryPending error={q.error} onRetry={q.refetch} />
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={RIESGO_COLOR[d.riesgo]} variant="light" title={d.riesgoMotivo}>
              Riesgo {RIESGO_LABEL[d.riesgo].toLowerCase()}
            </Badge>
            {d.cuantia && (
              <Badge variant="light" title={d.totalSmmlv ? formatUnits(d.totalSmmlv, d.unitLabel, locale) : undefined}>
                Cuantía {CUANTIA_LABEL[d.cuantia].toLowerCase()}
              </Badge>
            )}
            {d.counterparty.naturalezaJuridicaLabel && (
              <Badge variant="outline" color="gray">
                {d.counterparty.naturalezaJuridicaLabel}
              </Badge>
            )}
            <Text size="sm" ml="auto">
              Saldo <Money cents={d.totals.totalCents} fw={700} />
            </Text>
            <EstadoCuentaButton
              counterpartyId={d.counterparty.counterpartyId}
              asOf={filters.asOf}
              direction={filters.direction}
            />
          </Group>
          {/* Eight columns inside the drawer on a 1366 px screen: figures at 13 px, tabular, never wrapped. */}
          <Table.ScrollContainer minWidth={720}>
            <Table
              striped
              highlightOnHover
              verticalSpacing={4}
              horizontalSpacing={6}
              fz={13}
              className="data-table"
              data-testid="aging-detail-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Factura</Table.Th>
                  <Table.Th>Vence</Table.Th>
                  <Table.Th ta="right">Edad</Table.Th>
                  <Table.Th>Rango</Table.Th>
                  <Table.Th ta="right">Valor</Table.Th>
                  <Table.Th ta="right">Saldo</Table.Th>
                  <Table.Th>Prescribe</Table.Th>
                  {d.direction === 'receivable' && <Table.Th>Etapa</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.rows.map((r) => (
                  <Table.Tr
                    key={r.invoiceId}
                    className="clickable"
                    onClick={() => navigate(`/cartera/facturas/${r.invoiceId}`)}
                    data-testid="aging-detail-row"
                    data-number={r.number}
                  >
                    <Table.Td className="num" fw={600}>
                      {r.number}
                    </Table.Td>
                    <Table.Td className="num">{formatDate(r.dueDate)}</Table.Td>
                    <Table.Td ta="right" className="num" c={r.riesgoAlto ? 'red.8' : undefined}>
                      {r.ageDays}
                    </Table.Td>
                    <Table.Td data-testid="aging-detail-bucket" style={{ whiteSpace: 'nowrap' }}>
                      {BUCKET_LABEL[r.bucket]}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money cents={r.amountCents} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money cents={r.balanceCents} fw={600} />
                    </Table.Td>
                    <Table.Td className="num" c={r.prescrita ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(r.fechaPrescripcion)}
                      {r.prescrita ? ' · prescrita' : ''}
                    </Table.Td>
                    {r.etapa && (
                      <Table.Td>
                        <EtapaBadge etapa={r.etapa} size="xs" />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Drawer>
  );
}
