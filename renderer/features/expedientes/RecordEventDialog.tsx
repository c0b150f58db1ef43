import { Alert, Modal, Select, Stack, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ExpedienteView } from '../../../shared/api/expedientes';
import type { CollectionStageEventView } from '../../../shared/api/types-cartera-ledger';
import type { ExpedienteEventKind } from '../../../shared/domain/cartera/expediente';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { ScanField, type PickedScan } from '../../components/ScanField';
import { SubmitForm } from '../../components/SubmitForm';
import { notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { expedientesApi } from './api';

/**
 * Records an event of the expediente by hand, with its date, reason and optional scan; or, given
 * `annulling`, the anulación of that event. Events that do not proceed now are listed disabled with why.
 */
export function RecordEventDialog({
  expediente,
  opened,
  annulling,
  onClose,
}: {
  expediente: ExpedienteView;
  opened: boolean;
  annulling: CollectionStageEventView | null;
  onClose(): void;
}) {
  const [kind, setKind] = useState<ExpedienteEventKind | null>(null);
  const [date, setDate] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const [scan, setScan] = useState<PickedScan | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setKind(annulling ? 'anulacion' : null);
    setDate(todayIso());
    setReason('');
    setScan(null);
    setErrors({});
  }, [opened, annulling]);

  async function save() {
    const errs: FieldErrors = {};
    if (!kind) errs.kind = 'Elija el evento.';
    if (!date) errs.date = 'Indique la fecha.';
    if (!reason.trim()) errs.reason = 'Indique el motivo o el contenido del evento.';
    setErrors(errs);
    if (!kind || !date || Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      await expedientesApi.record({
        counterpartyId: expediente.counterpartyId,
        kind,
        date,
        reason,
        ...(annulling ? { correctsId: annulling.id } : {}),
        ...(scan ? { scan: { fileName: scan.fileName, dataBase64: scan.dataBase64 } } : {}),
      });
      notifySuccess(annulling ? 'Evento anulado.' : 'Evento registrado en el expediente.');
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={annulling ? 'Anular un evento del expediente' : `Registrar evento — ${expediente.counterpartyName}`}
    >
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          {annulling ? (
            <Alert color="orange" py={8}>
              Se anula «{annulling.kindLabel}» del {formatDate(annulling.date)}. El evento queda en el historial,
              tachado, y la etapa se calcula como si no hubiera ocurrido.
            </Alert>
          ) : (
            <Select
              label="Evento"
              required
              searchable
              value={kind}
              onChange={(v) => setKind(v as ExpedienteEventKind | null)}
              error={errors.kind}
              data={expediente.next.map((n) => ({
                value: n.kind,
                label: n.refusal ? `${n.label} — ${n.refusal}` : n.label,
                disabled: n.refusal !== null,
              }))}
              maxDropdownHeight={360}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <DateField label="Fecha" required value={date} onChange={setDate} error={errors.date} maxDate={todayIso()} />
          <Textarea
            label="Motivo"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            placeholder="Qué ocurrió, número de oficio o radicado, quién lo firmó…"
          />
          {!annulling && (
            <ScanField
              label="Soporte escaneado (opcional)"
              description="La citación, el aviso, la guía de devolución, la demanda… (PDF, JPG o PNG)."
              error={errors.scan}
              scan={scan}
              onPick={setScan}
              onRemove={() => setScan(null)}
              onReject={(msgs) => setErrors((e) => ({ ...e, scan: msgs.join(' ') }))}
              removeLabel="Quitar el soporte"
              testId="expediente-scan"
              pickedTestId="expediente-scan-picked"
            />
          )}
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel={annulling ? 'Anular' : 'Registrar'}
            submitIcon={<IconDeviceFloppy size={16} />}
            {...(annulling ? { color: 'orange' } : {})}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
