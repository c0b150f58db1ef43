import { Alert, Badge, Box, Group, NumberInput, Paper, SegmentedControl, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconTableOff } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AGING_BUCKETS } from '../../../shared/domain/cartera/aging';
import { formatUnits } from '../../../shared/domain/reference-unit';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { DateField } from '../../components/DateField';
import { Money } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryPending } from '../../components/States';
import { formatDate } from '../../lib/format';
import { useLocale, useProfile } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';
import { AgingDetailDrawer } from './AgingDetailDrawer';
import { AgingExportButtons } from './AgingExportButtons';
import { BdmeButton } from './BdmeButton';
import { Circular030Button } from './Circular030Button';
import { EstadoCuentaButton } from './EstadoCuentaButton';
import { CUANTIA_LABEL, RIESGO_COLOR, RIESGO_LABEL } from './labels';
import { activeFilterCount, useReports, type Direction } from './store';
import './reports.css';

/** The debtor's naturaleza jurídica and condition, under its name. */
const naturaleza = (r: {
  naturalezaJuridicaLabel: string;
  enLiquidacion: boolean;
  intervenida: boolean;
  bdme: boolean;
}) =>
  [
    r.naturalezaJuridicaLabel,
    r.enLiquidacion ? 'En liquidación' : r.intervenida ? 'Intervenida' : '',
    r.bdme ? 'BDME' : '',
  ]
    .filter(Boolean)
    .join(' · ');

const SHORT: Record<string, string> = {
  no_vencida: 'No vencida',
  d1_30: '1–30',
  d31_60: '31–60',
  d61_90: '61–90',
  d91_180: '91–180',
  d181_360: '181–360',
  mas_360: '> 360',
};

/**
 * Reportes → Cartera por edades (domain README §Edades): per debtor the balance by
 * age as of a date, cuantía, riesgo and priority by nearness to prescription,
 * with the backend's totals (equal to the ledger). A row opens its invoices;
 * Excel / PDF exports and the estado de cuenta run as jobs.
 */
export function ReportesScreen() {
  const f = useReports();
  const locale = useLocale();
  const profile = useProfile();
  const filters = { asOf: f.asOf, direction: f.direction, prescripcionAnios: f.prescripcionAnios };
  const q = useQuery({
    ...apiQuery('cartera.aging', {
      ...(f.asOf ? { asOf: f.asOf } : {}),
      direction: f.direction,
      prescripcionAnios: f.prescripcionAnios,
    }),
    placeholderData: keepPreviousData,
  });
  const v = q.data;
  return (
    <>
      <PageHeader
        title="Reportes"
        subtitle="Cartera por edades: saldo por rango de días vencidos, cuantía, riesgo y prioridad por prescripción, para el Comité de Cartera."
        crumbs={[{ label: 'Reportes' }, { label: 'Cartera por edades' }]}
        actions={
          <>
            <AgingExportButtons filters={filters} />
            <EstadoCuentaButton asOf={f.asOf} direction={f.direction} />
            <Circular030Button />
            {profile === 'CO' && <BdmeButton />}
          </>
        }
      />
      <Paper withBorder radius="md">
        <Box p="sm" className="filter-bar">
          <Group gap="md" align="flex-end">
            <DateField
              label="Fecha de corte"
              placeholder={v ? formatDate(v.asOf) : 'Hoy'}
              value={f.asOf}
              onChange={(x) => f.set({ asOf: x })}
              w={170}
              name="asOf"
              data-testid="aging-asof"
            />
            <SegmentedControl
              value={f.direction}
              onChange={(x) => f.set({ direction: x as Direction })}
              data={[
                { value: 'receivable', label: 'Por cobrar' },
                { value: 'payable', label: 'Por pagar' },
              ]}
              data-testid="aging-direction"
            />
            <NumberInput
              label="Prescripción, años"
              value={f.prescripcionAnios}
              onChange={(x) => typeof x === 'number' && x >= 1 && x <= 20 && f.set({ prescripcionAnios: x })}
              min={1}
              max={20}
              w={150}
              allowDecimal={false}
            />
            <ClearFiltersButton count={activeFilterCount(filters)} onClear={() => f.reset()} />
            <Text size="xs" c="dimmed" ml="auto" ta="right">
              Valores en pesos
              {v?.smmlv && (
                <>
                  {' · '}
                  <span
                    title={`Vigente del ${formatDate(v.smmlv.validFrom)} al ${formatDate(v.smmlv.validTo)}${v.smmlv.source ? ` · ${v.smmlv.source}` : ''}`}
                    data-testid="aging-unit"
                  >
                    {v.smmlv.label} {v.smmlv.year}: <Money cents={v.smmlv.valueCents} />
                  </span>
                </>
              )}
            </Text>
          </Group>
        </Box>
        {v?.avisos.map((a) => (
          <Alert
            key={a}
            color="yellow"
            icon={<IconAlertTriangle size={16} />}
            mx="sm"
            mb="sm"
            data-testid="aging-aviso"
          >
            {a}
          </Alert>
        ))}
        {q.error || !v ? (
          <QueryPending error={q.error} onRetry={q.refetch} />
        ) : v.rows.length === 0 ? (
          <EmptyState
            icon={<IconTableOff size={26} stroke={1.5} />}
            title="Sin saldos"
            description="Ninguna factura de esta cartera tiene saldo."
          />
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table
              highlightOnHover
              verticalSpacing={6}
              horizontalSpacing={4}
              className="data-table aging-table"
              data-loading={q.isFetching || undefined}
              data-testid="aging-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th title="Por prioridad: el número delante del nombre; 1 = la más próxima a prescribir">
                    Entidad
                  </Table.Th>
                  {AGING_BUCKETS.map((b) => (
                    <Table.Th key={b.key} ta="right" title={b.label}>
                      {SHORT[b.key]}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">Total</Table.Th>
                  <Table.Th
                    className="aging-riesgo-th"
                    title={`Riesgo y cuantía (${v.unitLabel} vigente a la fecha de corte)`}
                  >
                    Riesgo · cuantía
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.rows.map((r) => (
                  <Table.Tr
                    key={r.counterpartyId}
                    className="clickable"
                    onClick={() => f.select(r.counterpartyId)}
                    data-testid="aging-row"
                    data-entidad={r.name}
                  >
                    <Table.Td className="aging-entidad">
                      <Group gap={6} wrap="nowrap" align="baseline">
                        <Tooltip
                          label={
                            r.prescrita
                              ? `Prioridad ${r.prioridad}: prescrita desde el ${formatDate(r.fechaPrescripcion)}`
                              : `Prioridad ${r.prioridad}: prescribe el ${formatDate(r.fechaPrescripcion)} (en ${r.diasParaPrescribir} días)`
                          }
                        >
                          <Text
                            size="xs"
                            fw={700}
                            c={r.prescrita ? 'red.8' : 'dimmed'}
                            className="num aging-prioridad"
                            data-testid="aging-prioridad"
                          >
                            {r.prioridad}
                          </Text>
                        </Tooltip>
                        <Box miw={0}>
                          <Text size="sm" fw={600} lh={1.3} lineClamp={2} title={r.name}>
                            {r.name}
                          </Text>
                          <Text size="xs" c="dimmed" lineClamp={1} title={naturaleza(r) || undefined}>
                            {naturaleza(r) || '—'}
                          </Text>
                        </Box>
                      </Group>
                    </Table.Td>
                    {AGING_BUCKETS.map((b) => (
                      <Table.Td key={b.key} ta="right" className="aging-money" data-bucket={b.key}>
                        <Money
                          cents={r.buckets[b.key]}
                          symbol={false}
                          c={r.buckets[b.key] === 0 ? 'dimmed' : b.key === 'mas_360' ? 'red.8' : undefined}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td ta="right" className="aging-money" data-testid="aging-row-total">
                      <Money cents={r.totalCents} fw={700} />
                    </Table.Td>
                    <Table.Td className="aging-riesgo">
                      <Tooltip label={r.riesgoMotivo} multiline w={260}>
                        <Badge color={RIESGO_COLOR[r.riesgo]} variant="light" size="sm" data-testid="aging-riesgo">
                          {RIESGO_LABEL[r.riesgo]}
                        </Badge>
                      </Tooltip>
                      <Text
                        size="xs"
                        c="dimmed"
                        title={r.totalSmmlv ? formatUnits(r.totalSmmlv, v.unitLabel, locale) : undefined}
                        data-testid="aging-cuantia"
                      >
                        {r.cuantia ? `Cuantía ${CUANTIA_LABEL[r.cuantia].toLowerCase()}` : 'Sin cuantía'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr className="aging-totals" data-testid="aging-totals">
                  <Table.Td fw={700}>Total · {v.totals.invoiceCount} facturas</Table.Td>
                  {/* The buckets' totals in the body weight, set apart by the row's colour: in bold they would not fit 1366 px. */}
                  {AGING_BUCKETS.map((b) => (
                    <Table.Td key={b.key} ta="right" className="aging-money">
                      <Money cents={v.totals.buckets[b.key]} symbol={false} c="blue.9" />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" className="aging-money" data-testid="aging-total">
                    <Money cents={v.totals.totalCents} fw={700} />
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <AgingDetailDrawer counterpartyId={f.selected} filters={filters} onClose={() => f.select(null)} />
    </>
  );
}
