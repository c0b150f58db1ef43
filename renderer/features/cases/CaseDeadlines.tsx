// The case's pending deadlines coloured by urgency, then the attended ones struck through.
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '../../../shared/api/types';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import { DeadlineBadge, deadlineStatus, URGENCY_COLORS } from './labels';

export function CaseDeadlines({ c, today }: { c: CaseDetail; today: string }) {
  const pending = c.deadlines.filter((d) => d.clearedOn === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  // A deadline a later step set again (new date) was replaced, not attended: only the attended ones are listed.
  const cleared = c.deadlines.filter((d) => d.clearedOn !== null && !d.replaced);
  return (
    <Section title="Plazos" description="Días naturales. El color indica la urgencia.">
      {pending.length === 0 ? (
        <Text size="sm" c="dimmed">
          No hay plazos pendientes.
        </Text>
      ) : (
        <Stack gap="xs" data-testid="case-deadlines">
          {pending.map((d) => {
            const st = deadlineStatus(d, today);
            return (
              <Paper
                key={d.id}
                withBorder
                radius="sm"
                px="sm"
                py={8}
                className="deadline-card"
                style={{ borderLeft: `4px solid var(--mantine-color-${URGENCY_COLORS[st.urgency]}-6)` }}
                data-testid="case-deadline"
                data-kind={d.kind}
                data-urgency={st.urgency}
              >
                <Text size="sm" fw={500}>
                  {d.label}
                </Text>
                <Group gap={6} mt={4} justify="space-between" wrap="wrap">
                  <Text size="xs" c="dimmed" className="num">
                    {d.meaning === 'vence' ? 'Vence el' : 'Disponible desde el'} {formatDate(d.dueOn)}
                  </Text>
                  <DeadlineBadge deadline={d} today={today} size="sm" />
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      {cleared.length > 0 && (
        <Stack gap={2} mt="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            Atendidos
          </Text>
          {cleared.map((d) => (
            <Text key={d.id} size="xs" c="dimmed" td="line-through" title={`Atendido el ${formatDate(d.clearedOn)}`}>
              {d.label} · {formatDate(d.dueOn)}
            </Text>
          ))}
        </Stack>
      )}
    </Section>
  );
}
