import { Alert, Anchor, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsSplit } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { UnappliedPayment } from '../../../shared/api/types-cartera-ledger';
import { formatMoney, sumCents } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { Money } from '../../components/Money';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { notifyError, notifySuccess } from '../../components/notify';
import { ErrorState, LoadingBlock } from '../../components/States';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate, todayIso } from '../../lib/format';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { useQuery } from '../../lib/useQuery';
import { pagosApi } from './api';

/** Applies (part of) a pago por aplicar to one or more invoices of its entidad: one abono per invoice. */
export function ApplyUnappliedDialog({ payment, onClose, onSaved }: { payment: UnappliedPayment | null; onClose(): void; onSaved(): void }) {
  const locale = useLocale();
  const q = useQuery(() => pagosApi.openInvoices(payment!.counterpartyId), [payment?.id], { enabled: payment !== null });
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [date, setDate] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();

  useEffect(() => {
    setAmounts({});
    setDate(todayIso());
    setErrors({});
    idem.reset();
  }, [payment?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!payment) return null;
  const invoices = q.data?.rows ?? [];
  const parsed = invoices.map((inv) => ({ inv, ...parseAmount(amounts[inv.id] ?? '', locale, { positive: true }) }));
  const chosen = parsed.filter((p) => p.cents !== null && p.cents > 0);
  const draftTotal = sumCents(chosen.map((p) => p.cents!));
  const over = draftTotal > payment.remainingCents;

  async function save() {
    const errs: FieldErrors = {};
    for (const p of parsed) if (p.error) errs[`inv${p.inv.id}`] = p.error;
    if (chosen.length === 0) errs._form = 'Indique el importe a aplicar en al menos una factura.';
    if (!date) errs.date = 'Indique la fecha de la aplicación';
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !date) return;
    const payload = { unappliedPaymentId: payment!.id, date, allocations: chosen.map((p) => ({ invoiceId: p.inv.id, amountCents: p.cents! })) };
    setSaving(true);
    try {
      const r = await pagosApi.apply({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(
        r.replayed
          ? 'Esa aplicación ya estaba registrada; no se duplicó.'
          : `Aplicados ${formatMoney(r.payment.appliedCents, locale)} en total; quedan ${formatMoney(r.payment.remainingCents, locale)} por aplicar.`,
      );
      onSaved();
      onClose();
    } catch (err) {
      const fe = apiErrorToFieldErrors(err);
      setErrors(fe._form ? fe : { _form: Object.values(fe).join(' ') });
      notifyError(err, 'No se aplicó el pago');
    } finally {
      setSaving(false);
    }
  }

  const set = (id: number, v: string) => (setAmounts((a) => ({ ...a, [id]: v })), setErrors(({ [`inv${id}`]: _d, _form: _f, ...rest }) => rest));

  return (
    <Modal opened onClose={saving ? () => {} : onClose} title={`Aplicar pago ${payment.reference} · ${payment.counterpartyName}`} size="xl" centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Recibido el {formatDate(payment.date)} por {formatMoney(payment.amountCents, locale)}. Por aplicar:{' '}
            <Text span fw={600} c="dark" className="num" data-testid="apply-remaining">
              {formatMoney(payment.remainingCents, locale)}
            </Text>
          </Text>
          <DateField label="Fecha de la aplicación" required value={date} onChange={(v) => setDate(v)} error={errors.date} name="applyDate" maw={220} />
          {q.error ? (
            <ErrorState error={q.error} onRetry={q.reload} />
          ) : !q.data ? (
            <LoadingBlock h={120} />
          ) : invoices.length === 0 ? (
            <Alert color="gray">{payment.counterpartyName} no tiene facturas por cobrar con saldo.</Alert>
          ) : (
            <Table verticalSpacing={6} className="data-table" data-testid="apply-invoices">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Factura</Table.Th>
                  <Table.Th w={110}>Vencimiento</Table.Th>
                  <Table.Th ta="right" w={150}>
                    Saldo
                  </Table.Th>
                  <Table.Th w={200}>Aplicar</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoices.map((inv) => (
                  <Table.Tr key={inv.id} data-testid="apply-row" data-number={inv.number}>
                    <Table.Td>{inv.number}</Table.Td>
                    <Table.Td className="num">{formatDate(inv.dueDate)}</Table.Td>
                    <Table.Td ta="right">
                      <Money cents={inv.balanceCents} />
                      <Anchor component="button" type="button" size="xs" display="block" ml="auto" onClick={() => set(inv.id, formatMoney(Math.min(inv.balanceCents, payment.remainingCents), locale))}>
                        aplicar {inv.balanceCents <= payment.remainingCents ? 'el saldo' : 'lo que queda'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <MoneyInput size="xs" locale={locale} value={amounts[inv.id] ?? ''} onChange={(v) => set(inv.id, v)} error={errors[`inv${inv.id}`]} aria-label={`Aplicar a ${inv.number}`} name={`apply-${inv.number}`} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="sm" ta="right" c={over ? 'red.8' : undefined} data-testid="apply-total">
            A aplicar: <b className="num">{formatMoney(draftTotal, locale)}</b> de {formatMoney(payment.remainingCents, locale)}
          </Text>
          {over && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />}>
              La suma excede lo que queda por aplicar del pago.
            </Alert>
          )}
          <DialogFooter error={errors._form} saving={saving} onCancel={onClose} submitLabel="Aplicar" submitIcon={<IconArrowsSplit size={16} />} />
        </Stack>
      </form>
    </Modal>
  );
}
