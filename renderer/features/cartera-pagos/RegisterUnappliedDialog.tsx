import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconCashBanknote } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { pagosApi } from './api';
import { SubmitForm } from '../../components/SubmitForm';

/** Money received from an entidad whose invoices are not yet identified. */
export function RegisterUnappliedDialog({
  opened,
  options,
  onClose,
}: {
  opened: boolean;
  options: { value: string; label: string }[];
  onClose(): void;
}) {
  const locale = useLocale();
  const [counterparty, setCounterparty] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(todayIso());
  const [reference, setReference] = useState('');
  const [memo, setMemo] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();

  useEffect(() => {
    if (!opened) return;
    setCounterparty(null);
    setDate(todayIso());
    setReference('');
    setMemo('');
    setAmount('');
    setErrors({});
    idem.reset();
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);

  async function save() {
    const errs: FieldErrors = {};
    if (!counterparty) errs.counterpartyId = 'Elija la entidad que pagó';
    if (!date) errs.date = 'Indique la fecha del pago';
    if (!reference.trim()) errs.reference = 'Indique la referencia (recibo de caja, consignación, transferencia)';
    const amt = parseAmount(amount, locale, { required: true, positive: true });
    if (amt.error) errs.amountCents = amt.error;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || amt.cents === null || !date || !counterparty) return;
    const payload = {
      counterpartyId: Number(counterparty),
      date,
      reference: reference.trim(),
      memo: memo.trim(),
      amountCents: amt.cents,
    };
    setSaving(true);
    try {
      const r = await pagosApi.register({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(
        r.replayed
          ? 'Ese pago ya estaba registrado; no se duplicó.'
          : `Pago por aplicar de ${formatMoney(amt.cents, locale)} registrado.`,
      );
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se registró el pago');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={opened} onClose={saving ? () => {} : onClose} title="Registrar pago por aplicar" size="lg" centered>
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <Select
            label="Entidad que pagó"
            required
            searchable
            data={options}
            value={counterparty}
            onChange={(v) => (setCounterparty(v), clear('counterpartyId'))}
            error={errors.counterpartyId}
            name="unappliedCounterparty"
          />
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label="Fecha de recepción"
              required
              value={date}
              onChange={(v) => (setDate(v), clear('date'))}
              error={errors.date}
              name="unappliedDate"
            />
            <MoneyInput
              label="Importe recibido"
              required
              locale={locale}
              value={amount}
              onChange={(v) => (setAmount(v), clear('amountCents'))}
              error={errors.amountCents}
              name="unappliedAmount"
            />
          </SimpleGrid>
          <TextInput
            label="Referencia"
            required
            description="Recibo de caja, consignación o transferencia."
            value={reference}
            onChange={(e) => (setReference(e.currentTarget.value), clear('reference'))}
            error={errors.reference}
            name="unappliedReference"
          />
          <TextInput
            label="Detalle (opcional)"
            value={memo}
            onChange={(e) => setMemo(e.currentTarget.value)}
            error={errors.memo}
            name="unappliedMemo"
          />
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Registrar pago"
            submitIcon={<IconCashBanknote size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
