import { Box, Button, Table } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate, formatDateTime } from '../../lib/format';
import { navigate } from '../../lib/router';
import { conciliacionesQueries } from './api';
import { ImportDialog } from './ImportDialog';

const SOURCE = { circular030: 'Circular 030 (.txt)', csv: 'CSV' } as const;
/** 'csv' also stores a statement read through a column mapping, .xlsx included: the file name tells. */
const sourceLabel = (r: { source: keyof typeof SOURCE; fileName: string }) =>
  r.source === 'csv' && /\.xlsx$/i.test(r.fileName) ? 'Excel (.xlsx)' : SOURCE[r.source];

/** «Conciliaciones»: each debtor statement imported, newest first; one opens its session. */
export function ConciliacionesList() {
  const q = useQuery(conciliacionesQueries.list());
  const [importing, setImporting] = useState(false);
  return (
    <Box maw={1280}>
      <PageHeader
        title="Conciliaciones de cartera"
        subtitle="El estado de cartera de cada deudor cruzado con nuestras facturas: cada diferencia clasificada y el saldo acordado."
        crumbs={[{ label: 'Inicio', to: '/tablero' }, { label: 'Cartera' }, { label: 'Conciliaciones' }]}
        actions={
          <Button
            leftSection={<IconFileImport size={16} />}
            onClick={() => setImporting(true)}
            data-testid="conciliacion-import"
          >
            Importar estado de cartera
          </Button>
        }
      />
      <Section p="xs">
        {!q.data ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : q.data.length === 0 ? (
          <EmptyState
            title="Sin conciliaciones"
            description="Importe el estado de cartera que envió la entidad (TXT de la Circular 030, CSV o Excel)."
          />
        ) : (
          <Table highlightOnHover verticalSpacing={6} data-testid="conciliaciones-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Entidad</Table.Th>
                <Table.Th w={130}>Estado al</Table.Th>
                <Table.Th w={170}>Origen</Table.Th>
                <Table.Th>Archivo</Table.Th>
                <Table.Th w={90} ta="right">
                  Líneas
                </Table.Th>
                <Table.Th w={150}>Importado</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((r) => (
                <Table.Tr key={r.id} className="clickable" onClick={() => navigate(`/cartera/conciliaciones/${r.id}`)}>
                  <Table.Td>{r.counterpartyName}</Table.Td>
                  <Table.Td className="num">{formatDate(r.statementDate)}</Table.Td>
                  <Table.Td>{sourceLabel(r)}</Table.Td>
                  <Table.Td>{r.fileName}</Table.Td>
                  <Table.Td ta="right" className="num">
                    {r.lineCount}
                  </Table.Td>
                  <Table.Td className="num">{formatDateTime(r.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <ImportDialog opened={importing} onClose={() => setImporting(false)} />
    </Box>
  );
}
