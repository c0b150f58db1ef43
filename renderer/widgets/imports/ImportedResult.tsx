import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ImportKind, ImportRunResult, InvoiceImportResult } from '../../../shared/api/types';
import { InfoGrid } from '../../components/InfoGrid';
import { Money } from '../../components/Money';
import { formatCount, formatPeriod } from '../../lib/format';
import { useLocale } from '../../lib/session';
import { KIND_LABEL, periodsText, plural } from './labels';
import { ImportWarnings } from './ProblemsTable';
import { TotalsComparison } from './TotalsComparison';

const isInvoiceImport = (r: ImportRunResult): r is InvoiceImportResult => 'invoicesCreated' in r;

/** An estado de cuenta: the invoices registered per entidad. */
function InvoicesPerEntidad({ r }: { r: InvoiceImportResult }) {
  const locale = useLocale();
  return (
    <Table verticalSpacing={4} className="data-table" maw={620} data-testid="done-entidades">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Entidad</Table.Th>
          <Table.Th ta="right">Facturas</Table.Th>
          <Table.Th ta="right">Total</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {r.counterparties.map((c) => (
          <Table.Tr key={c.counterpartyId}>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td ta="right">{formatCount(c.invoices, locale)}</Table.Td>
            <Table.Td ta="right">
              <Money cents={c.totalCents} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What was imported, its total per period and, for a listado, its comparison with the hoja; for an estado de cuenta, the invoices per entidad. */
export function ImportedResult({
  r,
  kind,
  fileName,
  savedAs,
  onClose,
}: {
  r: ImportRunResult;
  kind: ImportKind;
  fileName: string;
  savedAs: string | null;
  onClose(): void;
}) {
  const locale = useLocale();
  const periods = Object.keys(r.totalsByPeriod).sort();
  const cmp = r.comparedWith;
  const inv = isInvoiceImport(r) ? r : null;
  return (
    <Stack gap="md" data-testid="import-done">
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={18} />}
        title={`${KIND_LABEL[kind]} importad${kind === 'hoja' ? 'a' : 'o'}`}
      >
        <Text size="sm" data-testid="import-done-summary">
          {inv ? (
            <>
              «{fileName}»: {plural(inv.invoicesCreated, 'factura registrada', 'facturas registradas', locale)} en la
              cartera ({inv.direction === 'receivable' ? 'por cobrar' : 'por pagar'}
              ), con un total de <Money cents={r.totalCents} fw={600} />.
            </>
          ) : (
            <>
              «{fileName}»: {plural(r.validRows, 'fila', 'filas', locale)} guardadas en el caso, con un total de{' '}
              <Money cents={r.totalCents} fw={600} />.
            </>
          )}
        </Text>
      </Alert>
      <InfoGrid
        items={[
          { label: 'Filas', value: formatCount(r.validRows, locale), testId: 'done-rows' },
          // A listado's total is shown beside the hoja's below.
          ...(cmp ? [] : [{ label: 'Total', value: <Money cents={r.totalCents} />, testId: 'done-total' }]),
          { label: 'Periodos', value: periodsText(periods) },
        ]}
      />
      {cmp && (
        <>
          <TotalsComparison
            hojaTotalCents={cmp.hojaTotalCents}
            listadoTotalCents={r.totalCents}
            differenceCents={cmp.differenceCents}
          />
          {r.batch?.mismatchAcceptedMotivo && (
            <Text size="sm">
              <Text span fw={600}>
                Motivo de la diferencia aceptada:
              </Text>{' '}
              {r.batch.mismatchAcceptedMotivo}
            </Text>
          )}
        </>
      )}
      {inv && inv.counterparties.length > 0 && <InvoicesPerEntidad r={inv} />}
      {periods.length > 1 && (
        <Table verticalSpacing={4} className="data-table" maw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Periodo</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((p) => (
              <Table.Tr key={p}>
                <Table.Td>{formatPeriod(p)}</Table.Td>
                <Table.Td ta="right">
                  <Money cents={r.totalsByPeriod[p] ?? 0} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ImportWarnings warnings={r.warnings} count={r.warningCount} />
      <Group justify={savedAs ? 'space-between' : 'flex-end'}>
        {savedAs && (
          <Text size="sm" c="dimmed">
            Asignación de columnas guardada como «{savedAs}».
          </Text>
        )}
        <Button onClick={onClose} data-testid="import-close">
          Listo
        </Button>
      </Group>
    </Stack>
  );
}
