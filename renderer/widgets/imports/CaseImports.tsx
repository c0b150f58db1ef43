import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconFileSpreadsheet, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseDetail, CaseImportKind, ImportBatchRow } from '../../../shared/api/types';
import { Section } from '../../components/Section';
import { QueryPending } from '../../components/States';
import { apiQuery } from '../../lib/queryClient';
import { caseImportRun } from './api';
import { BatchesTable } from './BatchesTable';
import { BatchRowsModal } from './BatchRowsModal';
import { ImportWizard } from './ImportWizard';

const NEEDS_HOJA = 'Primero importe la hoja de cálculo: el total del listado nominal se compara con ella.';

/** "Importar hoja de cálculo" and "Importar listado nominal" (which needs a hoja first). */
function ImportButtons({
  closed,
  hasHoja,
  onImport,
}: {
  closed: boolean;
  hasHoja: boolean;
  onImport(kind: CaseImportKind): void;
}) {
  if (closed) {
    return (
      <Text size="xs" c="dimmed">
        Caso cerrado: ya no se importan archivos.
      </Text>
    );
  }
  const listado = (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconUsers size={15} />}
      disabled={!hasHoja}
      onClick={() => onImport('listado')}
      data-testid="import-listado"
    >
      Importar listado nominal
    </Button>
  );
  return (
    <Group gap="xs">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconFileSpreadsheet size={15} />}
        onClick={() => onImport('hoja')}
        data-testid="import-hoja"
      >
        Importar hoja de cálculo
      </Button>
      {hasHoja ? (
        listado
      ) : (
        <Tooltip label={NEEDS_HOJA} multiline w={260} withArrow>
          <span style={{ display: 'inline-block', cursor: 'not-allowed' }}>{listado}</span>
        </Tooltip>
      )}
    </Group>
  );
}

/** The case's SICOMPENSA files (hoja de cálculo, listado nominal): list, import, rows. */
export function CaseImports({ detail }: { detail: CaseDetail }) {
  const q = useQuery(apiQuery('imports.batches', { caseId: detail.id }));
  const [wizard, setWizard] = useState<{ kind: CaseImportKind; replacesBatchId: number | null } | null>(null);
  const [open, setOpen] = useState<ImportBatchRow | null>(null);
  const batches = q.data ?? [];
  const hasHoja = batches.some((b) => b.kind === 'hoja' && b.replacedByBatchId === null);
  const closed = detail.closedOn !== null;

  return (
    <Section
      title="Soporte SICOMPENSA"
      description="La hoja de cálculo y el listado nominal, importados de Excel o CSV."
      p="sm"
      actions={
        <ImportButtons
          closed={closed}
          hasHoja={hasHoja}
          onImport={(kind) => setWizard({ kind, replacesBatchId: null })}
        />
      }
    >
      <div data-testid="case-imports">
        {!q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : batches.length === 0 ? (
          <Text size="sm" c="dimmed" px="xs" pb="xs" data-testid="case-imports-empty">
            Aún no se ha importado ningún archivo. Empiece por la hoja de cálculo; después, el listado nominal.
          </Text>
        ) : (
          <>
            <BatchesTable
              batches={batches}
              onOpen={setOpen}
              onReplace={closed ? null : (b) => setWizard({ kind: b.kind, replacesBatchId: b.id })}
            />
            {!hasHoja && !closed && (
              <Text size="xs" c="dimmed" px="xs" pt="xs">
                {NEEDS_HOJA}
              </Text>
            )}
          </>
        )}
      </div>
      {wizard && (
        <ImportWizard
          kind={wizard.kind}
          runImport={caseImportRun(detail.id, wizard.kind)}
          replacesBatchId={wizard.replacesBatchId}
          batches={batches}
          onClose={() => setWizard(null)}
        />
      )}
      <BatchRowsModal batch={open} onClose={() => setOpen(null)} />
    </Section>
  );
}
