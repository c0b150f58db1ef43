import { Badge, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { BdmeCandidate } from '../../../shared/api/types-agreements';
import { Money } from '../../components/Money';
import { EmptyState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';

/** Debtors whose agreement was accelerated: to report in the Boletín de Deudores Morosos del Estado. */
export function BdmeCandidates({ rows }: { rows: BdmeCandidate[] }) {
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<IconShieldCheck size={26} stroke={1.5} />}
        title="No hay candidatos al BDME"
        description="Aquí aparece el deudor de un acuerdo acelerado por dos cuotas vencidas sin pagar."
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing={7} className="data-table" data-testid="bdme-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Deudor</Table.Th>
            <Table.Th>NIT</Table.Th>
            <Table.Th>Acuerdo</Table.Th>
            <Table.Th>Acelerado</Table.Th>
            <Table.Th ta="right">Saldo exigible</Table.Th>
            <Table.Th>BDME</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={r.agreementId}
              className="clickable"
              onClick={() => navigate(`/acuerdos/${r.agreementId}`)}
              data-testid="bdme-row"
              data-folio={r.folio}
            >
              <Table.Td style={{ maxWidth: 300 }}>
                <Text size="sm" fw={500} lineClamp={1} title={r.counterpartyName}>
                  {r.counterpartyName}
                </Text>
              </Table.Td>
              <Table.Td className="num">{r.taxId || '—'}</Table.Td>
              <Table.Td className="num" fw={600}>
                {r.folio}
              </Table.Td>
              <Table.Td className="num">{formatDate(r.acceleratedOn)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                <Money cents={r.owedCents} />
              </Table.Td>
              <Table.Td>
                <Badge size="sm" radius="sm" tt="none" variant="light" color={r.alreadyReported ? 'gray' : 'red'}>
                  {r.alreadyReported ? 'Ya reportado' : 'Por reportar'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
