import { Badge, Box, Button, Grid, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconEdit, IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { DIRECTION_LABELS } from '../../../shared/domain/catalogs';
import { InfoGrid } from '../../components/InfoGrid';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { formatDate, formatDateTime } from '../../lib/format';
import { navigate, withQuery } from '../../lib/router';
import { useProfile } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';
import { kindLabel, naturalezaLabel } from './model';

function BalanceCard({
  label,
  cents,
  hint,
  testId,
  strong,
}: {
  label: string;
  cents: number;
  hint: string;
  testId: string;
  strong?: boolean;
}) {
  return (
    <Paper withBorder radius="md" p="md" className={strong ? 'kpi kpi-strong' : 'kpi'}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={24} fw={650} mt={4} data-testid={testId}>
        <Money cents={cents} colorSign={strong} />
      </Text>
      <Text size="xs" c="dimmed" mt={2}>
        {hint}
      </Text>
    </Paper>
  );
}

export function CounterpartyDetail({ id }: { id: number }) {
  const profile = useProfile();
  const mx = profile === 'MX';
  const q = useQuery(apiQuery('counterparties.get', { id }));
  const open = useQuery(
    apiQuery('invoices.list', { counterpartyId: id, status: 'con_saldo', sort: 'due_asc', page: 1, pageSize: 10 }),
  );

  if (q.error) return <ErrorState error={q.error} onRetry={q.refetch} />;
  if (!q.data) return <LoadingBlock />;
  const c = q.data;
  const flags = [
    c.intervenida && 'Intervenida',
    c.enLiquidacion && 'En liquidación',
    c.bdme && 'Reportada en BDME',
    !c.active && 'Inactiva',
  ].filter(Boolean) as string[];
  const address = [
    c.street,
    c.colony && (mx && !/^col(onia)?\.?\s/iu.test(c.colony.trim()) ? `Col. ${c.colony}` : c.colony),
    c.postalCode && (mx ? `C.P. ${c.postalCode}` : c.postalCode),
    [c.city, c.stateName].filter(Boolean).join(', '),
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <Box maw={1280}>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            <span data-testid="entity-name">{c.name}</span>
            {c.abbreviation && (
              <Badge variant="light" size="lg" radius="sm">
                {c.abbreviation}
              </Badge>
            )}
          </Group>
        }
        subtitle={`${kindLabel(c.kind)}${c.inegiCode ? ` · clave INEGI ${c.inegiCode}` : ''}${c.taxId ? ` · ${mx ? 'RFC' : 'NIT'} ${c.taxId}` : ''}`}
        crumbs={[
          { label: 'Cartera', to: '/cartera/facturas' },
          { label: 'Entidades', to: '/cartera/entidades' },
          { label: c.shortName || c.name },
        ]}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileInvoice size={16} />}
              onClick={() => navigate(withQuery('/cartera/facturas', { entidad: c.id }))}
            >
              Ver facturas
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate(withQuery('/cartera/facturas/nueva', { entidad: c.id }))}
            >
              Nueva factura
            </Button>
            <Button leftSection={<IconEdit size={16} />} onClick={() => navigate(`/cartera/entidades/${c.id}/editar`)}>
              Editar
            </Button>
          </>
        }
      />
      {flags.length > 0 && (
        <Group gap={6} mb="md">
          {flags.map((f) => (
            <Badge key={f} color={f === 'Inactiva' ? 'gray' : 'red'} variant="light">
              {f}
            </Badge>
          ))}
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
        <BalanceCard
          label="Nos debe (por cobrar)"
          cents={c.balances.receivableCents}
          hint="Saldo de facturas por cobrar"
          testId="balance-receivable"
        />
        <BalanceCard
          label="Le debemos (por pagar)"
          cents={c.balances.payableCents}
          hint="Saldo de facturas por pagar"
          testId="balance-payable"
        />
        <BalanceCard
          label="Posición neta"
          cents={c.balances.netCents}
          hint={
            c.balances.netCents >= 0
              ? 'A favor de la institución (lo que liquidaría una compensación)'
              : 'A favor de la entidad'
          }
          testId="balance-net"
          strong
        />
      </SimpleGrid>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Section
            title="Facturas con saldo"
            description="Las diez con vencimiento más próximo."
            actions={
              <Button
                size="xs"
                variant="subtle"
                onClick={() => navigate(withQuery('/cartera/facturas', { entidad: c.id }))}
              >
                Ver todas
              </Button>
            }
            p="sm"
          >
            {open.error ? (
              <ErrorState error={open.error} onRetry={open.refetch} />
            ) : !open.data ? (
              <LoadingBlock h={120} />
            ) : open.data.rows.length === 0 ? (
              <Text size="sm" c="dimmed" py="sm">
                Esta entidad no tiene facturas con saldo.
              </Text>
            ) : (
              <Table highlightOnHover verticalSpacing={6} className="data-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Factura</Table.Th>
                    <Table.Th>Tipo</Table.Th>
                    <Table.Th>Vence</Table.Th>
                    <Table.Th ta="right">Saldo</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {open.data.rows.map((r) => (
                    <Table.Tr key={r.id} className="clickable" onClick={() => navigate(`/cartera/facturas/${r.id}`)}>
                      <Table.Td fw={500}>{r.number}</Table.Td>
                      <Table.Td>{DIRECTION_LABELS[r.direction]}</Table.Td>
                      <Table.Td className="num">
                        <Text span size="sm" c={r.status === 'vencida' ? 'red.8' : undefined}>
                          {formatDate(r.dueDate)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money cents={r.balanceCents} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
          <Section title="Contactos" p="sm">
            {c.contacts.length === 0 ? (
              <Text size="sm" c="dimmed">
                Sin contactos registrados.
              </Text>
            ) : (
              <Table verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Nombre</Table.Th>
                    <Table.Th>Cargo</Table.Th>
                    <Table.Th>Teléfono</Table.Th>
                    <Table.Th>Correo</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.contacts.map((x, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{x.name}</Table.Td>
                      <Table.Td>{x.position}</Table.Td>
                      <Table.Td>{x.phone}</Table.Td>
                      <Table.Td>{x.email}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title="Destinatario de los oficios">
            <Stack gap={2}>
              {c.addresseeName ? (
                <>
                  <Text size="sm" fw={600} data-testid="entity-addressee">
                    {[c.addresseeTitle, c.addresseeName].filter(Boolean).join(' ')}
                  </Text>
                  <Text size="sm">{c.addresseePosition}</Text>
                  <Text size="sm" fw={500}>
                    {c.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {address || 'Domicilio sin capturar'}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  Sin destinatario: captúrelo antes de generar oficios para esta entidad.
                </Text>
              )}
            </Stack>
          </Section>
          <Section title="Datos generales">
            <InfoGrid
              cols={2}
              items={[
                { label: 'Nombre corto', value: c.shortName },
                { label: 'Teléfono', value: c.phone },
                { label: 'Correo', value: c.email },
                ...(mx ? [] : [{ label: 'Naturaleza jurídica', value: naturalezaLabel(c.naturalezaJuridica) }]),
                { label: 'Banco', value: c.bankName },
                { label: 'Cuenta', value: c.bankAccount },
                ...(mx ? [{ label: 'CLABE', value: c.bankClabe }] : []),
                { label: 'Titular de la cuenta', value: c.bankDenomination },
                { label: 'Última modificación', value: formatDateTime(c.updatedAt) },
              ]}
            />
          </Section>
          {c.notes && (
            <Section title="Notas">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.notes}
              </Text>
            </Section>
          )}
        </Grid.Col>
      </Grid>
    </Box>
  );
}
