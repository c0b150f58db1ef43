import { Anchor, Badge, Box, Button, Grid, Group, Text } from '@mantine/core';
import { IconFileText, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentStatus } from '../../../shared/api/types';
import { InfoGrid } from '../../components/InfoGrid';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { navigate } from '../../lib/router';
import { apiQuery } from '../../lib/queryClient';
import { AmendDialog } from './AmendDialog';
import { History } from './History';
import { DirectionBadge } from './labels';
import { PaperCard } from './PaperCard';
import { ScansSection } from './ScansSection';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';

const DOC_STATUS: Record<DocumentStatus, string> = {
  borrador: 'Borrador',
  emitiendo: 'Emitiendo',
  emitido: 'Emitido',
  enviado: 'Enviado',
  acuse: 'Con acuse',
  cancelado: 'Cancelado',
};

/** '#/bitacora/:id': the entry as on paper, its extra data, scans and history. */
export function BitacoraDetail({ id }: { id: number }) {
  // The answer of a write (amend, attach) replaces the cached entry at once (bitacoraApi seeds it).
  const q = useQuery(apiQuery('bitacora.get', { id }));
  const cps = useCounterpartyOptions();
  const [amending, setAmending] = useState(false);

  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} title="No se pudo abrir el registro" />;
  const entry = q.data;
  if (!entry) return <LoadingBlock />;

  const doc = entry.document;
  const docLink = doc ?? (entry.documentId ? { id: entry.documentId, number: null, status: null } : null);

  return (
    <Box maw={1280}>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            <span>Volante</span>
            <span data-testid="detail-volante">{entry.volante}</span>
            <DirectionBadge direction={entry.direction} size="md" />
            {entry.amendmentCount > 0 && (
              <Badge size="md" radius="sm" variant="light" color="orange">
                {entry.amendmentCount === 1 ? 'Una enmienda' : `${entry.amendmentCount} enmiendas`}
              </Badge>
            )}
          </Group>
        }
        subtitle={
          <Text span size="sm" c="dimmed" lineClamp={1} title={entry.asunto}>
            {entry.asunto}
          </Text>
        }
        crumbs={[{ label: 'Bitácora', to: '/bitacora' }, { label: entry.volante }]}
        actions={
          <Button leftSection={<IconPencil size={16} />} onClick={() => setAmending(true)}>
            Enmendar
          </Button>
        }
      />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Section
            title="Registro"
            description={
              entry.amendmentCount > 0
                ? 'Versión vigente, con las enmiendas aplicadas.'
                : 'Como en la bitácora en papel.'
            }
          >
            <PaperCard entry={entry} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title="Otros datos">
            <InfoGrid
              cols={2}
              items={[
                { label: 'Tipo de documento', value: entry.docKind, testId: 'entry-tipo' },
                { label: 'Lugar de procedencia', value: entry.origin },
                { label: 'Carpeta física', value: entry.folder },
                { label: 'Caso / expediente', value: entry.caseRef },
                {
                  label: 'Entidad del catálogo',
                  value:
                    entry.counterpartyId !== null ? (
                      <Anchor
                        size="sm"
                        href={`#/cartera/entidades/${entry.counterpartyId}`}
                        onClick={(e) => (e.preventDefault(), navigate(`/cartera/entidades/${entry.counterpartyId}`))}
                      >
                        {cps.nameById.get(entry.counterpartyId) ??
                          entry.entity ??
                          `Entidad n.º ${entry.counterpartyId}`}
                      </Anchor>
                    ) : (
                      ''
                    ),
                },
                {
                  label: 'Documento emitido',
                  value: docLink ? (
                    <Anchor
                      size="sm"
                      href={`#/documentos/${docLink.id}`}
                      onClick={(e) => (e.preventDefault(), navigate(`/documentos/${docLink.id}`))}
                      data-testid="entry-document-link"
                    >
                      <Group gap={4} component="span" wrap="nowrap">
                        <IconFileText size={14} />
                        <span>{docLink.number ?? `Documento n.º ${docLink.id}`}</span>
                        {docLink.status && <span>· {DOC_STATUS[docLink.status]}</span>}
                      </Group>
                    </Anchor>
                  ) : (
                    ''
                  ),
                },
                { label: 'Registrado', value: formatDateTime(entry.createdAt) },
              ]}
            />
            {entry.observations && (
              <Box mt="sm">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                  Observaciones
                </Text>
                <Text
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
                  data-testid="entry-observaciones"
                >
                  {entry.observations}
                </Text>
              </Box>
            )}
          </Section>
        </Grid.Col>
      </Grid>

      <ScansSection entry={entry} />

      <Section
        title="Historial"
        description="El registro original no se modifica: cada corrección es una enmienda con su motivo y fecha."
      >
        <History entry={entry} names={cps.nameById} />
      </Section>

      <AmendDialog entry={entry} opened={amending} onClose={() => setAmending(false)} cps={cps} />
    </Box>
  );
}
