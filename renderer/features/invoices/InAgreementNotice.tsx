import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '../../components/Link';

/** Why the invoice's own actions are off: an acuerdo de pago in force receives its payments and notas. */
export function InAgreementNotice({ agreement }: { agreement: { id: number; folio: string } }) {
  return (
    <Alert color="blue" variant="light" icon={<IconLock size={18} />} mb="md" data-testid="invoice-in-agreement">
      <Text size="sm">
        Esta factura está en el acuerdo de pago{' '}
        <Link to={`/acuerdos/${agreement.id}`} size="sm" fw={600}>
          {agreement.folio}
        </Link>
        : los abonos, notas y reversiones se registran en el acuerdo, que los aplica a sus cuotas.
      </Text>
    </Alert>
  );
}
