import { Alert, Box, Group, Modal, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ImportBatchRow } from '../../../shared/api/types';
import { Money } from '../../components/Money';
import { Pager } from '../../components/Pager';
import { QueryPending } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { apiQuery } from '../../lib/queryClient';
import { KIND_LABEL } from './labels';
import { HojaRowsTable, ListadoRowsTable } from './RowsTables';

const PAGE_SIZE = 100;

/** Personal health data: the notice shown above the listado's rows. */
export function PersonalDataNotice() {
  return (
    <Alert color="grape" variant="light" icon={<IconShieldLock size={18} />} py={8} data-testid="personal-data-notice">
      <Text size="sm">
        <b>Datos personales de salud.</b> El listado nominal identifica a pacientes: se muestra solo dentro de este caso
        y no aparece en la búsqueda general. No lo copie ni lo comparta fuera del expediente.
      </Text>
    </Alert>
  );
}

/** The rows of one imported file, 100 a page (the listado's personal data is shown only here). */
export function BatchRowsModal({ batch, onClose }: { batch: ImportBatchRow | null; onClose(): void }) {
  const [page, setPage] = useState(1);
  const batchId = batch?.id ?? null;
  useEffect(() => setPage(1), [batchId]);
  const q = useQuery({
    ...apiQuery('imports.rows', { batchId: batchId ?? 0, page, pageSize: PAGE_SIZE }),
    enabled: batchId !== null,
    // Another page of the same file keeps the current one on screen meanwhile; another file does not.
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1].batchId === batchId ? prev : undefined),
  });
  const data = q.data && batch && q.data.kind === batch.kind ? q.data : undefined;

  return (
    <Modal
      opened={batch !== null}
      onClose={onClose}
      size="min(1400px, 96vw)"
      title={
        batch && (
          <Group gap="xs">
            <Text fw={600}>{KIND_LABEL[batch.kind]}</Text>
            <Text c="dimmed">«{batch.fileName}»</Text>
          </Group>
        )
      }
      data-testid="import-rows-modal"
    >
      {batch && (
        <Box>
          <Text size="sm" c="dimmed" mb="sm">
            Importado el {formatDateTime(batch.importedAt)} · total{' '}
            <Money cents={batch.totalCents} fw={600} c="var(--mantine-color-text)" />
          </Text>
          {batch.kind === 'listado' && (
            <Box mb="sm">
              <PersonalDataNotice />
            </Box>
          )}
          {!data ? (
            <QueryPending error={q.error} onRetry={q.refetch} />
          ) : (
            <>
              <Box key={data.page} style={{ opacity: q.isFetching ? 0.6 : 1 }}>
                {data.kind === 'hoja' ? <HojaRowsTable rows={data.rows} /> : <ListadoRowsTable rows={data.rows} />}
              </Box>
              <Pager result={{ ...data, totalCapped: false }} onPage={setPage} noun="filas" />
            </>
          )}
        </Box>
      )}
    </Modal>
  );
}
