import { Alert, Box, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { bitacoraFieldsInput } from '../../../shared/api/bitacora';
import { MAX_SCAN_BYTES } from '../../../shared/api/schemas';
import type { BitacoraFields } from '../../../shared/api/types';
import { FileDropZone } from '../../components/FileDropZone';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, issuesToErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { navigate } from '../../lib/router';
import { bitacoraApi } from './api';
import { DirectionControl, EMPTY_FIELDS, ExtraFields, MainFields } from './FieldsEditor';
import { preventEnterSubmit, SCAN_TYPES, SCAN_TYPES_LABEL } from './labels';
import { PendingScans, type PendingScan } from './PendingScans';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { SubmitForm } from '../../components/SubmitForm';

const MAX_SCANS = 10;

let seq = 0;

/** '#/bitacora/nuevo': a paper document that arrived (default) or left the office. */
export function BitacoraForm() {
  const cps = useCounterpartyOptions();
  const [values, setValues] = useState<BitacoraFields>(() => ({ ...EMPTY_FIELDS, deliveryDate: todayIso() }));
  const [scans, setScans] = useState<PendingScan[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof BitacoraFields>(key: K, value: BitacoraFields[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _d, _form: _f, ...rest }) => rest);
  };

  // Received paper gets today as its date of receipt; a sent one has no acuse yet.
  const [autoDelivery, setAutoDelivery] = useState(true);
  function setDirection(direction: BitacoraFields['direction']) {
    set('direction', direction);
    if (autoDelivery) set('deliveryDate', direction === 'recibido' ? todayIso() : null);
  }

  function addScans(files: Omit<PendingScan, 'key'>[]) {
    setErrors(({ _form: _f, ...rest }) => rest);
    const room = Math.max(0, MAX_SCANS - scans.length);
    if (files.length > room)
      notifyError(
        `Como máximo ${MAX_SCANS} escaneos a la vez; agregue los demás desde el registro ya guardado.`,
        'Demasiados archivos',
      );
    const added = files.slice(0, room).map((f) => ({ ...f, key: `s${++seq}` }));
    setScans((cur) => [...cur, ...added]);
  }

  async function save() {
    const candidate = { ...values, scans: [] };
    const r = bitacoraFieldsInput.safeParse(candidate);
    if (!r.success) {
      setErrors(issuesToErrors(r.error.issues));
      return;
    }
    setSaving(true);
    setScans((cur) => cur.map(({ error: _e, ...s }) => s));
    try {
      const created = await bitacoraApi.create({
        ...r.data,
        scans: scans.map((s) => ({ fileName: s.fileName, dataBase64: s.dataBase64 })),
      });
      notifySuccess(`Registro guardado con el volante ${created.volante}.`, 'Bitácora');
      navigate(`/bitacora/${created.id}`, { replace: true });
    } catch (err) {
      const fe = apiErrorToFieldErrors(err);
      // A refused scan ('scans.1.dataBase64', or a message naming it) is shown on that file.
      const scanErrors = Object.entries(fe).filter(([k]) => k.startsWith('scans.'));
      const named = fe._form ? /«([^»]+)»/.exec(fe._form)?.[1] : undefined;
      if (scanErrors.length > 0 || named) {
        setScans((cur) =>
          cur.map((s, i) => {
            const hit = scanErrors.find(([k]) => k === `scans.${i}` || k.startsWith(`scans.${i}.`));
            if (hit) return { ...s, error: hit[1] };
            return named && s.fileName.trim() === named.trim() ? { ...s, error: fe._form } : s;
          }),
        );
      }
      setErrors(fe);
      notifyError(err, 'No se guardó el registro');
      setSaving(false);
    }
  }

  const formError = errors._form ?? Object.entries(errors).find(([k]) => k.startsWith('scans'))?.[1];

  return (
    <Box maw={1180}>
      <PageHeader
        title="Nuevo registro de bitácora"
        subtitle="Documento en papel que llega o sale de la oficina. El volante se asigna al guardar; después el registro no se modifica: se corrige con enmiendas."
        crumbs={[{ label: 'Bitácora', to: '/bitacora' }, { label: 'Nuevo registro' }]}
      />
      <SubmitForm onSubmit={save} onKeyDown={preventEnterSubmit}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Section title="Datos del registro" description="Los mismos campos de la bitácora en papel.">
              <Stack gap="sm">
                <DirectionControl value={values.direction} onChange={setDirection} />
                <MainFields
                  values={values}
                  set={(k, v) => {
                    if (k === 'deliveryDate') setAutoDelivery(false);
                    set(k, v);
                  }}
                  errors={errors}
                  cps={cps}
                  volante={null}
                />
              </Stack>
            </Section>
            <Section title="Datos adicionales">
              <ExtraFields values={values} set={set} errors={errors} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Section
              title="Escaneos"
              description={`Opcional. Hasta ${MAX_SCANS} archivos; también puede agregarlos después.`}
            >
              <Stack gap="sm">
                <FileDropZone
                  accept={SCAN_TYPES}
                  acceptLabel={SCAN_TYPES_LABEL}
                  maxBytes={MAX_SCAN_BYTES}
                  multiple
                  disabled={saving || scans.length >= MAX_SCANS}
                  onFiles={addScans}
                  onReject={(msgs) => notifyError(msgs.join(' '), 'Archivo no agregado')}
                  testId="scan-drop"
                />
                <PendingScans
                  scans={scans}
                  onRemove={(key) => {
                    setScans((cur) => cur.filter((s) => s.key !== key));
                    // The refusal was about the files: the form may be sent again.
                    setErrors((e) =>
                      Object.fromEntries(Object.entries(e).filter(([k]) => k !== '_form' && !k.startsWith('scans'))),
                    );
                  }}
                  disabled={saving}
                />
                <Text size="xs" c="dimmed">
                  El sistema verifica el contenido de cada archivo (no solo su nombre) y guarda su huella SHA-256.
                </Text>
              </Stack>
            </Section>
          </Grid.Col>
        </Grid>
        {formError && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} />}
            mb="md"
            title="No se guardó el registro"
            data-testid="form-error"
          >
            {formError}
          </Alert>
        )}
        <Paper withBorder radius="md" p="sm" className="save-bar">
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => navigate('/bitacora')} disabled={saving}>
              Cancelar
            </Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving}>
              Guardar registro
            </Button>
          </Group>
        </Paper>
      </SubmitForm>
    </Box>
  );
}
