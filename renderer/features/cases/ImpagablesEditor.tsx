import { ActionIcon, Button, Group, Menu, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFileInvoice, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import { formatMoney, parseMoney, sumCents } from '../../../shared/domain/money';
import {
  defaultImpagables,
  resolveImpagables,
  type ImpagableRequest,
} from '../../../shared/domain/portabilidad/impagables';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { formatPeriod } from '../../lib/format';
import { useLocale } from '../../lib/session';

/** One amount declared impagable: an invoice of the case (up to its balance) or an amount with its concepto. 0 while the amount is empty or not valid. */
export type ImpagableLine = ImpagableRequest;

/** Width of the first column (the invoice, or the concepto typed). */
const INVOICE_COLUMN = 225;

const invoicesOf = (detail: CaseDetail) =>
  detail.invoices.map((i) => ({ id: i.id, number: i.number, balanceCents: i.balanceCents }));

/** What declarar_impagable does without amounts: every invoice of the case with a balance, for its balance (the motivo left to the general one). */
export function defaultImpagableLines(detail: CaseDetail): ImpagableLine[] {
  return defaultImpagables(invoicesOf(detail));
}

/**
 * The backend's reason the lines would be refused (same rule,
 * shared/domain/portabilidad/impagables.ts), or null. `motivo` is the
 * action's general motivo, which lines without their own take.
 */
export function impagableLinesError(
  detail: CaseDetail,
  lines: readonly ImpagableLine[],
  motivo: string,
): string | null {
  const r = resolveImpagables(lines, invoicesOf(detail), motivo);
  return r.ok ? null : r.reason;
}

/** An amount typed as text, kept while it does not parse; the line holds its centavos (0 when empty or not valid). */
function AmountField({
  cents,
  maxCents,
  onChange,
  label,
}: {
  cents: number;
  maxCents?: number;
  onChange(c: number): void;
  label: string;
}) {
  const locale = useLocale();
  const [text, setText] = useState(cents > 0 ? formatMoney(cents, locale) : '');
  // A change from outside (a line removed, the defaults restored) replaces the text.
  useEffect(() => {
    setText((t) => {
      try {
        return parseMoney(t, locale) === cents ? t : cents > 0 ? formatMoney(cents, locale) : '';
      } catch {
        return cents > 0 ? formatMoney(cents, locale) : t;
      }
    });
  }, [cents, locale]);
  const parsed = parseAmount(text, locale, { required: true, positive: true });
  const error =
    text.trim() === ''
      ? undefined
      : (parsed.error ??
        (maxCents !== undefined && (parsed.cents ?? 0) > maxCents
          ? `Excede el saldo (${formatMoney(maxCents, locale)})`
          : undefined));
  return (
    <MoneyInput
      aria-label={label}
      locale={locale}
      value={text}
      onChange={(v) => {
        setText(v);
        const p = parseAmount(v, locale, { positive: true });
        onChange(p.cents ?? 0);
      }}
      error={error}
      w={150}
      size="xs"
      data-testid="impagable-amount"
    />
  );
}

/**
 * The amounts to declare impagable, for the declarar_impagable dialog: the
 * case's invoices with a balance (prefilled with it, see
 * defaultImpagableLines) and amounts without invoice with their concepto
 * (a hoja de cálculo line, a period), each with an optional motivo of its
 * own; the total underneath. Controlled: `value` and `onChange`.
 */
export function ImpagablesEditor({
  detail,
  value,
  onChange,
}: {
  detail: CaseDetail;
  value: ImpagableLine[];
  onChange(lines: ImpagableLine[]): void;
}) {
  const locale = useLocale();
  const withBalance = detail.invoices.filter((i) => i.balanceCents > 0);
  const byId = new Map(detail.invoices.map((i) => [i.id, i]));
  const notAdded = withBalance.filter((i) => !value.some((l) => l.invoiceId === i.id));
  const set = (index: number, patch: Partial<ImpagableLine>) =>
    onChange(value.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));
  const add = (line: Partial<ImpagableLine>) =>
    onChange([...value, { invoiceId: null, concepto: '', amountCents: 0, motivo: '', ...line }]);
  const total = sumCents(value.map((l) => l.amountCents));

  return (
    <Stack gap={6} data-testid="impagables-editor">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          Agregue las facturas del caso o los montos (con su concepto) que no son pagables.
        </Text>
      )}
      {value.map((l, i) => {
        const inv = l.invoiceId === null ? undefined : byId.get(l.invoiceId);
        return (
          <Paper key={`${l.invoiceId ?? 'c'}-${i}`} withBorder radius="sm" px="sm" py={6} data-testid="impagable-line">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              {inv ? (
                <Group gap={6} wrap="nowrap" w={INVOICE_COLUMN} mt={2} align="flex-start" style={{ flexShrink: 0 }}>
                  <IconFileInvoice
                    size={16}
                    color="var(--mantine-color-dimmed)"
                    style={{ marginTop: 2, flexShrink: 0 }}
                  />
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} className="num" truncate title={inv.number}>
                      {inv.number}
                    </Text>
                    <Text size="xs" c="dimmed" className="num">
                      {inv.period ? `${formatPeriod(inv.period)} · ` : ''}saldo {formatMoney(inv.balanceCents, locale)}
                    </Text>
                  </div>
                </Group>
              ) : (
                <TextInput
                  aria-label="Concepto"
                  placeholder="Concepto (hoja, periodo…)"
                  value={l.concepto}
                  onChange={(e) => set(i, { concepto: e.currentTarget.value })}
                  error={l.concepto.trim() === '' && l.amountCents > 0 ? 'Indique el concepto' : undefined}
                  maxLength={300}
                  w={INVOICE_COLUMN}
                  size="xs"
                  style={{ flexShrink: 0 }}
                  data-testid="impagable-concepto"
                />
              )}
              <AmountField
                cents={l.amountCents}
                {...(inv ? { maxCents: inv.balanceCents } : {})}
                onChange={(c) => set(i, { amountCents: c })}
                label={inv ? `Monto impagable de ${inv.number}` : 'Monto impagable'}
              />
              <TextInput
                aria-label="Motivo de este monto"
                placeholder="Motivo (opcional: si no, el general)"
                value={l.motivo}
                onChange={(e) => set(i, { motivo: e.currentTarget.value })}
                maxLength={1000}
                size="xs"
                style={{ flex: 1 }}
                data-testid="impagable-motivo"
              />
              <Tooltip label="Quitar">
                <ActionIcon variant="subtle" color="gray" onClick={() => remove(i)} aria-label="Quitar monto" mt={2}>
                  <IconTrash size={15} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        );
      })}
      <Group justify="space-between" mt={2}>
        <Group gap="xs">
          <Menu position="bottom-start" shadow="md" disabled={notAdded.length === 0}>
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileInvoice size={14} />}
                disabled={notAdded.length === 0}
                data-testid="impagable-add-invoice"
              >
                Agregar factura
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {notAdded.map((inv) => (
                <Menu.Item key={inv.id} onClick={() => add({ invoiceId: inv.id, amountCents: inv.balanceCents })}>
                  <Text size="sm" className="num">
                    {inv.number} · saldo {formatMoney(inv.balanceCents, locale)}
                  </Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} />}
            onClick={() => add({})}
            data-testid="impagable-add-amount"
          >
            Agregar monto sin factura
          </Button>
        </Group>
        <Text size="sm" data-testid="impagables-total">
          Total impagable:{' '}
          <Text span fw={700} className="num">
            {formatMoney(total, locale)}
          </Text>
        </Text>
      </Group>
    </Stack>
  );
}
