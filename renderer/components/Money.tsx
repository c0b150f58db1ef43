import { Text, type TextProps } from '@mantine/core';
import { formatMoney } from '../../shared/domain/money';
import { useLocale } from '../lib/session';

/** An amount from the backend (integer centavos), in the profile's format; `symbol={false}` in dense tables headed "en pesos". */
export function Money({
  cents,
  colorSign = false,
  symbol = true,
  ...props
}: { cents: number; colorSign?: boolean; symbol?: boolean } & TextProps) {
  const locale = useLocale();
  const color = colorSign ? (cents < 0 ? 'red.8' : cents > 0 ? undefined : 'dimmed') : undefined;
  return (
    <Text component="span" className="num" inherit c={color} {...props}>
      {formatMoney(cents, locale, { symbol })}
    </Text>
  );
}
