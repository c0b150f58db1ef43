import { Alert, Anchor, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { InvoiceRow, Page } from '../../../shared/api/types';
import { formatMoney, sumCents, type MoneyLocale } from '../../../shared/domain/money';
import { Money } from '../../components/Money';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { ErrorState, LoadingBlock } from '../../components/States';
import type { FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';

/** One invoice of the table with what was typed for it, parsed into centavos (never through floating point). */
export interface AmountRow {
  inv: InvoiceRow;
  cents: number | null;
  /** Why the text is not an amount (Spanish), if it is not. */
  error?: string | undefined;
  /** The amount is larger than the invoice's balance. */
  over: boolean;
}

export type InvoiceAmountsDraft = ReturnType<typeof useInvoiceAmounts>;

/** The entidad's open invoices as the dialog's query has them. */
export type OpenInvoicesQuery = Pick<UseQueryResult<Page<InvoiceRow>>, 'data' | 'error' | 'isFetching' | 'refetch'>;

/**
 * The amounts typed against an entidad's open invoices: each parsed with the
 * project's money parser, the rows chosen (amount > 0), their total with
 * sumCents, the allocations to send, and the first reason (in Spanish) why
 * they cannot be sent yet. While the invoices reload nothing is offered, so a
 * stale list is never allocated against.
 */
export function useInvoiceAmounts(query: OpenInvoicesQuery, locale: MoneyLocale) {
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const invoices = query.isFetching ? [] : (query.data?.rows ?? []);
  const rows: AmountRow[] = invoices.map((inv) => {
    const p = parseAmount(amounts[inv.id] ?? '', locale, { positive: true });
    return { inv, cents: p.cents, error: p.error, over: p.cents !== null && p.cents > inv.balanceCents };
  });
  const chosen = rows.filter((r) => r.cents !== null && r.cents > 0);
  const invalid = rows.find((r) => r.error);
  const over = rows.find((r) => r.over);
  const problem = invalid
    ? `Factura ${invalid.inv.number}: ${invalid.error}`
    : over
      ? `El abono de ${formatMoney(over.cents!, locale)} a la factura ${over.inv.number} excede su saldo de ${formatMoney(over.inv.balanceCents, locale)}.`
      : chosen.length === 0
        ? 'Indique el importe en al menos una factura.'
        : null;
  return {
    locale,
    amounts,
    invoices,
    rows,
    chosen,
    totalCents: sumCents(chosen.map((r) => r.cents!)),
    allocations: chosen.map((r) => ({ invoiceId: r.inv.id, amountCents: r.cents! })),
    problem,
    set: (invoiceId: number, text: string) => setAmounts((a) => ({ ...a, [invoiceId]: text })),
    reset: () => setAmounts({}),
  };
}

/**
 * The table of an entidad's open invoices with an amount input per row
 * (name `<prefix>-<número>`) and a link that fills it; shared by «Aplicar
 * pago» and «Registrar recibo de caja». Row errors come from `errors`
 * (`inv<id>`), or say the amount exceeds the balance.
 */
export function InvoiceAmounts({
  prefix,
  query,
  draft,
  counterpartyName,
  amountLabel,
  errors,
  onChange,
  fill,
}: {
  prefix: string;
  query: OpenInvoicesQuery;
  draft: InvoiceAmountsDraft;
  counterpartyName: string;
  /** Header of the amount column; the inputs are labelled «<amountLabel> a <número>». */
  amountLabel: string;
  errors: FieldErrors;
  onChange(invoiceId: number, text: string): void;
  /** What the row's link puts in the input, and its text. */
  fill(inv: InvoiceRow): { cents: number; label: string };
}) {
  const { locale } = draft;
  if (query.error) return <ErrorState error={query.error} onRetry={query.refetch} />;
  if (!query.data || query.isFetching) return <LoadingBlock h={120} />;
  if (draft.rows.length === 0)
    return <Alert color="gray">{counterpartyName} no tiene facturas por cobrar con saldo.</Alert>;
  return (
    <Table verticalSpacing={6} className="data-table" data-testid={`${prefix}-invoices`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Factura</Table.Th>
          <Table.Th w={110}>Vencimiento</Table.Th>
          <Table.Th ta="right" w={150}>
            Saldo
          </Table.Th>
          <Table.Th w={200}>{amountLabel}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {draft.rows.map(({ inv, over }) => {
          const link = fill(inv);
          return (
            <Table.Tr key={inv.id} data-testid={`${prefix}-row`} data-number={inv.number}>
              <Table.Td>{inv.number}</Table.Td>
              <Table.Td className="num">{formatDate(inv.dueDate)}</Table.Td>
              <Table.Td ta="right">
                <Money cents={inv.balanceCents} />
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  display="block"
                  ml="auto"
                  onClick={() => onChange(inv.id, formatMoney(link.cents, locale))}
                >
                  {link.label}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <MoneyInput
                  size="xs"
                  locale={locale}
                  value={draft.amounts[inv.id] ?? ''}
                  onChange={(v) => onChange(inv.id, v)}
                  error={errors[`inv${inv.id}`] ?? (over ? 'Excede el saldo de la factura' : undefined)}
                  aria-label={`${amountLabel} a ${inv.number}`}
                  name={`${prefix}-${inv.number}`}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
