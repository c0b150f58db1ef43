import { Group, Table, Text } from '@mantine/core';
import type { CollectionStageView } from '../../../shared/api/types-cartera-ledger';
import { EtapaBadge } from '../../components/EtapaBadge';
import { Link } from '../../components/Link';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';

function AgreementLink({ id, folio }: { id: number; folio: string }) {
  return (
    <Link to={`/acuerdos/${id}`} size="sm">
      {folio}
    </Link>
  );
}

/** Where the collection of a receivable stands (persuasivo → prejurídico → jurídico) and each recorded change. */
export function EtapaSection({ etapa }: { etapa: CollectionStageView }) {
  return (
    <Section
      title="Etapa de cobro"
      description="Cada cambio de etapa queda registrado; una corrección se agrega, no borra el anterior."
      p="sm"
    >
      <Group gap="xs" mb={etapa.events.length ? 'sm' : 0} data-testid="invoice-etapa">
        <EtapaBadge etapa={etapa.stage} size="md" />
        <Text size="sm">
          {etapa.since ? `desde el ${formatDate(etapa.since)}` : 'Etapa inicial: no se ha registrado ningún cambio.'}
          {etapa.agreementId !== null && etapa.agreementFolio ? (
            <>
              {' '}
              por la aceleración del acuerdo de pago{' '}
              <AgreementLink id={etapa.agreementId} folio={etapa.agreementFolio} />
            </>
          ) : null}
        </Text>
      </Group>
      {etapa.events.length > 0 && (
        <Table verticalSpacing={5} className="data-table" data-testid="etapa-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>Fecha</Table.Th>
              <Table.Th w={170}>Etapa</Table.Th>
              <Table.Th w={260}>Causa</Table.Th>
              <Table.Th>Nota</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {etapa.events.map((e) => (
              <Table.Tr key={e.id} data-testid="etapa-event" data-cause={e.cause}>
                <Table.Td className="num">{formatDate(e.date)}</Table.Td>
                <Table.Td>{e.stageLabel}</Table.Td>
                <Table.Td>
                  {e.causeLabel}
                  {e.agreementId !== null && e.agreementFolio && (
                    <>
                      {' '}
                      <AgreementLink id={e.agreementId} folio={e.agreementFolio} />
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {e.note}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
