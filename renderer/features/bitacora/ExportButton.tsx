import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypePdf, IconFileExport } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { JobProgressModal } from '../../components/JobProgressModal';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatBytes } from '../../lib/files';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { saveFile } from '../../lib/saveFile';
import { bitacoraApi } from './api';
import type { apiFilters } from './store';

type Format = 'xlsx' | 'pdf';
const TITLES: Record<Format, string> = { xlsx: 'Exportando la bitácora a Excel', pdf: 'Generando el PDF de tarjetas' };

/**
 * "Exportar": the register with the list's filters, to Excel or to the
 * printable PDF of cards. Runs as a job (progress bar, Cancelar); the file is
 * written in the data folder and also offered as a download.
 */
export function ExportButton({ filters, count }: { filters: ReturnType<typeof apiFilters>; count: number | null }) {
  const job = useJob();

  async function run(format: Format) {
    try {
      const result = await job.run(TITLES[format], (jobId) => bitacoraApi.export({ filters, format, jobId }));
      const file = await bitacoraApi.readFile(result.fileName);
      saveFile(file.dataBase64, file.fileName, file.mime);
      notifySuccess(
        `${result.rows === 1 ? 'Un registro' : `${result.rows.toLocaleString('es-MX')} registros`} · ${formatBytes(result.sizeBytes)}. Se guardó en ${result.path}`,
        format === 'xlsx' ? 'Bitácora exportada a Excel' : 'PDF de la bitácora listo',
      );
    } catch (err) {
      if (isJobCancelled(err)) {
        // The backend's message starts with "Exportación cancelada: …", which is already the title.
        const why = err instanceof Error ? err.message.replace(/^[^:]*cancelad[ao]:\s*/i, '') : '';
        const message = why ? why.charAt(0).toUpperCase() + why.slice(1) : 'No se generó ningún archivo.';
        notifications.show({
          color: 'gray',
          title: 'Exportación cancelada',
          message,
          autoClose: 5000,
          withBorder: true,
        });
      } else {
        notifyError(err, 'No se pudo exportar la bitácora');
      }
    }
  }

  return (
    <>
      <Menu position="bottom-end" width={290} shadow="md" disabled={job.state !== null}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconFileExport size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={job.state !== null}
            data-testid="export-button"
          >
            Exportar
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs" c="dimmed" style={{ textTransform: 'none' }}>
              {count === null
                ? 'Los registros que coinciden con los filtros'
                : count === 1
                  ? 'El registro que coincide con los filtros'
                  : `Los ${count.toLocaleString('es-MX')} registros que coinciden con los filtros`}
            </Text>
          </Menu.Label>
          <Menu.Item
            leftSection={<IconFileSpreadsheet size={16} color="var(--mantine-color-green-7)" />}
            onClick={() => void run('xlsx')}
            data-testid="export-xlsx"
          >
            Excel (.xlsx)
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileTypePdf size={16} color="var(--mantine-color-red-7)" />}
            onClick={() => void run('pdf')}
            data-testid="export-pdf"
          >
            PDF en tarjetas (para imprimir)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <JobProgressModal job={job} />
    </>
  );
}
