import { Button, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { JobHandle } from '../lib/jobs';

/**
 * Progress of a long backend job (useJob in renderer/lib/jobs.ts): a bar with
 * "n de total", the backend's label and a "Cancelar" button. Appears only
 * when the job takes longer than `delayMs`, so quick jobs do not flash it.
 */
export function JobProgressModal({
  job,
  delayMs = 250,
  cancellable = true,
}: {
  job: JobHandle;
  delayMs?: number;
  cancellable?: boolean;
}) {
  const s = job.state;
  const [visible, setVisible] = useState(false);
  const jobId = s?.jobId ?? null;

  useEffect(() => {
    if (!jobId) {
      setVisible(false);
      return;
    }
    const t = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(t);
  }, [jobId, delayMs]);

  const known = s !== null && s.total > 0;
  const pct = known ? Math.min(100, Math.round((s.done / s.total) * 100)) : 100;
  // Unknown total, a last step after the count (e.g. composing the PDF) or a cancel on its way: still working.
  const busy = !known || pct >= 100 || (s?.cancelling ?? false);
  const fmt = (n: number) => new Intl.NumberFormat('es-MX').format(n);

  return (
    <Modal
      opened={visible && s !== null}
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      size="md"
      title={
        <Group gap="xs">
          <Loader size={16} />
          <Text fw={600}>{s?.title ?? ''}</Text>
        </Group>
      }
      data-testid="job-progress"
    >
      {s && (
        <Stack gap="sm">
          <Progress
            value={pct}
            size="lg"
            radius="sm"
            striped={busy}
            animated={busy}
            color={s.cancelling ? 'gray' : undefined}
            aria-label="Avance"
          />
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" c="dimmed" style={{ minWidth: 0 }}>
              {s.cancelling ? 'Cancelando… se detiene al terminar el paso en curso.' : s.label || 'Preparando…'}
            </Text>
            {known && (
              <Text size="sm" className="num" fw={500} data-testid="job-progress-count" style={{ flexShrink: 0 }}>
                {fmt(s.done)} de {fmt(s.total)} · {pct} %
              </Text>
            )}
          </Group>
          {cancellable && (
            <Group justify="flex-end">
              <Button
                variant="default"
                leftSection={s.cancelling ? <Loader size={14} /> : <IconPlayerStop size={16} />}
                onClick={job.cancel}
                disabled={s.cancelling}
              >
                {s.cancelling ? 'Cancelando…' : 'Cancelar'}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
