import { Button } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { JobProgressModal } from '../../components/JobProgressModal';
import { call } from '../../lib/api';
import { useExportJob } from '../../lib/useExportJob';

/** «Informe de cierre» of the debtor's last cobro persuasivo: a PDF job, saved in exportaciones/ and downloaded. */
export function InformeCierreButton({ counterpartyId }: { counterpartyId: number }) {
  const { job, run } = useExportJob();
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} color="var(--mantine-color-red-7)" />}
        loading={job.state !== null}
        data-testid="informe-cierre"
        onClick={() =>
          void run(
            {
              running: 'Generando el informe de cierre del cobro persuasivo',
              done: 'Informe de cierre generado',
              rows: (n) => (n === 1 ? '1 evento' : `${n} eventos`),
              failed: 'No se pudo generar el informe de cierre',
            },
            (jobId) => call('expedientes.informeCierre', { counterpartyId, jobId }),
          )
        }
      >
        Informe de cierre
      </Button>
      <JobProgressModal job={job} />
    </>
  );
}
