import { Button, Group, Modal, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { JobProgressModal } from '../../components/JobProgressModal';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { reportsApi } from './api';
import type { Direction } from './store';
import { useExportJob } from '../../lib/useExportJob';

type Format = 'xlsx' | 'pdf';

/**
 * "Estado de cuenta": pick the entidad (preselected when opened from a row),
 * the cut-off date and the format; the backend writes the file (invoices,
 * their movements, balances and the aging summary) as a job.
 */
export function EstadoCuentaButton({
  counterpartyId,
  asOf,
  direction,
}: {
  counterpartyId?: number | null;
  asOf: string | null;
  direction: Direction;
}) {
  const [open, setOpen] = useState(false);
  const [cp, setCp] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(asOf);
  const [format, setFormat] = useState<Format>('pdf');
  const [includePaid, setIncludePaid] = useState(false);
  const cps = useCounterpartyOptions();
  const { job, run } = useExportJob();

  const show = () => {
    setCp(counterpartyId ? String(counterpartyId) : null);
    setDate(asOf);
    setOpen(true);
  };
  const submit = () => {
    if (!cp) return;
    setOpen(false);
    void run(
      {
        running: 'Generando el estado de cuenta',
        done: 'Estado de cuenta generado',
        rows: (n) => (n === 1 ? '1 factura' : `${n} facturas`),
        failed: 'No se pudo generar el estado de cuenta',
      },
      (jobId) =>
        reportsApi.estadoCuenta({
          counterpartyId: Number(cp),
          ...(date ? { asOf: date } : {}),
          direction,
          includePaid,
          format,
          jobId,
        }),
    );
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileInvoice size={16} />}
        onClick={show}
        loading={job.state !== null}
        data-testid="estado-cuenta-open"
      >
        Estado de cuenta
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Estado de cuenta" centered>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Facturas de la entidad con sus movimientos (cargo, abonos, notas, reversiones), saldos y resumen por edades.
          </Text>
          <Select
            label="Entidad"
            placeholder="Elija la entidad"
            data={cps.options}
            value={cp}
            onChange={setCp}
            searchable
            nothingFoundMessage="Ninguna entidad coincide"
            data-testid="estado-cuenta-entidad"
          />
          <DateField label="Fecha de corte" placeholder="Hoy" value={date} onChange={setDate} name="estadoAsOf" />
          <Switch
            label="Incluir facturas pagadas"
            checked={includePaid}
            onChange={(e) => setIncludePaid(e.currentTarget.checked)}
          />
          <SegmentedControl
            value={format}
            onChange={(v) => setFormat(v as Format)}
            data={[
              { value: 'pdf', label: 'PDF' },
              { value: 'xlsx', label: 'Excel' },
            ]}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancelar
            </Button>
            <Button onClick={submit} disabled={!cp} data-testid="estado-cuenta-generar">
              Generar
            </Button>
          </Group>
        </Stack>
      </Modal>
      <JobProgressModal job={job} />
    </>
  );
}
