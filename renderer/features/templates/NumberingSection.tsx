import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TemplateDetail } from '../../../shared/api/types';
import { formatDocumentNumber, validateNumberFormat } from '../../../shared/domain/documents/number-format';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { templatesApi } from './api';
import { todayIso } from '../../lib/today';

/** Number format (e.g. DGF/{n:4}/{año}) and series of one document type. */
export function NumberingSection({ detail }: { detail: TemplateDetail }) {
  const [format, setFormat] = useState(detail.numberFormat);
  const [series, setSeries] = useState(detail.series);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setFormat(detail.numberFormat);
    setSeries(detail.series);
    setErrors({});
  }, [detail.docType, detail.numberFormat, detail.series]);

  const problem = validateNumberFormat(format.trim());
  const year = Number(todayIso().slice(0, 4));
  const example = problem === null ? formatDocumentNumber(format.trim(), 42, year) : null;
  const dirty = format.trim() !== detail.numberFormat || series.trim() !== detail.series;
  const isDefault = format.trim() === detail.defaultNumberFormat && series.trim() === detail.defaultSeries;

  async function save() {
    const errs: FieldErrors = {};
    if (problem) errs.numberFormat = problem;
    if (!/^[a-z0-9_-]+$/i.test(series.trim())) errs.series = 'La serie admite letras, números, - y _';
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      const d = await templatesApi.saveNumbering({
        docType: detail.docType,
        numberFormat: format.trim(),
        series: series.trim(),
      });
      notifySuccess(`Numeración de «${detail.label}» guardada. El siguiente número será como ${d.numberExample}.`);
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se guardó la numeración');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Section
      title="Numeración"
      description="Se aplica a los documentos que se emitan a partir de ahora; los emitidos conservan su número. Los tipos con la misma serie comparten el consecutivo."
    >
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <TextInput
          label="Formato del número"
          description="{n} consecutivo · {n:4} con ceros · {año} o {aa} año"
          value={format}
          onChange={(e) => (setFormat(e.currentTarget.value), setErrors(({ numberFormat: _n, _form: _f, ...r }) => r))}
          error={errors.numberFormat ?? (format.trim() && problem ? problem : undefined)}
          ff="monospace"
          name="numberFormat"
          data-testid="number-format"
        />
        <TextInput
          label="Serie"
          description={`De fábrica: «${detail.defaultSeries}».`}
          value={series}
          onChange={(e) => (setSeries(e.currentTarget.value), setErrors(({ series: _s, _form: _f, ...r }) => r))}
          error={errors.series}
          ff="monospace"
          name="series"
        />
        <Stack gap={4} justify="flex-start">
          <Text size="sm" fw={500}>
            Ejemplo
          </Text>
          <Text fz={18} fw={650} className="num" data-testid="number-example" c={example ? undefined : 'dimmed'}>
            {example ?? '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {dirty
              ? 'Con el formato escrito (consecutivo 42 de este año).'
              : `Con el formato vigente: ${detail.numberExample}`}
          </Text>
        </Stack>
      </SimpleGrid>
      <Group justify="flex-end" gap="xs" mt="sm">
        {errors._form && (
          <Text size="sm" c="red.7">
            {errors._form}
          </Text>
        )}
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRestore size={14} />}
          disabled={isDefault}
          onClick={() => (setFormat(detail.defaultNumberFormat), setSeries(detail.defaultSeries), setErrors({}))}
        >
          Valores de fábrica
        </Button>
        <Button
          size="xs"
          leftSection={<IconDeviceFloppy size={14} />}
          onClick={() => void save()}
          loading={saving}
          disabled={!dirty}
        >
          Guardar numeración
        </Button>
      </Group>
    </Section>
  );
}
