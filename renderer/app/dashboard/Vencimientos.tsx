import { Alert, Badge, Box, Button, CloseButton, Group, Paper, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { Link } from '../../components/Link';
import {
  IconAlarm,
  IconAlertTriangle,
  IconArrowDownLeft,
  IconArrowUpRight,
  IconCalendarCheck,
  IconChevronRight,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeadlineCategory, DeadlineItem } from '../../../shared/api/types';
import { ErrorState, LoadingBlock } from '../../components/States';
import { isElectron } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { navigate } from '../../lib/router';
import { useProfile } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';

const GROUPS: { key: Exclude<DeadlineCategory, 'proximo'>; title: string; color: string; empty: string }[] = [
  { key: 'vencido', title: 'Vencidos', color: 'red', empty: 'Nada vencido.' },
  { key: 'hoy', title: 'Hoy', color: 'orange', empty: 'Nada vence hoy.' },
  { key: 'esta_semana', title: 'Esta semana', color: 'yellow', empty: 'Nada en los próximos 7 días.' },
];

const BANNER_KEY = 'cyp.vencimientosBanner';

function bannerDismissed(today: string): boolean {
  try {
    return sessionStorage.getItem(BANNER_KEY) === today;
  } catch {
    return false;
  }
}

function Line({ d, color }: { d: DeadlineItem; color: string }) {
  const to = `/portabilidad/casos/${d.caseId}`;
  const cobro = d.direction === 'cobro';
  return (
    <Table.Tr
      className="clickable"
      onClick={() => navigate(to)}
      data-testid="vencimiento"
      data-category={d.category}
      data-folio={d.folio}
    >
      <Table.Td w={4} p={0} style={{ background: `var(--mantine-color-${color}-6)` }} />
      <Table.Td w={210} style={{ whiteSpace: 'nowrap' }}>
        <Group gap={6} wrap="nowrap">
          <ThemeIcon
            size={18}
            radius="sm"
            variant="light"
            color={cobro ? 'indigo' : 'orange'}
            aria-label={cobro ? 'Cobro' : 'Pago'}
          >
            {cobro ? <IconArrowDownLeft size={13} stroke={2} /> : <IconArrowUpRight size={13} stroke={2} />}
          </ThemeIcon>
          <Link to={to} size="sm" fw={600} className="num">
            {d.folio}
          </Link>
        </Group>
        <Text size="xs" c="dimmed" lineClamp={1} maw={190} title={d.counterpartyName}>
          {d.counterpartyName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} lineClamp={2}>
          {d.label}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {d.action}
        </Text>
      </Table.Td>
      <Table.Td ta="right" w={170} style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" fw={600} c={d.category === 'vencido' ? 'red.8' : d.category === 'hoy' ? 'orange.8' : undefined}>
          {d.when}
        </Text>
        <Text size="xs" c="dimmed" className="num">
          {formatDate(d.dueOn)}
        </Text>
      </Table.Td>
      <Table.Td w={28} px={4}>
        <IconChevronRight size={16} color="var(--mantine-color-gray-5)" />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The Tablero's "Vencimientos": the 32x32 cases' deadlines overdue, due today
 * and due this week (cases.deadlines), each with the action to take and a
 * link to its case. In the browser host, a banner when something is due today
 * (Electron shows a desktop notification instead).
 */
export function Vencimientos() {
  const profile = useProfile();
  const today = todayIso();
  const q = useQuery({ ...apiQuery('cases.deadlines', { asOf: today, horizonDays: 7 }), enabled: profile === 'MX' });
  const [dismissed, setDismissed] = useState(() => bannerDismissed(today));

  if (profile !== 'MX') return null;
  const items = q.data ?? [];
  const by = (k: DeadlineCategory) => items.filter((d) => d.category === k);
  const dueToday = by('hoy');
  const overdue = by('vencido');
  const total = overdue.length + dueToday.length + by('esta_semana').length;
  const showBanner = !isElectron() && !dismissed && dueToday.length > 0;

  return (
    <Box mb="md">
      {showBanner && (
        <Alert
          color="orange"
          variant="filled"
          icon={<IconAlarm size={20} />}
          mb="md"
          radius="md"
          title={
            dueToday.length === 1
              ? 'Hoy vence un plazo de portabilidad'
              : `Hoy vencen ${dueToday.length} plazos de portabilidad`
          }
          data-testid="vencimientos-banner"
          withCloseButton={false}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              {dueToday.slice(0, 3).map((d) => (
                <Text key={d.deadlineId} size="sm">
                  {d.folio} · {d.counterpartyName}: {d.label}
                </Text>
              ))}
              {dueToday.length > 3 && <Text size="sm">y {dueToday.length - 3} más (vea «Vencimientos»).</Text>}
            </Stack>
            <CloseButton
              variant="transparent"
              c="white"
              aria-label="Ocultar el aviso"
              onClick={() => {
                try {
                  sessionStorage.setItem(BANNER_KEY, today);
                } catch {
                  /* storage disabled: hide for this view only */
                }
                setDismissed(true);
              }}
            />
          </Group>
        </Alert>
      )}
      <Paper withBorder radius="md" data-testid="vencimientos">
        <Group justify="space-between" px="md" pt="md" pb="xs" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon
              variant="light"
              color={overdue.length > 0 ? 'red' : dueToday.length > 0 ? 'orange' : 'brand'}
              size={32}
              radius="md"
            >
              <IconAlarm size={18} />
            </ThemeIcon>
            <div>
              <Text fw={600}>Vencimientos</Text>
              <Text size="xs" c="dimmed">
                Plazos legales de los casos 32x32 (días naturales): qué hacer y en qué caso.
              </Text>
            </div>
          </Group>
          <Group gap={6} wrap="nowrap">
            {GROUPS.map((g) => (
              <Badge
                key={g.key}
                color={g.color}
                variant={by(g.key).length > 0 ? 'filled' : 'light'}
                size="md"
                radius="sm"
                tt="none"
                data-testid={`vencimientos-count-${g.key}`}
              >
                {g.title}: {by(g.key).length}
              </Badge>
            ))}
            <Button
              size="xs"
              variant="subtle"
              rightSection={<IconChevronRight size={14} />}
              onClick={() => navigate('/portabilidad/casos')}
            >
              Casos
            </Button>
          </Group>
        </Group>
        {q.error ? (
          <Box px="md" pb="xs">
            <ErrorState error={q.error} onRetry={q.refetch} title="No se pudieron cargar los vencimientos" />
          </Box>
        ) : !q.data ? (
          <LoadingBlock h={120} />
        ) : total === 0 ? (
          <Group gap="xs" px="md" pb="md" pt={4}>
            <IconCalendarCheck size={18} color="var(--mantine-color-teal-6)" />
            <Text size="sm" c="dimmed">
              Sin plazos vencidos ni por vencer en los próximos 7 días.
            </Text>
          </Group>
        ) : (
          <Stack gap={0} pb="xs">
            {GROUPS.map((g) => {
              const rows = by(g.key);
              if (rows.length === 0) return null;
              return (
                <Box key={g.key} data-testid={`vencimientos-${g.key}`}>
                  <Group
                    gap={6}
                    px="md"
                    py={6}
                    className="filter-bar"
                    style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                  >
                    {g.key === 'vencido' && <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" />}
                    <Text size="xs" fw={700} tt="uppercase" lts={0.3} c={`${g.color}.9`}>
                      {g.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      · {rows.length}
                    </Text>
                  </Group>
                  <Table verticalSpacing={6} highlightOnHover style={{ tableLayout: 'fixed' }}>
                    <Table.Tbody>
                      {rows.map((d) => (
                        <Line key={d.deadlineId} d={d} color={g.color} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Box>
              );
            })}
          </Stack>
        )}
      </Paper>
    </Box>
  );
}
