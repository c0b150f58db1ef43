import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { JobProgressModal } from '../../components/JobProgressModal';
import { reportsApi } from './api';
import type { AgingFilters } from './store';
import { useExportJob, type ExportJobText } from '../../lib/useExportJob';

type Format = 'xlsx' | 'pdf';

const rows = (n: number) => (n === 1 ? '1 entidad' : `${n} entidades`);
const TEXT: Record<Format, ExportJobText> = {
  xlsx: {
    running: 'Exportando la cartera por edades a Excel',
    done: 'Cartera por edades exportada a Excel',
    rows,
    failed: 'No se pudo exportar la cartera por edades',
  },
  pdf: {
    running: 'Generando el PDF de la cartera por edades',
    done: 'Cartera por edades exportada a PDF',
    rows,
    failed: 'No se pudo generar el PDF de la cartera por edades',
  },
};

/** "Exportar a Excel" and "Exportar PDF" of the aging report with the screen's filters (a job; the file also lands in exportaciones/). */
export function AgingExportButtons({ filters }: { filters: AgingFilters }) {
  const { job, run } = useExportJob();
  const start = (format: Format) =>
    void run(TEXT[format], (jobId) =>
      reportsApi.agingExport({
        ...(filters.asOf ? { asOf: filters.asOf } : {}),
        direction: filters.direction,
        prescripcionAnios: filters.prescripcionAnios,
        format,
        jobId,
      }),
    );
  const busy = job.state !== null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} color="var(--mantine-color-green-7)" />}
        onClick={() => start('xlsx')}
        loading={busy}
        data-testid="aging-export"
      >
        Exportar a Excel
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} color="var(--mantine-color-red-7)" />}
        onClick={() => start('pdf')}
        loading={busy}
        data-testid="aging-export-pdf"
      >
        Exportar PDF
      </Button>
      <JobProgressModal job={job} />
    </>
  );
}
