// The dates a payment term sets (end of term, collection request, guarantee), shown before the action is confirmed.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { garantiaAvailableFrom, requerimientoCobranzaDueDate } from '../../../shared/domain/portabilidad/deadlines';
import { formatDate } from '../../lib/format';

export function PlazoPreview({ date, plazoEnds }: { date: string | null; plazoEnds: string }) {
  return (
    <Paper withBorder radius="sm" px="sm" py={8} data-testid="plazo-preview">
      <SimpleGrid cols={3} spacing="xs">
        <div>
          <Text size="xs" c="dimmed">
            Fin del plazo de pago
          </Text>
          <Text size="sm" fw={600} className="num">
            {formatDate(plazoEnds)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Requerimiento de cobranza, a más tardar
          </Text>
          <Text size="sm" fw={600} className="num">
            {formatDate(requerimientoCobranzaDueDate(plazoEnds))}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Garantía disponible desde
          </Text>
          <Text size="sm" fw={600} className="num">
            {date ? formatDate(garantiaAvailableFrom(date)) : '—'}
          </Text>
        </div>
      </SimpleGrid>
    </Paper>
  );
}
