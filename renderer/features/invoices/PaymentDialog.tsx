import { DialogFooter } from '../../components/DialogFooter';
import { Anchor, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { InvoiceDetail } from '../../../shared/api/types';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { invoicesApi } from './api';
import { SubmitForm } from '../../components/SubmitForm';

/** "Registrar abono": one payment applied to this invoice (ledger.registerPayment). */
export function PaymentDialog({
  invoice,
  opened,
  onClose,
}: {
  invoice: InvoiceDetail;
  opened: boolean;
  onClose(): void;
}) {
  const locale = useLocale();
  const [date, setDate] = useState<string | null>(todayIso());
  const [reference, setReference] = useState('');
  const [memo, setMemo] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();

  useEffect(() => {
    if (opened) {
      setDate(todayIso());
      setReference('');
      setMemo('');
      setAmount('');
      setErrors({});
      idem.reset();
    }
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  const received = invoice.direction === 'receivable';

  async function save() {
    const errs: FieldErrors = {};
    if (!date) errs.date = 'Indique la fecha del pago';
    if (!reference.trim()) errs.reference = 'Indique la referencia (recibo, transferencia, folio)';
    const parsed = parseAmount(amount, locale, { required: true, positive: true });
    if (parsed.error) errs.amount = parsed.error;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || parsed.cents === null || !date) return;
    const payload = {
      date,
      reference: reference.trim(),
      memo: memo.trim(),
      allocations: [{ invoiceId: invoice.id, amountCents: parsed.cents }],
    };
    setSaving(true);
    try {
      const r = await invoicesApi.registerPayment({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(
        r.replayed
          ? 'Ese abono ya estaba registrado; no se duplicó.'
          : `Abono de ${formatMoney(parsed.cents, locale)} registrado en la factura ${invoice.number}.`,
      );
      onClose();
    } catch (err) {
      const fe = apiErrorToFieldErrors(err);
      const mapped: FieldErrors = {};
      for (const [k, v] of Object.entries(fe)) mapped[k.startsWith('allocations') ? 'amount' : k] = v;
      setErrors(mapped);
      notifyError(err, 'No se registró el abono');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      title={
        <Group gap="xs">
          <IconCash size={18} />
          <Text fw={600}>Registrar abono · factura {invoice.number}</Text>
        </Group>
      }
      size="lg"
      centered
    >
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {received
              ? `Pago recibido de ${invoice.counterpartyName}.`
              : `Pago realizado a ${invoice.counterpartyName}.`}{' '}
            Saldo actual:{' '}
            <Text span fw={600} c="dark" className="num">
              {formatMoney(invoice.balanceCents, locale)}
            </Text>
            {invoice.balanceCents > 0 && (
              <>
                {' · '}
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => (setAmount(formatMoney(invoice.balanceCents, locale)), clear('amount'))}
                >
                  Abonar el saldo completo
                </Anchor>
              </>
            )}
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label="Fecha del pago"
              required
              value={date}
              onChange={(v) => (setDate(v), clear('date'))}
              error={errors.date}
              name="paymentDate"
            />
            <MoneyInput
              label="Importe"
              required
              locale={locale}
              value={amount}
              onChange={(v) => (setAmount(v), clear('amount'))}
              error={errors.amount}
              name="paymentAmount"
              data-autofocus
            />
          </SimpleGrid>
          <TextInput
            label="Referencia"
            required
            description={
              received
                ? 'Recibo de caja, número de transferencia o folio del comprobante.'
                : 'Número de transferencia o folio del comprobante.'
            }
            placeholder="SPEI 0123456789"
            value={reference}
            onChange={(e) => (setReference(e.currentTarget.value), clear('reference'))}
            error={errors.reference}
            name="paymentReference"
          />
          <TextInput
            label="Nota (opcional)"
            value={memo}
            onChange={(e) => (setMemo(e.currentTarget.value), clear('memo'))}
            error={errors.memo}
            name="paymentMemo"
          />
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Registrar abono"
            submitIcon={<IconCash size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
