import { Autocomplete, Grid, Input, SegmentedControl, Text, TextInput, Textarea } from '@mantine/core';
import { IconInbox, IconLink, IconSend } from '@tabler/icons-react';
import type { BitacoraFields } from '../../../shared/api/types';
import { DateField } from '../../components/DateField';
import type { FieldErrors } from '../../lib/form';
import { DOC_KIND_SUGGESTIONS } from './labels';
import type { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';

type Cps = ReturnType<typeof useCounterpartyOptions>;
export type SetField = <K extends keyof BitacoraFields>(key: K, value: BitacoraFields[K]) => void;

export const EMPTY_FIELDS: BitacoraFields = {
  direction: 'recibido',
  asunto: '',
  documentNumber: '',
  documentDate: null,
  addressedTo: '',
  entity: '',
  counterpartyId: null,
  fromParty: '',
  deliveredBy: '',
  deliveryDate: null,
  origin: '',
  folder: '',
  observations: '',
  caseRef: '',
  docKind: '',
};

/** Just the fields of an entry (a BitacoraRow/Detail carries more). */
export function pickFields(f: BitacoraFields): BitacoraFields {
  const out = { ...EMPTY_FIELDS };
  for (const k of Object.keys(EMPTY_FIELDS) as (keyof BitacoraFields)[]) (out as Record<string, unknown>)[k] = f[k];
  return out;
}

export function DirectionControl({
  value,
  onChange,
}: {
  value: BitacoraFields['direction'];
  onChange(v: BitacoraFields['direction']): void;
}) {
  return (
    <div>
      <Input.Label display="block" mb={1}>
        El documento se
      </Input.Label>
      <SegmentedControl
        fullWidth
        value={value}
        onChange={(v) => onChange(v as BitacoraFields['direction'])}
        data={[
          { value: 'recibido', label: <Label icon={<IconInbox size={15} />} text="Recibió (llegó a la oficina)" /> },
          { value: 'enviado', label: <Label icon={<IconSend size={15} />} text="Envió (salió de la oficina)" /> },
        ]}
        data-testid="direction"
      />
    </div>
  );
}

function Label({ icon, text }: { icon: React.ReactNode; text: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, justifyContent: 'center' }}>
      {icon}
      <span>{text}</span>
    </span>
  );
}

/**
 * The fields of the paper register, in its layout:
 * Volante | Asunto / Docto. / Fecha / Dirigido a | Estado / De parte de | Entregó | Fecha.
 */
export function MainFields({
  values,
  set,
  errors,
  cps,
  volante,
}: {
  values: BitacoraFields;
  set: SetField;
  errors: FieldErrors;
  cps: Cps;
  volante: string | null;
}) {
  const received = values.direction === 'recibido';
  const linked = values.counterpartyId !== null ? cps.nameById.get(values.counterpartyId) : undefined;
  const entityNames = cps.rows.map((r) => r.name);

  function setEntity(text: string) {
    set('entity', text);
    const t = text.trim().toLocaleLowerCase('es');
    const match = cps.rows.find(
      (r) =>
        r.name.toLocaleLowerCase('es') === t ||
        (r.abbreviation && `${r.name} (${r.abbreviation})`.toLocaleLowerCase('es') === t),
    );
    set('counterpartyId', match ? match.id : null);
  }

  return (
    <Grid gap="sm">
      <Grid.Col span={3}>
        <TextInput
          label="Volante"
          value={volante ?? ''}
          placeholder="Automático"
          title="El volante se asigna al guardar: consecutivo del año"
          readOnly
          variant="filled"
          name="volante"
          styles={{ input: { fontWeight: 600 } }}
          tabIndex={-1}
        />
      </Grid.Col>
      <Grid.Col span={9}>
        <TextInput
          label="Asunto"
          required
          placeholder={
            received ? 'Ej.: Solicitud de pago de facturas de portabilidad 2025' : 'Ej.: Envío de facturas para su pago'
          }
          value={values.asunto}
          onChange={(e) => set('asunto', e.currentTarget.value)}
          error={errors.asunto}
          name="asunto"
          maxLength={500}
          data-autofocus
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label="Docto. (número)"
          placeholder="Ej.: OF/SSNL/0412/2026"
          value={values.documentNumber}
          onChange={(e) => set('documentNumber', e.currentTarget.value)}
          error={errors.documentNumber}
          name="documentNumber"
          maxLength={100}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <DateField
          label="Fecha del documento"
          value={values.documentDate}
          onChange={(v) => set('documentDate', v)}
          error={errors.documentDate}
          name="documentDate"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Autocomplete
          label="Tipo de documento"
          placeholder="Oficio, memorándum, factura…"
          data={DOC_KIND_SUGGESTIONS}
          value={values.docKind}
          onChange={(v) => set('docKind', v)}
          error={errors.docKind}
          name="docKind"
          maxLength={100}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Dirigido a"
          placeholder={received ? 'Persona o área de la institución' : 'Destinatario (nombre y cargo)'}
          value={values.addressedTo}
          onChange={(e) => set('addressedTo', e.currentTarget.value)}
          error={errors.addressedTo}
          name="addressedTo"
          maxLength={300}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Autocomplete
          label="Estado / entidad"
          placeholder={cps.loading ? 'Cargando entidades…' : 'Escriba o elija del catálogo'}
          data={entityNames}
          limit={12}
          value={values.entity}
          onChange={setEntity}
          error={errors.entity ?? errors.counterpartyId}
          name="entity"
          maxLength={300}
          rightSection={
            linked ? (
              <IconLink size={15} color="var(--mantine-color-teal-7)" aria-label="Vinculada al catálogo" />
            ) : undefined
          }
          description={
            linked ? (
              <Text span size="xs" c="teal.8">
                Vinculada a la entidad del catálogo
              </Text>
            ) : undefined
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          comboboxProps={{ position: 'bottom-start' }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput
          label="De parte de"
          placeholder={received ? 'Quién firma o remite' : 'Quién firma (área o servidor público)'}
          value={values.fromParty}
          onChange={(e) => set('fromParty', e.currentTarget.value)}
          error={errors.fromParty}
          name="fromParty"
          maxLength={300}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label="Entregó"
          placeholder={received ? 'Quién lo trajo (mensajería, persona)' : 'Quién lo llevó o lo recibió'}
          value={values.deliveredBy}
          onChange={(e) => set('deliveredBy', e.currentTarget.value)}
          error={errors.deliveredBy}
          name="deliveredBy"
          maxLength={200}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <DateField
          label={received ? 'Fecha de recepción' : 'Fecha de entrega / acuse'}
          value={values.deliveryDate}
          onChange={(v) => set('deliveryDate', v)}
          error={errors.deliveryDate}
          name="deliveryDate"
        />
      </Grid.Col>
    </Grid>
  );
}

export function ExtraFields({ values, set, errors }: { values: BitacoraFields; set: SetField; errors: FieldErrors }) {
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Lugar de procedencia"
          placeholder="Ej.: Monterrey, N.L."
          value={values.origin}
          onChange={(e) => set('origin', e.currentTarget.value)}
          error={errors.origin}
          name="origin"
          maxLength={300}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <TextInput
          label="Carpeta física"
          placeholder="Ej.: NL-2026 / 03"
          value={values.folder}
          onChange={(e) => set('folder', e.currentTarget.value)}
          error={errors.folder}
          name="folder"
          maxLength={200}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <TextInput
          label="Caso / expediente"
          placeholder="Folio del caso"
          value={values.caseRef}
          onChange={(e) => set('caseRef', e.currentTarget.value)}
          error={errors.caseRef}
          name="caseRef"
          maxLength={100}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label="Observaciones"
          placeholder="Anexos, instrucciones, seguimiento…"
          autosize
          minRows={2}
          maxRows={6}
          value={values.observations}
          onChange={(e) => set('observations', e.currentTarget.value)}
          error={errors.observations}
          name="observations"
          maxLength={4000}
        />
      </Grid.Col>
    </Grid>
  );
}
