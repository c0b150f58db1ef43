import {
  Alert,
  Box,
  Button,
  Grid,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { MoneyInput } from '../../components/MoneyInput';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { useIdempotencyKey } from '../../lib/idempotency';
import { navigate, useLocation } from '../../lib/router';
import { useLocale } from '../../lib/session';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { RatesDialog } from './RatesDialog';
import { InvoicePick } from './InvoicePick';
import { PreviewPanel } from './PreviewPanel';
import { SignConfirm } from './SignConfirm';
import { BdmeFields, ExtensionFields, GuaranteeFields } from './TermsFields';
import { agreementsApi } from './api';
import { emptyDraft, fieldOf, usePreview, type Draft, type PreviewState } from './useProposal';

/** The fields that show their own broken rule; any other rule is listed under the form. */
const SHOWN_BY_FIELD = new Set([
  'invoiceIds',
  'signingDate',
  'costsCents',
  'cuotaInicialCents',
  'numeroCuotas',
  'extensionApproval',
  'prescriptionWaiver',
  'bdmeCertificate',
  'guarantee',
  'debtorSigner',
]);

const ruleProps = (field: string) => ({ errorProps: { 'data-testid': `rule-${field}` } });

/** '#/acuerdos/nuevo[?entidad=ID]': the agreement's terms beside its live preview; signed only when no rule is broken. */
export function AgreementWizard() {
  const locale = useLocale();
  const { query } = useLocation();
  const cps = useCounterpartyOptions();
  const [d, setD] = useState<Draft>(() => {
    const id = Number.parseInt(query.entidad ?? '', 10);
    return emptyDraft(Number.isInteger(id) && id > 0 ? id : null);
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((x) => ({ ...x, [key]: value }));
  const s = usePreview(d, locale);
  const p = s.preview;
  const errors = s.fieldErrors;
  const [rate, setRate] = useState<PreviewState['missingRate']>(null);
  const [signing, setSigning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const idem = useIdempotencyKey();
  const signerMissing = !d.signerName.trim() || !d.signerPosition.trim();
  const canSign = !!p && s.current && p.canSign && !signerMissing && !signing;

  /** The debtor: its titular is offered as the one who signs for it (editable). */
  async function chooseDebtor(id: number | null) {
    setD((x) => ({ ...x, counterpartyId: id, invoiceIds: [] }));
    if (id === null) return;
    try {
      const c = await agreementsApi.counterparty(id);
      const name = [c.addresseeTitle, c.addresseeName].filter((x) => x.trim()).join(' ');
      setD((x) => (x.counterpartyId === id ? { ...x, signerName: name, signerPosition: c.addresseePosition } : x));
    } catch (err) {
      notifyError(err, 'No se pudieron leer los datos del deudor');
    }
  }

  async function sign() {
    if (!s.proposal || !canSign) return;
    setConfirming(false);
    setSigning(true);
    try {
      const a = await agreementsApi.create({ ...s.proposal, idempotencyKey: idem.keyFor(s.proposal) });
      idem.reset();
      notifySuccess(
        a.replayed
          ? `El acuerdo ${a.folio} ya estaba firmado; no se duplicó.`
          : `Acuerdo ${a.folio} firmado con ${a.counterpartyName}.`,
      );
      navigate(`/acuerdos/${a.id}`);
    } catch (err) {
      notifyError(err, 'No se firmó el acuerdo');
      s.reload();
    } finally {
      setSigning(false);
    }
  }

  const blocked = !p
    ? 'Complete el acuerdo para ver su liquidación.'
    : !s.current
      ? 'Actualizando la vista previa…'
      : !p.canSign
        ? 'Corrija las reglas marcadas en rojo.'
        : signerMissing
          ? 'Indique quién firma por el deudor (nombre y calidad en que firma).'
          : null;
  const signButton = (
    <Button
      leftSection={<IconSignature size={16} />}
      onClick={() => setConfirming(true)}
      disabled={!canSign}
      loading={signing}
      data-testid="agreement-sign"
    >
      {d.kind === 'contrato_transaccion' ? 'Firmar contrato…' : 'Firmar acuerdo…'}
    </Button>
  );

  return (
    <Box maw={1400}>
      <PageHeader
        title={d.kind === 'contrato_transaccion' ? 'Nuevo contrato de transacción' : 'Nuevo acuerdo de pago'}
        subtitle="Elija el deudor y sus facturas; la deuda, los intereses y el calendario se recalculan con cada cambio."
        crumbs={[{ label: 'Acuerdos de pago', to: '/acuerdos' }, { label: 'Nuevo' }]}
        actions={
          blocked ? (
            <Tooltip label={blocked} withArrow position="bottom">
              <span>{signButton}</span>
            </Tooltip>
          ) : (
            signButton
          )
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5, xl: 4 }}>
          <Section title="Deudor y facturas">
            <Stack gap="sm">
              <Select
                label="Deudor"
                placeholder={cps.loading ? 'Cargando…' : 'Elija la entidad'}
                data={cps.options}
                value={d.counterpartyId ? String(d.counterpartyId) : null}
                onChange={(v) => void chooseDebtor(v ? Number.parseInt(v, 10) : null)}
                searchable
                nothingFoundMessage="Sin coincidencias"
                name="counterparty"
                required
              />
              <InvoicePick
                counterpartyId={d.counterpartyId}
                selected={d.invoiceIds}
                onChange={(ids) => set('invoiceIds', ids)}
                error={errors.invoiceIds}
              />
            </Stack>
          </Section>
          <Section title="Condiciones">
            <Stack gap="sm">
              <Box>
                <Input.Label display="block">Tipo</Input.Label>
                <Input.Description mb={4}>
                  El contrato de transacción se firma en cobro prejurídico; ambos se aceleran tras dos cuotas
                  incumplidas.
                </Input.Description>
                <SegmentedControl
                  fullWidth
                  value={d.kind}
                  onChange={(v) => set('kind', v === 'contrato_transaccion' ? 'contrato_transaccion' : 'acuerdo')}
                  data={[
                    { value: 'acuerdo', label: 'Acuerdo de pago' },
                    { value: 'contrato_transaccion', label: 'Contrato de transacción' },
                  ]}
                  data-testid="agreement-kind"
                />
                {errors.kind && <Input.Error mt={4}>{errors.kind}</Input.Error>}
              </Box>
              {d.kind === 'contrato_transaccion' && (
                <Box>
                  <Input.Label display="block">Intereses de mora</Input.Label>
                  <Input.Description mb={4}>
                    Por cada mes de atraso: la DTF, o la tasa de interés moratorio de la DIAN si se pacta
                  </Input.Description>
                  <SegmentedControl
                    fullWidth
                    value={d.moraRate}
                    onChange={(v) => set('moraRate', v === 'dian' ? 'dian' : 'dtf')}
                    data={[
                      { value: 'dtf', label: 'DTF' },
                      { value: 'dian', label: 'Tasa DIAN' },
                    ]}
                    data-testid="mora-rate"
                  />
                </Box>
              )}
              <SimpleGrid cols={2} spacing="sm">
                <DateField
                  label="Fecha de firma"
                  required
                  value={d.signingDate}
                  onChange={(v) => set('signingDate', v)}
                  error={errors.signingDate}
                  name="signingDate"
                />
                <MoneyInput
                  label="Costas"
                  locale={locale}
                  value={d.costs}
                  onChange={(v) => set('costs', v)}
                  error={errors.costsCents}
                  name="costs"
                  {...ruleProps('costsCents')}
                />
              </SimpleGrid>
              <MoneyInput
                label="Cuota inicial"
                description={
                  p
                    ? `Mínimo 25 % de la deuda: ${formatMoney(p.minimumCuotaInicialCents, locale)}. Vacía, se usa el mínimo.`
                    : 'Al menos el 25 % de la deuda; vacía, se usa el mínimo.'
                }
                placeholder={p ? formatMoney(p.minimumCuotaInicialCents, locale) : undefined}
                locale={locale}
                value={d.cuotaInicial}
                onChange={(v) => set('cuotaInicial', v)}
                error={errors.cuotaInicialCents}
                name="cuotaInicial"
                {...ruleProps('cuotaInicialCents')}
              />
              <SimpleGrid cols={2} spacing="sm">
                <NumberInput
                  label="Número de cuotas"
                  description={
                    p
                      ? `Mensuales; máximo ${p.maxCuotas} sin ampliación`
                      : 'Mensuales; máximo 4, 8 o 12 según la cuantía'
                  }
                  min={1}
                  max={60}
                  allowDecimal={false}
                  value={d.numeroCuotas}
                  onChange={(v) => set('numeroCuotas', v)}
                  error={errors.numeroCuotas}
                  name="numeroCuotas"
                  {...ruleProps('numeroCuotas')}
                />
                <Box>
                  <Input.Label display="block">Intereses de plazo</Input.Label>
                  <Input.Description mb={4}>DTF de la firma, o 0 % si se pacta</Input.Description>
                  <SegmentedControl
                    fullWidth
                    value={d.termRate}
                    onChange={(v) => set('termRate', v === 'cero' ? 'cero' : 'dtf')}
                    data={[
                      { value: 'dtf', label: 'DTF' },
                      { value: 'cero', label: '0 %' },
                    ]}
                    data-testid="term-rate"
                  />
                </Box>
              </SimpleGrid>
            </Stack>
          </Section>
          <Section
            title="Firma del deudor"
            description="Quien firma el acuerdo por el deudor, como se imprime: «…, en calidad de (cargo) de (deudor)»."
          >
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                label="Nombre"
                required
                value={d.signerName}
                onChange={(e) => set('signerName', e.currentTarget.value)}
                name="signerName"
              />
              <TextInput
                label="Calidad en que firma"
                placeholder="Representante legal"
                required
                value={d.signerPosition}
                onChange={(e) => set('signerPosition', e.currentTarget.value)}
                name="signerPosition"
              />
            </SimpleGrid>
          </Section>
          <ExtensionFields d={d} set={set} errors={errors} preview={p} />
          <BdmeFields d={d} set={set} errors={errors} preview={p} />
          <GuaranteeFields d={d} set={set} errors={errors} preview={p} />
          {p && s.current && !p.canSign && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} data-testid="agreement-rules">
              <Text size="sm" fw={600} mb={4}>
                Aún no se puede firmar:{' '}
                {p.rules.length === 1 ? 'hay 1 regla incumplida' : `hay ${p.rules.length} reglas incumplidas`}, marcadas
                junto a su campo.
              </Text>
              {p.rules
                .filter((r) => !SHOWN_BY_FIELD.has(fieldOf(r.campo)))
                .map((r) => (
                  <Text key={r.codigo} size="sm">
                    • {r.mensaje}
                  </Text>
                ))}
            </Alert>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7, xl: 8 }}>
          <PreviewPanel s={s} onCaptureRate={setRate} />
        </Grid.Col>
      </Grid>
      <RatesDialog
        table={rate?.table ?? 'dtf'}
        opened={rate !== null}
        period={rate?.period ?? null}
        onClose={() => setRate(null)}
      />
      {p && (
        <SignConfirm
          opened={confirming}
          preview={p}
          signer={d}
          locale={locale}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void sign()}
        />
      )}
    </Box>
  );
}
