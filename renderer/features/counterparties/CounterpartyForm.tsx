import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Contact } from '../../../shared/api/types';
import type { CounterpartyKind, NaturalezaJuridica } from '../../../shared/domain/catalogs';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, useForm } from '../../lib/form';
import { navigate } from '../../lib/router';
import { useProfile } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';
import { counterpartiesApi } from './api';
import {
  draftFromCounterparty,
  draftToInput,
  emptyCounterparty,
  kindsFor,
  NATURALEZA_OPTIONS,
  validateCounterparty,
  type CounterpartyDraft,
} from './model';
import { SubmitForm } from '../../components/SubmitForm';

/** Create (id undefined) or edit an entidad. */
export function CounterpartyFormScreen({ id }: { id?: number }) {
  const q = useQuery({ ...apiQuery('counterparties.get', { id: id ?? 0 }), enabled: id !== undefined });
  if (id && q.error) return <ErrorState error={q.error} onRetry={q.refetch} />;
  if (id && !q.data) return <LoadingBlock />;
  return (
    <CounterpartyForm
      key={id ?? 'new'}
      id={id}
      initial={q.data ? draftFromCounterparty(q.data) : undefined}
      inegiCode={q.data?.inegiCode ?? null}
    />
  );
}

function CounterpartyForm({
  id,
  initial,
  inegiCode,
}: {
  id?: number;
  initial?: CounterpartyDraft;
  inegiCode: string | null;
}) {
  const profile = useProfile();
  const mx = profile === 'MX';
  const form = useForm<CounterpartyDraft>(() => initial ?? emptyCounterparty(profile));
  const { values: v, errors, set } = form;
  const [saving, setSaving] = useState(false);
  const editing = id !== undefined;

  useEffect(() => {
    document.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, []);

  async function save() {
    const errs = validateCounterparty(v);
    form.setErrors(errs);
    if (Object.keys(errs).length > 0) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    try {
      const input = draftToInput(v);
      const saved = editing ? await counterpartiesApi.update({ ...input, id }) : await counterpartiesApi.create(input);
      notifySuccess(editing ? `Se guardaron los cambios de ${saved.name}.` : `Entidad ${saved.name} registrada.`);
      navigate(`/cartera/entidades/${saved.id}`, { replace: true });
    } catch (err) {
      form.setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se guardó la entidad');
      setSaving(false);
    }
  }

  const setContact = (i: number, patch: Partial<Contact>) =>
    set(
      'contacts',
      v.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    );
  const kinds = kindsFor(profile);
  const kindOptions =
    v.kind && !kinds.some((k) => k.value === v.kind) ? [...kinds, { value: v.kind, label: v.kind }] : kinds;

  return (
    <Box maw={1180}>
      <PageHeader
        title={editing ? `Editar: ${initial?.name ?? ''}` : 'Nueva entidad'}
        subtitle={
          editing
            ? 'Los cambios no afectan los movimientos ya registrados.'
            : 'Los campos con * son obligatorios; lo demás puede completarse después.'
        }
        crumbs={[
          { label: 'Cartera', to: '/cartera/facturas' },
          { label: 'Entidades', to: '/cartera/entidades' },
          ...(editing
            ? [{ label: initial?.name ?? '', to: `/cartera/entidades/${id}` }, { label: 'Editar' }]
            : [{ label: 'Nueva' }]),
        ]}
      />
      <SubmitForm onSubmit={save}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Section title="Identificación">
              <Stack gap="sm">
                <SimpleGrid cols={2} spacing="sm">
                  <Select
                    label="Tipo"
                    required
                    data={kindOptions.map((k) => ({ value: k.value, label: k.label }))}
                    value={v.kind}
                    onChange={(val) => set('kind', val as CounterpartyKind | null)}
                    error={errors.kind}
                    allowDeselect={false}
                    name="kind"
                    readOnly={Boolean(inegiCode)}
                    variant={inegiCode ? 'filled' : 'default'}
                  />
                  {mx && inegiCode ? (
                    <TextInput label="Clave INEGI" value={inegiCode} readOnly variant="filled" />
                  ) : (
                    <div />
                  )}
                </SimpleGrid>
                <TextInput
                  label="Nombre"
                  required
                  placeholder={mx ? 'Servicios de Salud de …' : 'Nueva EPS S.A.'}
                  {...form.text('name')}
                  name="name"
                  // The INEGI catalog fixes a state's kind and official name.
                  readOnly={Boolean(inegiCode)}
                  variant={inegiCode ? 'filled' : 'default'}
                  description={inegiCode ? 'Nombre oficial del catálogo INEGI' : undefined}
                />
                <SimpleGrid cols={3} spacing="sm">
                  <TextInput label="Nombre corto" {...form.text('shortName')} name="shortName" />
                  <TextInput
                    label={mx ? 'Abreviatura' : 'Sigla'}
                    placeholder={mx ? 'JAL' : 'NEPS'}
                    {...form.text('abbreviation')}
                    name="abbreviation"
                  />
                  <TextInput
                    label={mx ? 'RFC' : 'NIT'}
                    placeholder={mx ? 'XAXX010101000' : '900.156.264-2'}
                    {...form.text('taxId')}
                    name="taxId"
                  />
                </SimpleGrid>
                {!mx || v.naturalezaJuridica ? (
                  <Select
                    label="Naturaleza jurídica"
                    description="Para la clasificación de la cartera ante el comité."
                    placeholder="Elija…"
                    data={NATURALEZA_OPTIONS}
                    value={v.naturalezaJuridica}
                    onChange={(val) => set('naturalezaJuridica', val as NaturalezaJuridica | null)}
                    error={errors.naturalezaJuridica}
                    clearable
                    name="naturalezaJuridica"
                  />
                ) : null}
              </Stack>
            </Section>
            <Section title="Destinatario de los oficios" description="A quién se dirigen los oficios de cobro y pago.">
              <Stack gap="sm">
                <Grid gap="sm">
                  <Grid.Col span={3}>
                    <TextInput
                      label="Título"
                      placeholder={mx ? 'Lic.' : 'Dr.'}
                      {...form.text('addresseeTitle')}
                      name="addresseeTitle"
                    />
                  </Grid.Col>
                  <Grid.Col span={9}>
                    <TextInput
                      label="Nombre"
                      placeholder="Nombre completo"
                      {...form.text('addresseeName')}
                      name="addresseeName"
                    />
                  </Grid.Col>
                </Grid>
                <TextInput
                  label="Cargo"
                  placeholder={mx ? 'Director General del Régimen Estatal' : 'Gerente'}
                  {...form.text('addresseePosition')}
                  name="addresseePosition"
                />
              </Stack>
            </Section>
            <Section title="Domicilio y contacto">
              <Stack gap="sm">
                <TextInput label="Calle y número" {...form.text('street')} name="street" />
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput label={mx ? 'Colonia' : 'Barrio'} {...form.text('colony')} name="colony" />
                  <TextInput label="Código postal" {...form.text('postalCode')} name="postalCode" />
                </SimpleGrid>
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput label={mx ? 'Ciudad o municipio' : 'Municipio'} {...form.text('city')} name="city" />
                  <TextInput label={mx ? 'Estado' : 'Departamento'} {...form.text('stateName')} name="stateName" />
                </SimpleGrid>
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput label="Teléfono" {...form.text('phone')} name="phone" />
                  <TextInput label="Correo electrónico" type="email" {...form.text('email')} name="email" />
                </SimpleGrid>
              </Stack>
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Section
              title="Contactos"
              description="Personas con las que se concilia o se da seguimiento."
              actions={
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  disabled={v.contacts.length >= 20}
                  onClick={() => set('contacts', [...v.contacts, { name: '', position: '', phone: '', email: '' }])}
                >
                  Agregar contacto
                </Button>
              }
            >
              {v.contacts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Sin contactos registrados.
                </Text>
              ) : (
                <Stack gap="xs">
                  {v.contacts.map((c, i) => (
                    <Paper key={i} withBorder p="xs" radius="sm" bg="gray.0">
                      <Group gap="xs" align="flex-start" wrap="nowrap">
                        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs" style={{ flex: 1 }}>
                          <TextInput
                            size="xs"
                            label="Nombre"
                            value={c.name}
                            error={errors[`contacts.${i}.name`]}
                            onChange={(e) => setContact(i, { name: e.currentTarget.value })}
                          />
                          <TextInput
                            size="xs"
                            label="Cargo"
                            value={c.position}
                            error={errors[`contacts.${i}.position`]}
                            onChange={(e) => setContact(i, { position: e.currentTarget.value })}
                          />
                          <TextInput
                            size="xs"
                            label="Teléfono"
                            value={c.phone}
                            error={errors[`contacts.${i}.phone`]}
                            onChange={(e) => setContact(i, { phone: e.currentTarget.value })}
                          />
                          <TextInput
                            size="xs"
                            label="Correo"
                            value={c.email}
                            error={errors[`contacts.${i}.email`]}
                            onChange={(e) => setContact(i, { email: e.currentTarget.value })}
                          />
                        </SimpleGrid>
                        <Tooltip label="Quitar contacto">
                          <ActionIcon
                            mt={22}
                            variant="subtle"
                            color="red"
                            aria-label="Quitar contacto"
                            onClick={() =>
                              set(
                                'contacts',
                                v.contacts.filter((_, j) => j !== i),
                              )
                            }
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              )}
            </Section>
            <Section
              title="Datos bancarios"
              description={
                mx ? 'Cuenta a la que se transfiere cuando se les paga.' : 'Cuenta para pagos y devoluciones.'
              }
            >
              <Stack gap="sm">
                <TextInput label="Denominación (titular)" {...form.text('bankDenomination')} name="bankDenomination" />
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput label="Banco" {...form.text('bankName')} name="bankName" />
                  <TextInput label="Número de cuenta" {...form.text('bankAccount')} name="bankAccount" />
                </SimpleGrid>
                {mx && (
                  <TextInput label="CLABE" description="18 dígitos" {...form.text('bankClabe')} name="bankClabe" />
                )}
              </Stack>
            </Section>
            <Section title="Situación">
              <Stack gap="xs">
                <Checkbox label="Intervenida por el supervisor" {...form.check('intervenida')} />
                <Checkbox
                  label="En liquidación"
                  description="Su cartera se clasifica en riesgo alto."
                  {...form.check('enLiquidacion')}
                />
                <Checkbox
                  label="Reportada en el BDME (Boletín de Deudores Morosos del Estado)"
                  {...form.check('bdme')}
                />
                <Switch
                  mt="xs"
                  label="Entidad activa"
                  description="Las inactivas no aparecen al registrar facturas."
                  {...form.check('active')}
                />
              </Stack>
            </Section>
            <Section title="Notas">
              <Textarea
                autosize
                minRows={3}
                maxRows={8}
                placeholder="Acuerdos verbales, horarios de atención, observaciones…"
                {...form.text('notes')}
                name="notes"
              />
            </Section>
          </Grid.Col>
        </Grid>
        {errors._form && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} mb="md">
            {errors._form}
          </Alert>
        )}
        <Paper withBorder radius="md" p="sm" className="save-bar">
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              onClick={() => navigate(editing ? `/cartera/entidades/${id}` : '/cartera/entidades')}
              disabled={saving}
            >
              Cancelar
            </Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving}>
              {editing ? 'Guardar cambios' : 'Registrar entidad'}
            </Button>
          </Group>
        </Paper>
      </SubmitForm>
    </Box>
  );
}
