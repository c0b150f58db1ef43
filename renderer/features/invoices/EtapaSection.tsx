import { Group, Text } from '@mantine/core';
import type { CollectionStageView } from '../../../shared/api/types-cartera-ledger';
import { EtapaBadge } from '../../components/EtapaBadge';
import { Link } from '../../components/Link';
import { Section } from '../../components/Section';
import { ExpedienteHistory } from '../../widgets/expediente/ExpedienteHistory';
import { formatDate } from '../../lib/format';

function AgreementLink({ id, folio }: { id: number; folio: string }) {
  return (
    <Link to={`/acuerdos/${id}`} size="sm">
      {folio}
    </Link>
  );
}

/** Where the collection of a receivable stands (its debtor's expediente: persuasivo → prejurídico → jurídico) and its events. */
export function EtapaSection({ etapa }: { etapa: CollectionStageView }) {
  return (
    <Section
      title="Etapa de cobro"
      description="La etapa es la del expediente de cobro de la entidad: cada evento queda registrado; una anulación se agrega, no borra el anterior."
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
      {etapa.events.length > 0 && <ExpedienteHistory events={etapa.events} />}
    </Section>
  );
}
