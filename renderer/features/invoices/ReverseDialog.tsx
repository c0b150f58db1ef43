import { DialogFooter } from '../../components/DialogFooter';
import { Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { LedgerEntry } from '../../../shared/api/types';
import { ENTRY_KINDS } from '../../../shared/domain/catalogs';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { invoicesApi } from './api';
import { SubmitForm } from '../../components/SubmitForm';

/** "Revertir": a reversing entry with a required reason (ledger.reverse). Nothing is deleted. */
export function ReverseDialog({ entry, onClose }: { entry: LedgerEntry | null; onClose(): void }) {
  const locale = useLocale();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();

  useEffect(() => {
    if (entry) {
      setReason('');
      setDate(todayIso());
      setErrors({});
      idem.reset();
    }
  }, [entry?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save() {
    if (!entry) return;
    const errs: FieldErrors = {};
    if (reason.trim().length < 5) errs.reason = 'Explique el motivo (al menos 5 caracteres)';
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const payload = { entryId: entry.id, reason: reason.trim(), ...(date ? { date } : {}) };
    setSaving(true);
    try {
      await invoicesApi.reverse({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(`Movimiento revertido. Motivo: ${reason.trim()}`);
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se revirtió el movimiento');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={entry !== null}
      onClose={saving ? () => {} : onClose}
      title={
        <Group gap="xs">
          <IconArrowBackUp size={18} />
          <Text fw={600}>Revertir movimiento</Text>
        </Group>
      }
      size="lg"
      centered
    >
      {entry && (
        <SubmitForm onSubmit={save}>
          <Stack gap="sm">
            <Paper withBorder p="sm" radius="sm" bg="gray.0">
              <SimpleGrid cols={3} spacing="xs">
                <div>
                  <Text size="xs" c="dimmed">
                    Movimiento
                  </Text>
                  <Text size="sm" fw={500}>
                    {ENTRY_KINDS[entry.kind].label}
                  </Text>
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    Fecha · referencia
                  </Text>
                  <Text size="sm">
                    {formatDate(entry.date)} · {entry.reference || '—'}
                  </Text>
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    Importe
                  </Text>
                  <Text size="sm" fw={600} className="num">
                    {formatMoney(Math.abs(entry.amountCents), locale)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {entry.amountCents < 0 ? 'Disminuyó el saldo' : 'Aumentó el saldo'}
                  </Text>
                </div>
              </SimpleGrid>
            </Paper>
            <Text size="sm" c="dimmed">
              El movimiento original no se borra: se registra otro por{' '}
              {formatMoney(Math.abs(entry.amountCents), locale)} en sentido contrario que lo anula, con el motivo y la
              fecha que indique.
              {entry.kind === 'cargo' && ' Revertir el cargo deja la factura sin importe exigible.'}
            </Text>
            <Textarea
              label="Motivo de la reversión"
              required
              placeholder="Ej.: abono capturado dos veces; la transferencia corresponde a otra factura"
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setErrors({});
              }}
              error={errors.reason}
              name="reverseReason"
              data-autofocus
            />
            <DateField
              label="Fecha de la reversión"
              value={date}
              onChange={setDate}
              error={errors.date}
              w={200}
              name="reverseDate"
            />
            <DialogFooter
              error={errors._form}
              saving={saving}
              onCancel={onClose}
              submitLabel="Revertir movimiento"
              submitIcon={<IconArrowBackUp size={16} />}
              color="red"
            />
          </Stack>
        </SubmitForm>
      )}
    </Modal>
  );
}
