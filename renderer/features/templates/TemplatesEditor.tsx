import { Box, Button, Group, Modal, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { apiQuery } from '../../lib/queryClient';
import { useTemplatesUi } from './store';
import { TemplatePane } from './TemplatePane';
import { TemplateTypeList } from './TemplateTypeList';
import './templates.css';

/** Configuración → Plantillas: one template per document type, versioned, with live preview. */
export function TemplatesEditor() {
  const list = useQuery(apiQuery('templates.list', {}));
  const { selected, select } = useTemplatesUi();
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<DocumentTypeKey | null>(null);
  const rows = list.data ?? [];
  const current = selected && rows.some((r) => r.docType === selected) ? selected : (rows[0]?.docType ?? null);

  if (list.error && !list.data) return <ErrorState error={list.error} onRetry={list.refetch} />;
  if (!list.data) return <LoadingBlock />;
  if (rows.length === 0) return <EmptyState title="No hay tipos de documento para este perfil" />;

  return (
    <Box className="tpl-layout" data-testid="templates-editor">
      <Box>
        <TemplateTypeList
          rows={rows}
          current={current}
          onSelect={(k) => (k === current ? undefined : dirty ? setPending(k) : select(k))}
        />
      </Box>
      <Box miw={0}>{current && <TemplatePane key={current} docType={current} onDirty={setDirty} />}</Box>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        centered
        title={<Text fw={600}>Cambios sin guardar</Text>}
      >
        <Text size="sm" mb="md">
          La plantilla tiene cambios sin guardar. Si abre otra, se perderán.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setPending(null)}>
            Seguir editando
          </Button>
          <Button
            color="red"
            onClick={() => {
              if (pending) select(pending);
              setDirty(false);
              setPending(null);
            }}
          >
            Descartar cambios
          </Button>
        </Group>
      </Modal>
    </Box>
  );
}
