import { DonutChart } from '@mantine/charts';
import { Box, ColorSwatch, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import type { AgingBucket, CarteraDashboard } from '../../../shared/api/types';
import { formatMoney } from '../../../shared/domain/money';
import { formatCount } from '../../lib/format';
import { navigate } from '../../lib/router';
import { useReducedMotion } from '@mantine/hooks';
import { useLocale } from '../../lib/session';
import { ChartCard, Figure } from './ChartCard';
import { compactMoney } from './chartFormat';

/** Reportes opens on the cartera por edades (per debtor and bucket, with its detail). */
const DRILL_TO = '/reportes';

/** Older is redder: the colour says how far past due. */
const BUCKET_COLOR: Record<AgingBucket, string> = {
  no_vencida: 'teal.6',
  d1_30: 'yellow.5',
  d31_60: 'orange.4',
  d61_90: 'orange.6',
  d91_180: 'red.5',
  d181_360: 'red.7',
  mas_360: 'red.9',
};

/** Cartera por edades: the receivable balance per age bucket, the totals of cartera.aging. */
export function AgingChart({
  data,
  error,
  onRetry,
}: {
  data: CarteraDashboard['aging'] | undefined;
  error: Error | null;
  onRetry: () => unknown;
}) {
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const buckets = data?.buckets ?? [];
  // A bucket can hold a net credit (a nota above the balance): it is listed, but a donut draws only what is owed.
  const cells = buckets
    .filter((b) => b.balanceCents > 0)
    .map((b) => ({ name: b.label, value: b.balanceCents, color: BUCKET_COLOR[b.bucket] }));
  const empty = data && buckets.every((b) => b.balanceCents === 0) ? 'No hay saldos por cobrar' : null;
  return (
    <ChartCard
      title="Cartera por edades"
      description="Saldo por cobrar hoy según los días de vencimiento, como en Reportes."
      icon={<IconHourglass size={18} />}
      color="orange"
      testId="chart-edades"
      link={{ label: 'Reportes', to: DRILL_TO }}
      error={error}
      onRetry={onRetry}
      loading={!data}
      empty={empty}
      headline={
        data && (
          <Group gap="lg">
            <Figure label="Saldo por cobrar" value={formatMoney(data.totalCents, locale)} testId="edades-total" />
            <Figure
              label="Vencido"
              value={formatMoney(data.vencidoCents, locale)}
              testId="edades-vencido"
              color={data.vencidoCents > 0 ? 'red.8' : undefined}
            />
            <Figure label="Facturas" value={formatCount(data.invoiceCount, locale)} testId="edades-facturas" />
          </Group>
        )
      }
    >
      <Group align="center" gap="lg" wrap="nowrap">
        <Box
          role="figure"
          aria-label="Gráfica de anillo de la cartera por cobrar por tramo de edad. Cada tramo abre la cartera por edades en Reportes."
          style={{ flexShrink: 0 }}
        >
          <DonutChart
            data={cells}
            size={170}
            thickness={28}
            paddingAngle={1}
            chartLabel={data ? compactMoney(data.totalCents, locale) : ''}
            valueFormatter={(v) => formatMoney(v, locale)}
            tooltipDataSource="segment"
            cellProps={{ onClick: () => navigate(DRILL_TO), style: { cursor: 'pointer' } }}
            // Drawn at once for those who ask for less motion (and a click never lands on a moving sector).
            pieProps={{ isAnimationActive: !reducedMotion }}
          />
        </Box>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }} component="ul" p={0} m={0}>
          {buckets.map((b) => (
            <Box component="li" key={b.bucket} style={{ listStyle: 'none' }}>
              <UnstyledButton
                onClick={() => navigate(DRILL_TO)}
                w="100%"
                px={6}
                py={3}
                className="dashboard-legend-row"
                data-testid="edades-bucket"
                data-bucket={b.bucket}
                aria-label={`${b.label}: ${formatMoney(b.balanceCents, locale)}. Ver la cartera por edades en Reportes`}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Group gap={8} wrap="nowrap">
                    <ColorSwatch
                      color={`var(--mantine-color-${BUCKET_COLOR[b.bucket].replace('.', '-')})`}
                      size={11}
                      withShadow={false}
                    />
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {b.label}
                    </Text>
                  </Group>
                  <Text size="sm" className="num" fw={500} data-testid="edades-bucket-amount">
                    {formatMoney(b.balanceCents, locale)}
                  </Text>
                </Group>
              </UnstyledButton>
            </Box>
          ))}
        </Stack>
      </Group>
    </ChartCard>
  );
}
