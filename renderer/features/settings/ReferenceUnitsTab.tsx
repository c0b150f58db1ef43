// Configuración → Tablas: the yearly values of the reference units (UMA, salario mínimo, SMMLV) the thresholds use.
import {
  Alert,
  Box,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReferenceUnit, ReferenceUnitKind } from '../../../shared/api/types';
import { formatMoney } from '../../../shared/domain/money';
import {
  monthlyUnitCents,
  storesDailyValue,
  THRESHOLD_UNIT_LABEL,
  thresholdUnitKind,
  unitValidity,
} from '../../../shared/domain/reference-unit';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { Section } from '../../components/Section';
import { LoadingBlock } from '../../components/States';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { useLocale, useSession } from '../../lib/session';
import { todayIso } from '../../lib/today';
import { settingsApi } from './api';
import { REFERENCE_UNIT_LABELS, REFERENCE_UNIT_SHORT } from './model';

/** "01/02/2026 – 31/01/2027": the days a row of the table is in force. */
function vigencia(u: Pick<ReferenceUnit, 'validFrom' | 'validTo'>): string {
  return u.validFrom && u.validTo ? `${formatDate(u.validFrom)} – ${formatDate(u.validTo)}` : '—';
}

export function ReferenceUnitsTab() {
  const settings = useSession((s) => s.settings);
  const locale = useLocale();
  const profile = settings?.institution?.profile ?? 'MX';
  const kinds: ReferenceUnitKind[] = profile === 'CO' ? ['SMMLV'] : ['UMA', 'SM'];
  const [kind, setKind] = useState<ReferenceUnitKind>(settings?.institution?.referenceUnitKind ?? kinds[0]!);
  const [year, setYear] = useState<number | string>(Number(todayIso().slice(0, 4)));
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const units = settings?.referenceUnits ?? [];
  const shownKinds = [...new Set<ReferenceUnitKind>([...kinds, ...units.map((u) => u.kind)])];
  const inUse = settings?.institution
    ? thresholdUnitKind(settings.institution.profile, settings.institution.referenceUnitKind)
    : null;
  const daily = storesDailyValue(kind);
  const typedYear = typeof year === 'number' ? year : Number.parseInt(year, 10);
  const typed = parseAmount(amount, locale, { positive: true });

  async function save() {
    const errs: FieldErrors = {};
    const y = typedYear;
    if (!Number.isInteger(y) || y < 1990 || y > 2100) errs.year = 'Escriba un año entre 1990 y 2100.';
    const parsed = parseAmount(amount, locale, { required: true, positive: true });
    if (parsed.error) errs.valueCents = parsed.error;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || parsed.cents === null || !settings) return;
    setSaving(true);
    try {
      // An empty Fuente keeps the one on record (a year typed without clicking its row keeps its source).
      await settingsApi.setReferenceUnit({
        kind,
        year: y,
        valueCents: parsed.cents,
        ...(source.trim() ? { source } : {}),
      });
      notifySuccess(
        `Guardado el valor ${daily ? 'diario' : 'mensual'} de ${REFERENCE_UNIT_SHORT[kind]} ${y}: ${formatMoney(parsed.cents, locale)}.`,
      );
      setAmount('');
      setSource('');
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se guardó el valor');
    } finally {
      setSaving(false);
    }
  }

  function edit(u: ReferenceUnit) {
    setKind(u.kind);
    setYear(u.year);
    setAmount(formatMoney(u.valueCents, locale));
    setSource(u.source);
    setErrors({});
  }

  if (!settings) return <LoadingBlock />;
  const formValidity =
    Number.isInteger(typedYear) && typedYear >= 1990 && typedYear <= 2100 ? unitValidity(kind, typedYear) : null;
  const formMonthly = daily && typed.cents !== null && typed.cents > 0 ? monthlyUnitCents(kind, typed.cents) : null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" maw={1280}>
      <Stack gap={0}>
        {shownKinds.map((k) => {
          const rows = units.filter((u) => u.kind === k).sort((a, b) => b.year - a.year);
          const perDay = storesDailyValue(k);
          return (
            <Section
              key={k}
              title={REFERENCE_UNIT_LABELS[k]}
              description={`${k === inUse ? 'Unidad de los umbrales de la institución. ' : ''}${MONTHLY_RULE[k]} Haga clic en un año para corregir su valor.`}
              p="sm"
            >
              {rows.length === 0 ? (
                <Text size="sm" c="dimmed" py="xs">
                  Sin valores registrados. Agréguelos con el formulario «Agregar o corregir un año».
                </Text>
              ) : (
                <Table striped highlightOnHover verticalSpacing={6} data-testid={`ref-table-${k}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={70}>Año</Table.Th>
                      <Table.Th>Vigencia</Table.Th>
                      {perDay ? (
                        <>
                          <Table.Th ta="right">Diario</Table.Th>
                          <Table.Th ta="right">Mensual</Table.Th>
                        </>
                      ) : (
                        <Table.Th ta="right">Mensual</Table.Th>
                      )}
                      <Table.Th>Fuente</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((u) => (
                      <Table.Tr key={`${u.kind}-${u.year}`} className="clickable" onClick={() => edit(u)}>
                        <Table.Td className="num">{u.year}</Table.Td>
                        <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                          <Text size="xs">{vigencia(u)}</Text>
                        </Table.Td>
                        {perDay && (
                          <Table.Td ta="right" className="num">
                            {formatMoney(u.valueCents, locale)}
                          </Table.Td>
                        )}
                        <Table.Td ta="right" className="num">
                          {formatMoney(monthlyUnitCents(u.kind, u.valueCents), locale)}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed" lineClamp={2} title={u.source || undefined}>
                            {u.source || '—'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
          );
        })}
      </Stack>
      <Box>
        <Section title="Agregar o corregir un año">
          <Stack gap="sm">
            <Select
              label="Unidad"
              data={kinds.map((k) => ({ value: k, label: REFERENCE_UNIT_LABELS[k] }))}
              value={kind}
              onChange={(v) => v && setKind(v as ReferenceUnitKind)}
              allowDeselect={false}
              error={errors.kind}
            />
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput
                label="Año"
                min={1990}
                max={2100}
                allowDecimal={false}
                value={year}
                onChange={setYear}
                error={errors.year}
              />
              <MoneyInput
                label={daily ? 'Valor diario' : 'Valor mensual'}
                locale={locale}
                value={amount}
                onChange={(v) => (setAmount(v), setErrors({}))}
                error={errors.valueCents}
              />
            </SimpleGrid>
            <TextInput
              label="Fuente"
              description="Decreto o publicación en el DOF de donde se tomó el valor."
              value={source}
              onChange={(e) => (setSource(e.currentTarget.value), setErrors({}))}
              error={errors.source}
              maxLength={300}
            />
            <Text size="xs" c="dimmed" data-testid="ref-form-vigencia">
              {formValidity
                ? `Vigente del ${formatDate(formValidity.validFrom)} al ${formatDate(formValidity.validTo)}.`
                : ''}
              {formMonthly !== null ? ` Mensual para los umbrales: ${formatMoney(formMonthly, locale)}.` : ''}
            </Text>
            <Group justify="flex-end">
              <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} loading={saving}>
                Guardar valor
              </Button>
            </Group>
          </Stack>
        </Section>
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          Los umbrales (cuantía de la cartera y de los acuerdos de pago, notas crédito por error administrativo) se
          miden en {inUse ? THRESHOLD_UNIT_LABEL[inUse] : 'la unidad de referencia'} vigente en la fecha de la operación
          o del corte; la UMA rige del 1 de febrero al 31 de enero del año siguiente. Registre cada año nuevo en cuanto
          se publique.
        </Alert>
      </Box>
    </SimpleGrid>
  );
}

/** How each unit's monthly value is obtained, for the table's description. */
const MONTHLY_RULE: Record<ReferenceUnitKind, string> = {
  SMMLV: 'Valor mensual, vigente del 1 de enero al 31 de diciembre.',
  UMA: 'Se registra la UMA diaria; la mensual es la diaria × 30.4. Vigente del 1 de febrero al 31 de enero del año siguiente.',
  SM: 'Se registra el salario mínimo diario; el mensual es 30 días del diario (Ley Federal del Trabajo). Vigente del 1 de enero al 31 de diciembre.',
};
