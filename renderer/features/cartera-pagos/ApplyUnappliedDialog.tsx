import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsSplit } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { UnappliedPayment } from '../../../shared/api/types-cartera-ledger';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorAsFormError, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { pagosApi, pagosQueries } from './api';
import { InvoiceAmounts, useInvoiceAmounts } from './InvoiceAmounts';
import { SubmitForm } from '../../components/SubmitForm';

/** Applies (part of) a pago por aplicar to one or more invoices of its entidad: one abono per invoice. */
export function ApplyUnappliedDialog({ payment, onClose }: { payment: UnappliedPayment | null; onClose(): void }) {
  const locale = useLocale();
  const q = useQuery({ ...pagosQueries.openInvoices(payment?.counterpartyId ?? 0), enabled: payment !== null });
  const draft = useInvoiceAmounts(q, locale);
  const [date, setDate] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();

  useEffect(() => {
    draft.reset();
    setDate(todayIso());
    setErrors({});
    idem.reset();
  }, [payment?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!payment) return null;
  const { rows, chosen, totalCents: draftTotal } = draft;
  const over = draftTotal > payment.remainingCents;

  async function save() {
    const errs: FieldErrors = {};
    for (const p of rows) if (p.error) errs[`inv${p.inv.id}`] = p.error;
    if (chosen.length === 0) errs._form = 'Indique el importe a aplicar en al menos una factura.';
    if (!date) errs.date = 'Indique la fecha de la aplicación';
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !date) return;
    const payload = { unappliedPaymentId: payment!.id, date, allocations: draft.allocations };
    setSaving(true);
    try {
      const r = await pagosApi.apply({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(
        r.replayed
          ? 'Esa aplicación ya estaba registrada; no se duplicó.'
          : `Aplicados ${formatMoney(r.payment.appliedCents, locale)} en total; quedan ${formatMoney(r.payment.remainingCents, locale)} por aplicar.`,
      );
      onClose();
    } catch (err) {
      setErrors(apiErrorAsFormError(err));
      notifyError(err, 'No se aplicó el pago');
    } finally {
      setSaving(false);
    }
  }

  const set = (id: number, v: string) => (
    draft.set(id, v),
    setErrors(({ [`inv${id}`]: _d, _form: _f, ...rest }) => rest)
  );

  return (
    <Modal
      opened
      onClose={saving ? () => {} : onClose}
      title={`Aplicar pago ${payment.reference} · ${payment.counterpartyName}`}
      size="xl"
      centered
    >
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Recibido el {formatDate(payment.date)} por {formatMoney(payment.amountCents, locale)}. Por aplicar:{' '}
            <Text span fw={600} c="dark" className="num" data-testid="apply-remaining">
              {formatMoney(payment.remainingCents, locale)}
            </Text>
          </Text>
          <DateField
            label="Fecha de la aplicación"
            required
            value={date}
            onChange={(v) => setDate(v)}
            error={errors.date}
            name="applyDate"
            maw={220}
          />
          <InvoiceAmounts
            prefix="apply"
            query={q}
            draft={draft}
            counterpartyName={payment.counterpartyName}
            amountLabel="Aplicar"
            errors={errors}
            onChange={set}
            fill={(inv) => ({
              cents: Math.min(inv.balanceCents, payment.remainingCents),
              label: `aplicar ${inv.balanceCents <= payment.remainingCents ? 'el saldo' : 'lo que queda'}`,
            })}
          />
          <Text size="sm" ta="right" c={over ? 'red.8' : undefined} data-testid="apply-total">
            A aplicar: <b className="num">{formatMoney(draftTotal, locale)}</b> de{' '}
            {formatMoney(payment.remainingCents, locale)}
          </Text>
          {over && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />}>
              La suma excede lo que queda por aplicar del pago.
            </Alert>
          )}
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Aplicar"
            submitIcon={<IconArrowsSplit size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
