import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorAsFormError, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { pagosApi, pagosQueries } from './api';
import { InvoiceAmounts, useInvoiceAmounts } from './InvoiceAmounts';
import { SubmitForm } from '../../components/SubmitForm';

/**
 * «Registrar recibo de caja»: one payment from an entidad that pays one or
 * more of its invoices, posted at once (ledger.registerPayment: one posting,
 * one abono per invoice). The button stays disabled, with the reason beside
 * it, until some amount is typed and none exceeds its invoice's balance.
 */
export function ReciboDialog({
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();
  const q = useQuery({ ...pagosQueries.openInvoices(Number(counterparty)), enabled: opened && counterparty !== null });
  const draft = useInvoiceAmounts(q, locale);

  useEffect(() => {
    if (!opened) return;
    setCounterparty(null);
    setDate(todayIso());
    setReference('');
    setMemo('');
    draft.reset();
    setErrors({});
    idem.reset();
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  const counterpartyName = options.find((o) => o.value === counterparty)?.label ?? '';
  const problem = counterparty ? draft.problem : 'Elija la entidad que pagó.';

  async function save() {
    const errs: FieldErrors = {};
    if (!date) errs.date = 'Indique la fecha del recibo';
    if (!reference.trim()) errs.reference = 'Indique el número del recibo de caja';
    setErrors(errs);
    if (Object.keys(errs).length > 0 || problem !== null || !date) return;
    const payload = { date, reference: reference.trim(), memo: memo.trim(), allocations: draft.allocations };
    const total = formatMoney(draft.totalCents, locale);
    setSaving(true);
    try {
      const r = await pagosApi.registerPayment({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(
        r.replayed
          ? 'Ese recibo de caja ya estaba registrado; no se duplicó.'
          : `Recibo de caja ${payload.reference} registrado: ${total} abonados a ${payload.allocations.length === 1 ? 'una factura' : `${payload.allocations.length} facturas`}.`,
      );
      onClose();
    } catch (err) {
      setErrors(apiErrorAsFormError(err));
      notifyError(err, 'No se registró el recibo de caja');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={opened} onClose={saving ? () => {} : onClose} title="Registrar recibo de caja" size="xl" centered>
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <Select
            label="Entidad que pagó"
            required
            searchable
            data={options}
            value={counterparty}
            onChange={(v) => (setCounterparty(v), draft.reset(), setErrors({}))}
            name="reciboCounterparty"
          />
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label="Fecha del recibo"
              required
              value={date}
              onChange={(v) => (setDate(v), clear('date'))}
              error={errors.date}
              name="reciboDate"
            />
            <TextInput
              label="Número del recibo de caja"
              required
              value={reference}
              onChange={(e) => (setReference(e.currentTarget.value), clear('reference'))}
              error={errors.reference}
              name="reciboReference"
            />
          </SimpleGrid>
          <TextInput
            label="Observaciones (opcional)"
            value={memo}
            onChange={(e) => (setMemo(e.currentTarget.value), clear('memo'))}
            error={errors.memo}
            name="reciboMemo"
          />
          {counterparty && (
            <InvoiceAmounts
              prefix="recibo"
              query={q}
              draft={draft}
              counterpartyName={counterpartyName}
              amountLabel="Abono"
              errors={errors}
              onChange={(id, v) => (draft.set(id, v), clear(`inv${id}`))}
              fill={(inv) => ({ cents: inv.balanceCents, label: 'Saldo total' })}
            />
          )}
          <Text size="sm" ta="right" data-testid="recibo-total">
            Total del recibo: <b className="num">{formatMoney(draft.totalCents, locale)}</b>
          </Text>
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Registrar recibo"
            submitIcon={<IconReceipt size={16} />}
            submitDisabled={problem !== null}
            hint={
              <Text
                size="sm"
                c={draft.rows.some((r) => r.error || r.over) ? 'red.8' : 'dimmed'}
                data-testid="recibo-reason"
              >
                {problem}
              </Text>
            }
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
