import { Alert, Box, Button, Grid, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { IconAlertOctagon, IconCash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AgreementDetail } from '../../../shared/api/types-agreements';
import { DateField } from '../../components/DateField';
import { InfoGrid } from '../../components/InfoGrid';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { navigate, useLocation, withQuery } from '../../lib/router';
import { AgreementEvents } from './AgreementEvents';
import { AgreementFiles } from './AgreementFiles';
import { PayDialog } from './PayDialog';
import { pct } from './PreviewPanel';
import { ScheduleTable } from './ScheduleTable';
import { agreementsQueries } from './api';
import { AgreementStateBadge, cuotaName } from './labels';
import { useReviewOnce } from './useReview';
import { Kpi } from '../../components/Kpi';

function AccelerationBanner({ a }: { a: AgreementDetail }) {
  const acc = a.aceleracion;
  if (!acc && a.state !== 'acelerado') return null;
  const cuotas = acc?.cuotasIncumplidas.map(cuotaName).join(' y ');
  const date = formatDate(acc?.date ?? a.acceleratedOn);
  // Viewed as of a later date, the aceleración is a projection: nothing is recorded until that day comes.
  if (acc && !acc.recorded && a.state === 'vigente') {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertOctagon size={20} />}
        title={`Al ${formatDate(a.asOf)}: aceleración por dos cuotas vencidas`}
        mb="md"
        data-testid="agreement-acceleration"
        data-recorded="false"
      >
        <Text size="sm">
          Si {cuotas} no se pagan, desde el {date} todo el saldo será exigible, el cobro pasará a jurídico y el deudor
          será candidato al BDME.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertOctagon size={20} />}
      title="Aceleración: todo el saldo es exigible"
      mb="md"
      data-testid="agreement-acceleration"
      data-recorded="true"
    >
      <Text size="sm">
        {cuotas ? `${cuotas} vencieron sin pagarse` : 'Dos cuotas vencieron sin pagarse'} (acelerado el {date}). El
        saldo completo de <Money cents={a.owedCents} fw={700} /> es exigible de inmediato, el cobro pasa a jurídico y el
        deudor es candidato al Boletín de Deudores Morosos del Estado (BDME).
        {a.unearnedInterestCents > 0 && (
          <>
            {' '}
            Se descontaron <Money cents={a.unearnedInterestCents} /> de intereses de plazo no causados.
          </>
        )}
      </Text>
      {a.cobroJuridico && (
        <Text size="sm" fw={700} mt={6} data-testid="agreement-juridico">
          En cobro jurídico desde el {formatDate(a.cobroJuridico.since)}:{' '}
          {a.cobroJuridico.invoices.length === 1 ? 'factura' : 'facturas'} {a.cobroJuridico.invoices.join(', ')}.
        </Text>
      )}
    </Alert>
  );
}

/** '#/acuerdos/:id': state, KPIs, the schedule with each cuota's state, payments and history. */
export function AgreementDetailScreen({ id }: { id: number }) {
  const { query } = useLocation();
  const asOf = query.al && /^\d{4}-\d{2}-\d{2}$/.test(query.al) ? query.al : undefined;
  const reviewed = useReviewOnce();
  // Just signed or paid, the detail is already in the cache (agreementsApi seeds it): not asked again.
  const q = useQuery({
    ...agreementsQueries.get(id, asOf, reviewed),
    // Another «Situación al» of the same agreement keeps the current one on screen meanwhile.
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1].id === id ? prev : undefined),
  });
  const [paying, setPaying] = useState(false);

  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} title="No se pudo cargar el acuerdo" />;
  const a = q.data;
  if (!a) return <LoadingBlock />;
  const paid = a.payments.reduce((s, p) => s + p.amountCents, 0);
  const setAsOf = (v: string | null) =>
    navigate(withQuery(`/acuerdos/${id}`, { al: v && v !== todayIso() ? v : null }), { replace: true });

  return (
    <Box maw={1320}>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            <span>{a.terms.kind === 'contrato_transaccion' ? 'Contrato de transacción' : 'Acuerdo'}</span>
            <span className="num" data-testid="agreement-folio">
              {a.folio}
            </span>
            <AgreementStateBadge state={a.state} label={a.stateLabel} size="lg" />
          </Group>
        }
        subtitle={
          <>
            {a.counterpartyName}
            {a.counterpartyTaxId ? ` · NIT ${a.counterpartyTaxId}` : ''} · firmado el {formatDate(a.signingDate)}
          </>
        }
        crumbs={[{ label: 'Acuerdos de pago', to: '/acuerdos' }, { label: a.folio }]}
        actions={
          <>
            <DateField
              label="Situación al"
              value={asOf ?? todayIso()}
              onChange={setAsOf}
              clearable={false}
              w={160}
              size="xs"
              name="asOf"
            />
            <AgreementFiles a={a} />
            {a.state !== 'cumplido' && (
              <Button
                leftSection={<IconCash size={16} />}
                onClick={() => setPaying(true)}
                data-testid="agreement-pay"
                style={{ alignSelf: 'flex-end' }}
              >
                Registrar pago
              </Button>
            )}
          </>
        }
      />
      <AccelerationBanner a={a} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="md">
        <Kpi label="Deuda" hint="Capital, intereses de mora y costas">
          <Money cents={a.debtCents} data-testid="agreement-debt" />
        </Kpi>
        <Kpi label="Pagado" hint={`${a.payments.length} ${a.payments.length === 1 ? 'pago' : 'pagos'}`}>
          <Money cents={paid} c={paid > 0 ? 'teal.8' : undefined} data-testid="agreement-paid" />
        </Kpi>
        <Kpi
          label="Saldo"
          hint={a.state === 'acelerado' ? 'Todo exigible por la aceleración' : `Al ${formatDate(a.asOf)}`}
        >
          <Money cents={a.owedCents} c={a.owedCents === 0 ? 'teal.8' : undefined} data-testid="agreement-owed" />
        </Kpi>
        <Kpi
          label="Vencido"
          hint={
            a.nextCuota ? `Próxima: ${cuotaName(a.nextCuota.numero)}, ${formatDate(a.nextCuota.dueDate)}` : undefined
          }
        >
          <Money cents={a.overdueCents} c={a.overdueCents > 0 ? 'red.8' : 'dimmed'} data-testid="agreement-overdue" />
        </Kpi>
      </SimpleGrid>
      <Section
        title="Calendario de cuotas"
        description={`Estado de cada cuota al ${formatDate(a.asOf)}. Los pagos se aplican a la cuota más antigua.`}
        p="sm"
      >
        <ScheduleTable cuotas={a.cuotas} testId="agreement-cuotas" />
      </Section>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Section title="Pagos" p="sm">
            {a.payments.length === 0 ? (
              <Text size="sm" c="dimmed" px="xs" pb="xs">
                Aún no se han registrado pagos.
              </Text>
            ) : (
              <Table verticalSpacing={5} className="data-table" data-testid="agreement-payments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Fecha</Table.Th>
                    <Table.Th>Referencia</Table.Th>
                    <Table.Th ta="right">Importe</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.payments.map((p) => (
                    <Table.Tr key={p.id} data-testid="agreement-payment">
                      <Table.Td className="num">{formatDate(p.date)}</Table.Td>
                      <Table.Td>{p.reference}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        <Money cents={p.amountCents} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
          <Section title="Facturas del acuerdo" p="sm">
            <Table verticalSpacing={5} className="data-table" data-testid="agreement-invoices-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Factura</Table.Th>
                  <Table.Th>Vencimiento</Table.Th>
                  <Table.Th ta="right">Capital</Table.Th>
                  <Table.Th ta="right">Intereses de mora</Table.Th>
                  <Table.Th ta="right">Saldo en el libro</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.invoices.map((i) => (
                  <Table.Tr
                    key={i.invoiceId}
                    className="clickable"
                    onClick={() => navigate(`/cartera/facturas/${i.invoiceId}`)}
                  >
                    <Table.Td fw={600}>{i.number}</Table.Td>
                    <Table.Td className="num">{formatDate(i.obligationDate)}</Table.Td>
                    <Table.Td ta="right">
                      <Money cents={i.capitalCents} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money cents={i.interestCents} />
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      <Money cents={i.ledgerBalanceCents} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Section title="Condiciones">
            <InfoGrid
              cols={1}
              items={[
                {
                  label: 'Deuda',
                  value: (
                    <>
                      Capital <Money cents={a.capitalCents} /> · mora <Money cents={a.interestCents} /> · costas{' '}
                      <Money cents={a.costsCents} />
                    </>
                  ),
                },
                { label: 'Cuota inicial', value: <Money cents={a.cuotaInicialCents} /> },
                {
                  label: 'Financiado',
                  value: (
                    <>
                      {<Money cents={a.financedCents} />} en {a.numeroCuotas} cuotas mensuales
                    </>
                  ),
                },
                {
                  label: 'Intereses de mora',
                  value: (
                    <>
                      {a.terms.moraRate === 'dian' ? 'Tasa de interés moratorio DIAN' : 'DTF'} de cada mes de atraso ·{' '}
                      <Money cents={a.interestCents} />
                    </>
                  ),
                },
                {
                  label: 'Intereses de plazo',
                  value:
                    a.terms.termRate === 'cero' ? (
                      '0 % (pactado)'
                    ) : (
                      <>
                        {pct(a.dtfRate)} e.a. (DTF de la firma) · <Money cents={a.termInterestCents} />
                      </>
                    ),
                },
                {
                  label: 'Garantía',
                  value: a.terms.guarantee ? `${a.terms.guarantee.type}: ${a.terms.guarantee.description}` : 'Exento',
                },
                ...(a.terms.approval
                  ? [
                      {
                        label: 'Ampliación aprobada',
                        value: `${a.terms.approval.approvedBy}, ${a.terms.approval.reference} (${formatDate(a.terms.approval.date)})`,
                      },
                    ]
                  : []),
                ...(a.terms.prescriptionWaiver
                  ? [
                      {
                        label: 'Renuncia a la prescripción',
                        value: `${a.terms.prescriptionWaiver.reference} (${formatDate(a.terms.prescriptionWaiver.date)})`,
                      },
                    ]
                  : []),
                ...(a.terms.bdmeCertificate
                  ? [
                      {
                        label: 'Certificado BDME',
                        value: `${a.terms.bdmeCertificate.reference} (${formatDate(a.terms.bdmeCertificate.date)})`,
                      },
                    ]
                  : []),
              ]}
            />
          </Section>
          <AgreementEvents a={a} />
        </Grid.Col>
      </Grid>
      <PayDialog a={a} opened={paying} onClose={() => setPaying(false)} />
    </Box>
  );
}
