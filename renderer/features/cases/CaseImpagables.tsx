import { Table, Text } from '@mantine/core';
import type { CaseDetail } from '../../../shared/api/types';
import { sumCents } from '../../../shared/domain/money';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';

/**
 * Amounts declared impagable, each with its reason (they appear in the
 * impagables report). Shown only when the case has any. The invoices keep
 * their balance in the ledger until a nota de crédito cancels it.
 */
export function CaseImpagables({ detail }: { detail: CaseDetail }) {
  const rows = detail.impagables;
  if (rows.length === 0) return null;
  // The contract carries the amounts, not their total: summed exactly in centavos (shared/domain/money).
  const total = sumCents(rows.map((r) => r.amountCents));
  return (
    <Section
      title="Montos impagables"
      description="Aparecen en el reporte de impagables. El saldo de las facturas sigue en el libro mayor hasta que se emita la nota de crédito."
      p="sm"
    >
      <Table verticalSpacing={6} className="data-table" data-testid="case-impagables">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Factura o concepto</Table.Th>
            <Table.Th>Motivo</Table.Th>
            <Table.Th>Declarado</Table.Th>
            <Table.Th ta="right">Monto</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="case-impagable-row">
              <Table.Td>
                {r.invoiceNumber ? (
                  <Text size="sm" className="num" fw={600}>
                    {r.invoiceNumber}
                  </Text>
                ) : null}
                {r.concepto ? (
                  <Text size={r.invoiceNumber ? 'xs' : 'sm'} c={r.invoiceNumber ? 'dimmed' : undefined}>
                    {r.concepto}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.motivo}
                </Text>
              </Table.Td>
              <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(r.declaredOn)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Money cents={r.amountCents} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr className="entries-total">
            <Table.Td colSpan={3}>
              <Text size="sm" fw={600}>
                Total impagable
              </Text>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="case-impagables-total">
              <Text size="sm" fw={700}>
                <Money cents={total} />
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Section>
  );
}
