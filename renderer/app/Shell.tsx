import { AppShell, Badge, Box, Group, NavLink, ScrollArea, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBook2,
  IconBuildingCommunity,
  IconCashBanknote,
  IconChartBar,
  IconFileInvoice,
  IconFileText,
  IconGavel,
  IconTrendingDown,
  IconScale,
  IconHeartHandshake,
  IconLayoutDashboard,
  IconListCheck,
  IconSettings,
  IconWallet,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { navigate, useLocation } from '../lib/router';
import { PROFILE_LABELS, useSession } from '../lib/session';
import { Routes } from './routes';
import { formatDate } from '../lib/format';

interface NavItem {
  label: string;
  to: string;
  icon: typeof IconWallet;
  match: (path: string) => boolean;
  children?: NavItem[];
  /** Shown only for this institution profile (the 32x32 process is Mexican). */
  profile?: 'MX' | 'CO';
}

const NAV: NavItem[] = [
  { label: 'Tablero', to: '/tablero', icon: IconLayoutDashboard, match: (p) => p === '/' || p.startsWith('/tablero') },
  {
    label: 'Portabilidad 32x32',
    to: '/portabilidad',
    icon: IconArrowsExchange,
    match: (p) => p.startsWith('/portabilidad'),
    profile: 'MX',
  },
  {
    label: 'Cartera',
    to: '/cartera',
    icon: IconWallet,
    match: (p) => p.startsWith('/cartera'),
    children: [
      {
        label: 'Facturas',
        to: '/cartera/facturas',
        icon: IconFileInvoice,
        match: (p) => p.startsWith('/cartera/facturas'),
      },
      {
        label: 'Entidades',
        to: '/cartera/entidades',
        icon: IconBuildingCommunity,
        match: (p) => p.startsWith('/cartera/entidades'),
      },
      {
        label: 'Pagos y recibos',
        to: '/cartera/pagos',
        icon: IconCashBanknote,
        match: (p) => p.startsWith('/cartera/pagos'),
      },
      {
        label: 'Conciliaciones',
        to: '/cartera/conciliaciones',
        icon: IconScale,
        match: (p) => p.startsWith('/cartera/conciliaciones'),
      },
      {
        label: 'Expedientes',
        to: '/cartera/expedientes',
        icon: IconGavel,
        match: (p) => p.startsWith('/cartera/expedientes'),
      },
      {
        label: 'Deterioro',
        to: '/cartera/deterioro',
        icon: IconTrendingDown,
        match: (p) => p.startsWith('/cartera/deterioro'),
      },
    ],
  },
  { label: 'Documentos', to: '/documentos', icon: IconFileText, match: (p) => p.startsWith('/documentos') },
  { label: 'Bitácora', to: '/bitacora', icon: IconBook2, match: (p) => p.startsWith('/bitacora') },
  { label: 'Acuerdos de pago', to: '/acuerdos', icon: IconHeartHandshake, match: (p) => p.startsWith('/acuerdos') },
  { label: 'Reportes', to: '/reportes', icon: IconChartBar, match: (p) => p.startsWith('/reportes') },
];

const SETTINGS: NavItem = {
  label: 'Configuración',
  to: '/configuracion',
  icon: IconSettings,
  match: (p) => p.startsWith('/configuracion'),
};

function Link({ item, path, nested }: { item: NavItem; path: string; nested?: boolean }) {
  const Icon = item.icon;
  const active = item.match(path);
  const props = {
    className: 'nav-link',
    label: item.label,
    leftSection: <Icon size={nested ? 16 : 18} stroke={1.6} />,
    href: `#${item.to}`,
    onClick: (e: React.MouseEvent) => {
      e.preventDefault();
      navigate(item.to);
    },
    'data-testid': `nav-${item.to.split('/').filter(Boolean).join('-')}`,
  };
  if (item.children) {
    return (
      <NavLink
        {...props}
        active={false}
        opened
        childrenOffset={22}
        fw={active ? 600 : undefined}
        onClick={props.onClick}
      >
        {item.children.map((c) => (
          <Link key={c.to} item={c} path={path} nested />
        ))}
      </NavLink>
    );
  }
  return <NavLink {...props} active={active} variant="light" />;
}

export function Shell({ children }: { children?: ReactNode }) {
  const { path } = useLocation();
  const institution = useSession((s) => s.settings?.institution);
  const status = useSession((s) => s.status);

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 236, breakpoint: 0 }} padding="lg">
      <AppShell.Header className="app-header" bg="brand.9" c="white" withBorder={false}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={30} radius="md" color="white" variant="white">
              <IconListCheck size={18} color="var(--mantine-color-brand-8)" />
            </ThemeIcon>
            <Text fw={650} size="md" c="white">
              Cartera y Portabilidad
            </Text>
            {institution && (
              <>
                <Box w={1} h={22} bg="rgba(255,255,255,0.3)" mx={4} />
                <Text
                  size="sm"
                  c="white"
                  fw={500}
                  lineClamp={1}
                  title={institution.name}
                  data-testid="header-institution"
                >
                  {institution.shortName || institution.name}
                </Text>
              </>
            )}
          </Group>
          {institution && (
            <Group gap="xs" wrap="nowrap">
              {status?.todayPinned && (
                <Badge
                  color="yellow"
                  radius="sm"
                  data-testid="header-pinned-today"
                  title="El anfitrión fijó la fecha de trabajo (--today): plazos y fechas por omisión usan ese día."
                >
                  Fecha fijada: {formatDate(status.today)}
                </Badge>
              )}
              <Badge variant="white" color="brand" radius="sm" data-testid="header-profile">
                Perfil {institution.profile} · {PROFILE_LABELS[institution.profile]}
              </Badge>
              <Badge
                variant="outline"
                color="white"
                radius="sm"
                c="white"
                style={{ borderColor: 'rgba(255,255,255,0.5)' }}
              >
                {institution.currency}
              </Badge>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {NAV.filter((item) => !item.profile || !institution || item.profile === institution.profile).map((item) => (
              <Link key={item.to} item={item} path={path} />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Link item={SETTINGS} path={path} />
          <Text size="xs" c="dimmed" px="sm" pt={6} lineClamp={2}>
            {institution?.name}
          </Text>
          <Text size="xs" c="dimmed" px="sm" pb={4}>
            Datos locales{status ? ` · esquema ${status.schemaVersion}` : ''}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Box maw={1480} mx="auto">
          {children ?? <Routes />}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
