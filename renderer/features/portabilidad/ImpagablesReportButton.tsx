import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconReportMoney } from '@tabler/icons-react';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { JobProgressModal } from '../../components/JobProgressModal';
import { portabilidadApi } from './api';
import { useExportJob, type ExportJobText } from '../../lib/useExportJob';
import { SubmitForm } from '../../components/SubmitForm';

const TEXT: ExportJobText = {
  running: 'Generando el reporte de impagables',
  done: 'Reporte de impagables listo',
  rows: (n) =>
    n === 0
      ? 'Ningún monto impagable con esos filtros'
      : n === 1
        ? 'Un monto impagable'
        : `${n.toLocaleString('es-MX')} montos impagables`,
  failed: 'No se pudo generar el reporte de impagables',
};

/**
 * "Reporte de impagables": the amounts declared impagable with their reasons,
 * as Excel. A small dialog asks for an optional range of declaration dates
 * and an entidad; the report then runs as a job like the other exports.
 */
export function ImpagablesReportButton({ states }: { states: { id: number; name: string }[] }) {
  const { job, run } = useExportJob();
  const [opened, setOpened] = useState(false);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [entidad, setEntidad] = useState<string | null>(null);
  const rangeError = from && to && from > to ? 'La fecha final es anterior a la inicial.' : undefined;

  function submit() {
    if (rangeError) return;
    setOpened(false);
    void run(TEXT, (jobId) =>
      portabilidadApi.impagablesReport({
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(entidad ? { counterpartyId: Number(entidad) } : {}),
        jobId,
      }),
    );
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconReportMoney size={16} color="var(--mantine-color-orange-7)" />}
        onClick={() => setOpened(true)}
        loading={job.state !== null}
        data-testid="p32-impagables"
      >
        Reporte de impagables
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Reporte de impagables" size="md" centered>
        <SubmitForm onSubmit={submit} data-testid="impagables-report-form">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              Un renglón por cada monto declarado impagable en los casos de cobro, con su motivo, en Excel. Deje vacíos
              los campos para incluirlos todos.
            </Text>
            <Group grow align="flex-start">
              <DateField
                label="Declarados desde"
                value={from}
                onChange={setFrom}
                name="from"
                data-testid="impagables-from"
              />
              <DateField
                label="Hasta"
                value={to}
                onChange={setTo}
                name="to"
                error={rangeError}
                data-testid="impagables-to"
              />
            </Group>
            <Select
              label="Entidad"
              placeholder="Todas las entidades"
              data={states.map((s) => ({ value: String(s.id), label: s.name }))}
              value={entidad}
              onChange={setEntidad}
              searchable
              clearable
              nothingFoundMessage="Ninguna entidad coincide"
              data-testid="impagables-entidad"
            />
            <DialogFooter
              saving={false}
              onCancel={() => setOpened(false)}
              submitLabel="Generar Excel"
              submitIcon={<IconFileSpreadsheet size={16} />}
            />
          </Stack>
        </SubmitForm>
      </Modal>
      <JobProgressModal job={job} />
    </>
  );
}
