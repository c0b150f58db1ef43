import { Anchor, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AgreementDetail } from '../../../shared/api/types-agreements';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { agreementsApi } from './api';
import { cuotaName } from './labels';
import { SubmitForm } from '../../components/SubmitForm';

/** "Registrar pago": applied by the backend to the cuotas oldest first (agreements.pay). */
export function PayDialog({ a, opened, onClose }: { a: AgreementDetail; opened: boolean; onClose(): void }) {
  const locale = useLocale();
  const [date, setDate] = useState<string | null>(todayIso());
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();
  const next = a.cuotas.find((c) => c.balanceCents > 0);

  useEffect(() => {
    if (!opened) return;
    setDate(todayIso());
    setAmount(next ? formatMoney(next.balanceCents, locale) : '');
    setReference('');
    setErrors({});
    idem.reset();
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);

  async function save() {
    const errs: FieldErrors = {};
    if (!date) errs.date = 'Indique la fecha del pago';
    if (!reference.trim()) errs.reference = 'Indique la referencia (recibo de caja, transferencia)';
    const parsed = parseAmount(amount, locale, { required: true, positive: true });
    if (parsed.error) errs.amountCents = parsed.error;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || parsed.cents === null || !date) return;
    const payload = { id: a.id, date, amountCents: parsed.cents, reference: reference.trim() };
    setSaving(true);
    try {
      const r = await agreementsApi.pay({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(
        r.replayed
          ? 'Ese pago ya estaba registrado; no se duplicó.'
          : `Pago de ${formatMoney(parsed.cents, locale)} aplicado a las cuotas del acuerdo ${a.folio}.`,
      );
      // The agreement's screen shows r.agreement at once (agreementsApi.pay seeds it).
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se registró el pago');
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
          <Text fw={600}>Registrar pago · acuerdo {a.folio}</Text>
        </Group>
      }
      size="lg"
      centered
    >
      <SubmitForm onSubmit={save} data-testid="pay-dialog">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            El pago se aplica a las cuotas de la más antigua a la más reciente. Saldo del acuerdo:{' '}
            <Text span fw={600} c="dark" className="num">
              {formatMoney(a.owedCents, locale)}
            </Text>
            {next && (
              <>
                {' · '}
                {cuotaName(next.numero)} por pagar:{' '}
                <span className="num">{formatMoney(next.balanceCents, locale)}</span>
                {a.owedCents > 0 && (
                  <>
                    {' · '}
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => (setAmount(formatMoney(a.owedCents, locale)), clear('amountCents'))}
                    >
                      Pagar todo el saldo
                    </Anchor>
                  </>
                )}
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
              name="payDate"
            />
            <MoneyInput
              label="Importe"
              required
              locale={locale}
              value={amount}
              onChange={(v) => (setAmount(v), clear('amountCents'))}
              error={errors.amountCents}
              name="payAmount"
              data-autofocus
            />
          </SimpleGrid>
          <TextInput
            label="Referencia"
            required
            description="Recibo de caja, número de transferencia o consignación."
            placeholder="RC-2025-0456"
            value={reference}
            onChange={(e) => (setReference(e.currentTarget.value), clear('reference'))}
            error={errors.reference}
            name="payReference"
          />
          <DialogFooter
            error={errors._form ?? errors.id}
            saving={saving}
            onCancel={onClose}
            submitLabel="Registrar pago"
            submitIcon={<IconCash size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
