// What confirming an action will do, read from the workflow definition so the dialog never restates it by hand.
import { List, Paper, Text, ThemeIcon } from '@mantine/core';
import {
  IconCash,
  IconCheck,
  IconClock,
  IconFileText,
  IconLock,
  IconNotebook,
  IconReceiptOff,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { documentType, isDocumentTypeKey } from '../../../shared/domain/documents/types';
import type { ActionDef, EffectSpec } from '../../../shared/domain/portabilidad/workflow';

function effectLine(e: EffectSpec): { icon: ReactNode; text: string } | null {
  switch (e.kind) {
    case 'draft_document': {
      const label = isDocumentTypeKey(e.docType) ? documentType(e.docType).label : e.docType;
      const copies = e.copies && e.copies > 1 ? ` (${e.copies} tantos)` : '';
      return {
        icon: <IconFileText size={14} />,
        text: `Redacta el borrador «${label}»${copies}; se revisa y emite en Documentos.`,
      };
    }
    case 'bitacora':
      return { icon: <IconNotebook size={14} />, text: `Registra en la bitácora: ${e.asunto}.` };
    case 'set_deadline':
      return {
        icon: <IconClock size={14} />,
        text: `${e.meaning === 'vence' ? 'Fija el plazo' : 'Calcula la fecha'}: ${e.label}.`,
      };
    case 'record_payment':
      return { icon: <IconCash size={14} />, text: 'Registra el abono en el libro mayor.' };
    case 'record_impagables':
      return {
        icon: <IconReceiptOff size={14} />,
        text: 'Registra los montos impagables con su motivo (el saldo de las facturas sigue en el libro mayor).',
      };
    case 'close_case':
      return { icon: <IconLock size={14} />, text: 'Cierra el caso.' };
    default:
      return null;
  }
}

/** What the action will do, read from the workflow definition. */
export function EffectsPreview({ def }: { def: ActionDef<string> }) {
  const lines = def.effects.map(effectLine).filter((l): l is NonNullable<typeof l> => l !== null);
  const branches = def.branches ?? [];
  if (lines.length === 0 && branches.length === 0) return null;
  return (
    <Paper withBorder radius="sm" p="sm" bg="gray.0" data-testid="action-effects">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3} mb={6}>
        Al confirmar
      </Text>
      <List spacing={4} size="sm" center>
        {lines.map((l) => (
          <List.Item
            key={l.text}
            icon={
              <ThemeIcon size={20} radius="xl" variant="light">
                {l.icon}
              </ThemeIcon>
            }
          >
            {l.text}
          </List.Item>
        ))}
        {branches.map((b) => (
          <List.Item
            key={b.description}
            icon={
              <ThemeIcon size={20} radius="xl" variant="light" color="teal">
                <IconCheck size={14} />
              </ThemeIcon>
            }
          >
            {b.description}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
