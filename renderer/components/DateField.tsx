import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { parseDisplayDate } from '../lib/format';

/**
 * A calendar date typed as dd/mm/aaaa or picked; value is 'YYYY-MM-DD' or null.
 */
export function DateField({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange'> & { value: string | null; onChange(v: string | null): void }) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/aaaa"
      dateParser={(text) => parseDisplayDate(text)}
      leftSection={<IconCalendar size={16} stroke={1.6} />}
      leftSectionPointerEvents="none"
      clearable={!props.required}
      fixOnBlur
      {...props}
      value={value}
      onChange={(v) => onChange(v ? v.slice(0, 10) : null)}
    />
  );
}
