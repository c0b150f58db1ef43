import { Text } from '@mantine/core';

/** Configuración → Plantillas: one template per document type, versioned, with live preview. */
export function TemplatesEditor() {
  return <Text c="dimmed">Plantillas: en construcción.</Text>;
}
