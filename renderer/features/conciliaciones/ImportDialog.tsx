import { Alert, Checkbox, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconColumns, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConciliationImportResult, ConciliationView } from '../../../shared/api/conciliaciones';
import { MAX_SCAN_BYTES } from '../../../shared/api/schemas';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { FileDropZone } from '../../components/FileDropZone';
import { JobProgressModal } from '../../components/JobProgressModal';
import { SubmitForm } from '../../components/SubmitForm';
import { notifySuccess } from '../../components/notify';
import type { PickedFile } from '../../lib/files';
import { formatDate } from '../../lib/format';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { navigate } from '../../lib/router';
import { todayIso } from '../../lib/today';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { MappingStep } from '../../widgets/imports/MappingStep';
import { RejectedResult } from '../../widgets/imports/RejectedResult';
import { useImportWizard } from '../../widgets/imports/useImportWizard';
import { conciliacionesApi } from './api';

const TYPES = [
  'text/plain',
  'text/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

const isXlsx = (f: PickedFile | null) => f !== null && /\.xlsx$/i.test(f.fileName);
const isCsv = (f: PickedFile | null) => f !== null && /\.csv$/i.test(f.fileName);

/**
 * «Importar estado de cartera»: the debtor's statement opens a conciliación. A Circular 030 .txt or a .csv with the
 * known headers is read at once (conciliaciones.import); an .xlsx, or a .csv whose columns the person assigns, is
 * staged and goes through the import machinery's column mapping (kind estado_cartera), then the job
 * conciliaciones.importMapped. Mounted only while open: closing it discards a staged file that was not imported.
 */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  return opened ? <ImportDialogBody onClose={onClose} /> : null;
}

function ImportDialogBody({ onClose }: { onClose(): void }) {
  const cps = useCounterpartyOptions();
  const [counterparty, setCounterparty] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(todayIso());
  const [prefix, setPrefix] = useState('');
  const [file, setFile] = useState<PickedFile | null>(null);
  /** A .csv read through the column mapping instead of by its header names. */
  const [assign, setAssign] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const mapped = isXlsx(file) || (assign && isCsv(file));

  function done(v: ConciliationView) {
    notifySuccess(`${v.rows.length} líneas clasificadas.`, 'Estado de cartera importado');
    onClose();
    navigate(`/cartera/conciliaciones/${v.id}`);
  }

  const w = useImportWizard({
    kind: 'estado_cartera',
    replacesBatchId: null,
    runImport: (a) =>
      conciliacionesApi.importMapped({
        fileId: a.fileId,
        mapping: a.mapping,
        counterpartyId: Number(counterparty),
        statementDate: date ?? todayIso(),
        defaultPrefix: prefix.trim(),
        ...(a.saveMappingAs ? { saveMappingAs: a.saveMappingAs } : {}),
        jobId: a.jobId,
      }),
    onImported: (r) => {
      const v = (r as ConciliationImportResult).conciliation;
      if (v) done(v);
    },
  });
  const running = w.job.state !== null;
  const close = () => {
    if (!running) onClose();
  };

  async function save() {
    const errs: FieldErrors = {};
    if (!counterparty) errs.counterpartyId = 'Elija la entidad deudora.';
    if (!date) errs.statementDate = 'Indique la fecha del estado de cartera.';
    if (!file) errs.file = 'Elija el archivo del estado de cartera.';
    setErrors(errs);
    if (!counterparty || !date || !file) return;
    if (mapped) {
      // Staged and inspected: the next step shows the columns (or w.error says why the file was not read).
      await w.pickFile(file);
      return;
    }
    setSaving(true);
    try {
      done(
        await conciliacionesApi.import({
          counterpartyId: Number(counterparty),
          statementDate: date,
          file: { fileName: file.fileName, dataBase64: file.dataBase64 },
          defaultPrefix: prefix.trim(),
        }),
      );
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      // Headers it does not know (statement-csv refuses on line 1): offer the column mapping.
      if (isCsv(file) && err instanceof Error && err.message.startsWith('Línea 1:')) setAssign(true);
    } finally {
      setSaving(false);
    }
  }

  const debtor = cps.options.find((o) => o.value === counterparty)?.label ?? '';
  const statement = [
    debtor,
    date ? `estado al ${formatDate(date)}` : '',
    prefix.trim() ? `prefijo ${prefix.trim()}` : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <Modal
        opened
        onClose={close}
        closeOnEscape={!running}
        closeOnClickOutside={w.step === 'archivo'}
        title="Importar estado de cartera del deudor"
        size={w.step === 'archivo' ? 'lg' : 1000}
        data-testid="conciliacion-import-dialog"
      >
        {w.step === 'archivo' && (
          <SubmitForm onSubmit={save}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                El archivo de la Circular 030 (.txt) de la entidad; un .csv con encabezados factura y saldo
                (obligatorios) y valor, pagado, glosa, estado glosa, devuelta y radicada (si los tiene); o cualquier
                hoja de Excel (.xlsx) o .csv, eligiendo luego qué columna es cada dato.
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
                acceptLabel="TXT de la Circular 030, CSV o Excel (.xlsx)"
                maxBytes={MAX_SCAN_BYTES}
                busy={w.busy === 'leyendo'}
                onFiles={(files) => {
                  if (!files[0]) return;
                  setFile(files[0]);
                  setAssign(false);
                  setErrors(({ file: _f, _form: _x, ...rest }) => rest);
                  w.setError(null);
                }}
                onReject={(msgs) => setErrors((e) => ({ ...e, file: msgs.join(' ') }))}
                title={w.busy === 'leyendo' ? 'Leyendo el archivo…' : file ? file.fileName : undefined}
                testId="conciliacion-file"
              />
              {isXlsx(file) && (
                <Text size="sm" c="dimmed" data-testid="conciliacion-mapped-hint">
                  Hoja de Excel: en el paso siguiente elija qué columna es cada dato (número de factura, saldo…).
                </Text>
              )}
              {isCsv(file) && (
                <Checkbox
                  label="Asignar las columnas (el archivo tiene otros encabezados)"
                  checked={assign}
                  onChange={(e) => setAssign(e.currentTarget.checked)}
                  data-testid="conciliacion-assign-columns"
                />
              )}
              {errors.file && (
                <Alert color="red" py={6}>
                  {errors.file}
                </Alert>
              )}
              {w.error && (
                <Alert
                  color="red"
                  icon={<IconAlertTriangle size={16} />}
                  title="No se pudo leer el archivo"
                  data-testid="import-file-error"
                >
                  {w.error}
                </Alert>
              )}
              <DialogFooter
                error={errors._form}
                saving={saving || w.busy === 'leyendo'}
                onCancel={close}
                submitLabel={mapped ? 'Continuar: asignar columnas' : 'Importar y clasificar'}
                submitIcon={mapped ? <IconColumns size={16} /> : <IconFileImport size={16} />}
              />
            </Stack>
          </SubmitForm>
        )}
        {w.step === 'columnas' && (
          <Stack gap="sm">
            <Text size="sm" data-testid="conciliacion-mapped-statement">
              {statement}
            </Text>
            <MappingStep w={w} onCancel={close} />
          </Stack>
        )}
        {w.step === 'resultado' && w.result && w.result.status === 'rechazado' && (
          <RejectedResult
            r={w.result}
            fileName={w.staged?.fileName ?? ''}
            onColumns={w.backToColumns}
            onOtherFile={w.otherFile}
            onClose={close}
          />
        )}
      </Modal>
      <JobProgressModal job={w.job} />
    </>
  );
}
