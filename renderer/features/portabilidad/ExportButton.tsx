import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { JobProgressModal } from '../../components/JobProgressModal';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatBytes } from '../../lib/files';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { saveFile } from '../../lib/saveFile';
import { portabilidadApi } from './api';

/**
 * "Exportar a Excel": the view as of the chosen date, with its totals row.
 * Runs as a job; the file is written in the data folder's exportaciones/ and
 * also offered as a download.
 */
export function ExportButton({ asOf }: { asOf: string | null }) {
  const job = useJob();

  async function run() {
    try {
      const result = await job.run('Exportando la posición 32x32 a Excel', (jobId) => portabilidadApi.export({ ...(asOf ? { asOf } : {}), jobId }));
      const file = await portabilidadApi.readFile(result.fileName);
      saveFile(file.dataBase64, file.fileName, file.mime);
      notifySuccess(`${result.rows} entidades · ${formatBytes(result.sizeBytes)}. Se guardó en ${result.path}`, 'Posición 32x32 exportada a Excel');
    } catch (err) {
      if (isJobCancelled(err)) {
        notifications.show({ color: 'gray', title: 'Exportación cancelada', message: 'No se generó ningún archivo.', autoClose: 5000, withBorder: true });
      } else {
        notifyError(err, 'No se pudo exportar la posición 32x32');
      }
    }
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} color="var(--mantine-color-green-7)" />}
        onClick={() => void run()}
        loading={job.state !== null}
        data-testid="p32-export"
      >
        Exportar a Excel
      </Button>
      <JobProgressModal job={job} />
    </>
  );
}
