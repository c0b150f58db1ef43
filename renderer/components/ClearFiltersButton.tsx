import { Badge, Button } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';

/** "Limpiar filtros (n)" of a list's filter bar; shown only while a filter is set. */
export function ClearFiltersButton({ count, onClear }: { count: number; onClear: () => void }) {
  if (count === 0) return null;
  return (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
      Limpiar filtros
      <Badge ml={6} size="sm" circle>
        {count}
      </Badge>
    </Button>
  );
}
