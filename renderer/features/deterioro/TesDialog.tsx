// «Tasas TES»: the discount rate of the deterioro by date, each with its source.
import { Modal, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { notifySuccess } from '../../components/notify';
import { SubmitForm } from '../../components/SubmitForm';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { deterioroApi, deterioroQueries } from './api';

export function TesDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const q = useQuery({ ...deterioroQueries.tes(), enabled: opened });
  const [validFrom, setValidFrom] = useState<string | null>(null);
  const [rate, setRate] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setValidFrom(null);
    setRate('');
    setSource('');
    setErrors({});
  }, [opened]);

  async function save() {
    const errs: FieldErrors = {};
    if (!validFrom) errs.validFrom = 'Indique desde qué fecha rige la tasa.';
    if (!rate.trim()) errs.rate = 'Escriba la tasa, p. ej. 9,5';
    if (!source.trim()) errs.source = 'Indique la fuente (emisor, plazo, fecha).';
    setErrors(errs);
    if (!validFrom || Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      await deterioroApi.tesSave({ validFrom, rate: rate.trim(), source: source.trim() });
      notifySuccess(`Tasa TES desde el ${formatDate(validFrom)} guardada.`);
      setRate('');
      setSource('');
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={opened} onClose={saving ? () => {} : onClose} title="Tasas TES" size="lg" centered>
      <SubmitForm onSubmit={save} data-testid="tes-dialog">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Tasa efectiva anual de los TES con la que se descuentan los recaudos esperados; rige desde su fecha hasta la
            siguiente.
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label="Rige desde"
              required
              value={validFrom}
              onChange={setValidFrom}
              error={errors.validFrom}
              name="tesFrom"
            />
            <TextInput
              label="TES (% efectivo anual)"
              required
              placeholder="9,5"
              value={rate}
              onChange={(e) => setRate(e.currentTarget.value)}
              error={errors.rate}
              name="tesRate"
              inputMode="decimal"
            />
          </SimpleGrid>
          <TextInput
            label="Fuente"
            required
            placeholder="Banco de la República, TES tasa fija a 1 año, 28/12/2026"
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={errors.source}
            name="tesSource"
          />
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Guardar tasa"
            submitIcon={<IconDeviceFloppy size={16} />}
          />
          <Table verticalSpacing={4} className="data-table" data-testid="tes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rige desde</Table.Th>
                <Table.Th ta="right">TES e.a.</Table.Th>
                <Table.Th>Fuente</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(q.data?.rows ?? []).map((r) => (
                <Table.Tr key={r.validFrom}>
                  <Table.Td className="num">{formatDate(r.validFrom)}</Table.Td>
                  <Table.Td ta="right" className="num">
                    {r.percent.replace('.', ',')} %
                  </Table.Td>
                  <Table.Td>{r.source}</Table.Td>
                </Table.Tr>
              ))}
              {q.data && q.data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={3}>
                    <Text size="sm" c="dimmed">
                      Aún no hay tasas registradas.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
