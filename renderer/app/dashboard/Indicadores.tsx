import { Grid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { apiQuery } from '../../lib/queryClient';
import { useProfile } from '../../lib/session';
import { AgingChart } from './AgingChart';
import { CartasSinAcuse } from './CartasSinAcuse';
import { NetPositionChart } from './NetPositionChart';
import { RecaudoChart } from './RecaudoChart';
import './dashboard.css';

const NO_POSITION = { states: [], limit: 0, stateCount: 0, receivableCents: 0, payableCents: 0, netCents: 0 };

/**
 * The Tablero's indicators, all from one read (cartera.dashboard): recaudo por
 * mes, cartera por edades, the 32x32 net position (perfil MX) and the letters
 * without acuse. `aside` goes beside the letters (the integrity check).
 */
export function Indicadores({ aside }: { aside: ReactNode }) {
  const profile = useProfile();
  // Payments and letters invalidate it (lib/writes.ts).
  const q = useQuery(apiQuery('cartera.dashboard', {}));
  const common = { error: q.error, onRetry: q.refetch };
  const d = q.data;
  const cartas = <CartasSinAcuse data={d?.letters} {...common} />;
  return (
    <Grid gap="md" data-testid="indicadores">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <RecaudoChart data={d?.recaudo} {...common} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <AgingChart data={d?.aging} {...common} />
      </Grid.Col>
      {profile === 'MX' ? (
        <>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <NetPositionChart data={d ? (d.netPosition ?? NO_POSITION) : undefined} {...common} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              {cartas}
              {aside}
            </Stack>
          </Grid.Col>
        </>
      ) : (
        <>
          <Grid.Col span={{ base: 12, md: 7 }}>{cartas}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>{aside}</Grid.Col>
        </>
      )}
    </Grid>
  );
}
