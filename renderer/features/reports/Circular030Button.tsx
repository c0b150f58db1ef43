import { Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { JobProgressModal } from '../../components/JobProgressModal';
import { Money } from '../../components/Money';
import { formatDate, formatDateTime } from '../../lib/format';
import { apiQuery } from '../../lib/queryClient';
import { recentCuts } from '../../lib/cuts';
import { todayIso } from '../../lib/today';
import { useExportJob } from '../../lib/useExportJob';
import { write } from '../../lib/writes';

const records = (n: number) => (n === 1 ? '1 registro' : `${n} registros`);

/**
 * «Circular 030»: the IPS file of the aclaración de cartera for a quarterly cut (a job; the file lands in
 * exportaciones/ under its official name and is offered as a download), with the cuts already generated:
 * each invoice's I/A/E indicator compares with the previous one.
 */
export function Circular030Button() {
  const [opened, setOpened] = useState(false);
  const cuts = recentCuts(todayIso(), ['03-31', '06-30', '09-30', '12-31'], 8);
  const [cut, setCut] = useState<string | null>(cuts[0] ?? null);
  const list = useQuery({ ...apiQuery('cartera.aclaracionCuts', {}), enabled: opened });
  const { job, run } = useExportJob();
  const generate = () =>
    cut &&
    void run(
      {
        running: `Generando el archivo de la Circular 030 al ${formatDate(cut)}`,
        done: 'Archivo de la Circular 030 generado',
        rows: records,
        failed: 'No se pudo generar el archivo de la Circular 030',
      },
      (jobId) => write('cartera.aclaracionFile', { cutDate: cut, jobId }),
    );
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileText size={16} />}
        onClick={() => setOpened(true)}
        data-testid="circular030-open"
      >
        Circular 030
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Circular 030 — aclaración de cartera" size="lg">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Archivo plano de la IPS para el corte trimestral: una línea por factura con saldo, con el indicador I
            (nueva), A (ya reportada) o E (salió de la cartera) frente al corte anterior que generó la aplicación.
          </Text>
          <Group align="flex-end">
            <Select
              label="Fecha de corte"
              data={cuts.map((d) => ({ value: d, label: formatDate(d) }))}
              value={cut}
              onChange={setCut}
              allowDeselect={false}
              w={180}
            />
            <Button onClick={generate} loading={job.state !== null} disabled={!cut} data-testid="circular030-generate">
              Generar archivo
            </Button>
          </Group>
          <Text fw={600} size="sm" mt="xs">
            Cortes generados
          </Text>
          {!list.data || list.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              Ninguno todavía: el primer corte reporta todas las facturas como nuevas (I).
            </Text>
          ) : (
            <Table verticalSpacing={4} data-testid="circular030-cuts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Corte</Table.Th>
                  <Table.Th>Generado</Table.Th>
                  <Table.Th ta="right">I / A / E</Table.Th>
                  <Table.Th ta="right">Saldo reportado</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td className="num">{formatDate(c.cutDate)}</Table.Td>
                    <Table.Td className="num">{formatDateTime(c.createdAt)}</Table.Td>
                    <Table.Td ta="right" className="num">
                      {c.counts.I} / {c.counts.A} / {c.counts.E}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money cents={c.balanceCents} />
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
