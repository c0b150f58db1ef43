import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgreementDetail } from '../../../shared/api/types-agreements';
import { JobProgressModal } from '../../components/JobProgressModal';
import { notifyError } from '../../components/notify';
import { navigate } from '../../lib/router';
import { useExportJob } from '../../lib/useExportJob';
import { agreementsApi } from './api';

const rows = (n: number) => (n === 1 ? '1 cuota' : `${n} cuotas`);

/**
 * "Imprimir acuerdo (PDF)": the agreement's letter (agreements.document drafts
 * it once), opened in Documentos to preview, issue and print; "Calendario en
 * Excel": the schedule as a workbook (a job; also saved in exportaciones/).
 */
export function AgreementFiles({ a }: { a: AgreementDetail }) {
  const { job, run } = useExportJob();
  const [opening, setOpening] = useState(false);

  async function openDocument() {
    setOpening(true);
    try {
      const doc = await agreementsApi.document(a.id);
      navigate(`/documentos/${doc.id}`);
    } catch (err) {
      notifyError(err, 'No se pudo preparar el documento del acuerdo');
    } finally {
      setOpening(false);
    }
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} color="var(--mantine-color-red-7)" />}
        onClick={() => void openDocument()}
        loading={opening}
        data-testid="agreement-pdf"
        style={{ alignSelf: 'flex-end' }}
      >
        Imprimir acuerdo (PDF)
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} color="var(--mantine-color-green-7)" />}
        onClick={() =>
          void run(
            {
              running: `Exportando el calendario del acuerdo ${a.folio}`,
              done: 'Calendario exportado a Excel',
              rows,
              failed: 'No se pudo exportar el calendario',
            },
            (jobId) => agreementsApi.scheduleExport(a.id, jobId),
          )
        }
        loading={job.state !== null}
        data-testid="agreement-excel"
        style={{ alignSelf: 'flex-end' }}
      >
        Calendario en Excel
      </Button>
      <JobProgressModal job={job} />
    </>
  );
}
