import { Button } from '@mantine/core';
import { EmptyState } from '../../components/States';
import { navigate } from '../../lib/router';
import { BatchIssue } from './BatchIssue';
import { DocumentDetail } from './DocumentDetail';
import { DocumentsList } from './DocumentsList';
import { DocumentWizard } from './DocumentWizard';

function positiveId(s: string | undefined): number | null {
  if (!s || !/^\d+$/.test(s)) return null;
  const n = Number.parseInt(s, 10);
  return n > 0 ? n : null;
}

function NotFound() {
  return (
    <EmptyState
      title="Documento no encontrado"
      description="La dirección no corresponde a ningún documento."
      action={
        <Button size="xs" onClick={() => navigate('/documentos')}>
          Ir a Documentos
        </Button>
      }
    />
  );
}

/** '#/documentos/…' (segments after 'documentos'). */
export function DocumentsRoutes({ segments }: { segments: string[] }) {
  const [a, b, c] = segments;
  if (a === undefined) return <DocumentsList />;
  // 'nuevo' and ':id/editar' share the wizard's place and key: creating the
  // draft moves the URL to ':id/editar' without losing what was typed.
  if (a === 'nuevo' && b === undefined) return <DocumentWizard key="wizard" id={null} />;
  if (a === 'lote' && b === undefined) return <BatchIssue key="lote" />;
  // The circularización of every debtor with overdue balance (from Cartera → Expedientes).
  if (a === 'lote' && b === 'circularizacion' && c === undefined)
    return <BatchIssue key="circularizacion" preset="circularizacion" />;
  const id = positiveId(a);
  if (id !== null && b === undefined) return <DocumentDetail key={id} id={id} />;
  if (id !== null && b === 'editar' && c === undefined) return <DocumentWizard key="wizard" id={id} />;
  return <NotFound />;
}
