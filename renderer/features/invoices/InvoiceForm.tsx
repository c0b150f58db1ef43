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
import { IconAlertTriangle, IconCalendarMonth, IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Direction } from '../../../shared/api/types';
import {
  NATURALEZA_OBLIGACION,
  NATURALEZA_OBLIGACION_DEFAULT,
  type NaturalezaObligacion,
} from '../../../shared/domain/catalogs';
import { DateField } from '../../components/DateField';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { useIdempotencyKey } from '../../lib/idempotency';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { navigate, useLocation } from '../../lib/router';
import { useLocale, useSession } from '../../lib/session';
import { invoicesApi } from './api';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { SubmitForm } from '../../components/SubmitForm';

function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10));
  const dt = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return dt.toISOString().slice(0, 10);
}

export function InvoiceForm() {
  const { query } = useLocation();
  const locale = useLocale();
  const termDays = useSession((s) => s.settings?.institution?.defaultPaymentTermDays ?? 30);
  const cps = useCounterpartyOptions();
  const [counterpartyId, setCounterpartyId] = useState<string | null>(query.entidad ?? null);
  const [direction, setDirection] = useState<Direction>('receivable');
  const [number, setNumber] = useState('');
  const [concept, setConcept] = useState('');
  const [period, setPeriod] = useState<string | null>(null);
  const [issueDate, setIssueDate] = useState<string | null>(todayIso());
  const [radicacionDate, setRadicacionDate] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [naturaleza, setNaturaleza] = useState<NaturalezaObligacion>(NATURALEZA_OBLIGACION_DEFAULT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  // A retry of the same data re-sends the same key: never registered twice.
  const idem = useIdempotencyKey();

  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  const defaultDue = issueDate ? addDaysIso(radicacionDate ?? issueDate, termDays) : null;

  async function save() {
    const errs: FieldErrors = {};
    if (!counterpartyId) errs.counterpartyId = 'Elija la entidad';
    if (!number.trim()) errs.number = 'El número de factura es obligatorio';
    if (!issueDate) errs.issueDate = 'Indique la fecha de expedición';
    if (issueDate && radicacionDate && radicacionDate < issueDate)
      errs.radicacionDate = 'La radicación no puede ser anterior a la expedición';
    if (issueDate && dueDate && dueDate < issueDate)
      errs.dueDate = 'El vencimiento no puede ser anterior a la expedición';
    const parsed = parseAmount(amount, locale, { required: true, positive: true });
    if (parsed.error) errs.amountCents = parsed.error;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || parsed.cents === null || !issueDate || !counterpartyId) return;
    setSaving(true);
    try {
      const payload = {
        counterpartyId: Number.parseInt(counterpartyId, 10),
        direction,
        number: number.trim(),
        concept: concept.trim(),
        period: period ? period.slice(0, 7) : null,
        issueDate,
        radicacionDate,
        dueDate,
        amountCents: parsed.cents,
        naturaleza,
      };
      const created = await invoicesApi.create({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      notifySuccess(
        created.replayed
          ? `La factura ${created.invoice.number} ya estaba registrada.`
          : `Factura ${created.invoice.number} registrada.`,
      );
      navigate(`/cartera/facturas/${created.invoice.id}`, { replace: true });
    } catch (err) {
      const fe = apiErrorToFieldErrors(err);
      // A duplicate number is about the number field.
      if (fe._form && /numero-duplicado/.test((err as { code?: string }).code ?? '')) {
        fe.number = fe._form;
        delete fe._form;
      }
      setErrors(fe);
      notifyError(err, 'No se registró la factura');
      setSaving(false);
    }
  }

  return (
    <Box maw={1080}>
      <PageHeader
        title="Nueva factura"
        subtitle="Se registra junto con su cargo en el libro mayor. Una factura registrada no se modifica: se corrige con reversiones o notas."
        crumbs={[{ label: 'Cartera' }, { label: 'Facturas', to: '/cartera/facturas' }, { label: 'Nueva' }]}
      />
      <SubmitForm onSubmit={save}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Section title="Documento">
              <Stack gap="sm">
                <div>
                  <Input.Label display="block" mb={1}>
                    Tipo de cuenta
                  </Input.Label>
                  <SegmentedControl
                    fullWidth
                    value={direction}
                    onChange={(v) => setDirection(v as Direction)}
                    data={[
                      { value: 'receivable', label: 'Por cobrar (somos acreedores)' },
                      { value: 'payable', label: 'Por pagar (somos deudores)' },
                    ]}
                    data-testid="direction"
                  />
                </div>
                <Select
                  label="Entidad"
                  required
                  placeholder={cps.loading ? 'Cargando entidades…' : 'Escriba para buscar'}
                  data={cps.options}
                  value={counterpartyId}
                  onChange={(v) => (setCounterpartyId(v), clear('counterpartyId'))}
                  searchable
                  nothingFoundMessage="Sin coincidencias"
                  error={errors.counterpartyId}
                  name="counterpartyId"
                />
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput
                    label="Número de factura"
                    required
                    placeholder="FAC-2025-0001"
                    value={number}
                    onChange={(e) => (setNumber(e.currentTarget.value), clear('number'))}
                    error={errors.number}
                    name="number"
                  />
                  <MonthPickerInput
                    label="Periodo del servicio"
                    placeholder="Mes y año"
                    valueFormat="MMMM [de] YYYY"
                    leftSection={<IconCalendarMonth size={16} stroke={1.6} />}
                    clearable
                    value={period}
                    onChange={(v) => (setPeriod(v), clear('period'))}
                    error={errors.period}
                    name="period"
                  />
                </SimpleGrid>
                <Textarea
                  label="Concepto"
                  placeholder="Atención a pacientes afiliados en … (hoja de cálculo, periodo)"
                  autosize
                  minRows={2}
                  maxRows={5}
                  value={concept}
                  onChange={(e) => (setConcept(e.currentTarget.value), clear('concept'))}
                  error={errors.concept}
                  name="concept"
                />
                <Select
                  label="Naturaleza de la obligación"
                  description="De qué nace la deuda; los informes del comité clasifican por ella."
                  data={NATURALEZA_OBLIGACION.map((n) => ({ value: n.value, label: n.label }))}
                  value={naturaleza}
                  onChange={(v) => v && setNaturaleza(v as NaturalezaObligacion)}
                  allowDeselect={false}
                  name="naturaleza"
                />
              </Stack>
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Section title="Fechas e importe">
              <Stack gap="sm">
                <SimpleGrid cols={2} spacing="sm">
                  <DateField
                    label="Expedición"
                    required
                    value={issueDate}
                    onChange={(v) => (setIssueDate(v), clear('issueDate'))}
                    error={errors.issueDate}
                    name="issueDate"
                  />
                  <DateField
                    label="Radicación"
                    value={radicacionDate}
                    onChange={(v) => (setRadicacionDate(v), clear('radicacionDate'))}
                    error={errors.radicacionDate}
                    name="radicacionDate"
                  />
                </SimpleGrid>
                <DateField
                  label="Vencimiento"
                  value={dueDate}
                  onChange={(v) => (setDueDate(v), clear('dueDate'))}
                  error={errors.dueDate}
                  name="dueDate"
                  description={
                    defaultDue && !dueDate
                      ? `Si lo deja vacío: ${formatDate(defaultDue)} (${radicacionDate ? 'radicación' : 'expedición'} + ${termDays} días)`
                      : undefined
                  }
                />
                <MoneyInput
                  label="Importe original"
                  required
                  locale={locale}
                  value={amount}
                  onChange={(v) => (setAmount(v), clear('amountCents'))}
                  error={errors.amountCents}
                  name="amount"
                  styles={{ input: { fontWeight: 600 } }}
                />
                <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs">
                  <Text size="xs">
                    Escriba el importe como {locale === 'es-MX' ? '1,234,567.89' : '1.234.567,89'}; se guarda exacto, al
                    centavo.
                  </Text>
                </Alert>
              </Stack>
            </Section>
          </Grid.Col>
        </Grid>
        {errors._form && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} mb="md" title="No se registró la factura">
            {errors._form}
          </Alert>
        )}
        <Paper withBorder radius="md" p="sm" className="save-bar">
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => navigate('/cartera/facturas')} disabled={saving}>
              Cancelar
            </Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving}>
              Registrar factura
            </Button>
          </Group>
        </Paper>
      </SubmitForm>
    </Box>
  );
}
