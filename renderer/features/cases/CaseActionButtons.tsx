// The current step's workflow buttons, apart from the screen so the enabling rules read on their own.
import { Box, Button, Group, Tooltip } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import type { CaseDetail } from '../../../shared/api/types';
import { todayIso } from '../../lib/today';
import { isInputReason, urgentActions } from './labels';

/** The buttons of the current step: allowed now, or disabled with the backend's reason in a tooltip. */
export function CaseActionButtons({
  c,
  onPick,
}: {
  c: CaseDetail;
  onPick(a: { action: string; label: string }): void;
}) {
  if (c.actions.length === 0) return null;
  // A refusal that only says "the dialog has not asked for it yet" still opens the dialog.
  const enabled = (a: CaseDetail['actions'][number]) => a.ok || isInputReason(a.reason);
  // The highlighted button: the one a due deadline asks for, else the first one allowed.
  const due = urgentActions(c.deadlines, todayIso());
  const primaryAction = (c.actions.find((a) => enabled(a) && due.has(a.action)) ?? c.actions.find(enabled))?.action;
  return (
    <Group gap="xs" data-testid="case-actions">
      {c.actions.map((a) => {
        const primary = a.action === primaryAction;
        const button = (
          <Button
            size="sm"
            variant={primary ? 'filled' : 'default'}
            leftSection={<IconBolt size={15} />}
            disabled={!enabled(a)}
            onClick={() => onPick(a)}
            data-testid="case-action"
            data-action={a.action}
            data-enabled={enabled(a) || undefined}
            data-primary={primary || undefined}
          >
            {a.label}
          </Button>
        );
        return enabled(a) ? (
          <Box key={a.action}>{button}</Box>
        ) : (
          <Tooltip
            key={a.action}
            label={a.reason ?? 'No disponible ahora'}
            multiline
            w={340}
            withArrow
            position="bottom"
          >
            <span
              style={{ display: 'inline-block', cursor: 'not-allowed' }}
              data-testid="case-action-disabled"
              data-reason={a.reason}
            >
              {button}
            </span>
          </Tooltip>
        );
      })}
    </Group>
  );
}
