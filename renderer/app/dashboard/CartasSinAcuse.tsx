import { Badge, Group, Table, Text } from '@mantine/core';
import { IconMailQuestion, IconMailCheck } from '@tabler/icons-react';
import type { CarteraDashboard, DashboardLetter } from '../../../shared/api/types';
import { Link } from '../../components/Link';
import { formatCount, formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { useLocale } from '../../lib/session';
import { ChartCard, Figure } from './ChartCard';

const STATUS: Record<DashboardLetter['status'], { label: string; color: string }> = {
  emitido: { label: 'Emitido', color: 'blue' },
  enviado: { label: 'Enviado', color: 'violet' },
};

const waiting = (days: number) => (days === 0 ? 'hoy' : days === 1 ? 'hace 1 día' : `hace ${days} días`);

/** Cartas sin acuse: letters issued or sent whose acuse is not recorded, the oldest first, each opening its document. */
export function CartasSinAcuse({
  data,
  error,
  onRetry,
}: {
  data: CarteraDashboard['letters'] | undefined;
  error: Error | null;
  onRetry: () => unknown;
}) {
  const locale = useLocale();
  const empty = data && data.count === 0 ? 'Todas las cartas emitidas tienen acuse' : null;
  return (
    <ChartCard
      title="Cartas sin acuse"
      description="Oficios y memorándums emitidos o enviados cuyo acuse de recibo no se ha registrado; los más antiguos primero."
      icon={<IconMailQuestion size={18} />}
      color="violet"
      testId="cartas-sin-acuse"
      link={{ label: 'Documentos', to: '/documentos' }}
      error={error}
      onRetry={onRetry}
      loading={!data}
      empty={empty}
      emptyIcon={<IconMailCheck size={26} stroke={1.5} />}
      bodyHeight={200}
      headline={
        data && (
          <Figure
            label="Esperando acuse"
            value={`${formatCount(data.count, locale)} ${data.count === 1 ? 'carta' : 'cartas'}`}
            testId="cartas-count"
          />
        )
      }
    >
      <Table verticalSpacing={6} highlightOnHover style={{ tableLayout: 'fixed' }} aria-label="Cartas sin acuse">
        <Table.Tbody>
          {data?.oldest.map((d) => {
            const to = `/documentos/${d.documentId}`;
            return (
              <Table.Tr
                key={d.documentId}
                className="clickable"
                onClick={() => navigate(to)}
                data-testid="carta-sin-acuse"
                data-document={d.documentId}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Link to={to} size="sm" fw={600} className="num" data-testid="carta-numero">
                      {d.number ?? `Documento ${d.documentId}`}
                    </Link>
                    <Badge size="xs" variant="light" color={STATUS[d.status].color} tt="none">
                      {STATUS[d.status].label}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={1} title={`${d.docTypeLabel} · ${d.counterpartyName ?? ''}`}>
                    {d.docTypeLabel}
                    {d.counterpartyName ? ` · ${d.counterpartyName}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" w={150} style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={500}>
                    {waiting(d.daysWaiting)}
                  </Text>
                  <Text size="xs" c="dimmed" className="num">
                    {d.sentOn ? `enviada ${formatDate(d.sentOn)}` : formatDate(d.date)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {data && data.count > data.oldest.length && (
        <Text size="xs" c="dimmed" mt={6}>
          y {formatCount(data.count - data.oldest.length, locale)} más en Documentos.
        </Text>
      )}
    </ChartCard>
  );
}
