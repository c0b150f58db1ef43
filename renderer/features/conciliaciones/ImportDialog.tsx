import { Alert, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { MAX_SCAN_BYTES } from '../../../shared/api/schemas';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { FileDropZone } from '../../components/FileDropZone';
import { SubmitForm } from '../../components/SubmitForm';
import { notifySuccess } from '../../components/notify';
import type { PickedFile } from '../../lib/files';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { navigate } from '../../lib/router';
import { todayIso } from '../../lib/today';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { conciliacionesApi } from './api';

const TYPES = ['text/plain', 'text/csv', 'application/vnd.ms-excel'] as const;

/** «Importar estado de cartera»: the debtor's statement (Circular 030 .txt or .csv) opens a conciliación. */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const cps = useCounterpartyOptions();
  const [counterparty, setCounterparty] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(todayIso());
  const [prefix, setPrefix] = useState('');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function save() {
    const errs: FieldErrors = {};
    if (!counterparty) errs.counterpartyId = 'Elija la entidad deudora.';
    if (!date) errs.statementDate = 'Indique la fecha del estado de cartera.';
    if (!file) errs.file = 'Elija el archivo del estado de cartera.';
    setErrors(errs);
    if (!counterparty || !date || !file) return;
    setSaving(true);
    try {
      const v = await conciliacionesApi.import({
        counterpartyId: Number(counterparty),
        statementDate: date,
        file: { fileName: file.fileName, dataBase64: file.dataBase64 },
        defaultPrefix: prefix.trim(),
      });
      notifySuccess(`${v.rows.length} líneas clasificadas.`, 'Estado de cartera importado');
      onClose();
      navigate(`/cartera/conciliaciones/${v.id}`);
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Importar estado de cartera del deudor" size="lg">
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            El archivo de la Circular 030 (.txt) de la entidad, o un .csv con encabezados: factura y saldo
            (obligatorios); valor, pagado, glosa, estado glosa, devuelta y radicada (si los tiene).
          </Text>
          <Select
            label="Entidad deudora"
            required
            searchable
            data={cps.options}
            value={counterparty}
            onChange={setCounterparty}
            error={errors.counterpartyId}
            nothingFoundMessage="Sin coincidencias"
          />
          <DateField
            label="Fecha del estado de cartera"
            required
            value={date}
            onChange={setDate}
            error={errors.statementDate}
            maxDate={todayIso()}
          />
          <TextInput
            label="Prefijo por omisión"
            description="Para los números de factura que la entidad escribe sin prefijo (p. ej. FE)."
            value={prefix}
            onChange={(e) => setPrefix(e.currentTarget.value)}
            w={220}
          />
          <FileDropZone
            accept={TYPES}
            acceptLabel="TXT de la Circular 030 o CSV"
            maxBytes={MAX_SCAN_BYTES}
            onFiles={(files) => files[0] && setFile(files[0])}
            onReject={(msgs) => setErrors((e) => ({ ...e, file: msgs.join(' ') }))}
            title={file ? file.fileName : undefined}
            testId="conciliacion-file"
          />
          {errors.file && (
            <Alert color="red" py={6}>
              {errors.file}
            </Alert>
          )}
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Importar y clasificar"
            submitIcon={<IconFileImport size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
