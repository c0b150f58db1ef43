import { Badge, Box, Group, Stack, Text, Timeline, Tooltip } from '@mantine/core';
import {
  IconBolt,
  IconCash,
  IconClock,
  IconFileText,
  IconFlag,
  IconLock,
  IconNotebook,
  IconPointFilled,
} from '@tabler/icons-react';
import type { CaseDetail, CaseEvent, DocumentRow } from '../../../shared/api/types';
import { Section } from '../../components/Section';
import { EmptyState } from '../../components/States';
import { formatDate, formatDateTime } from '../../lib/format';
import { DOC_STATUS, routeLink } from './labels';

type Effect = CaseEvent['effects'][number];

const ICONS: Record<string, typeof IconFileText> = {
  draft_document: IconFileText,
  bitacora: IconNotebook,
  set_deadline: IconClock,
  clear_deadline: IconClock,
  record_payment: IconCash,
  close_case: IconLock,
};

/**
 * The effect as it reads now: dates as dd/mm/aaaa, and a letter drafted by
 * the step with its number and status once issued (the stored label says
 * «Borrador: …» forever).
 */
function effectText(e: Effect, doc: DocumentRow | undefined): string {
  const text = e.label.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatDate(iso));
  if (!doc || doc.status === 'borrador') return text;
  return `${text.replace(/^Borrador: /, '')}${doc.number ? ` · ${doc.number}` : ''}`;
}

function EffectItem({ e, doc }: { e: Effect; doc: DocumentRow | undefined }) {
  const Icon = ICONS[e.kind] ?? IconPointFilled;
  const text = effectText(e, doc);
  const st = doc && doc.status !== 'borrador' ? DOC_STATUS[doc.status] : undefined;
  const body = e.documentId ? (
    routeLink(`/documentos/${e.documentId}`, text)
  ) : e.bitacoraEntryId ? (
    routeLink(`/bitacora/${e.bitacoraEntryId}`, text)
  ) : (
    <Text size="sm">{text}</Text>
  );
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="event-effect" data-kind={e.kind}>
      <Box c="dimmed" mt={3} style={{ flexShrink: 0 }}>
        <Icon size={13} />
      </Box>
      <Box style={{ minWidth: 0 }}>
        {body}
        {st && (
          <Badge
            color={st.color}
            variant="light"
            size="xs"
            radius="sm"
            tt="none"
            ml={6}
            style={{ verticalAlign: 'middle' }}
          >
            {st.label}
          </Badge>
        )}
      </Box>
    </Group>
  );
}

/** «Historial del caso»: each step, newest first, with what it produced. */
export function CaseTimeline({ detail: c }: { detail: CaseDetail }) {
  const events = [...c.events].sort((a, b) => (a.date === b.date ? b.id - a.id : b.date.localeCompare(a.date)));
  const docs = new Map(c.documents.map((d) => [d.id, d]));
  return (
    <Section
      title="Historial del caso"
      description="Cada paso con su fecha y lo que produjo: documentos, registros de bitácora, plazos."
    >
      {events.length === 0 ? (
        <EmptyState title="Sin pasos registrados" />
      ) : (
        <Timeline bulletSize={24} lineWidth={2} active={0} data-testid="case-timeline">
          {events.map((e, idx) => (
            <Timeline.Item
              key={e.id}
              bullet={e.fromState === null ? <IconFlag size={13} /> : <IconBolt size={13} />}
              color={idx === 0 ? 'brand' : 'gray'}
              data-testid="case-event"
              data-action={e.action}
              title={
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {e.actionLabel}
                  </Text>
                  <Tooltip label={`Registrado ${formatDateTime(e.createdAt)}`}>
                    <Text size="xs" c="dimmed" className="num" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(e.date)}
                    </Text>
                  </Tooltip>
                </Group>
              }
            >
              <Text size="xs" c="dimmed" mb={4}>
                {e.fromState === null ? 'Inicio' : 'Pasa a'} «{e.toStateLabel}»
              </Text>
              {e.note && (
                <Text size="sm" mb={4} className="case-event-note">
                  {e.note}
                </Text>
              )}
              {e.effects.length > 0 && (
                <Stack gap={2}>
                  {e.effects.map((ef, i) => (
                    <EffectItem
                      key={`${ef.kind}-${i}`}
                      e={ef}
                      doc={ef.documentId ? docs.get(ef.documentId) : undefined}
                    />
                  ))}
                </Stack>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
