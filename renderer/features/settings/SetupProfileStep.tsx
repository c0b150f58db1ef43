// Setup step 1: choose the profile (México 32x32 or Colombia), which fixes catalogs, currency and workflows.
import { Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { Profile } from '../../../shared/api/types';

function ProfileCard({
  selected,
  onClick,
  flag,
  title,
  subtitle,
  lines,
  testId,
}: {
  selected: boolean;
  onClick(): void;
  flag: string;
  title: string;
  subtitle: string;
  lines: string[];
  testId: string;
}) {
  return (
    <UnstyledButton
      onClick={onClick}
      data-testid={testId}
      aria-pressed={selected}
      className="profile-card"
      data-selected={selected || undefined}
    >
      <Group gap="sm" mb="xs" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant={selected ? 'filled' : 'light'}>
          <Text fw={700} size="sm" c="inherit">
            {flag}
          </Text>
        </ThemeIcon>
        <div>
          <Text fw={650}>{title}</Text>
          <Text size="xs" c="dimmed">
            {subtitle}
          </Text>
        </div>
        {selected && (
          <ThemeIcon size={22} radius="xl" ml="auto" color="teal">
            <IconCheck size={14} />
          </ThemeIcon>
        )}
      </Group>
      <Stack gap={2}>
        {lines.map((l) => (
          <Text key={l} size="xs" c="dimmed">
            • {l}
          </Text>
        ))}
      </Stack>
    </UnstyledButton>
  );
}

export function SetupProfileStep({ profile, onProfile }: { profile: Profile; onProfile(p: Profile): void }) {
  return (
    <Stack gap="md">
      <div>
        <Title order={4}>¿Qué tipo de institución es?</Title>
        <Text size="sm" c="dimmed">
          El perfil define los catálogos, la moneda, el formato de los importes y los flujos de cobro.
        </Text>
      </div>
      <SimpleGrid cols={2} spacing="md">
        <ProfileCard
          testId="profile-MX"
          selected={profile === 'MX'}
          onClick={() => onProfile('MX')}
          flag="MX"
          title="México — Portabilidad 32x32"
          subtitle="Régimen estatal de protección social en salud"
          lines={[
            'Contrapartes: las 32 entidades federativas',
            'Pesos mexicanos: $1,234,567.89',
            'Cobro y pago 32x32, garantía de pago a los 120 días',
          ]}
        />
        <ProfileCard
          testId="profile-CO"
          selected={profile === 'CO'}
          onClick={() => onProfile('CO')}
          flag="CO"
          title="Colombia — Cartera de salud"
          subtitle="Secretaría de Salud o E.S.E."
          lines={[
            'Contrapartes: EPS, IPS, entes territoriales, aseguradoras',
            'Pesos colombianos: $ 1.234.567,89',
            'Cobro persuasivo, prejurídico y jurídico; SMMLV',
          ]}
        />
      </SimpleGrid>
    </Stack>
  );
}
