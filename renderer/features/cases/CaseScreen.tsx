import { Alert, Badge, Box, Button, Grid, Group, Paper, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowRight, IconBolt, IconInfoCircle } from '@tabler/icons-react';
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
import { navigate } from '../../lib/router';
import { CaseImports } from '../imports/CaseImports';
import { ActionDialog } from './ActionDialog';
import { CaseImpagables } from './CaseImpagables';
import { CaseTimeline } from './CaseTimeline';
import { casesQueries } from './api';
import {
  CaseDirectionBadge,
  CaseStateBadge,
  DeadlineBadge,
  DIRECTION_LONG,
  DOC_STATUS,
  deadlineStatus,
  isInputReason,
  routeLink,
  urgentActions,
  URGENCY_COLORS,
} from './labels';
import './cases.css';
import { Kpi } from '../../components/Kpi';

function periodText(c: CaseDetail): string {
  if (!c.periodFrom && !c.periodTo) return '';
  if (!c.periodTo || c.periodTo === c.periodFrom) return formatPeriod(c.periodFrom ?? c.periodTo);
  return `${formatPeriod(c.periodFrom)} a ${formatPeriod(c.periodTo)}`;
}

/** The buttons of the current step: allowed now, or disabled with the backend's reason in a tooltip. */
function ActionButtons({ c, onPick }: { c: CaseDetail; onPick(a: { action: string; label: string }): void }) {
  if (c.actions.length === 0) return null;
  // A refusal that only says "the dialog has not asked for it yet" still opens the dialog.
  const enabled = (a: CaseDetail['actions'][number]) => a.ok || isInputReason(a.reason);
  // The highlighted button: the one a due deadline asks for, else the first one allowed.
  const due = urgentActions(c.deadlines, todayIso());
  const primaryAction = (c.actions.find((a) => enabled(a) && due.has(a.action)) ?? c.actions.find(enabled))?.action;
  return (
    <Group gap="xs" data-testid="case-actions">
      {c.actions.map((a) => {
        const primary = a.action === primaryAction;
        const button = (
          <Button
            size="sm"
            variant={primary ? 'filled' : 'default'}
            leftSection={<IconBolt size={15} />}
            disabled={!enabled(a)}
            onClick={() => onPick(a)}
            data-testid="case-action"
            data-action={a.action}
            data-enabled={enabled(a) || undefined}
            data-primary={primary || undefined}
          >
            {a.label}
          </Button>
        );
        return enabled(a) ? (
          <Box key={a.action}>{button}</Box>
        ) : (
          <Tooltip
            key={a.action}
            label={a.reason ?? 'No disponible ahora'}
            multiline
            w={340}
            withArrow
            position="bottom"
          >
            <span
              style={{ display: 'inline-block', cursor: 'not-allowed' }}
              data-testid="case-action-disabled"
              data-reason={a.reason}
            >
              {button}
            </span>
          </Tooltip>
        );
      })}
    </Group>
  );
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
  const pending = c.deadlines.filter((d) => d.clearedOn === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  // A deadline a later step set again (new date) was replaced, not attended: only the attended ones are listed.
  const cleared = c.deadlines.filter((d) => d.clearedOn !== null && !d.replaced);
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
            <ActionButtons c={c} onPick={setActing} />
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
          <Section
            title="Documentos del caso"
            description="Los oficios y memorándums que el flujo redactó. Se emiten, envían y archivan en Documentos."
            p="sm"
          >
            {c.documents.length === 0 ? (
              <Text size="sm" c="dimmed" px="xs" pb="xs">
                Aún no se ha redactado ningún documento.
              </Text>
            ) : (
              <Table verticalSpacing={6} className="data-table" highlightOnHover data-testid="case-documents">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Documento</Table.Th>
                    <Table.Th>Número</Table.Th>
                    <Table.Th>Fecha</Table.Th>
                    <Table.Th>Estado</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.documents.map((d) => {
                    const st = DOC_STATUS[d.status] ?? { label: d.status, color: 'gray' };
                    return (
                      <Table.Tr
                        key={d.id}
                        className="clickable"
                        onClick={() => navigate(`/documentos/${d.id}`)}
                        data-testid="case-document"
                        data-doc-type={d.docType}
                        data-status={d.status}
                      >
                        <Table.Td>
                          {routeLink(`/documentos/${d.id}`, d.typeLabel)}
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {d.kind === 'memorandum' ? 'Memorándum' : 'Oficio'}
                            {d.asunto && d.asunto.trim().toLowerCase() !== d.typeLabel.trim().toLowerCase()
                              ? ` · ${d.asunto}`
                              : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                          {d.number ?? (
                            <Text span size="sm" c="dimmed">
                              sin número
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td className="num">{formatDate(d.date)}</Table.Td>
                        <Table.Td>
                          <Badge
                            color={st.color}
                            variant={d.status === 'borrador' ? 'outline' : 'light'}
                            size="sm"
                            radius="sm"
                            tt="none"
                            style={{ minWidth: 'max-content' }}
                          >
                            {st.label}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Section>

          <Section title="Facturas" description="Importe y saldo de cada factura según el libro mayor." p="sm">
            {c.invoices.length === 0 ? (
              <Text size="sm" c="dimmed" px="xs" pb="xs">
                El caso aún no tiene facturas
                {c.direction === 'cobro' ? ': la factura fiscal se agrega al registrarla.' : '.'}
              </Text>
            ) : (
              <Table verticalSpacing={6} className="data-table" highlightOnHover data-testid="case-invoices">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Factura</Table.Th>
                    <Table.Th>Periodo</Table.Th>
                    <Table.Th>Expedición</Table.Th>
                    <Table.Th>Vencimiento</Table.Th>
                    <Table.Th ta="right">Importe</Table.Th>
                    <Table.Th ta="right">Saldo</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.invoices.map((i) => (
                    <Table.Tr
                      key={i.id}
                      className="clickable"
                      onClick={() => navigate(`/cartera/facturas/${i.id}`)}
                      data-testid="case-invoice"
                    >
                      <Table.Td>{routeLink(`/cartera/facturas/${i.id}`, i.number)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(i.period)}</Table.Td>
                      <Table.Td className="num">{formatDate(i.issueDate)}</Table.Td>
                      <Table.Td className="num" c={i.balanceCents > 0 && i.dueDate < today ? 'red.8' : undefined}>
                        {formatDate(i.dueDate)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money cents={i.amountCents} />
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        <Money cents={i.balanceCents} c={i.balanceCents === 0 ? 'dimmed' : undefined} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr className="entries-total">
                    <Table.Td colSpan={5}>
                      <Text size="sm" fw={600}>
                        Saldo del caso
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" fw={700}>
                        <Money cents={c.balanceCents} />
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            )}
          </Section>

          <CaseImports detail={c} />
          <CaseImpagables detail={c} />

          <CaseTimeline detail={c} />
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Section title="Plazos" description="Días naturales. El color indica la urgencia.">
            {pending.length === 0 ? (
              <Text size="sm" c="dimmed">
                No hay plazos pendientes.
              </Text>
            ) : (
              <Stack gap="xs" data-testid="case-deadlines">
                {pending.map((d) => {
                  const st = deadlineStatus(d, today);
                  return (
                    <Paper
                      key={d.id}
                      withBorder
                      radius="sm"
                      px="sm"
                      py={8}
                      className="deadline-card"
                      style={{ borderLeft: `4px solid var(--mantine-color-${URGENCY_COLORS[st.urgency]}-6)` }}
                      data-testid="case-deadline"
                      data-kind={d.kind}
                      data-urgency={st.urgency}
                    >
                      <Text size="sm" fw={500}>
                        {d.label}
                      </Text>
                      <Group gap={6} mt={4} justify="space-between" wrap="wrap">
                        <Text size="xs" c="dimmed" className="num">
                          {d.meaning === 'vence' ? 'Vence el' : 'Disponible desde el'} {formatDate(d.dueOn)}
                        </Text>
                        <DeadlineBadge deadline={d} today={today} size="sm" />
                      </Group>
                    </Paper>
                  );
                })}
              </Stack>
            )}
            {cleared.length > 0 && (
              <Stack gap={2} mt="sm">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                  Atendidos
                </Text>
                {cleared.map((d) => (
                  <Text
                    key={d.id}
                    size="xs"
                    c="dimmed"
                    td="line-through"
                    title={`Atendido el ${formatDate(d.clearedOn)}`}
                  >
                    {d.label} · {formatDate(d.dueOn)}
                  </Text>
                ))}
              </Stack>
            )}
          </Section>
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
