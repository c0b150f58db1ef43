// The case's invoices with amount and balance from the ledger; an overdue due date shows in red.
import { Table, Text } from '@mantine/core';
import type { CaseDetail } from '../../../shared/api/types';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { formatDate, formatPeriod } from '../../lib/format';
import { navigate } from '../../lib/router';
import { routeLink } from './labels';

export function CaseInvoices({ c, today }: { c: CaseDetail; today: string }) {
  return (
    <Section title="Facturas" description="Importe y saldo de cada factura según el libro mayor." p="sm">
      {c.invoices.length === 0 ? (
        <Text size="sm" c="dimmed" px="xs" pb="xs">
          El caso aún no tiene facturas
          {c.direction === 'cobro' ? ': la factura fiscal se agrega al registrarla.' : '.'}
        </Text>
      ) : (
        <Table verticalSpacing={6} className="data-table" highlightOnHover data-testid="case-invoices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Factura</Table.Th>
              <Table.Th>Periodo</Table.Th>
              <Table.Th>Expedición</Table.Th>
              <Table.Th>Vencimiento</Table.Th>
              <Table.Th ta="right">Importe</Table.Th>
              <Table.Th ta="right">Saldo</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.invoices.map((i) => (
              <Table.Tr
                key={i.id}
                className="clickable"
                onClick={() => navigate(`/cartera/facturas/${i.id}`)}
                data-testid="case-invoice"
              >
                <Table.Td>{routeLink(`/cartera/facturas/${i.id}`, i.number)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(i.period)}</Table.Td>
                <Table.Td className="num">{formatDate(i.issueDate)}</Table.Td>
                <Table.Td className="num" c={i.balanceCents > 0 && i.dueDate < today ? 'red.8' : undefined}>
                  {formatDate(i.dueDate)}
                </Table.Td>
                <Table.Td ta="right">
                  <Money cents={i.amountCents} />
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  <Money cents={i.balanceCents} c={i.balanceCents === 0 ? 'dimmed' : undefined} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr className="entries-total">
              <Table.Td colSpan={5}>
                <Text size="sm" fw={600}>
                  Saldo del caso
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={700}>
                  <Money cents={c.balanceCents} />
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Section>
  );
}
