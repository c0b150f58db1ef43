/**
 * An export as a job (progress bar, Cancelar): when it ends
 * the file, already written in the data folder's exportaciones/, is also
 * offered as a download, and a notification says where it was saved.
 */
import { notifications } from '@mantine/notifications';
import type { ExportResult } from '../../shared/api/types';
import { notifyError, notifySuccess } from '../components/notify';
import { call } from './api';
import { formatBytes } from './files';
import { isJobCancelled, useJob, type JobHandle } from './jobs';
import { saveFile } from './saveFile';

export interface ExportJobText {
  /** Shown in the progress dialog, e.g. "Exportando la posición 32x32 a Excel". */
  running: string;
  /** Title of the success notification. */
  done: string;
  /** What the rows are, e.g. (n) => `${n} entidades`. */
  rows: (n: number) => string;
  /** Title of the error notification. */
  failed: string;
}

export function useExportJob(): {
  job: JobHandle;
  run(text: ExportJobText, start: (jobId: string) => Promise<ExportResult>): Promise<void>;
} {
  const job = useJob();
  async function run(text: ExportJobText, start: (jobId: string) => Promise<ExportResult>) {
    try {
      const result = await job.run(text.running, start);
      const file = await call('files.read', { fileName: result.fileName });
      saveFile(file.dataBase64, file.fileName, file.mime);
      notifySuccess(
        `${text.rows(result.rows)} · ${formatBytes(result.sizeBytes)}. Se guardó en ${result.path}`,
        text.done,
      );
    } catch (err) {
      if (isJobCancelled(err)) {
        notifications.show({
          color: 'gray',
          title: 'Exportación cancelada',
          message: 'No se generó ningún archivo.',
          autoClose: 5000,
          withBorder: true,
        });
      } else {
        notifyError(err, text.failed);
      }
    }
  }
  return { job, run };
}
