import { Alert, Badge, Button, Divider, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalculator, IconPercentage } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { AgreementPreview } from '../../../shared/api/types-agreements';
import { formatUnits } from '../../../shared/domain/reference-unit';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { EmptyState } from '../../components/States';
import { formatDate, formatPeriod } from '../../lib/format';
import { useLocale } from '../../lib/session';
import { ScheduleTable } from './ScheduleTable';
import type { PreviewState } from './useProposal';

/** "0.086" → "8,6 %"; twelve-decimal monthly rates shown with four. */
export function pct(rate: string | null, digits = 4): string {
  if (rate === null) return '—';
  const n = Number(rate) * 100;
  return `${new Intl.NumberFormat('es-CO', { maximumFractionDigits: digits }).format(n)} %`;
}

function Line({
  label,
  children,
  strong,
  testId,
}: {
  label: ReactNode;
  children: ReactNode;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 600 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500} data-testid={testId}>
        {children}
      </Text>
    </Group>
  );
}

function Debt({ p }: { p: AgreementPreview }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap={4}>
        <Line label="Capital">
          <Money cents={p.capitalCents} />
        </Line>
        <Line label={`Intereses de mora (${p.moraRate === 'dian' ? 'tasa DIAN' : 'DTF'})`}>
          <Money cents={p.interestCents} data-testid="preview-interest" />
        </Line>
        <Line label="Costas">
          <Money cents={p.costsCents} />
        </Line>
        <Divider my={2} />
        <Line label="Deuda" strong>
          <Money cents={p.debtCents} data-testid="preview-debt" />
        </Line>
      </Stack>
      <Stack gap={4}>
        <Line label="Cuota inicial (mín. 25 %)">
          <Money cents={p.cuotaInicialCents} />
        </Line>
        <Line label="Saldo financiado">
          <Money cents={p.financedCents} />
        </Line>
        <Line label="Intereses de plazo">
          {p.termInterestCents === null ? '—' : <Money cents={p.termInterestCents} />}
        </Line>
        <Divider my={2} />
        <Line label="Total a pagar" strong>
          {p.totalCents === null ? '—' : <Money cents={p.totalCents} data-testid="preview-total" />}
        </Line>
      </Stack>
    </SimpleGrid>
  );
}

function InvoiceInterest({ p }: { p: AgreementPreview }) {
  return (
    <Table verticalSpacing={4} horizontalSpacing="xs" className="data-table" data-testid="preview-invoices">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Factura</Table.Th>
          <Table.Th>Vencimiento</Table.Th>
          <Table.Th ta="right">Días de mora</Table.Th>
          <Table.Th ta="right">Capital</Table.Th>
          <Table.Th ta="right">Intereses de mora</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.invoices.map((i) => (
          <Table.Tr
            key={i.invoiceId}
            title={i.stretches.map((s) => `${formatPeriod(s.period)}: ${s.days} días al ${pct(s.rate)}`).join('\n')}
          >
            <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
              {i.number}
            </Table.Td>
            <Table.Td className="num">{formatDate(i.obligationDate)}</Table.Td>
            <Table.Td ta="right" className="num">
              {i.days}
            </Table.Td>
            <Table.Td ta="right">
              <Money cents={i.capitalCents} />
            </Table.Td>
            <Table.Td ta="right">
              <Money cents={i.interestCents} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The live preview: debt, cuantía, interest per invoice and the schedule, as the backend computes them. */
export function PreviewPanel({
  s,
  onCaptureRate,
}: {
  s: PreviewState;
  onCaptureRate(missing: NonNullable<PreviewState['missingRate']>): void;
}) {
  const locale = useLocale();
  const p = s.preview;
  const title = (
    <Group gap="xs">
      <span>Vista previa {p?.kind === 'contrato_transaccion' ? 'del contrato de transacción' : 'del acuerdo'}</span>
      {s.loading && s.proposal && <Loader size={14} />}
    </Group>
  );
  if (s.error) {
    return (
      <Section title={title}>
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="No se puede liquidar el acuerdo"
          data-testid="preview-error"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{s.error.message}</Text>
            {s.missingRate !== null && (
              <Button
                size="xs"
                variant="white"
                color="red"
                leftSection={<IconPercentage size={14} />}
                onClick={() => s.missingRate && onCaptureRate(s.missingRate)}
                data-testid="preview-capture-dtf"
              >
                Registrar la {s.missingRate.table === 'dian' ? 'tasa DIAN' : 'DTF'} de{' '}
                {formatPeriod(s.missingRate.period)}
              </Button>
            )}
          </Stack>
        </Alert>
      </Section>
    );
  }
  if (!p) {
    return (
      <Section title={title}>
        <EmptyState
          icon={<IconCalculator size={26} stroke={1.5} />}
          title="Elija el deudor y sus facturas"
          description="La deuda, los intereses y el calendario de cuotas se calculan aquí mientras completa el acuerdo."
        />
      </Section>
    );
  }
  return (
    <div
      data-testid="agreement-preview"
      data-stale={!s.current || undefined}
      style={{ opacity: s.current ? 1 : 0.7, transition: 'opacity 120ms' }}
    >
      <Section
        title={title}
        description={`${p.counterpartyName} · firma el ${formatDate(p.signingDate)}`}
        actions={
          <Badge
            size="lg"
            radius="sm"
            tt="none"
            variant="light"
            color={p.cuantia === 'mayor' ? 'grape' : p.cuantia === 'menor' ? 'indigo' : 'blue'}
            data-testid="preview-cuantia"
          >
            {p.cuantiaLabel} · {formatUnits(p.debtInSmmlv, p.unitLabel, locale)} · máx. {p.maxCuotas} cuotas
          </Badge>
        }
      >
        <Debt p={p} />
        <Text size="xs" c="dimmed" mt="sm">
          Intereses de plazo al {pct(p.termAnnualRate)} efectivo anual ({pct(p.monthlyRate)} mensual), sistema de cuota
          fija; la última cuota absorbe el residuo.
        </Text>
      </Section>
      <Section
        title="Intereses de mora por factura"
        description={`${p.moraRate === 'dian' ? 'Tasa de interés moratorio DIAN' : 'DTF'} de cada mes de atraso hasta la fecha de firma.`}
        p="sm"
      >
        <InvoiceInterest p={p} />
      </Section>
      <Section title="Calendario de cuotas" p="sm">
        {p.schedule ? (
          <ScheduleTable cuotas={p.schedule} testId="preview-schedule" />
        ) : (
          <Text size="sm" c="dimmed" px="xs" pb="xs">
            El calendario se calcula cuando la cuota inicial y el número de cuotas cumplen las reglas.
          </Text>
        )}
      </Section>
    </div>
  );
}
