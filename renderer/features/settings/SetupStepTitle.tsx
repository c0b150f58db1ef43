// The heading and one-line explanation every setup step starts with.
import { Text, Title } from '@mantine/core';

export function StepTitle({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </div>
  );
}
