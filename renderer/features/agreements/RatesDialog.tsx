import { Group, Modal, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconPercentage } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DialogFooter } from '../../components/DialogFooter';
import { notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatPeriod } from '../../lib/format';
import { agreementsApi, agreementsQueries, type RateTableName } from './api';
import { SubmitForm } from '../../components/SubmitForm';

/** 'mm/aaaa' (or 'aaaa-mm') → 'aaaa-mm'; null when it is not a month. */
function parseMonth(text: string): string | null {
  const t = text.trim();
  const a = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const b = /^(\d{4})-(\d{2})$/.exec(t);
  const [y, m] = a ? [a[2]!, a[1]!] : b ? [b[1]!, b[2]!] : [null, null];
  if (!y || !m) return null;
  const n = Number.parseInt(m, 10);
  return n >= 1 && n <= 12 ? `${y}-${String(n).padStart(2, '0')}` : null;
}

const toMonthText = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`;

/** What the dialog says of each table. */
const TABLES: Record<RateTableName, { title: string; short: string; help: string; testId: string }> = {
  dtf: {
    title: 'Tasas DTF',
    short: 'DTF',
    help:
      'DTF efectiva anual de cada mes, como la publica el Banco de la República. Los intereses de mora de un ' +
      'acuerdo usan la de cada mes de atraso; los de plazo, la del mes de la firma.',
    testId: 'dtf',
  },
  dian: {
    title: 'Tasas de interés moratorio DIAN',
    short: 'Tasa DIAN',
    help:
      'Tasa de interés moratorio efectiva anual de cada mes para los impuestos que administra la DIAN. Un ' +
      'contrato de transacción puede liquidar con ella los intereses de mora de cada mes de atraso.',
    testId: 'dian',
  },
};

/**
 * A monthly rate table (efectivo anual): the DTF the agreements' interest uses, or the DIAN's interés
 * moratorio of the contratos de transacción. One month at a time; saving a month already there replaces it.
 */
export function RatesDialog({
  table = 'dtf',
  opened,
  onClose,
  period,
  onSaved,
}: {
  table?: RateTableName;
  opened: boolean;
  onClose(): void;
  period?: string | null;
  onSaved?(): void;
}) {
  const t = TABLES[table];
  const q = useQuery({ ...agreementsQueries.ratesList(table), enabled: opened });
  const [month, setMonth] = useState('');
  const [rate, setRate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setMonth(period ? toMonthText(period) : '');
    setRate('');
    setErrors({});
  }, [opened, period]);

  async function save() {
    const p = parseMonth(month);
    const errs: FieldErrors = {};
    if (!p) errs.period = 'Escriba el mes como mm/aaaa, p. ej. 03/2025';
    if (!rate.trim()) errs.rate = 'Escriba la tasa, p. ej. 8,6';
    setErrors(errs);
    if (!p || Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      await agreementsApi.ratesSave(table, [{ period: p, rate: rate.trim() }]);
      notifySuccess(`${t.short} de ${formatPeriod(p)} guardada: ${rate.trim()} % efectivo anual.`);
      setRate('');
      // The table and the wizard's preview are asked again (the save invalidates them).
      onSaved?.();
      if (period) onClose();
    } catch (err) {
      const fe = apiErrorToFieldErrors(err);
      const mapped: FieldErrors = {};
      for (const [k, v] of Object.entries(fe))
        mapped[k.endsWith('.rate') ? 'rate' : k.endsWith('.period') ? 'period' : k === 'rates' ? '_form' : k] = v;
      setErrors(mapped);
    } finally {
      setSaving(false);
    }
  }

  const rows = [...(q.data?.rows ?? [])].sort((a, b) => b.period.localeCompare(a.period));
  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      title={
        <Group gap="xs">
          <IconPercentage size={18} />
          <Text fw={600}>{t.title}</Text>
        </Group>
      }
      size="lg"
      centered
    >
      <SubmitForm onSubmit={save} data-testid={`${t.testId}-dialog`}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t.help}
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label="Mes"
              placeholder="mm/aaaa"
              required
              value={month}
              onChange={(e) => (setMonth(e.currentTarget.value), setErrors({}))}
              error={errors.period}
              name="dtfPeriod"
            />
            <TextInput
              label={`${t.short} (% efectivo anual)`}
              placeholder="8,6"
              required
              value={rate}
              onChange={(e) => (setRate(e.currentTarget.value), setErrors({}))}
              error={errors.rate}
              name="dtfRate"
              data-autofocus
              inputMode="decimal"
            />
          </SimpleGrid>
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Guardar tasa"
            submitIcon={<IconDeviceFloppy size={16} />}
          />
          <ScrollArea.Autosize mah={260}>
            <Table verticalSpacing={4} className="data-table" data-testid={`${t.testId}-table`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Mes</Table.Th>
                  <Table.Th ta="right">{t.short} e.a.</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={2}>
                      <Text size="sm" c="dimmed">
                        {q.data ? 'Aún no hay tasas registradas.' : 'Cargando…'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  rows.map((r) => (
                    <Table.Tr
                      key={r.period}
                      className="clickable"
                      onClick={() => (setMonth(toMonthText(r.period)), setRate(r.percent.replace('.', ',')))}
                      data-period={r.period}
                    >
                      <Table.Td style={{ textTransform: 'capitalize' }}>{formatPeriod(r.period)}</Table.Td>
                      <Table.Td ta="right" className="num">
                        {r.percent.replace('.', ',')} %
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
