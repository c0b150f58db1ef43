import { Text, Timeline } from '@mantine/core';
import { IconAlertOctagon, IconCash, IconCircleCheck, IconSignature } from '@tabler/icons-react';
import type { AgreementDetail } from '../../../shared/api/types-agreements';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';

const ICONS: Record<string, { icon: typeof IconCash; color: string }> = {
  firmado: { icon: IconSignature, color: 'brand' },
  pago: { icon: IconCash, color: 'teal' },
  aceleracion: { icon: IconAlertOctagon, color: 'red' },
  aceleracion_anulada: { icon: IconCircleCheck, color: 'blue' },
  cumplido: { icon: IconCircleCheck, color: 'teal' },
};

/** What happened to the agreement: its events and payments, newest first. */
export function AgreementEvents({ a }: { a: AgreementDetail }) {
  const items = [
    ...a.events.map((e) => ({
      key: `e${e.id}`,
      kind: e.kind,
      date: e.date,
      title: e.kindLabel,
      note: e.note,
      amount: null as number | null,
    })),
    ...a.payments.map((p) => ({
      key: `p${p.id}`,
      kind: 'pago',
      date: p.date,
      title: 'Pago recibido',
      note: p.reference,
      amount: p.amountCents,
    })),
  ].sort((x, y) => y.date.localeCompare(x.date) || y.key.localeCompare(x.key));
  return (
    <Section title="Historial">
      <Timeline bulletSize={24} lineWidth={2} active={items.length} data-testid="agreement-events">
        {items.map((it) => {
          const k = ICONS[it.kind] ?? { icon: IconCash, color: 'gray' };
          const Icon = k.icon;
          return (
            <Timeline.Item
              key={it.key}
              bullet={<Icon size={13} />}
              color={k.color}
              title={
                <Text size="sm" fw={600}>
                  {it.title}
                </Text>
              }
              data-testid="agreement-event"
              data-kind={it.kind}
            >
              <Text size="xs" c="dimmed" className="num">
                {formatDate(it.date)}
                {it.amount !== null && (
                  <>
                    {' · '}
                    <Money cents={it.amount} />
                  </>
                )}
              </Text>
              {it.note && (
                <Text size="xs" mt={2}>
                  {it.note}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Section>
  );
}
