import { Alert, Box, Group, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBuildingBank, IconTable } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { TemplatePreviewResult } from '../../../shared/api/types';

function Marker({ icon, title, detail, testId }: { icon: ReactNode; title: string; detail: string; testId: string }) {
  return (
    <Box className="tpl-marker" data-testid={testId}>
      <Group gap={6} wrap="nowrap">
        {icon}
        <Text size="xs" fw={600} tt="uppercase" lts={0.3}>
          {title}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={2}>
        {detail}
      </Text>
    </Box>
  );
}

/**
 * The template rendered on example data as plain text, with where the
 * invoice table and the bank block will be printed, and the engine's Spanish
 * errors. Updated as staff type (debounced by the caller).
 */
export function LivePreview({
  result,
  error,
  loading,
  tableColumns,
  bankBlock,
  lastGood,
}: {
  result: TemplatePreviewResult | undefined;
  /** The last preview without errors, shown dimmed while the text has errors. */
  lastGood?: TemplatePreviewResult | undefined;
  error: Error | null;
  loading: boolean;
  tableColumns: readonly string[];
  bankBlock: boolean;
}) {
  if (error && !result) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle size={16} />}
        title="No se pudo generar la vista previa"
      >
        {error.message}
      </Alert>
    );
  }
  if (!result) {
    return (
      <Group gap="xs" p="md">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Generando la vista previa…
        </Text>
      </Group>
    );
  }
  const hasTable = tableColumns.length > 0;
  const broken = result.errors.length > 0;
  const shown = broken && result.paragraphs.length === 0 && lastGood ? lastGood : result;
  const table = (
    <Marker
      key="table"
      testId="preview-table-marker"
      icon={<IconTable size={14} />}
      title="Aquí va la tabla de facturas"
      detail={`${tableColumns.join(' | ')}, con su total y el total con letra.`}
    />
  );
  const bank = (
    <Marker
      key="bank"
      testId="preview-bank-marker"
      icon={<IconBuildingBank size={14} />}
      title="Aquí van los datos bancarios"
      detail="Denominación, banco, cuenta y CLABE o tipo de cuenta."
    />
  );
  const blocks: ReactNode[] = [];
  shown.paragraphs.forEach((p, i) => {
    if (shown.tableAt === i) blocks.push(table);
    if (shown.bankAt === i) blocks.push(bank);
    blocks.push(
      <Text key={`p${i}`} size="sm" lh={1.55} ta="justify" data-testid="preview-paragraph">
        {p}
      </Text>,
    );
  });
  if (shown.tableAt !== null && shown.tableAt >= shown.paragraphs.length) blocks.push(table);
  if (shown.bankAt !== null && shown.bankAt >= shown.paragraphs.length) blocks.push(bank);

  // While the text has errors the markers cannot be located: no warnings about them.
  const warnings: string[] = [];
  if (broken) {
    // nothing
  } else if (hasTable && result.tableAt === null)
    warnings.push(
      'La plantilla no incluye {{ tabla }}: este tipo lleva la tabla de facturas y no tendrá dónde imprimirse.',
    );
  if (!broken && bankBlock && result.bankAt === null)
    warnings.push('La plantilla no incluye {{ bloque_banco }}: los datos bancarios no tendrán dónde imprimirse.');

  return (
    <Stack gap="sm" data-testid="template-live-preview" data-loading={loading || undefined}>
      {result.errors.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={16} />}
          title={
            result.errors.length === 1
              ? 'La plantilla tiene un error'
              : `La plantilla tiene ${result.errors.length} errores`
          }
          data-testid="template-errors"
        >
          <List size="sm" spacing={4}>
            {result.errors.map((e, i) => (
              <List.Item key={i}>{e.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={16} />}>
          <Stack gap={4}>
            {warnings.map((w) => (
              <Text key={w} size="sm">
                {w}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {shown !== result && (
        <Text size="xs" c="dimmed">
          Última vista previa sin errores:
        </Text>
      )}
      <Paper
        withBorder
        radius="sm"
        p="md"
        className="tpl-paper"
        style={{ opacity: loading || shown !== result ? 0.55 : 1, transition: 'opacity 120ms' }}
      >
        <Stack gap="sm">
          <Text size="sm" ta="right">
            <Text span fw={700}>
              Asunto:
            </Text>{' '}
            <span data-testid="preview-asunto">{result.asunto || '—'}</span>
          </Text>
          {blocks}
        </Stack>
      </Paper>
      <Text size="xs" c="dimmed">
        Con datos de ejemplo y los de su institución. El membrete, el destinatario, las firmas y las copias los agrega
        el sistema.
      </Text>
    </Stack>
  );
}
