import { Badge, Box, Button, Group, Paper, SimpleGrid, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '../../components/Link';
import { IconArrowBackUp, IconCash, IconFileInvoice } from '@tabler/icons-react';
import { useState } from 'react';
import type { LedgerEntry } from '../../../shared/api/types';
import { DIRECTION_LABELS, ENTRY_KINDS } from '../../../shared/domain/catalogs';
import { InfoGrid } from '../../components/InfoGrid';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { formatDate, formatDateTime, formatPeriod } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { apiQuery } from '../../lib/queryClient';
import { EtapaBadge } from '../../components/EtapaBadge';
import { EtapaSection } from './EtapaSection';
import { InAgreementNotice } from './InAgreementNotice';
import { DirectionBadge, StatusBadge } from './labels';
import { NaturalezaDialog } from './NaturalezaDialog';
import { NotaDialog } from './NotaDialog';
import { NotaInfo } from './NotaInfo';
import { PaymentDialog } from './PaymentDialog';
import { ReverseDialog } from './ReverseDialog';

function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.parse(`${fromIso}T00:00:00Z`);
  const b = Date.parse(`${toIso}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

function Kpi({
  label,
  children,
  hint,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  hint?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" className="kpi">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={24} fw={650} mt={4} data-testid={testId}>
        {children}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}

export function InvoiceDetail({ id }: { id: number }) {
  // A payment, a nota or a reversal invalidates it (lib/writes.ts): it is asked again while on screen.
  const q = useQuery(apiQuery('invoices.get', { id }));
  const [paying, setPaying] = useState(false);
  const [nota, setNota] = useState(false);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const [naturalezaOpen, setNaturalezaOpen] = useState(false);

  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} />;
  if (!q.data) return <LoadingBlock />;
  const inv = q.data;
  const today = todayIso();
  const overdueDays = inv.status === 'vencida' ? daysBetween(inv.dueDate, today) : 0;
  const dueHint =
    inv.status === 'pagada'
      ? 'Pagada'
      : inv.status === 'anulada'
        ? 'Anulada: su cargo fue revertido'
        : inv.status === 'vencida'
          ? `Vencida hace ${overdueDays} ${overdueDays === 1 ? 'día' : 'días'}`
          : `Faltan ${daysBetween(today, inv.dueDate)} días`;
  const byId = new Map(inv.entries.map((e) => [e.id, e]));
  const notas = new Map(inv.notas.map((n) => [n.entryId, n]));

  return (
    <Box maw={1280}>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            <span>Factura</span>
            <span data-testid="invoice-number">{inv.number}</span>
            <DirectionBadge direction={inv.direction} size="md" />
            <StatusBadge status={inv.status} size="md" />
            {inv.etapa && inv.etapa.stage !== 'persuasivo' && <EtapaBadge etapa={inv.etapa.stage} size="md" />}
          </Group>
        }
        subtitle={
          <>
            {DIRECTION_LABELS[inv.direction]} ·{' '}
            <Link to={`/cartera/entidades/${inv.counterpartyId}`} size="sm">
              {inv.counterpartyName}
            </Link>
          </>
        }
        crumbs={[{ label: 'Cartera' }, { label: 'Facturas', to: '/cartera/facturas' }, { label: inv.number }]}
        actions={
          <Group gap="xs">
            <Tooltip label={`Se registra en el acuerdo ${inv.agreement?.folio ?? ''}`} disabled={!inv.agreement}>
              <Button
                variant="default"
                leftSection={<IconFileInvoice size={16} />}
                onClick={() => setNota(true)}
                disabled={inv.status === 'anulada' || inv.agreement !== null}
              >
                Nota crédito / débito
              </Button>
            </Tooltip>
            <Tooltip
              label={inv.agreement ? `Se paga por el acuerdo ${inv.agreement.folio}` : 'La factura no tiene saldo'}
              disabled={inv.balanceCents > 0 && !inv.agreement}
            >
              <Button
                leftSection={<IconCash size={16} />}
                onClick={() => setPaying(true)}
                disabled={inv.balanceCents <= 0 || inv.agreement !== null}
              >
                Registrar abono
              </Button>
            </Tooltip>
          </Group>
        }
      />

      {inv.agreement && <InAgreementNotice agreement={inv.agreement} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
        <Kpi label="Importe original" testId="invoice-amount" hint={`Expedida el ${formatDate(inv.issueDate)}`}>
          <Money cents={inv.amountCents} />
        </Kpi>
        <Kpi label="Saldo" testId="invoice-balance" hint="Suma de los movimientos registrados">
          <Money
            cents={inv.balanceCents}
            c={inv.balanceCents === 0 ? 'teal.8' : inv.status === 'vencida' ? 'red.8' : undefined}
          />
        </Kpi>
        <Kpi label="Vencimiento" hint={dueHint}>
          <span className="num">{formatDate(inv.dueDate)}</span>
        </Kpi>
      </SimpleGrid>

      <Section title="Datos de la factura">
        <InfoGrid
          cols={4}
          items={[
            { label: 'Entidad', value: inv.counterpartyName },
            { label: 'Tipo', value: DIRECTION_LABELS[inv.direction] },
            { label: 'Periodo del servicio', value: formatPeriod(inv.period) },
            { label: 'Registrada', value: formatDateTime(inv.createdAt) },
            { label: 'Expedición', value: formatDate(inv.issueDate) },
            { label: 'Radicación', value: formatDate(inv.radicacionDate) },
            { label: 'Vencimiento', value: formatDate(inv.dueDate) },
            { label: 'Concepto', value: inv.concept },
            {
              label: 'Naturaleza de la obligación',
              testId: 'invoice-naturaleza',
              value: (
                <Group gap={6} wrap="nowrap">
                  <span>{inv.naturaleza.label}</span>
                  {inv.naturaleza.corrections.length > 0 && (
                    <Tooltip label={`Corregida: ${inv.naturaleza.corrections.at(-1)!.reason}`} multiline w={280}>
                      <Badge size="xs" variant="light" color="gray">
                        corregida
                      </Badge>
                    </Tooltip>
                  )}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setNaturalezaOpen(true)}
                    data-testid="naturaleza-correct"
                  >
                    Corregir
                  </Button>
                </Group>
              ),
            },
          ]}
        />
      </Section>
      <NaturalezaDialog inv={inv} opened={naturalezaOpen} onClose={() => setNaturalezaOpen(false)} />
      {inv.etapa && <EtapaSection etapa={inv.etapa} />}
      <Section
        title="Movimientos"
        description="El libro mayor no se borra ni se modifica: las correcciones son reversiones con su motivo."
        p="sm"
      >
        {inv.entries.length === 0 ? (
          <EmptyState title="Sin movimientos" />
        ) : (
          <Table verticalSpacing={7} className="data-table" data-testid="entries-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={96}>Fecha</Table.Th>
                <Table.Th>Movimiento</Table.Th>
                <Table.Th>Referencia y detalle</Table.Th>
                <Table.Th ta="right" w={140}>
                  Cargo
                </Table.Th>
                <Table.Th ta="right" w={140}>
                  Abono
                </Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inv.entries.map((e) => {
                const reversed = e.reversedByEntryId !== null;
                const target = e.reversesEntryId !== null ? byId.get(e.reversesEntryId) : undefined;
                return (
                  <Table.Tr
                    key={e.id}
                    className={reversed ? 'entry-reversed' : e.kind === 'reversal' ? 'entry-reversal' : undefined}
                    data-testid="entry-row"
                    data-kind={e.kind}
                  >
                    <Table.Td className="num">{formatDate(e.date)}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500} className="entry-kind">
                          {e.kind === 'reversal' && target
                            ? `Reversión de ${ENTRY_KINDS[target.kind].label.toLowerCase()}`
                            : ENTRY_KINDS[e.kind].label}
                        </Text>
                        {reversed && (
                          <Badge size="xs" color="gray" variant="filled" radius="sm">
                            Revertido
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        Mov. {e.id}
                        {e.reversesEntryId !== null && ` · revierte el mov. ${e.reversesEntryId}`}
                        {reversed && ` · revertido por el mov. ${e.reversedByEntryId}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.reference || '—'}</Text>
                      {notas.has(e.id) && <NotaInfo nota={notas.get(e.id)!} />}
                      {(e.reason || e.memo) && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {e.reason ? `Motivo: ${e.reason}` : e.memo}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{e.amountCents > 0 ? <Money cents={e.amountCents} /> : null}</Table.Td>
                    <Table.Td ta="right">{e.amountCents < 0 ? <Money cents={-e.amountCents} /> : null}</Table.Td>
                    <Table.Td ta="right">
                      {e.kind !== 'reversal' && !reversed && !inv.agreement && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconArrowBackUp size={13} />}
                          onClick={() => setReversing(e)}
                        >
                          Revertir
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr className="entries-total">
                <Table.Td colSpan={3}>
                  <Text size="sm" fw={600}>
                    Saldo
                  </Text>
                </Table.Td>
                <Table.Td colSpan={2} ta="right">
                  <Text size="sm" fw={700}>
                    <Money cents={inv.balanceCents} />
                  </Text>
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Section>

      <PaymentDialog invoice={inv} opened={paying} onClose={() => setPaying(false)} />
      <NotaDialog invoice={inv} opened={nota} onClose={() => setNota(false)} />
      <ReverseDialog entry={reversing} onClose={() => setReversing(null)} />
    </Box>
  );
}
