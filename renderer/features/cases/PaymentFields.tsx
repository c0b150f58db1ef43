// The payment's reference and the case balance (with a one-click "pay it all"), for the actions that record a payment.
import { Anchor, Text, TextInput } from '@mantine/core';
import type { CaseDetail } from '../../../shared/api/types';
import { formatMoney, type MoneyLocale } from '../../../shared/domain/money';

export function PaymentFields({
  detail,
  locale,
  reference,
  error,
  onReference,
  onFullBalance,
}: {
  detail: CaseDetail;
  locale: MoneyLocale;
  reference: string;
  error: string | undefined;
  onReference(v: string): void;
  onFullBalance(amount: string): void;
}) {
  return (
    <>
      <Text size="sm" c="dimmed" mt={-4}>
        Saldo del caso:{' '}
        <Text span fw={600} c="dark" className="num">
          {formatMoney(detail.balanceCents, locale)}
        </Text>
        {detail.balanceCents > 0 && (
          <>
            {' · '}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => onFullBalance(formatMoney(detail.balanceCents, locale))}
            >
              Pago por el saldo completo
            </Anchor>
          </>
        )}
      </Text>
      <TextInput
        label="Referencia"
        required
        description="Número de transferencia (SPEI) o folio del comprobante."
        placeholder="SPEI 0123456789"
        value={reference}
        onChange={(e) => onReference(e.currentTarget.value)}
        error={error}
        name="paymentReference"
      />
    </>
  );
}
