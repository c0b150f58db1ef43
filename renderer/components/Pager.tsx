import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconChevronsLeft, IconChevronsRight } from '@tabler/icons-react';
import type { Page } from '../../shared/api/types';
import { formatCount } from '../lib/format';
import { useLocale } from '../lib/session';

/**
 * Server-side paging. When the backend capped the count (`totalCapped`), the
 * total is shown as "más de N" and the last-page button is disabled; "next"
 * stays enabled while pages come back full.
 */
export function Pager({
  result,
  onPage,
  noun = 'registros',
}: {
  result: Page<unknown>;
  onPage(p: number): void;
  noun?: string;
}) {
  const { page, pageSize, total, totalCapped } = result;
  const rowsOnPage = result.rows.length;
  const locale = useLocale();
  const knownPages = Math.max(1, Math.ceil(total / pageSize));
  const from = rowsOnPage === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = (page - 1) * pageSize + rowsOnPage;
  const hasNext = page < knownPages || (totalCapped && rowsOnPage === pageSize);
  const totalText = totalCapped ? `más de ${formatCount(total, locale)}` : formatCount(total, locale);
  return (
    <Group justify="space-between" py="xs" gap="sm" data-testid="pager">
      <Text size="sm" c="dimmed">
        {rowsOnPage === 0
          ? `Sin ${noun}`
          : `Mostrando ${formatCount(from, locale)}–${formatCount(to, locale)} de ${totalText} ${noun}`}
      </Text>
      <Group gap={4}>
        <Tooltip label="Primera página">
          <ActionIcon
            variant="default"
            size="md"
            disabled={page <= 1}
            onClick={() => onPage(1)}
            aria-label="Primera página"
          >
            <IconChevronsLeft size={16} />
          </ActionIcon>
        </Tooltip>
        <ActionIcon
          variant="default"
          size="md"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
          aria-label="Página anterior"
        >
          <IconChevronLeft size={16} />
        </ActionIcon>
        <Text size="sm" px="xs" className="num" data-testid="pager-page">
          Página {formatCount(page, locale)} de{' '}
          {totalCapped ? `más de ${formatCount(knownPages, locale)}` : formatCount(knownPages, locale)}
        </Text>
        <ActionIcon
          variant="default"
          size="md"
          disabled={!hasNext}
          onClick={() => onPage(page + 1)}
          aria-label="Página siguiente"
        >
          <IconChevronRight size={16} />
        </ActionIcon>
        <Tooltip
          label={totalCapped ? 'Hay demasiados resultados para saltar al final: afine los filtros' : 'Última página'}
        >
          <ActionIcon
            variant="default"
            size="md"
            disabled={totalCapped || page >= knownPages}
            onClick={() => onPage(knownPages)}
            aria-label="Última página"
          >
            <IconChevronsRight size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
