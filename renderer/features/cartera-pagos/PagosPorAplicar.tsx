import { Badge, Box, Button, Group, Select, Table, Text } from '@mantine/core';
import { IconArrowsSplit, IconCashBanknote, IconReceipt } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UnappliedPayment } from '../../../shared/api/types-cartera-ledger';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { formatDate } from '../../lib/format';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { pagosQueries } from './api';
import { ApplyUnappliedDialog } from './ApplyUnappliedDialog';
import { ReciboDialog } from './ReciboDialog';
import { RegisterUnappliedDialog } from './RegisterUnappliedDialog';

/**
 * "Pagos y recibos de caja": a recibo de caja registered straight onto the
 * entidad's invoices, and the pagos por aplicar (money received whose
 * invoices are not yet identified) with what is left to apply.
 */
export function PagosPorAplicar() {
  const cps = useCounterpartyOptions();
  const [counterparty, setCounterparty] = useState<string | null>(null);
  const [pendingOnly, setPendingOnly] = useState<string>('pending');
  const q = useQuery({
    ...pagosQueries.list({
      ...(counterparty ? { counterpartyId: Number(counterparty) } : {}),
      pendingOnly: pendingOnly === 'pending',
    }),
    placeholderData: keepPreviousData,
  });
  const [registering, setRegistering] = useState(false);
  const [recibo, setRecibo] = useState(false);
  const [applying, setApplying] = useState<UnappliedPayment | null>(null);

  return (
    <Box maw={1280}>
      <PageHeader
        title="Pagos y recibos de caja"
        subtitle="Un recibo de caja se abona directamente a las facturas que paga. El dinero cuyas facturas aún no se identifican queda por aplicar, y se aplica después."
        crumbs={[{ label: 'Cartera' }, { label: 'Pagos y recibos de caja' }]}
        actions={
          <>
            <Button variant="default" leftSection={<IconCashBanknote size={16} />} onClick={() => setRegistering(true)}>
              Registrar pago por aplicar
            </Button>
            <Button leftSection={<IconReceipt size={16} />} onClick={() => setRecibo(true)}>
              Registrar recibo de caja
            </Button>
          </>
        }
      />
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          label="Entidad"
          placeholder="Todas"
          clearable
          searchable
          data={cps.options}
          value={counterparty}
          onChange={setCounterparty}
          w={360}
          name="filterCounterparty"
        />
        <Select
          label="Mostrar"
          data={[
            { value: 'pending', label: 'Con saldo por aplicar' },
            { value: 'all', label: 'Todos' },
          ]}
          value={pendingOnly}
          onChange={(v) => setPendingOnly(v ?? 'pending')}
          allowDeselect={false}
          w={220}
          name="filterPending"
        />
      </Group>
      <Section p="sm">
        {q.error ? (
          <ErrorState error={q.error} onRetry={q.refetch} />
        ) : !q.data ? (
          <LoadingBlock />
        ) : q.data.rows.length === 0 ? (
          <EmptyState
            title="No hay pagos por aplicar"
            description="Registre aquí el dinero recibido que todavía no corresponde a facturas identificadas."
          />
        ) : (
          <Table verticalSpacing={7} className="data-table" data-testid="unapplied-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>Recibido</Table.Th>
                <Table.Th>Entidad</Table.Th>
                <Table.Th>Referencia y aplicaciones</Table.Th>
                <Table.Th ta="right" w={140}>
                  Importe
                </Table.Th>
                <Table.Th ta="right" w={140}>
                  Aplicado
                </Table.Th>
                <Table.Th ta="right" w={140}>
                  Por aplicar
                </Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.rows.map((p) => (
                <Table.Tr key={p.id} data-testid="unapplied-row" data-reference={p.reference}>
                  <Table.Td className="num">{formatDate(p.date)}</Table.Td>
                  <Table.Td>{p.counterpartyName}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.reference}</Text>
                    {p.memo && (
                      <Text size="xs" c="dimmed">
                        {p.memo}
                      </Text>
                    )}
                    {p.applications.length > 0 && (
                      <Text size="xs" c="dimmed" data-testid="unapplied-applications">
                        Aplicado a {p.applications.map((a) => a.invoiceNumber).join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Money cents={p.amountCents} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Money cents={p.appliedCents} />
                  </Table.Td>
                  <Table.Td ta="right" data-testid="unapplied-remaining">
                    {p.remainingCents === 0 ? (
                      <Badge color="teal" variant="light">
                        Aplicado
                      </Badge>
                    ) : (
                      <Money cents={p.remainingCents} fw={600} />
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {p.remainingCents > 0 && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconArrowsSplit size={13} />}
                        onClick={() => setApplying(p)}
                      >
                        Aplicar
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr className="entries-total">
                <Table.Td colSpan={3}>
                  <Text size="sm" fw={600}>
                    Total
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Money cents={q.data.totalAmountCents} fw={600} />
                </Table.Td>
                <Table.Td />
                <Table.Td ta="right" data-testid="unapplied-total-remaining">
                  <Money cents={q.data.totalRemainingCents} fw={700} />
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Section>
      {/* Their writes invalidate this list and the invoices (lib/writes.ts). */}
      <RegisterUnappliedDialog opened={registering} options={cps.options} onClose={() => setRegistering(false)} />
      <ReciboDialog opened={recibo} options={cps.options} onClose={() => setRecibo(false)} />
      <ApplyUnappliedDialog payment={applying} onClose={() => setApplying(null)} />
    </Box>
  );
}
