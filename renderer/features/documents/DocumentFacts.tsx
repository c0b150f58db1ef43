// The «Datos» panel of a letter: number, dates, addressee (the entidad's when the letter has none), invoices and PDF hash.
import { Button, Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconBook2, IconFilePencil } from '@tabler/icons-react';
import type { Counterparty, DocumentDetail as Detail } from '../../../shared/api/types';
import { InfoGrid } from '../../components/InfoGrid';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime } from '../../lib/format';
import { navigate } from '../../lib/router';

export function DocumentFacts({ doc, counterparty }: { doc: Detail; counterparty: Counterparty | undefined }) {
  return (
    <Section
      title="Datos"
      actions={
        doc.bitacoraEntryId !== null && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconBook2 size={14} />}
            component="a"
            href={`#/bitacora/${doc.bitacoraEntryId}`}
            onClick={(e: React.MouseEvent) => (e.preventDefault(), navigate(`/bitacora/${doc.bitacoraEntryId}`))}
            data-testid="bitacora-link"
          >
            Ver en la bitácora
          </Button>
        )
      }
    >
      <InfoGrid
        cols={2}
        items={[
          { label: 'Número', value: doc.number ?? 'Sin número (borrador)', testId: 'document-number' },
          { label: 'Fecha', value: formatDate(doc.date) },
          { label: 'Tipo', value: doc.typeLabel },
          { label: 'Entidad', value: doc.counterpartyName },
          {
            label: 'Destinatario',
            value: doc.data.addressee.name
              ? [doc.data.addressee.title, doc.data.addressee.name].filter(Boolean).join(' ')
              : doc.kind === 'oficio'
                ? [doc.data.addressee.title || counterparty?.addresseeTitle, counterparty?.addresseeName]
                    .filter(Boolean)
                    .join(' ')
                : '',
          },
          {
            label: 'Facturas',
            value: doc.invoices.length > 0 ? doc.invoices.map((i) => i.number).join(', ') : '',
          },
          { label: 'Emitido', value: doc.issuedAt ? formatDateTime(doc.issuedAt) : '' },
          { label: 'Plantilla', value: doc.templateVersion !== null ? `Versión ${doc.templateVersion}` : '' },
        ]}
      />
      {doc.pdfSha256 && (
        <Stack gap={2} mt="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            Huella del PDF (SHA-256)
          </Text>
          <Tooltip label="Cada reimpresión se compara con esta huella" multiline w={240}>
            <Code fz={10.5} style={{ wordBreak: 'break-all' }} data-testid="pdf-sha">
              {doc.pdfSha256}
            </Code>
          </Tooltip>
        </Stack>
      )}
      {doc.status === 'borrador' && (
        <Group gap={6} mt="sm" c="dimmed">
          <IconFilePencil size={14} />
          <Text size="xs">Borrador: puede editarse o descartarse; no aparece en la bitácora hasta emitirlo.</Text>
        </Group>
      )}
    </Section>
  );
}
