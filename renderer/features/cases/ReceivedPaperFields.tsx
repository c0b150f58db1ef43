import { Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { ActionDef } from '../../../shared/domain/portabilidad/workflow';
import { DateField } from '../../components/DateField';

export interface ReceivedPaper {
  numero: string;
  fecha: string | null;
  deParteDe: string;
}

export const EMPTY_PAPER: ReceivedPaper = { numero: '', fecha: null, deParteDe: '' };

/** The action registers a paper received (its bitácora entry is «recibido»), here or in one of its branches. */
export function receivesPaper(def: ActionDef<string>): boolean {
  const effects = [...def.effects, ...(def.branches ?? []).flatMap((b) => b.effects ?? [])];
  return effects.some((e) => e.kind === 'bitacora' && e.direction === 'recibido');
}

/**
 * The oficio that arrived with the action: its number and date go to the
 * bitácora and are cited by the letter that answers it (e.g. the
 * memorándum de subsanación cites the debtor's answer).
 */
export function ReceivedPaperFields({ value, onChange }: { value: ReceivedPaper; onChange(p: ReceivedPaper): void }) {
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="received-paper">
      <Text size="sm" fw={600}>
        Oficio recibido
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        Se registra en la bitácora y lo citan los oficios que lo contestan. Opcional.
      </Text>
      {/* The sender gets a row of its own: a directorate's name is long ("Dirección de Contratación y Garantía de Servicios de Salud a la Persona"). */}
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <TextInput
            label="Número"
            placeholder="p. ej. SSQ/DF/77/2025"
            value={value.numero}
            onChange={(e) => onChange({ ...value, numero: e.currentTarget.value })}
            name="paper.numero"
            maxLength={100}
            style={{ flex: 1 }}
          />
          <DateField
            label="Fecha del oficio"
            value={value.fecha}
            onChange={(d) => onChange({ ...value, fecha: d })}
            name="paper.fecha"
            w={180}
          />
        </Group>
        <TextInput
          label="De parte de"
          placeholder="Quién lo firma o envía"
          value={value.deParteDe}
          onChange={(e) => onChange({ ...value, deParteDe: e.currentTarget.value })}
          name="paper.deParteDe"
          maxLength={300}
        />
      </Stack>
    </Paper>
  );
}
