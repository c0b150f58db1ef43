import { Button } from '@mantine/core';
import { EmptyState } from '../../components/States';
import { navigate } from '../../lib/router';
import { CaseOpenForm } from './CaseOpenForm';
import { CaseScreen } from './CaseScreen';
import { CasesList } from './CasesList';

/** '#/portabilidad/casos/…' (segments after 'casos'): list, 'nuevo', ':id'. */
export function CasesRoutes({ segments }: { segments: string[] }) {
  const [a, b] = segments;
  if (a === undefined) return <CasesList />;
  if (a === 'nuevo' && b === undefined) return <CaseOpenForm />;
  if (a && /^\d+$/.test(a) && b === undefined) {
    const id = Number.parseInt(a, 10);
    if (id > 0) return <CaseScreen key={id} id={id} />;
  }
  return (
    <EmptyState
      title="Caso no encontrado"
      description="La dirección no corresponde a ningún caso de portabilidad."
      action={
        <Button size="xs" onClick={() => navigate('/portabilidad/casos')}>
          Ir a los casos
        </Button>
      }
    />
  );
}
