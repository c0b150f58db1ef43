import { BarChart } from '@mantine/charts';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { CarteraDashboard } from '../../../shared/api/types';
import { formatMoney } from '../../../shared/domain/money';
import { formatCount } from '../../lib/format';
import { navigate } from '../../lib/router';
import { useReducedMotion } from '@mantine/hooks';
import { useLocale } from '../../lib/session';
import { ChartCard, Figure } from './ChartCard';
import { compactMoney, paddedAxis } from './chartFormat';
import { indexOfClick } from './chartClick';

/** A bar opens the state's entidad (its invoices and balances); the card's link, the 32x32 view. */
const entidad = (id: number) => `/cartera/entidades/${id}`;

/** Posición neta 32x32 por estado (perfil MX): what each state owes us minus what we owe it, from portabilidad.view. */
export function NetPositionChart({
  data,
  error,
  onRetry,
}: {
  data: NonNullable<CarteraDashboard['netPosition']> | undefined;
  error: Error | null;
  onRetry: () => unknown;
}) {
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const states = data?.states ?? [];
  const rows = states.map((s) => ({ estado: s.name, Neto: s.netCents, counterpartyId: s.counterpartyId }));
  const empty = data && states.length === 0 ? 'Ninguna entidad tiene saldo neto con nosotros' : null;
  const axis = paddedAxis(states.map((s) => s.netCents));
  const more = data && data.stateCount > states.length ? data.stateCount - states.length : 0;
  return (
    <ChartCard
      title="Posición neta 32x32 por estado"
      description="Lo que cada estado nos debe menos lo que le debemos, como en la vista 32x32; los de mayor saldo neto."
      icon={<IconArrowsExchange size={18} />}
      color="indigo"
      testId="chart-posicion"
      link={{ label: 'Vista 32x32', to: '/portabilidad' }}
      error={error}
      onRetry={onRetry}
      loading={!data}
      empty={empty}
      bodyHeight={320}
      headline={
        data && (
          <Group gap="xl">
            <Figure label="Nos deben" value={formatMoney(data.receivableCents, locale)} testId="posicion-cobrar" />
            <Figure label="Debemos" value={formatMoney(data.payableCents, locale)} testId="posicion-pagar" />
            <Figure
              label="Neto"
              value={formatMoney(data.netCents, locale)}
              testId="posicion-neto"
              color={data.netCents < 0 ? 'red.8' : undefined}
            />
          </Group>
        )
      }
    >
      <BarChart
        h={Math.max(160, 34 * rows.length + 40)}
        data={rows}
        dataKey="estado"
        orientation="vertical"
        series={[{ name: 'Neto', label: 'Saldo neto' }]}
        getBarColor={(v) => (v < 0 ? 'red.6' : 'indigo.6')}
        valueFormatter={(v) => formatMoney(v, locale)}
        yAxisProps={{ width: 150, interval: 0, tick: { fontSize: 12 } }}
        xAxisProps={{ tickFormatter: (v: number) => compactMoney(v, locale), ...axis }}
        withBarValueLabel
        valueLabelProps={{ formatter: (v: unknown) => (typeof v === 'number' ? compactMoney(v, locale) : '') }}
        gridAxis="x"
        tickLine="x"
        maxBarWidth={22}
        role="figure"
        aria-label={`Gráfica de barras horizontales de la posición neta de ${states.length} estados. Haga clic en una barra para abrir la entidad.`}
        className="clickable"
        // The bar itself (its row), and its band for a bar too short to hit (the category under the pointer).
        barProps={{
          isAnimationActive: !reducedMotion,
          onClick: (bar) => {
            const id = (bar.payload as { counterpartyId?: unknown } | undefined)?.counterpartyId;
            if (typeof id === 'number') navigate(entidad(id));
          },
        }}
        barChartProps={{
          onClick: (s) => {
            const i = indexOfClick(s, states.length);
            if (i !== null) navigate(entidad(states[i]!.counterpartyId));
          },
        }}
      />
      {more > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {formatCount(more, locale)} {more === 1 ? 'estado más' : 'estados más'} con saldo neto menor: vea la vista
          32x32.
        </Text>
      )}
      <VisuallyHidden>
        <table>
          <caption>Posición neta por estado</caption>
          <thead>
            <tr>
              <th>Estado</th>
              <th>Nos debe</th>
              <th>Le debemos</th>
              <th>Neto</th>
            </tr>
          </thead>
          <tbody>
            {states.map((s) => (
              <tr key={s.counterpartyId} data-testid="posicion-row" data-counterparty={s.counterpartyId}>
                <td>{s.name}</td>
                <td>{formatMoney(s.receivableCents, locale)}</td>
                <td>{formatMoney(s.payableCents, locale)}</td>
                <td>{formatMoney(s.netCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </ChartCard>
  );
}
