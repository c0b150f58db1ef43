import { Alert, Box, Grid, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import { InfoGrid } from '../../components/InfoGrid';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { formatDate, formatPeriod } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { CaseImports } from '../../widgets/imports/CaseImports';
import { ActionDialog } from './ActionDialog';
import { CaseActionButtons } from './CaseActionButtons';
import { CaseDeadlines } from './CaseDeadlines';
import { CaseDocuments } from './CaseDocuments';
import { CaseImpagables } from './CaseImpagables';
import { CaseInvoices } from './CaseInvoices';
import { CaseTimeline } from './CaseTimeline';
import { casesQueries } from './api';
import { CaseDirectionBadge, CaseStateBadge, DeadlineBadge, DIRECTION_LONG, routeLink } from './labels';
import './cases.css';
import { Kpi } from '../../components/Kpi';

function periodText(c: CaseDetail): string {
  if (!c.periodFrom && !c.periodTo) return '';
  if (!c.periodTo || c.periodTo === c.periodFrom) return formatPeriod(c.periodFrom ?? c.periodTo);
  return `${formatPeriod(c.periodFrom)} a ${formatPeriod(c.periodTo)}`;
}

export function CaseScreen({ id }: { id: number }) {
  // After an action the detail cases.act returned is already in the cache (casesApi seeds it).
  const q = useQuery(casesQueries.get(id));
  const [acting, setActing] = useState<{ action: string; label: string } | null>(null);

  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} title="No se pudo cargar el caso" />;
  const c = q.data;
  if (!c) return <LoadingBlock />;
  const today = todayIso();
  const closed = c.closedOn !== null;
  const drafts = c.documents.filter((d) => d.status === 'borrador');
  const period = periodText(c);

  return (
    <Box maw={1320}>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            <span>Caso</span>
            <span className="num" data-testid="case-folio">
              {c.folio}
            </span>
            <CaseDirectionBadge direction={c.direction} size="md" />
          </Group>
        }
        subtitle={
          <>
            {DIRECTION_LONG[c.direction]} ·{' '}
            {routeLink(`/cartera/entidades/${c.counterpartyId}`, c.counterpartyName, 'case-counterparty')}
            {period && ` · ${period}`}
          </>
        }
        crumbs={[
          { label: 'Portabilidad 32x32', to: '/portabilidad' },
          { label: 'Casos', to: '/portabilidad/casos' },
          { label: c.folio },
        ]}
      />

      <Paper
        withBorder
        radius="md"
        p="md"
        mb="md"
        className={closed ? 'case-step case-step-closed' : 'case-step'}
        data-testid="case-step"
      >
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                {closed ? 'Caso cerrado' : 'Paso actual'}
              </Text>
              <CaseStateBadge row={c} size="lg" />
            </Group>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconArrowRight size={16} style={{ marginTop: 2, flexShrink: 0 }} color="var(--mantine-color-brand-6)" />
              <Text size="sm" data-testid="case-hint">
                <Text span fw={600}>
                  {closed ? 'Resultado: ' : 'Qué sigue: '}
                </Text>
                {c.stateHint}
              </Text>
            </Group>
          </Stack>
        </Group>
        {!closed && (
          <Box mt="sm">
            <CaseActionButtons c={c} onPick={setActing} />
          </Box>
        )}
        {drafts.length > 0 && !closed && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconInfoCircle size={16} />}
            mt="sm"
            py={8}
            data-testid="case-drafts-alert"
          >
            {drafts.length === 1
              ? 'Hay un documento en borrador; revíselo y emítalo en Documentos:'
              : `Hay ${drafts.length} documentos en borrador; revíselos y emítalos en Documentos:`}{' '}
            {drafts.map((d, i) => (
              <span key={d.id}>
                {i > 0 && ', '}
                {routeLink(`/documentos/${d.id}`, d.typeLabel)}
              </span>
            ))}
            .
          </Alert>
        )}
      </Paper>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="md">
        <Kpi
          label="Saldo del caso"
          hint={
            c.direction === 'cobro' ? 'Lo que el estado deudor aún nos debe' : 'Lo que aún debemos al estado acreedor'
          }
        >
          <Money cents={c.balanceCents} c={c.balanceCents === 0 ? 'teal.8' : undefined} data-testid="case-balance" />
        </Kpi>
        <Kpi label={closed ? 'Cerrado' : 'Abierto'} hint={closed ? `Abierto el ${formatDate(c.openedOn)}` : undefined}>
          <span className="num">{formatDate(closed ? c.closedOn : c.openedOn)}</span>
        </Kpi>
        <Kpi
          label="Próximo plazo"
          hint={c.nextDeadline?.label ?? (closed ? 'El caso no tiene plazos pendientes' : 'Sin plazos pendientes')}
        >
          {c.nextDeadline ? (
            <Group gap="xs" wrap="nowrap">
              <span className="num">{formatDate(c.nextDeadline.dueOn)}</span>
              <DeadlineBadge deadline={c.nextDeadline} today={today} size="sm" />
            </Group>
          ) : (
            <Text span inherit c="dimmed">
              —
            </Text>
          )}
        </Kpi>
        {c.direction === 'cobro' ? (
          <Kpi
            label="Facturas enviadas"
            hint={c.facturasSentOn ? 'Día 0 del plazo de pago y de la garantía' : 'Aún no se envían al deudor'}
          >
            <span className="num">{formatDate(c.facturasSentOn)}</span>
          </Kpi>
        ) : (
          <Kpi label="Facturas" hint="Recibos fiscales de la entidad acreedora">
            <span className="num">{c.invoices.length}</span>
          </Kpi>
        )}
      </SimpleGrid>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <CaseDocuments c={c} />

          <CaseInvoices c={c} today={today} />

          <CaseImports detail={c} />
          <CaseImpagables detail={c} />

          <CaseTimeline detail={c} />
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CaseDeadlines c={c} today={today} />
          <Section title="Datos del caso">
            <InfoGrid
              cols={1}
              items={[
                { label: 'Entidad', value: c.counterpartyName },
                { label: 'Tipo', value: DIRECTION_LONG[c.direction] },
                { label: 'Periodo', value: period },
                { label: 'Descripción', value: c.description },
                ...(c.impagableMotivo
                  ? [{ label: 'Motivo de impagable', value: c.impagableMotivo, testId: 'case-impagable' }]
                  : []),
              ]}
            />
          </Section>
        </Grid.Col>
      </Grid>

      <ActionDialog detail={c} action={acting} onClose={() => setActing(null)} />
    </Box>
  );
}
