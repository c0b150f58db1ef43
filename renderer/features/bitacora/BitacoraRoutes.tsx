import { Button } from '@mantine/core';
import { EmptyState } from '../../components/States';
import { navigate } from '../../lib/router';
import { BitacoraDetail } from './BitacoraDetail';
import { BitacoraForm } from './BitacoraForm';
import { BitacoraList } from './BitacoraList';
import './bitacora.css';

/** '#/bitacora/…' (segments after 'bitacora'): list, 'nuevo', ':id'. */
export function BitacoraRoutes({ segments }: { segments: string[] }) {
  const [a, b] = segments;
  if (a === undefined) return <BitacoraList />;
  if (a === 'nuevo' && b === undefined) return <BitacoraForm />;
  if (a && /^\d+$/.test(a) && b === undefined) {
    const id = Number.parseInt(a, 10);
    if (id > 0) return <BitacoraDetail key={id} id={id} />;
  }
  return (
    <EmptyState
      title="Registro no encontrado"
      description="La dirección no corresponde a ningún registro de la bitácora."
      action={
        <Button size="xs" onClick={() => navigate('/bitacora')}>
          Ir a la bitácora
        </Button>
      }
    />
  );
}
