// A column header of the 32x32 table that sorts by its key and shows the current direction.
import { Table, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconInfoCircle, IconSelector } from '@tabler/icons-react';
import { usePortabilidad, type SortKey } from './store';

/** A sortable header; `title` is the full name when `label` is abbreviated. */
export function SortHeader({
  label,
  k,
  align,
  help,
  title,
}: {
  label: string;
  k: SortKey;
  align?: 'right' | 'center';
  help?: string;
  title?: string;
}) {
  const { sort, dir, sortBy } = usePortabilidad();
  const active = sort === k;
  const Icon = !active ? IconSelector : dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th ta={align} title={title} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() => sortBy(k)}
        className="sort-header"
        data-active={active || undefined}
        data-testid={`p32-sort-${k}`}
        style={{ justifyContent: align === 'right' ? 'flex-end' : align === 'center' ? 'center' : undefined }}
      >
        <span>{label}</span>
        {help && (
          <Tooltip label={help} multiline w={300} withArrow>
            <IconInfoCircle size={13} stroke={1.6} />
          </Tooltip>
        )}
        <Icon size={13} stroke={active ? 2.2 : 1.5} />
      </UnstyledButton>
    </Table.Th>
  );
}
