import { DocumentosScreen } from '../placeholders';

/** '#/documentos/…' (segments after 'documentos'). */
export function DocumentsRoutes({ segments }: { segments: string[] }) {
  void segments;
  return <DocumentosScreen />;
}
