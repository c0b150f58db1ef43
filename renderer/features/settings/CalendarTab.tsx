// Configuración → Días hábiles: the year's feriados (library, the app's corrections, the user's adjustments),
// the adjustments themselves (added or retired with a reason) and a term calculator in días hábiles.
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCalendarOff, IconCalendarPlus, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CalendarHoliday, CalendarOverride, HolidaySource } from '../../../shared/api/calendar';
import { weekdayName } from '../../../shared/domain/date-words';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { Section } from '../../components/Section';
import { QueryPending } from '../../components/States';
import { SubmitForm } from '../../components/SubmitForm';
import { notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { useProfile } from '../../lib/session';
import { todayIso } from '../../lib/today';
import { calendarApi, calendarQueries } from './api';

const SOURCE: Record<HolidaySource, { label: string; color: string }> = {
  biblioteca: { label: 'Ley', color: 'gray' },
  correccion: { label: 'Corrección', color: 'blue' },
  ajuste: { label: 'Ajuste', color: 'grape' },
};

const KIND_LABEL: Record<CalendarOverride['kind'], string> = {
  holiday: 'Inhábil',
  workday: 'Hábil',
};

function HolidayRow({ h, struck = false }: { h: CalendarHoliday; struck?: boolean }) {
  return (
    <Table.Tr style={struck ? { textDecoration: 'line-through', opacity: 0.7 } : undefined}>
      <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(h.date)}
      </Table.Td>
      <Table.Td>{weekdayName(h.date)}</Table.Td>
      <Table.Td>{h.name}</Table.Td>
      <Table.Td>
        <Badge size="xs" variant="light" color={SOURCE[h.source].color}>
          {SOURCE[h.source].label}
        </Badge>
      </Table.Td>
    </Table.Tr>
  );
}

function AddOverrideForm() {
  const [date, setDate] = useState<string | null>(null);
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function save() {
    const errs: FieldErrors = {};
    if (!date) errs.date = 'Indique la fecha.';
    if (!reason.trim()) errs.reason = 'Indique el motivo (decreto, circular, resolución…).';
    setErrors(errs);
    if (!date || Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      await calendarApi.addOverride({ date, kind, reason });
      notifySuccess(`El ${formatDate(date)} queda como día ${kind === 'holiday' ? 'inhábil' : 'hábil'}.`);
      setDate(null);
      setReason('');
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <SubmitForm onSubmit={save}>
      <Stack gap="xs">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as 'holiday' | 'workday')}
          data={[
            { value: 'holiday', label: 'Día inhábil (feriado)' },
            { value: 'workday', label: 'Día hábil (anula un feriado)' },
          ]}
        />
        <Group grow align="flex-start">
          <DateField label="Fecha" required value={date} onChange={setDate} error={errors.date} />
          <TextInput
            label="Motivo"
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            placeholder="Decreto, circular o resolución"
          />
        </Group>
        {errors._form && (
          <Alert color="red" py={6}>
            {errors._form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={saving} leftSection={<IconCalendarPlus size={16} />}>
            Registrar ajuste
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

function RetireDialog({ override, onClose }: { override: CalendarOverride | null; onClose(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function retire() {
    if (!override) return;
    if (!reason.trim()) return setError('Indique por qué se retira el ajuste.');
    setSaving(true);
    try {
      await calendarApi.retireOverride({ id: override.id, reason });
      notifySuccess(`Ajuste del ${formatDate(override.date)} retirado.`);
      setReason('');
      setError(undefined);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={override !== null} onClose={onClose} title="Retirar ajuste del calendario">
      <SubmitForm onSubmit={retire}>
        <Stack gap="sm">
          {override && (
            <Text size="sm">
              {formatDate(override.date)} ({weekdayName(override.date)}): {KIND_LABEL[override.kind].toLowerCase()}, «
              {override.reason}». El ajuste queda en el historial como retirado.
            </Text>
          )}
          <TextInput
            label="Motivo del retiro"
            required
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <DialogFooter
            error={error}
            saving={saving}
            onCancel={onClose}
            submitLabel="Retirar"
            submitIcon={<IconTrash size={16} />}
            color="red"
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}

function TermCalculator() {
  const [from, setFrom] = useState<string | null>(todayIso());
  const [days, setDays] = useState<number | string>(5);
  const n = typeof days === 'number' ? days : Number.parseInt(days, 10);
  const valid = from !== null && Number.isInteger(n) && n >= 0 && n <= 3650;
  const q = useQuery({
    ...calendarQueries.addBusinessDays({ from: from ?? '', days: valid ? n : 0 }),
    enabled: valid,
  });
  return (
    <Group align="flex-end" gap="sm">
      <DateField label="Desde" value={from} onChange={setFrom} w={160} />
      <NumberInput label="Días hábiles" min={0} max={3650} value={days} onChange={setDays} w={120} />
      <Text size="sm" pb={8} data-testid="term-result">
        {valid && q.data ? (
          <>
            Vence el <b>{formatDate(q.data.date)}</b> ({weekdayName(q.data.date)})
          </>
        ) : (
          '—'
        )}
      </Text>
    </Group>
  );
}

export function CalendarTab() {
  const profile = useProfile();
  const [year, setYear] = useState<number>(Number(todayIso().slice(0, 4)));
  const [retiring, setRetiring] = useState<CalendarOverride | null>(null);
  const q = useQuery(calendarQueries.year(year));
  const years = [year - 1, year, year + 1].map(String);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" maw={1280}>
      <Stack gap={0}>
        <Section
          title={`Feriados de ${year} (${profile === 'CO' ? 'Colombia' : 'México'})`}
          description="Los plazos en días hábiles saltan sábados, domingos y estos días. Los plazos en días calendario no."
          actions={
            <SegmentedControl
              size="xs"
              value={String(year)}
              onChange={(v) => setYear(Number(v))}
              data={years}
              aria-label="Año"
            />
          }
          p="sm"
        >
          {!q.data ? (
            <QueryPending error={q.error} onRetry={q.refetch} />
          ) : (
            <>
              <Table striped verticalSpacing={4} data-testid="holidays-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={100}>Fecha</Table.Th>
                    <Table.Th w={90}>Día</Table.Th>
                    <Table.Th>Feriado</Table.Th>
                    <Table.Th w={110}>Origen</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.holidays.map((h) => (
                    <HolidayRow key={h.date} h={h} />
                  ))}
                  {q.data.cancelled.map((h) => (
                    <HolidayRow key={`x-${h.date}`} h={h} struck />
                  ))}
                </Table.Tbody>
              </Table>
              {q.data.cancelled.length > 0 && (
                <Text size="xs" c="dimmed" mt={6}>
                  Tachados: feriados de la ley anulados por una corrección o un ajuste (son días hábiles).
                </Text>
              )}
            </>
          )}
        </Section>
      </Stack>
      <Stack gap={0}>
        <Section
          title="Ajustes del calendario"
          description="Agregue un día inhábil (p. ej. un cierre decretado) o anule un feriado. Cada ajuste lleva su motivo y queda en el historial."
          p="sm"
        >
          <AddOverrideForm />
          {q.data && q.data.overrides.length > 0 ? (
            <Table verticalSpacing={4} mt="sm" data-testid="overrides-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={100}>Fecha</Table.Th>
                  <Table.Th w={90}>Tipo</Table.Th>
                  <Table.Th>Motivo</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.overrides.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td className="num">{formatDate(o.date)}</Table.Td>
                    <Table.Td>
                      <Badge size="xs" variant="light" color={o.kind === 'holiday' ? 'grape' : 'teal'}>
                        {KIND_LABEL[o.kind]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{o.reason}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Retirar el ajuste del ${formatDate(o.date)}`}
                        onClick={() => setRetiring(o)}
                      >
                        <IconCalendarOff size={14} />
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="xs" c="dimmed" mt="sm">
              Sin ajustes en {year}.
            </Text>
          )}
        </Section>
        <Section title="Calcular un plazo en días hábiles" p="sm">
          <TermCalculator />
          <Group gap={6} mt="xs">
            <IconInfoCircle size={14} />
            <Text size="xs" c="dimmed">
              El día de inicio no se cuenta; el plazo vence al final del último día hábil.
            </Text>
          </Group>
        </Section>
      </Stack>
      <RetireDialog override={retiring} onClose={() => setRetiring(null)} />
    </SimpleGrid>
  );
}
