import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ConciliationViewRow } from '../../../shared/api/conciliaciones';
import { DialogFooter } from '../../components/DialogFooter';
import { Money } from '../../components/Money';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { SubmitForm } from '../../components/SubmitForm';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { useLocale } from '../../lib/session';
import { conciliacionesApi } from './api';

/** The balance agreed in the session for one row, with its note (a later value replaces it; both stay recorded). */
export function AgreeDialog({
  conciliationId,
  row,
  onClose,
}: {
  conciliationId: number;
  row: ConciliationViewRow | null;
  onClose(): void;
}) {
  const locale = useLocale();
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setAmount('');
    setNote(row?.agreedNote ?? '');
    setErrors({});
  }, [row]);

  async function save() {
    if (!row) return;
    const parsed = parseAmount(amount, locale, { required: true });
    const errs: FieldErrors = {};
    if (parsed.error) errs.agreedCents = parsed.error;
    if (!note.trim()) errs.note = 'Escriba cómo se acordó (acta, correo, funcionario).';
    setErrors(errs);
    if (parsed.cents === null || Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      await conciliacionesApi.agree({ id: conciliationId, key: row.key, agreedCents: parsed.cents, note });
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={row !== null} onClose={onClose} title={`Saldo acordado — factura ${row?.number ?? ''}`}>
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          {row && (
            <Text size="sm">
              Nuestro saldo <Money cents={row.ourBalanceCents ?? 0} fw={600} />, su saldo{' '}
              <Money cents={row.theirBalanceCents ?? 0} fw={600} />. {row.explanation}
            </Text>
          )}
          <MoneyInput
            label="Saldo acordado"
            required
            value={amount}
            onChange={setAmount}
            locale={locale}
            error={errors.agreedCents}
            data-autofocus
          />
          <TextInput
            label="Nota"
            required
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          <DialogFooter
            error={errors._form ?? errors.key}
            saving={saving}
            onCancel={onClose}
            submitLabel="Guardar saldo acordado"
            submitIcon={<IconDeviceFloppy size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
