import { Badge, Button, Divider, Drawer, Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import {
  IconArrowDownLeft,
  IconArrowUpRight,
  IconBook2,
  IconChevronRight,
  IconFileInvoice,
  IconFiles,
  IconFolders,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { PortabilidadRow } from '../../../shared/api/types';
import { InfoGrid } from '../../components/InfoGrid';
import { Money } from '../../components/Money';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { DeadlineBadge, Link, URGENCY_COLOR, URGENCY_LABEL } from './labels';

function NavItem({
  to,
  icon,
  title,
  description,
  testId,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  description: string;
  testId: string;
}) {
  return (
    <UnstyledButton
      component="a"
      href={`#${to}`}
      onClick={(e) => (e.preventDefault(), navigate(to))}
      className="p32-nav"
      data-testid={testId}
      p="xs"
    >
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" radius="md" size={34}>
          {icon}
        </ThemeIcon>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        </Stack>
        <IconChevronRight size={16} color="var(--mantine-color-gray-5)" />
      </Group>
    </UnstyledButton>
  );
}

/** The side panel of one state: its position and where to go from here. */
export function StatePanel({ row, asOf, onClose }: { row: PortabilidadRow | null; asOf: string; onClose(): void }) {
  const r = row;
  return (
    <Drawer
      opened={r !== null}
      onClose={onClose}
      position="right"
      size={440}
      title={
        r && (
          <Group gap="xs">
            <Text fw={650} size="lg">
              {r.name}
            </Text>
            <Badge variant="light" color="gray" radius="sm" className="num">
              {r.inegiCode}
            </Badge>
          </Group>
        )
      }
      data-testid="p32-panel"
    >
      {r && (
        <Stack gap="md">
          {r.urgency !== 'sin_pendientes' && r.urgency !== 'proximo' && (
            <Badge color={URGENCY_COLOR[r.urgency]} variant="light" radius="sm" size="lg" tt="none">
              {r.urgency === 'vencido' && (r.overdueReceivableCents > 0 || r.overduePayableCents > 0)
                ? 'Con saldos vencidos'
                : URGENCY_LABEL[r.urgency]}
            </Badge>
          )}
          <InfoGrid
            cols={2}
            items={[
              { label: 'Por cobrar', value: <Money cents={r.receivableCents} />, testId: 'p32-panel-receivable' },
              { label: 'Por pagar', value: <Money cents={r.payableCents} />, testId: 'p32-panel-payable' },
              {
                label: 'Neto (compensación)',
                value: (
                  <>
                    <Money cents={r.netCents} colorSign fw={600} />
                    <Text size="xs" c="dimmed">
                      {r.netCents > 0
                        ? 'La entidad nos debe'
                        : r.netCents < 0
                          ? 'Le debemos a la entidad'
                          : 'Sin saldo neto'}
                    </Text>
                  </>
                ),
              },
              {
                label: 'Vencido',
                value:
                  r.overdueReceivableCents === 0 && r.overduePayableCents === 0 ? (
                    'Nada vencido'
                  ) : (
                    <>
                      {r.overdueReceivableCents > 0 && (
                        <Text size="sm" c="red.8">
                          Por cobrar <Money cents={r.overdueReceivableCents} />
                        </Text>
                      )}
                      {r.overduePayableCents > 0 && (
                        <Text size="sm" c="red.8">
                          Por pagar <Money cents={r.overduePayableCents} />
                        </Text>
                      )}
                    </>
                  ),
              },
              {
                label: 'Factura más antigua',
                value: r.oldestUnpaid && (
                  <>
                    <Link to={`/cartera/facturas/${r.oldestUnpaid.invoiceId}`} size="sm" className="num">
                      {r.oldestUnpaid.number}
                    </Link>
                    <Text size="xs" c="dimmed">
                      {r.oldestUnpaid.direction === 'receivable' ? 'Por cobrar' : 'Por pagar'} ·{' '}
                      {formatDate(r.oldestUnpaid.issueDate)} · {r.oldestUnpaid.daysOpen} días
                    </Text>
                  </>
                ),
              },
              {
                label: 'Siguiente plazo',
                value: r.nextDeadline && (
                  <>
                    <Group gap={6}>
                      <DeadlineBadge deadline={r.nextDeadline} asOf={asOf} size="xs" />
                      <Text size="xs" className="num">
                        {formatDate(r.nextDeadline.date)}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {r.nextDeadline.label}
                    </Text>
                  </>
                ),
              },
            ]}
          />
          <Divider label="Ir a" labelPosition="left" />
          <Stack gap={4}>
            <NavItem
              to={`/portabilidad/casos?entidad=${r.counterpartyId}`}
              icon={<IconFolders size={18} />}
              title="Casos"
              description={
                r.openCases === 0
                  ? 'Ningún caso abierto'
                  : r.openCases === 1
                    ? 'Un caso abierto'
                    : `${r.openCases} casos abiertos`
              }
              testId="p32-link-cases"
            />
            <NavItem
              to={`/cartera/facturas?entidad=${r.counterpartyId}`}
              icon={<IconFileInvoice size={18} />}
              title="Facturas"
              description="Por cobrar y por pagar de la entidad"
              testId="p32-link-invoices"
            />
            <NavItem
              to={`/documentos?entidad=${r.counterpartyId}`}
              icon={<IconFiles size={18} />}
              title="Documentos"
              description="Oficios y memorándums de la entidad"
              testId="p32-link-documents"
            />
            <NavItem
              to={`/bitacora?entidad=${r.counterpartyId}`}
              icon={<IconBook2 size={18} />}
              title="Bitácora"
              description="Correspondencia recibida y enviada de la entidad"
              testId="p32-link-bitacora"
            />
          </Stack>
          <Divider />
          <Stack gap="xs">
            <Button
              justify="flex-start"
              variant="light"
              color="indigo"
              leftSection={<IconArrowDownLeft size={16} />}
              onClick={() => navigate(`/portabilidad/casos/nuevo?entidad=${r.counterpartyId}&direccion=cobro`)}
              data-testid="p32-open-cobro"
            >
              Abrir caso de cobro
            </Button>
            <Button
              justify="flex-start"
              variant="light"
              color="orange"
              leftSection={<IconArrowUpRight size={16} />}
              onClick={() => navigate(`/portabilidad/casos/nuevo?entidad=${r.counterpartyId}&direccion=pago`)}
              data-testid="p32-open-pago"
            >
              Abrir caso de pago
            </Button>
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
