import { TextInput, type TextInputProps } from '@mantine/core';
import { formatMoney, parseMoney, MoneyError, type MoneyLocale } from '../../shared/domain/money';

/**
 * Amount typed as text in the locale's format ("1,234.56" / "1.234,56") and
 * parsed with parseMoney into centavos: never through floating point. On blur
 * the text is normalised to the full format when it parses.
 */
export function MoneyInput({
  value,
  onChange,
  locale,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange(v: string): void; locale: MoneyLocale }) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      placeholder={locale === 'es-MX' ? '$0.00' : '$ 0,00'}
      classNames={{ input: 'num-input' }}
      {...props}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        props.onBlur?.(e);
        const t = e.currentTarget.value;
        if (t.trim() === '') return;
        try {
          onChange(formatMoney(parseMoney(t, locale), locale));
        } catch {
          /* leave the text; validation shows the message */
        }
      }}
    />
  );
}

/** Parses an amount field: centavos, or the Spanish message of why not. */
export function parseAmount(
  text: string,
  locale: MoneyLocale,
  opts: { required?: boolean; positive?: boolean } = {},
): { cents: number | null; error?: string } {
  if (text.trim() === '') return opts.required ? { cents: null, error: 'Escriba un importe.' } : { cents: null };
  try {
    const cents = parseMoney(text, locale);
    if (opts.positive && cents <= 0) return { cents: null, error: 'El importe debe ser mayor que cero.' };
    return { cents };
  } catch (err) {
    return { cents: null, error: err instanceof MoneyError ? err.message : 'Importe no válido.' };
  }
}
