import { Table, Text } from '@mantine/core';
import type { AgreementRow } from '../../../shared/api/types-agreements';
import { Money } from '../../components/Money';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { navigate } from '../../lib/router';
import { AgreementStateBadge, cuotaName } from './labels';

function NextCuota({ r, today }: { r: AgreementRow; today: string }) {
  if (r.state === 'acelerado') {
    return (
      <Text size="xs" c="red.8" fw={600}>
        Todo el saldo exigible desde {formatDate(r.acceleratedOn)}
      </Text>
    );
  }
  if (!r.nextCuota)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  const late = r.nextCuota.dueDate < today;
  return (
    <>
      <Text size="sm" className="num" c={late ? 'red.8' : undefined}>
        {formatDate(r.nextCuota.dueDate)}
      </Text>
      <Text size="xs" c="dimmed">
        {cuotaName(r.nextCuota.numero)} · <Money cents={r.nextCuota.balanceCents} />
      </Text>
    </>
  );
}

export function AgreementsTable({ rows, loading }: { rows: AgreementRow[]; loading: boolean }) {
  const today = todayIso();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        highlightOnHover
        verticalSpacing={7}
        className="data-table"
        data-loading={loading || undefined}
        data-testid="agreements-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Folio</Table.Th>
            <Table.Th>Entidad</Table.Th>
            <Table.Th>Firmado</Table.Th>
            <Table.Th ta="right">Deuda</Table.Th>
            <Table.Th ta="right">Saldo</Table.Th>
            <Table.Th>Estado</Table.Th>
            <Table.Th>Próxima cuota</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={r.id}
              className="clickable"
              onClick={() => navigate(`/acuerdos/${r.id}`)}
              data-testid="agreement-row"
              data-folio={r.folio}
              data-state={r.state}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={600} className="num">
                  {r.folio}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.numeroCuotas} {r.numeroCuotas === 1 ? 'cuota' : 'cuotas'} + inicial
                </Text>
              </Table.Td>
              <Table.Td style={{ minWidth: 160, maxWidth: 280 }}>
                <Text size="sm" lineClamp={1} title={r.counterpartyName}>
                  {r.counterpartyName}
                </Text>
              </Table.Td>
              <Table.Td className="num">{formatDate(r.signingDate)}</Table.Td>
              <Table.Td ta="right">
                <Money cents={r.debtCents} />
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                <Money cents={r.owedCents} c={r.owedCents === 0 ? 'dimmed' : undefined} />
                {r.overdueCents > 0 && (
                  <Text size="xs" c="red.8">
                    vencido <Money cents={r.overdueCents} />
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <AgreementStateBadge state={r.state} label={r.stateLabel} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <NextCuota r={r} today={today} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
