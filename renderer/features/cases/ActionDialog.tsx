import { Group, Input, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconBolt, IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import { MAX_PLAZO_PAGO_DAYS, paymentDueDate } from '../../../shared/domain/portabilidad/deadlines';
import { COBRO_WORKFLOW } from '../../../shared/domain/portabilidad/workflow-cobro';
import { PAGO_WORKFLOW } from '../../../shared/domain/portabilidad/workflow-pago';
import type { ActionDef } from '../../../shared/domain/portabilidad/workflow';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { useLocale, useSession } from '../../lib/session';
import { EffectsPreview } from './ActionEffects';
import { casesApi } from './api';
import { CaseInvoicePicker } from './CaseInvoicePicker';
import { ComprobanteField, type PickedScan } from './ComprobanteField';
import { ImpagablesEditor, defaultImpagableLines, impagableLinesError, type ImpagableLine } from './ImpagablesEditor';
import { ACTION_INPUTS } from './labels';
import { PaymentFields } from './PaymentFields';
import { PlazoPreview } from './PlazoPreview';
import { EMPTY_PAPER, ReceivedPaperFields, receivesPaper, type ReceivedPaper } from './ReceivedPaperFields';
import { SubmitForm } from '../../components/SubmitForm';

function definitionOf(c: CaseDetail, action: string): ActionDef<string> | null {
  const def = c.direction === 'cobro' ? COBRO_WORKFLOW : PAGO_WORKFLOW;
  return (def.actions as Record<string, ActionDef<string>>)[action] ?? null;
}

/**
 * One workflow action: asks only what its guards need (observaciones, motivo,
 * plazo, pago, comprobante, documentos faltantes, facturas) plus the date and
 * a note, then calls cases.act. The backend decides; its Spanish refusal is
 * shown in the dialog.
 */
export function ActionDialog({
  detail,
  action,
  onClose,
}: {
  detail: CaseDetail;
  action: { action: string; label: string } | null;
  onClose(): void;
}) {
  const locale = useLocale();
  const defaultPlazo = useSession((s) => s.settings?.institution?.defaultPaymentTermDays ?? 30);
  const opened = action !== null;
  const inputs = (action && ACTION_INPUTS[action.action]) ?? {};
  const def = action ? definitionOf(detail, action.action) : null;

  const [date, setDate] = useState<string | null>(todayIso());
  const [note, setNote] = useState('');
  const [text, setText] = useState('');
  const [plazo, setPlazo] = useState<number | string>(defaultPlazo);
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [scan, setScan] = useState<PickedScan | null>(null);
  const [invoiceIds, setInvoiceIds] = useState<number[]>([]);
  const [paper, setPaper] = useState<ReceivedPaper>(EMPTY_PAPER);
  const [impagables, setImpagables] = useState<ImpagableLine[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (opened) {
      setDate(todayIso());
      setNote('');
      setText('');
      setPlazo(defaultPlazo);
      setAmount('');
      setReference('');
      setScan(null);
      setInvoiceIds([]);
      setPaper(EMPTY_PAPER);
      setImpagables(inputs.impagables ? defaultImpagableLines(detail) : []);
      setErrors({});
    }
  }, [opened, action?.action]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  const textKey = inputs.observaciones
    ? 'observaciones'
    : inputs.motivo
      ? 'motivo'
      : inputs.documentosFaltantes
        ? 'documentosFaltantes'
        : null;
  const plazoDias = typeof plazo === 'number' ? plazo : Number.NaN;
  const plazoOk = Number.isInteger(plazoDias) && plazoDias >= 1 && plazoDias <= MAX_PLAZO_PAGO_DAYS;

  async function save() {
    if (!action) return;
    const errs: FieldErrors = {};
    if (!date) errs.date = 'Indique la fecha';
    if (textKey && !text.trim()) {
      errs[textKey] =
        textKey === 'observaciones'
          ? 'Describa las observaciones del estado deudor'
          : textKey === 'motivo'
            ? 'Indique el motivo por el que los montos son impagables'
            : 'Indique qué documentos faltan';
    }
    if (inputs.plazoPagoDias && !plazoOk)
      errs.plazoPagoDias = `Un número entero de días naturales, de 1 a ${MAX_PLAZO_PAGO_DAYS}`;
    let cents: number | null = null;
    if (inputs.payment) {
      const parsed = parseAmount(amount, locale, { required: true, positive: true });
      if (parsed.error) errs['payment.amountCents'] = parsed.error;
      cents = parsed.cents;
      if (!reference.trim()) errs['payment.reference'] = 'Indique la referencia (transferencia, folio del comprobante)';
    }
    if (inputs.comprobante === 'required' && !scan) errs.comprobante = 'Adjunte el comprobante del pago';
    if (inputs.impagables) {
      const problem = impagableLinesError(detail, impagables, text);
      if (problem) errs.impagables = problem;
    }
    const withPaper =
      def !== null &&
      receivesPaper(def) &&
      (paper.numero.trim() !== '' || paper.fecha !== null || paper.deParteDe.trim() !== '');
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !date) return;
    setSaving(true);
    try {
      const c = await casesApi.act({
        id: detail.id,
        action: action.action,
        date,
        note: note.trim(),
        ...(textKey ? { [textKey]: text.trim() } : {}),
        ...(inputs.plazoPagoDias ? { plazoPagoDias: plazoDias } : {}),
        ...(inputs.payment && cents !== null
          ? { payment: { amountCents: cents, reference: reference.trim(), date } }
          : {}),
        ...(scan ? { comprobante: { fileName: scan.fileName, dataBase64: scan.dataBase64 } } : {}),
        ...(withPaper
          ? { paper: { numero: paper.numero.trim(), fecha: paper.fecha, deParteDe: paper.deParteDe.trim() } }
          : {}),
        ...(inputs.impagables ? { impagables } : {}),
        invoiceIds,
      });
      notifySuccess(`${action.label}: listo. El caso está ahora en «${c.stateLabel}».`, c.folio);
      // The case's screen shows c at once (casesApi.act seeds it).
      onClose();
    } catch (err) {
      const fe = apiErrorToFieldErrors(err);
      setErrors(fe);
      notifyError(err, `No se pudo: ${action.label.toLowerCase()}`);
    } finally {
      setSaving(false);
    }
  }

  const plazoEnds = date && plazoOk ? paymentDueDate(date, plazoDias) : null;

  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      title={
        <Group gap="xs" wrap="nowrap">
          <IconBolt size={18} />
          <Text fw={600}>{action?.label}</Text>
          <Text c="dimmed" size="sm">
            · {detail.folio}
          </Text>
        </Group>
      }
      size={inputs.invoices || inputs.impagables ? 'xl' : 'lg'}
      centered
      data-testid="action-dialog"
    >
      <SubmitForm onSubmit={save} data-testid="action-form" data-action={action?.action}>
        <Stack gap="sm">
          {def && <EffectsPreview def={def} />}
          {def && receivesPaper(def) && <ReceivedPaperFields value={paper} onChange={setPaper} />}
          {textKey === 'observaciones' && (
            <Textarea
              label="Observaciones del estado deudor"
              description="Se citan en el memorándum de subsanación a la Dirección de validación."
              required
              autosize
              minRows={4}
              maxRows={10}
              value={text}
              onChange={(e) => (setText(e.currentTarget.value), clear('observaciones'))}
              error={errors.observaciones}
              name="observaciones"
              data-autofocus
            />
          )}
          {textKey === 'motivo' && (
            <Textarea
              label="Motivo por el que los montos son impagables"
              description="Aparece en el reporte de impagables. El caso se cierra."
              required
              autosize
              minRows={3}
              maxRows={8}
              value={text}
              onChange={(e) => (setText(e.currentTarget.value), clear('motivo'))}
              error={errors.motivo}
              name="motivo"
              data-autofocus
            />
          )}
          {inputs.impagables && (
            <Input.Wrapper
              label="Montos impagables"
              description="Facturas del caso (hasta su saldo) o montos con su concepto; cada uno con su motivo o, si no lo tiene, el general."
              required
              inputWrapperOrder={['label', 'description', 'input', 'error']}
            >
              <Stack gap={4} mt={6}>
                <ImpagablesEditor
                  detail={detail}
                  value={impagables}
                  onChange={(lines) => (setImpagables(lines), clear('impagables'))}
                />
                {errors.impagables && (
                  <Text size="sm" c="red" data-testid="impagables-error">
                    {errors.impagables}
                  </Text>
                )}
              </Stack>
            </Input.Wrapper>
          )}
          {textKey === 'documentosFaltantes' && (
            <Textarea
              label="Documentos faltantes"
              description="Se piden por escrito a la Dirección de Contratación y Garantía; el trámite queda detenido hasta recibirlos."
              required
              autosize
              minRows={3}
              maxRows={8}
              placeholder={'Listado nominal del periodo\nConstancia de validación'}
              value={text}
              onChange={(e) => (setText(e.currentTarget.value), clear('documentosFaltantes'))}
              error={errors.documentosFaltantes}
              name="documentosFaltantes"
              data-autofocus
            />
          )}
          <SimpleGrid cols={inputs.plazoPagoDias || inputs.payment ? 2 : 1} spacing="sm">
            <DateField
              label={
                inputs.payment ? 'Fecha del pago' : inputs.plazoPagoDias ? 'Fecha de envío de la factura' : 'Fecha'
              }
              description={
                inputs.plazoPagoDias ? 'Día 0 del plazo de pago y de los 120 días de la garantía.' : undefined
              }
              required
              value={date}
              onChange={(v) => (setDate(v), clear('date'))}
              error={errors.date}
              name="date"
              maxDate={todayIso()}
            />
            {inputs.plazoPagoDias && (
              <NumberInput
                label="Plazo de pago (días naturales)"
                description="Valor por omisión de Configuración."
                required
                min={1}
                max={MAX_PLAZO_PAGO_DAYS}
                allowDecimal={false}
                allowNegative={false}
                value={plazo}
                onChange={(v) => (setPlazo(v), clear('plazoPagoDias'))}
                error={errors.plazoPagoDias}
                name="plazoPagoDias"
              />
            )}
            {inputs.payment && (
              <MoneyInput
                label="Importe"
                required
                locale={locale}
                value={amount}
                onChange={(v) => (setAmount(v), clear('payment.amountCents'))}
                error={errors['payment.amountCents']}
                name="paymentAmount"
                data-autofocus
              />
            )}
          </SimpleGrid>
          {inputs.plazoPagoDias && plazoEnds && <PlazoPreview date={date} plazoEnds={plazoEnds} />}
          {inputs.payment && (
            <PaymentFields
              detail={detail}
              locale={locale}
              reference={reference}
              error={errors['payment.reference']}
              onReference={(v) => (setReference(v), clear('payment.reference'))}
              onFullBalance={(v) => (setAmount(v), clear('payment.amountCents'))}
            />
          )}
          {inputs.comprobante && (
            <ComprobanteField
              mode={inputs.comprobante}
              scan={scan}
              error={errors.comprobante}
              onPick={(file) => (setScan(file), clear('comprobante'))}
              onRemove={() => (setScan(null), clear('comprobante'))}
              onReject={(msgs) => setErrors((e) => ({ ...e, comprobante: msgs.join(' ') }))}
            />
          )}
          {inputs.invoices && (
            <Input.Wrapper
              label="Facturas recibidas"
              description="Opcional: marque la factura fiscal emitida por Finanzas para agregarla al caso (regístrela antes en Facturas)."
            >
              <CaseInvoicePicker
                counterpartyId={detail.counterpartyId}
                direction={detail.direction}
                selected={invoiceIds}
                onChange={setInvoiceIds}
                exclude={detail.invoices.map((i) => i.id)}
                maxHeight={260}
              />
            </Input.Wrapper>
          )}
          <TextInput
            label="Nota (opcional)"
            placeholder="Llamada con el enlace del estado, número de guía…"
            value={note}
            onChange={(e) => (setNote(e.currentTarget.value), clear('note'))}
            error={errors.note}
            name="note"
          />
          <DialogFooter
            error={errors._form ?? errors.action ?? errors.id}
            saving={saving}
            onCancel={onClose}
            submitLabel={action?.label ?? 'Confirmar'}
            submitIcon={<IconCheck size={16} />}
            color={inputs.danger ? 'red' : undefined}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
