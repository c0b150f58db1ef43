import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconFileInvoice,
  IconListDetails,
  IconPlus,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { CheckReport } from '../../../shared/api/types';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { notifyError } from '../../components/notify';
import { formatCount } from '../../lib/format';
import { navigate } from '../../lib/router';
import { PROFILE_LABELS, useLocale, useSession } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';
import { CuotasSemana } from '../../features/agreements';
import { PlazosExpedientes } from '../../features/expedientes';
import { dashboardApi } from './api';
import { Vencimientos } from './Vencimientos';

// The charts (recharts, ~500 kB) load in a chunk of their own, beside the Tablero's counts and deadlines.
const Indicadores = lazy(() => import('./Indicadores').then((m) => ({ default: m.Indicadores })));

function Stat({ label, value, icon, to }: { label: string; value: string; icon: React.ReactNode; to?: string }) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={to ? 'kpi clickable' : 'kpi'}
      onClick={to ? () => navigate(to) : undefined}
    >
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            {label}
          </Text>
          <Text fz={28} fw={650} className="num" mt={2}>
            {value}
          </Text>
        </div>
        <ThemeIcon variant="light" size={36} radius="md">
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}

export function Dashboard() {
  const locale = useLocale();
  const institution = useSession((s) => s.settings?.institution);
  // The session asked for it at start: shown from the cache, asked again once it is a few seconds old.
  const q = useQuery(apiQuery('app.status', {}));
  const [check, setCheck] = useState<CheckReport | null>(null);
  const [checking, setChecking] = useState(false);

  async function runCheck() {
    setChecking(true);
    try {
      setCheck(await dashboardApi.check());
    } catch (err) {
      notifyError(err, 'No se pudo comprobar el libro mayor');
    } finally {
      setChecking(false);
    }
  }

  return (
    <>
      <PageHeader
        title="Tablero"
        subtitle={
          institution
            ? `${institution.name} · Perfil ${institution.profile}, ${PROFILE_LABELS[institution.profile]}`
            : undefined
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate('/cartera/entidades/nueva')}
            >
              Nueva entidad
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/cartera/facturas/nueva')}>
              Nueva factura
            </Button>
          </>
        }
      />
      {q.error && <ErrorState error={q.error} onRetry={q.refetch} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
        <Stat
          label="Entidades"
          value={q.data ? formatCount(q.data.counts.counterparties, locale) : '…'}
          icon={<IconBuildingCommunity size={20} />}
          to="/cartera/entidades"
        />
        <Stat
          label="Facturas"
          value={q.data ? formatCount(q.data.counts.invoices, locale) : '…'}
          icon={<IconFileInvoice size={20} />}
          to="/cartera/facturas"
        />
        <Stat
          label="Movimientos en el libro"
          value={q.data ? formatCount(q.data.counts.entries, locale) : '…'}
          icon={<IconListDetails size={20} />}
        />
      </SimpleGrid>
      <Vencimientos />
      {institution?.profile === 'CO' && <CuotasSemana />}
      <PlazosExpedientes />
      <Suspense fallback={<LoadingBlock h={320} label="Cargando indicadores…" />}>
        <Indicadores
          aside={
            <Section
              title="Integridad del libro mayor"
              description="Comprueba que la base de datos esté sana y que los saldos cuadren con los movimientos."
              actions={
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconShieldCheck size={14} />}
                  onClick={runCheck}
                  loading={checking}
                >
                  Comprobar
                </Button>
              }
            >
              {!check ? (
                <Text size="sm" c="dimmed">
                  Sin comprobar en esta sesión.
                </Text>
              ) : check.ok ? (
                <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} title="Todo en orden">
                  <Text size="sm">
                    {formatCount(check.counts.invoices, locale)} facturas, {formatCount(check.counts.postings, locale)}{' '}
                    asientos y {formatCount(check.counts.entries, locale)} movimientos revisados.
                  </Text>
                </Alert>
              ) : (
                <Alert color="red" variant="light" title="Se encontraron problemas">
                  <Stack gap={2}>
                    {check.problems.map((p) => (
                      <Text key={p} size="sm">
                        • {p}
                      </Text>
                    ))}
                  </Stack>
                </Alert>
              )}
            </Section>
          }
        />
      </Suspense>
    </>
  );
}
