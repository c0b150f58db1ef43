import { BarChart } from '@mantine/charts';
import { Group, VisuallyHidden } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import type { CarteraDashboard } from '../../../shared/api/types';
import { formatMoney } from '../../../shared/domain/money';
import { formatDate, formatPeriod } from '../../lib/format';
import { navigate } from '../../lib/router';
import { useReducedMotion } from '@mantine/hooks';
import { useLocale } from '../../lib/session';
import { ChartCard, Figure } from './ChartCard';
import { compactMoney, shortPeriod } from './chartFormat';
import { indexOfClick } from './chartClick';

/**
 * No list screen filters payments by month (Facturas filters by due date, Pagos por aplicar lists only the
 * payments not yet applied): a bar leads to Facturas.
 */
const DRILL_TO = '/cartera/facturas';

/** Recaudo por mes: the abonos to receivables of the last 12 months, net of reversals (cartera.dashboard). */
export function RecaudoChart({
  data,
  error,
  onRetry,
}: {
  data: CarteraDashboard['recaudo'] | undefined;
  error: Error | null;
  onRetry: () => unknown;
}) {
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const months = data?.months ?? [];
  const rows = months.map((m) => ({ mes: shortPeriod(m.period), Recaudo: m.collectedCents }));
  const current = months[months.length - 1];
  const empty = data && months.every((m) => m.collectedCents === 0) ? 'Sin abonos en los últimos 12 meses' : null;
  return (
    <ChartCard
      title="Recaudo por mes"
      description={
        data
          ? `Abonos a facturas por cobrar, netos de reversiones, del ${formatDate(data.from)} al ${formatDate(data.to)}.`
          : 'Abonos a facturas por cobrar de los últimos 12 meses, netos de reversiones.'
      }
      icon={<IconCash size={18} />}
      color="teal"
      testId="chart-recaudo"
      link={{ label: 'Facturas', to: DRILL_TO }}
      error={error}
      onRetry={onRetry}
      loading={!data}
      empty={empty}
      headline={
        data && (
          <Group gap="xl">
            <Figure label="Últimos 12 meses" value={formatMoney(data.totalCents, locale)} testId="recaudo-total" />
            {current && (
              <Figure
                label={`En ${formatPeriod(current.period)}`}
                value={formatMoney(current.collectedCents, locale)}
                testId="recaudo-mes-actual"
              />
            )}
          </Group>
        )
      }
    >
      <BarChart
        h={240}
        data={rows}
        dataKey="mes"
        series={[{ name: 'Recaudo', color: 'teal.6' }]}
        valueFormatter={(v) => formatMoney(v, locale)}
        yAxisProps={{ width: 78, tickFormatter: (v: number) => compactMoney(v, locale) }}
        // Twelve «mmm aa» labels do not fit side by side: the year only on the first month and on January.
        xAxisProps={{
          interval: 0,
          tick: { fontSize: 11 },
          tickFormatter: (v: string, i: number) => (i === 0 || v.startsWith('ene') ? v : v.slice(0, 3)),
        }}
        tickLine="y"
        gridAxis="y"
        maxBarWidth={36}
        role="figure"
        aria-label={`Gráfica de barras del recaudo por mes, ${months.length} meses. Haga clic en una barra para ver las facturas.`}
        className="clickable"
        // The bar itself, and its band for a month too small to hit (the category under the pointer).
        barProps={{ isAnimationActive: !reducedMotion, onClick: () => navigate(DRILL_TO) }}
        barChartProps={{
          onClick: (s) => {
            if (indexOfClick(s, rows.length) !== null) navigate(DRILL_TO);
          },
        }}
      />
      <VisuallyHidden>
        <table>
          <caption>Recaudo por mes</caption>
          <thead>
            <tr>
              <th>Mes</th>
              <th>Recaudo</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.period} data-testid="recaudo-row" data-period={m.period}>
                <td>{formatPeriod(m.period)}</td>
                <td>{formatMoney(m.collectedCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </ChartCard>
  );
}
