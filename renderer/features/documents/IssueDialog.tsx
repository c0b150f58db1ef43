import { Alert, Button, Group, List, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconLock, IconRubberStamp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { JobProgressModal } from '../../components/JobProgressModal';
import { notifyError, notifySuccess } from '../../components/notify';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { documentsApi, documentsQueries } from './api';

/**
 * "Emitir": says what issuing means (official number, immutable letter, entry
 * in the bitácora), then runs documents.issue as a job with its progress.
 */
export function IssueDialog({
  doc,
  opened,
  onClose,
  onIssued,
}: {
  doc: { id: number; docType: DocumentTypeKey; typeLabel: string; counterpartyName: string } | null;
  opened: boolean;
  onClose(): void;
  onIssued(detail: DocumentDetail): void;
}) {
  const job = useJob();
  const [error, setError] = useState<string | undefined>();
  const tpl = useQuery({
    ...documentsQueries.template(doc?.docType ?? 'oficio_libre'),
    enabled: opened && doc !== null,
  });

  useEffect(() => {
    if (opened) setError(undefined);
  }, [opened]);

  async function issue() {
    if (!doc) return;
    setError(undefined);
    try {
      const r = await job.run('Emitiendo el documento', (jobId) => documentsApi.issue(doc.id, jobId));
      notifySuccess(`${r.typeLabel} emitido con el número ${r.number ?? ''}.`, 'Documento emitido');
      onIssued(r);
    } catch (err) {
      if (isJobCancelled(err)) {
        notifications.show({
          color: 'gray',
          message: 'Se canceló la emisión: el documento sigue como borrador y no se asignó número.',
          withBorder: true,
        });
        return;
      }
      setError(err instanceof Error ? err.message : String(err));
      notifyError(err, 'No se emitió el documento');
    }
  }

  const running = job.state !== null;
  return (
    <>
      <Modal
        opened={opened && !running}
        onClose={onClose}
        centered
        size="lg"
        title={
          <Group gap="xs">
            <IconRubberStamp size={18} />
            <Text fw={600}>Emitir {doc?.typeLabel.toLowerCase()}</Text>
          </Group>
        }
        data-testid="issue-dialog"
      >
        <Stack gap="sm">
          <Text size="sm">
            Se emitirá el documento{doc?.counterpartyName ? ` dirigido a ${doc.counterpartyName}` : ''}. Al emitirlo:
          </Text>
          <List
            size="sm"
            spacing={6}
            icon={
              <ThemeIcon size={18} radius="xl" variant="light">
                <IconLock size={11} />
              </ThemeIcon>
            }
          >
            <List.Item>
              Se le asigna el <b>número oficial consecutivo</b>
              {tpl.data ? (
                <>
                  {' '}
                  con el formato <code>{tpl.data.numberFormat}</code> (p. ej.{' '}
                  <Text span fw={600} data-testid="issue-number-example">
                    {tpl.data.numberExample}
                  </Text>
                  )
                </>
              ) : null}
              . Los números no se reutilizan, aunque el documento se cancele.
            </List.Item>
            <List.Item>
              El PDF se genera y se guarda <b>tal como queda</b>: ya no se puede editar y cada reimpresión devuelve
              exactamente el mismo archivo.
            </List.Item>
            <List.Item>Se registra automáticamente en la bitácora como documento enviado.</List.Item>
          </List>
          {error && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />} data-testid="issue-error">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Volver
            </Button>
            <Button
              leftSection={<IconRubberStamp size={16} />}
              onClick={() => void issue()}
              data-testid="issue-confirm"
            >
              Emitir y asignar número
            </Button>
          </Group>
        </Stack>
      </Modal>
      <JobProgressModal job={job} />
    </>
  );
}
