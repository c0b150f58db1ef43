import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Money } from '../../components/Money';

function Figure({
  label,
  children,
  hint,
  color,
  testId,
}: {
  label: string;
  children: ReactNode;
  hint?: string;
  color?: string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm" style={color ? { borderColor: `var(--mantine-color-${color}-4)` } : undefined}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={20} fw={650} mt={2} c={color ? `${color}.8` : undefined} data-testid={testId}>
        {children}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The listado's total beside its hoja's and the difference (listado − hoja), red when they differ. */
export function TotalsComparison({
  hojaTotalCents,
  listadoTotalCents,
  differenceCents,
}: {
  hojaTotalCents: number;
  listadoTotalCents: number;
  differenceCents: number;
}) {
  const differs = differenceCents !== 0;
  return (
    <SimpleGrid cols={3} spacing="sm" data-testid="totals-comparison">
      <Figure label="Total de la hoja de cálculo" testId="total-hoja">
        <Money cents={hojaTotalCents} />
      </Figure>
      <Figure label="Total del listado nominal" testId="total-listado">
        <Money cents={listadoTotalCents} />
      </Figure>
      <Figure
        label="Diferencia"
        color={differs ? 'red' : 'teal'}
        hint={
          differs
            ? differenceCents > 0
              ? 'El listado suma más que la hoja'
              : 'El listado suma menos que la hoja'
            : 'Los totales coinciden'
        }
        testId="total-diferencia"
      >
        <Money cents={differenceCents} />
      </Figure>
    </SimpleGrid>
  );
}
