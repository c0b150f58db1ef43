// «Estimar deterioro»: a debtor's expected recoveries at the cut, previewed live, recorded with its adjustment.
import { Alert, Checkbox, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { DeterioroRow } from '../../../shared/api/deterioro';
import { DETERIORO_ADJUSTMENT_LABELS } from '../../../shared/domain/cartera/deterioro';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { Money } from '../../components/Money';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { notifyError, notifySuccess } from '../../components/notify';
import { SubmitForm } from '../../components/SubmitForm';
import { formatDate } from '../../lib/format';
import { useLocale } from '../../lib/session';
import { useDebounced } from '../../lib/useDebounced';
import { deterioroApi, deterioroQueries } from './api';

type Estimate = Input<'deterioro.preview'>;

export function EstimateDialog({
  row,
  cutDate,
  onClose,
}: {
  row: DeterioroRow | null;
  cutDate: string;
  onClose(): void;
}) {
  const locale = useLocale();
  const [expected, setExpected] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [glosa, setGlosa] = useState('');
  const [glosaExpected, setGlosaExpected] = useState('');
  const [glosaDate, setGlosaDate] = useState<string | null>(null);
  const [liquidated, setLiquidated] = useState(false);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!row) return;
    setExpected('');
    setDate(null);
    setGlosa('');
    setGlosaExpected('');
    setGlosaDate(null);
    setLiquidated(false);
    setNote('');
  }, [row?.counterpartyId]); // eslint-disable-line react-hooks/exhaustive-deps

  const glosaCents = parseAmount(glosa, locale).cents ?? 0;
  const input: Estimate | null = (() => {
    if (!row) return null;
    if (liquidated)
      return { counterpartyId: row.counterpartyId, cutDate, glosaCents, parts: [], liquidatedWithoutRecovery: true };
    const saldo = parseAmount(expected, locale).cents;
    if (saldo === null || !date) return null;
    const parts: Estimate['parts'] = [{ kind: 'saldo', expectedCents: saldo, expectedDate: date }];
    if (glosaCents > 0) {
      const g = parseAmount(glosaExpected, locale).cents;
      if (g === null || !glosaDate) return null;
      parts.push({ kind: 'glosa', expectedCents: g, expectedDate: glosaDate });
    }
    return { counterpartyId: row.counterpartyId, cutDate, glosaCents, parts, liquidatedWithoutRecovery: false };
  })();
  const debounced = useDebounced(input ? JSON.stringify(input) : null, 300);
  const preview = useQuery({
    ...deterioroQueries.preview(debounced ? (JSON.parse(debounced) as Estimate) : ({} as Estimate)),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
  });
  const p = input && !preview.error ? preview.data : undefined;

  async function save() {
    if (!input) return;
    setSaving(true);
    try {
      const r = await deterioroApi.record({ ...input, note: note.trim() });
      notifySuccess(`Deterioro de ${r.counterpartyName} al ${formatDate(cutDate)} registrado.`);
      onClose();
    } catch (err) {
      notifyError(err, 'No se registró el deterioro');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={row !== null}
      onClose={saving ? () => {} : onClose}
      size="lg"
      centered
      title={
        <Text fw={600}>
          Estimar el deterioro · {row?.name} · corte {formatDate(cutDate)}
        </Text>
      }
    >
      <SubmitForm onSubmit={save} data-testid="estimate-dialog">
        <Stack gap="sm">
          <Text size="sm">
            Saldo al corte: <Money cents={row?.balanceCents ?? 0} /> · deterioro acumulado:{' '}
            <Money cents={row?.accumulatedCents ?? 0} />
          </Text>
          <Checkbox
            label="Deudor liquidado sin recuperación esperada (deterioro del 100 %)"
            checked={liquidated}
            onChange={(e) => setLiquidated(e.currentTarget.checked)}
            name="liquidated"
          />
          {!liquidated && (
            <>
              <MoneyInput
                label="Glosa pendiente dentro del saldo"
                locale={locale}
                value={glosa}
                onChange={setGlosa}
                name="glosa"
              />
              <SimpleGrid cols={2} spacing="sm">
                <MoneyInput
                  label="Recaudo esperado del saldo"
                  required
                  locale={locale}
                  value={expected}
                  onChange={setExpected}
                  name="expected"
                />
                <DateField label="Fecha esperada" required value={date} onChange={setDate} name="expectedDate" />
              </SimpleGrid>
              {glosaCents > 0 && (
                <SimpleGrid cols={2} spacing="sm">
                  <MoneyInput
                    label="Recaudo esperado de la glosa"
                    required
                    locale={locale}
                    value={glosaExpected}
                    onChange={setGlosaExpected}
                    name="glosaExpected"
                  />
                  <DateField
                    label="Fecha esperada"
                    required
                    value={glosaDate}
                    onChange={setGlosaDate}
                    name="glosaDate"
                  />
                </SimpleGrid>
              )}
            </>
          )}
          {preview.error && input && (
            <Alert color="red" data-testid="estimate-error">
              {preview.error.message}
            </Alert>
          )}
          {p && (
            <Group gap="xl" data-testid="estimate-preview">
              <div>
                <Text size="xs" c="dimmed">
                  Valor presente (TES {p.tes.percent.replace('.', ',')} %)
                </Text>
                <Money cents={p.result.pvCents} />
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  Deterioro ({(Number(p.result.share) * 100).toFixed(2).replace('.', ',')} %)
                </Text>
                <Text fw={650}>
                  <Money cents={p.result.deterioroCents} data-testid="estimate-deterioro" />
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {DETERIORO_ADJUSTMENT_LABELS[p.adjustment.kind]}
                </Text>
                <Money cents={p.adjustment.amountCents} />
              </div>
            </Group>
          )}
          <Textarea
            label="Nota (opcional)"
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            name="note"
          />
          <DialogFooter
            saving={saving}
            onCancel={onClose}
            submitLabel="Registrar el deterioro"
            submitIcon={<IconCalculator size={16} />}
            submitDisabled={!p}
            hint={!p && !liquidated ? 'Escriba el recaudo esperado y su fecha.' : undefined}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
