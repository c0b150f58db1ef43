import { BitacoraScreen } from '../placeholders';

/** '#/bitacora/…' (segments after 'bitacora'). */
export function BitacoraRoutes({ segments }: { segments: string[] }) {
  void segments;
  return <BitacoraScreen />;
}
