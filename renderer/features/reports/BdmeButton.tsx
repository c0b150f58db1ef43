import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconUserExclamation } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BdmeCutView } from '../../../shared/api/bdme';
import { JobProgressModal } from '../../components/JobProgressModal';
import { Money } from '../../components/Money';
import { formatDate, formatDateTime } from '../../lib/format';
import { apiQuery } from '../../lib/queryClient';
import { recentCuts } from '../../lib/cuts';
import { todayIso } from '../../lib/today';
import { useExportJob } from '../../lib/useExportJob';
import { write } from '../../lib/writes';

const debtors = (n: number) => (n === 1 ? '1 deudor' : `${n} deudores`);

function CutTable({ cut }: { cut: BdmeCutView }) {
  if (cut.candidates.length === 0 && cut.retirements.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="bdme-empty">
        Ningún deudor que reportar ni retirar en este corte.
      </Text>
    );
  return (
    <Table verticalSpacing={4} className="data-table" data-testid="bdme-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={120}>Novedad</Table.Th>
          <Table.Th miw={200}>Deudor</Table.Th>
          <Table.Th>Causal</Table.Th>
          <Table.Th ta="right">En mora &gt; 6 meses</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cut.candidates.map((c) => (
          <Table.Tr key={`i${c.counterpartyId}`} data-testid="bdme-row" data-novedad="incluido">
            <Table.Td>
              <Badge color="red" variant="light">
                Inclusión
              </Badge>
            </Table.Td>
            <Table.Td>
              {c.name}
              <Text size="xs" c="dimmed">
                {c.taxId ? `NIT ${c.taxId}` : 'Sin identificación'}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{c.reasonLabels.join('; ')}</Text>
            </Table.Td>
            <Table.Td ta="right">
              <Money cents={c.overdueCents} />
            </Table.Td>
          </Table.Tr>
        ))}
        {cut.retirements.map((r) => (
          <Table.Tr key={`r${r.counterpartyId}`} data-testid="bdme-row" data-novedad="retirado">
            <Table.Td>
              <Badge color="teal" variant="light">
                Retiro
              </Badge>
            </Table.Td>
            <Table.Td>
              {r.name}
              <Text size="xs" c="dimmed">
                {r.taxId ? `NIT ${r.taxId}` : 'Sin identificación'}
              </Text>
            </Table.Td>
            <Table.Td colSpan={2}>
              <Text size="sm">Pagó o subsanó desde el corte anterior</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * «BDME»: the Boletín de Deudores Morosos del Estado at a semestral cut — the debtors to include (more than
 * six months overdue above 5 SMMLV, or a breached acuerdo) and to retire since the last cut reported; reporting
 * records the cut once and writes the workbook for the Contaduría (a job, offered as a download).
 */
export function BdmeButton() {
  const [opened, setOpened] = useState(false);
  const cuts = recentCuts(todayIso(), ['05-31', '11-30'], 6);
  const [cutDate, setCutDate] = useState<string | null>(cuts[0] ?? null);
  const view = useQuery({ ...apiQuery('bdme.cut', { cutDate: cutDate ?? '' }), enabled: opened && cutDate !== null });
  const list = useQuery({ ...apiQuery('bdme.cuts', {}), enabled: opened });
  const { job, run } = useExportJob();
  const cut = view.data;
  const report = () =>
    cutDate &&
    void run(
      {
        running: `Registrando el corte del BDME al ${formatDate(cutDate)}`,
        done: 'Corte del BDME registrado',
        rows: debtors,
        failed: 'No se pudo registrar el corte del BDME',
      },
      (jobId) => write('bdme.report', { cutDate, jobId }),
    );
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconUserExclamation size={16} />}
        onClick={() => setOpened(true)}
        data-testid="bdme-open"
      >
        BDME
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Boletín de Deudores Morosos del Estado" size="xl">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Corte semestral (31 de mayo y 30 de noviembre): deudores con obligaciones de más de seis meses de mora que
            suman más de 5 SMMLV del año del corte, o con un acuerdo de pago incumplido; se reporta en los diez primeros
            días hábiles de junio y diciembre.
          </Text>
          <Group align="flex-end">
            <Select
              label="Fecha de corte"
              data={cuts.map((d) => ({ value: d, label: formatDate(d) }))}
              value={cutDate}
              onChange={setCutDate}
              allowDeselect={false}
              w={180}
              data-testid="bdme-cut"
            />
            <Button
              onClick={report}
              loading={job.state !== null}
              disabled={!cut || cut.reported !== null}
              data-testid="bdme-report"
            >
              Registrar el corte y generar el reporte
            </Button>
          </Group>
          {view.error && (
            <Alert color="red" title="No se puede calcular el corte">
              {view.error.message}
            </Alert>
          )}
          {cut && (
            <>
              <Text size="sm">
                Umbral: <Money cents={cut.thresholdCents} /> (5 SMMLV) · obligaciones vencidas antes del{' '}
                {formatDate(cut.sixMonthsBefore)}
                {cut.previousCut ? ` · retiros frente al corte del ${formatDate(cut.previousCut)}` : ''}
              </Text>
              {cut.reported && (
                <Alert color="blue" data-testid="bdme-reported">
                  Corte reportado el {formatDateTime(cut.reported.createdAt)}: {cut.reported.fileName} (en
                  exportaciones). Se muestra como se registró.
                </Alert>
              )}
              <CutTable cut={cut} />
            </>
          )}
          <Text fw={600} size="sm" mt="xs">
            Cortes reportados
          </Text>
          {!list.data || list.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              Ninguno todavía: el primer corte reporta todas las inclusiones, sin retiros.
            </Text>
          ) : (
            <Table verticalSpacing={4} data-testid="bdme-cuts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Corte</Table.Th>
                  <Table.Th>Registrado</Table.Th>
                  <Table.Th ta="right">Inclusiones</Table.Th>
                  <Table.Th ta="right">Retiros</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((c) => (
                  <Table.Tr key={c.cutDate}>
                    <Table.Td className="num">{formatDate(c.cutDate)}</Table.Td>
                    <Table.Td className="num">{formatDateTime(c.createdAt)}</Table.Td>
                    <Table.Td ta="right" className="num">
                      {c.included}
                    </Table.Td>
                    <Table.Td ta="right" className="num">
                      {c.retired}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Modal>
      <JobProgressModal job={job} />
    </>
  );
}
