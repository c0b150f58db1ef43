import {
  Alert,
  Box,
  Button,
  Grid,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import {
  IconAlertTriangle,
  IconArrowDownLeft,
  IconArrowUpRight,
  IconCalendarMonth,
  IconFolderPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseDirection } from '../../../shared/api/types';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { navigate, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { casesApi } from './api';
import { CaseInvoicePicker } from './CaseInvoicePicker';
import { SubmitForm } from '../../components/SubmitForm';

const PAPER_TEXT: Record<
  CaseDirection,
  { title: string; description: string; numero: string; deParteDe: string; deParteDePlaceholder: string }
> = {
  cobro: {
    title: 'Oficio de validación recibido',
    description:
      'La copia del oficio de validación médica enviado al estado deudor, con las hojas de cálculo y el listado nominal. Se registra en la bitácora.',
    numero: 'Número del oficio de validación',
    deParteDe: 'Lo envía',
    deParteDePlaceholder: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
  },
  pago: {
    title: 'Solicitud de pago recibida',
    description:
      'El memorándum que pide pagar a la entidad acreedora (hojas de cálculo, recibo fiscal, listados nominales, constancia de validación). Se registra en la bitácora.',
    numero: 'Número del memorándum',
    deParteDe: 'Lo envía',
    deParteDePlaceholder: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
  },
};

/** '#/portabilidad/casos/nuevo': opens a cobro or pago case with its entidad, invoices, periods and the paper that starts it. */
export function CaseOpenForm() {
  const { query } = useLocation();
  const cps = useCounterpartyOptions();
  const ownState = useSession((s) => s.settings?.institution?.ownStateCode ?? null);
  const initialCp = query.entidad && /^\d+$/.test(query.entidad) ? query.entidad : null;
  const [direction, setDirection] = useState<CaseDirection>(query.direccion === 'pago' ? 'pago' : 'cobro');
  const [counterparty, setCounterparty] = useState<string | null>(initialCp);
  const [invoiceIds, setInvoiceIds] = useState<number[]>([]);
  const [periodFrom, setPeriodFrom] = useState<string | null>(null);
  const [periodTo, setPeriodTo] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [date, setDate] = useState<string | null>(todayIso());
  const [numero, setNumero] = useState('');
  const [fecha, setFecha] = useState<string | null>(null);
  const [deParteDe, setDeParteDe] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);

  // The other 31 states (cases are between entidades federativas); any entidad if the catalogue has none.
  const states = cps.rows.filter(
    (r) => r.kind === 'entidad_federativa' && (ownState === null || r.inegiCode !== ownState),
  );
  const options = (states.length > 0 ? states : cps.rows).map((r) => ({
    value: String(r.id),
    label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name,
  }));
  const counterpartyId = counterparty ? Number.parseInt(counterparty, 10) : null;
  const paper = PAPER_TEXT[direction];

  async function save() {
    const errs: FieldErrors = {};
    if (!counterpartyId)
      errs.counterpartyId = direction === 'cobro' ? 'Elija el estado deudor' : 'Elija el estado acreedor';
    if (!date) errs.date = 'Indique la fecha en que se recibió';
    const pf = periodFrom ? periodFrom.slice(0, 7) : null;
    const pt = periodTo ? periodTo.slice(0, 7) : null;
    if (pf && pt && pt < pf) errs.periodTo = 'El periodo final no puede ser anterior al inicial';
    if (numero.trim() && !fecha) errs['paper.fecha'] = 'Indique la fecha del documento';
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !counterpartyId || !date) return;
    setSaving(true);
    try {
      const c = await casesApi.open({
        direction,
        counterpartyId,
        invoiceIds,
        periodFrom: pf,
        periodTo: pt ?? pf,
        description: description.trim(),
        date,
        paper: { numero: numero.trim(), fecha, deParteDe: deParteDe.trim() },
      });
      notifySuccess(`Se abrió el caso ${c.folio} con ${c.counterpartyName}.`);
      navigate(`/portabilidad/casos/${c.id}`, { replace: true });
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se abrió el caso');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Box maw={1180}>
      <PageHeader
        title="Abrir caso"
        subtitle="Un expediente por entidad y sentido: lo que nos deben (cobro) o lo que debemos (pago) por un periodo."
        crumbs={[
          { label: 'Portabilidad 32x32', to: '/portabilidad' },
          { label: 'Casos', to: '/portabilidad/casos' },
          { label: 'Abrir caso' },
        ]}
      />
      <SubmitForm onSubmit={save}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Section title="Caso">
              <Stack gap="sm">
                <Input.Wrapper label="Tipo de caso" required>
                  <SegmentedControl
                    fullWidth
                    value={direction}
                    onChange={(v) => {
                      setDirection(v as CaseDirection);
                      setInvoiceIds([]);
                    }}
                    data={[
                      {
                        value: 'cobro',
                        label: (
                          <Group gap={6} wrap="nowrap" justify="center">
                            <IconArrowDownLeft size={15} color="var(--mantine-color-indigo-6)" />
                            <span>Cobro: somos acreedores</span>
                          </Group>
                        ),
                      },
                      {
                        value: 'pago',
                        label: (
                          <Group gap={6} wrap="nowrap" justify="center">
                            <IconArrowUpRight size={15} color="var(--mantine-color-orange-6)" />
                            <span>Pago: somos deudores</span>
                          </Group>
                        ),
                      },
                    ]}
                    data-testid="case-direction-input"
                  />
                </Input.Wrapper>
                <Select
                  label={direction === 'cobro' ? 'Estado deudor' : 'Estado acreedor'}
                  description={
                    direction === 'cobro'
                      ? 'La entidad federativa que atendimos y nos debe.'
                      : 'La entidad federativa que atendió a nuestros afiliados y a la que debemos.'
                  }
                  required
                  placeholder={cps.loading ? 'Cargando…' : 'Elija la entidad'}
                  data={options}
                  value={counterparty}
                  onChange={(v) => {
                    setCounterparty(v);
                    setInvoiceIds([]);
                    clear('counterpartyId');
                  }}
                  searchable
                  nothingFoundMessage="Sin coincidencias"
                  error={errors.counterpartyId}
                  name="counterpartyId"
                />
                <SimpleGrid cols={2} spacing="sm">
                  <MonthPickerInput
                    label="Periodo desde"
                    placeholder="Mes y año"
                    valueFormat="MMMM [de] YYYY"
                    leftSection={<IconCalendarMonth size={16} stroke={1.6} />}
                    clearable
                    value={periodFrom}
                    onChange={(v) => (setPeriodFrom(v), clear('periodFrom'))}
                    error={errors.periodFrom}
                    name="periodFrom"
                  />
                  <MonthPickerInput
                    label="Periodo hasta"
                    placeholder="Igual al inicial"
                    valueFormat="MMMM [de] YYYY"
                    leftSection={<IconCalendarMonth size={16} stroke={1.6} />}
                    clearable
                    value={periodTo}
                    onChange={(v) => (setPeriodTo(v), clear('periodTo'))}
                    error={errors.periodTo}
                    name="periodTo"
                  />
                </SimpleGrid>
                <Textarea
                  label="Descripción"
                  placeholder="Atenciones de portabilidad del periodo, hojas de cálculo HC-…"
                  autosize
                  minRows={2}
                  maxRows={5}
                  value={description}
                  onChange={(e) => (setDescription(e.currentTarget.value), clear('description'))}
                  error={errors.description}
                  name="description"
                />
              </Stack>
            </Section>
            <Section
              title="Facturas del caso"
              description="Opcional: las facturas que ampara el caso. Los saldos del caso se calculan de ellas."
              p="sm"
            >
              <CaseInvoicePicker
                counterpartyId={counterpartyId}
                direction={direction}
                selected={invoiceIds}
                onChange={setInvoiceIds}
                maxHeight={340}
              />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Section title={paper.title} description={paper.description}>
              <Stack gap="sm">
                <DateField
                  label="Fecha de recepción"
                  required
                  value={date}
                  onChange={(v) => (setDate(v), clear('date'))}
                  error={errors.date}
                  name="date"
                  maxDate={todayIso()}
                />
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput
                    label={paper.numero}
                    placeholder="DCGSSP/1234/2026"
                    value={numero}
                    onChange={(e) => (setNumero(e.currentTarget.value), clear('paper.numero'))}
                    error={errors['paper.numero']}
                    name="paper.numero"
                  />
                  <DateField
                    label="Fecha del documento"
                    value={fecha}
                    onChange={(v) => (setFecha(v), clear('paper.fecha'))}
                    error={errors['paper.fecha']}
                    name="paper.fecha"
                  />
                </SimpleGrid>
                <TextInput
                  label={paper.deParteDe}
                  placeholder={paper.deParteDePlaceholder}
                  value={deParteDe}
                  onChange={(e) => (setDeParteDe(e.currentTarget.value), clear('paper.deParteDe'))}
                  error={errors['paper.deParteDe']}
                  name="paper.deParteDe"
                />
              </Stack>
            </Section>
            <Paper withBorder radius="md" p="md" bg="gray.0">
              <Text size="sm" fw={600} mb={4}>
                Qué sigue
              </Text>
              <Text size="sm" c="dimmed">
                {direction === 'cobro'
                  ? 'El caso empieza en «Validación recibida». Desde su pantalla elaborará el requerimiento de pago, registrará la respuesta del deudor, pedirá y enviará la factura y seguirá los plazos de pago y de garantía.'
                  : 'El caso empieza en revisión. Desde su pantalla decidirá si la solicitud es procedente, pedirá el pago a Finanzas, registrará el comprobante y notificará a la entidad acreedora.'}
              </Text>
            </Paper>
          </Grid.Col>
        </Grid>
        {errors._form && (
          <Alert color="red" icon={<IconAlertTriangle size={16} />} mt="md">
            {errors._form}
          </Alert>
        )}
        <Paper withBorder radius="md" p="sm" mt="md" className="save-bar">
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => navigate('/portabilidad/casos')} disabled={saving}>
              Cancelar
            </Button>
            <Button
              type="submit"
              leftSection={<IconFolderPlus size={16} />}
              loading={saving}
              data-testid="case-open-submit"
            >
              Abrir caso
            </Button>
          </Group>
        </Paper>
      </SubmitForm>
    </Box>
  );
}
