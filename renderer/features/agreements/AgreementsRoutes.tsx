import { Button } from '@mantine/core';
import { EmptyState } from '../../components/States';
import { navigate } from '../../lib/router';
import { AgreementDetailScreen } from './AgreementDetailScreen';
import { AgreementsList } from './AgreementsList';
import { AgreementWizard } from './AgreementWizard';

/** '#/acuerdos/…' (segments after 'acuerdos'): list, 'nuevo', ':id'. */
export function AgreementsRoutes({ segments }: { segments: string[] }) {
  const [a, b] = segments;
  if (a === undefined) return <AgreementsList />;
  if (a === 'nuevo' && b === undefined) return <AgreementWizard />;
  if (a && /^\d+$/.test(a) && b === undefined) {
    const id = Number.parseInt(a, 10);
    if (id > 0) return <AgreementDetailScreen key={id} id={id} />;
  }
  return (
    <EmptyState
      title="Acuerdo no encontrado"
      description="La dirección no corresponde a ningún acuerdo de pago."
      action={
        <Button size="xs" onClick={() => navigate('/acuerdos')}>
          Ir a los acuerdos
        </Button>
      }
    />
  );
}
