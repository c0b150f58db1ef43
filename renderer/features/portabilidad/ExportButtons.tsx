import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { JobProgressModal } from '../../components/JobProgressModal';
import { portabilidadApi } from './api';
import { useExportJob, type ExportJobText } from '../../lib/useExportJob';

type Format = 'xlsx' | 'pdf';

const TEXT: Record<Format, ExportJobText> = {
  xlsx: {
    running: 'Exportando la posición 32x32 a Excel',
    done: 'Posición 32x32 exportada a Excel',
    rows: (n) => `${n} entidades`,
    failed: 'No se pudo exportar la posición 32x32',
  },
  pdf: {
    running: 'Generando el PDF de la posición 32x32',
    done: 'Posición 32x32 exportada a PDF',
    rows: (n) => `${n} entidades`,
    failed: 'No se pudo generar el PDF de la posición 32x32',
  },
};

/**
 * "Exportar a Excel" and "Exportar PDF": the view as of the chosen date, with
 * its totals row (the PDF in Carta horizontal, to print or attach). Runs as
 * a job; the file is written in the data folder's exportaciones/ and also
 * offered as a download.
 */
export function ExportButtons({ asOf }: { asOf: string | null }) {
  const { job, run } = useExportJob();
  const start = (format: Format) =>
    void run(TEXT[format], (jobId) => portabilidadApi.export({ ...(asOf ? { asOf } : {}), format, jobId }));
  const busy = job.state !== null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} color="var(--mantine-color-green-7)" />}
        onClick={() => start('xlsx')}
        loading={busy}
        data-testid="p32-export"
      >
        Exportar a Excel
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} color="var(--mantine-color-red-7)" />}
        onClick={() => start('pdf')}
        loading={busy}
        data-testid="p32-export-pdf"
      >
        Exportar PDF
      </Button>
      <JobProgressModal job={job} />
    </>
  );
}
