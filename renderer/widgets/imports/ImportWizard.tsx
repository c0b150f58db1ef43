import { Box, Group, Modal, Stepper, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ImportBatchRow, ImportKind, ImportRunResult } from '../../../shared/api/types';
import { JobProgressModal } from '../../components/JobProgressModal';
import { FileStep } from './FileStep';
import { ImportedResult } from './ImportedResult';
import { KIND_WITH_ARTICLE } from './labels';
import { MappingStep } from './MappingStep';
import { MismatchResult } from './MismatchResult';
import { RejectedResult } from './RejectedResult';
import { useImportWizard, type ImportJobArgs, type ImportWizardState, type WizardStep } from './useImportWizard';

const STEP_INDEX: Record<WizardStep, number> = { archivo: 0, columnas: 1, resultado: 2 };

function ResultStep({ w, onClose }: { w: ImportWizardState; onClose(): void }) {
  const r = w.result;
  const fileName = w.staged?.fileName ?? '';
  if (!r) return null;
  if (r.status === 'importado')
    return <ImportedResult r={r} kind={w.kind} fileName={fileName} savedAs={w.savedAs} onClose={onClose} />;
  if (r.onlyTotalMismatch) {
    return (
      <MismatchResult
        r={r}
        running={w.job.state !== null}
        onAccept={(motivo) => void w.run(motivo)}
        onOtherFile={w.otherFile}
        onClose={onClose}
      />
    );
  }
  return (
    <RejectedResult r={r} fileName={fileName} onColumns={w.backToColumns} onOtherFile={w.otherFile} onClose={onClose} />
  );
}

/**
 * Importing a file: the file, its columns, then the job and its result.
 * Where it goes is the caller's `runImport`: a hoja de cálculo or listado
 * nominal into a case (caseImportRun), an estado de cuenta into the
 * invoices (invoicesImportRun). Mounted while open: closing it discards an
 * uploaded file that was not imported.
 */
export function ImportWizard({
  kind,
  replacesBatchId = null,
  batches = [],
  intro,
  runImport,
  onImported,
  onClose,
}: {
  kind: ImportKind;
  replacesBatchId?: number | null;
  /** The case's imported files (a correction replaces one; a listado is compared with a hoja). */
  batches?: ImportBatchRow[];
  /** Extra choices on the file step (e.g. the invoices' direction). */
  intro?: ReactNode;
  runImport(args: ImportJobArgs): Promise<ImportRunResult>;
  /** Beyond the cache: the reads the import changed are asked again without it (lib/writes.ts). */
  onImported?(result: ImportRunResult): void;
  onClose(): void;
}) {
  const w = useImportWizard({ kind, replacesBatchId, runImport, onImported });
  const running = w.job.state !== null;
  const close = () => {
    if (!running) onClose();
  };
  const rejected = w.result !== null && w.result.status === 'rechazado';
  const pending = rejected && w.result?.onlyTotalMismatch === true;

  return (
    <>
      <Modal
        opened
        onClose={close}
        closeOnEscape={!running}
        closeOnClickOutside={false}
        size={w.step === 'archivo' ? 'lg' : 1000}
        title={
          <Group gap="xs">
            <IconFileImport size={18} />
            <Text fw={600}>
              Importar {KIND_WITH_ARTICLE[kind]}
              {w.replacesBatchId !== null ? ' corregido' : ''}
            </Text>
          </Group>
        }
        data-testid="import-wizard"
        data-kind={kind}
      >
        <Stepper active={STEP_INDEX[w.step]} size="xs" mb="lg" allowNextStepsSelect={false}>
          <Stepper.Step label="Archivo" description=".xlsx o .csv" />
          <Stepper.Step label="Columnas" description="Qué columna es cada dato" />
          <Stepper.Step
            label="Resultado"
            description={pending ? 'Diferencia en el total' : rejected ? 'No se importó' : 'Revisión e importación'}
            color={pending ? 'orange' : rejected ? 'red' : undefined}
          />
        </Stepper>
        <Box>
          {w.step === 'archivo' && <FileStep w={w} batches={batches} intro={intro} />}
          {w.step === 'columnas' && <MappingStep w={w} onCancel={close} />}
          {w.step === 'resultado' && <ResultStep w={w} onClose={close} />}
        </Box>
      </Modal>
      <JobProgressModal job={w.job} />
    </>
  );
}
