import {
  ActionIcon,
  Alert,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileInvoice, IconPaperclip, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MAX_SCAN_BYTES } from '../../../shared/api/schemas';
import type { InvoiceDetail } from '../../../shared/api/types';
import { TIPOS_NOTA_CREDITO, TIPOS_NOTA_DEBITO } from '../../../shared/domain/cartera/nota-credito';
import { formatMoney } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { FileDropZone } from '../../components/FileDropZone';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatBytes, type PickedFile } from '../../lib/files';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/session';
import { notasApi } from './notas-api';
import { useNotaRule } from './useNotaRule';
import { SubmitForm } from '../../components/SubmitForm';

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
type Kind = 'nota_credito' | 'nota_debito';

/** "Nota crédito / débito" on one invoice, with its support and (when the rule asks) its approval. */
export function NotaDialog({ invoice, opened, onClose }: { invoice: InvoiceDetail; opened: boolean; onClose(): void }) {
  const locale = useLocale();
  const [kind, setKind] = useState<Kind>('nota_credito');
  const [tipo, setTipo] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState<string | null>(todayIso());
  const [support, setSupport] = useState('');
  const [memo, setMemo] = useState('');
  const [scan, setScan] = useState<(PickedFile & { warning: string | null }) | null>(null);
  const [approvedBy, setApprovedBy] = useState('');
  const [approvalRef, setApprovalRef] = useState('');
  const [approvalDate, setApprovalDate] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const idem = useIdempotencyKey();

  useEffect(() => {
    if (!opened) return;
    setKind(invoice.balanceCents > 0 ? 'nota_credito' : 'nota_debito');
    setTipo(null);
    setAmount('');
    setDate(todayIso());
    setSupport('');
    setMemo('');
    setScan(null);
    setApprovedBy('');
    setApprovalRef('');
    setApprovalDate(null);
    setErrors({});
    idem.reset();
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  const isCredito = kind === 'nota_credito';
  const parsed = parseAmount(amount, locale, { positive: true });
  const rule = useNotaRule({
    isCredito,
    tipo,
    amountCents: parsed.cents,
    date,
    invoiceAmountCents: invoice.amountCents,
    locale,
  });
  const needsApproval = rule.kind === 'approval';
  const tipos = (isCredito ? TIPOS_NOTA_CREDITO : TIPOS_NOTA_DEBITO).map((t) => ({ value: t.value, label: t.label }));

  async function save() {
    const errs: FieldErrors = {};
    if (!tipo) errs.tipo = 'Elija el tipo de nota';
    if (!date) errs.date = 'Indique la fecha de la nota';
    if (!support.trim())
      errs.supportReference = 'Toda nota requiere un soporte: indique el documento (acta, oficio, glosa)';
    const amt = parseAmount(amount, locale, { required: true, positive: true });
    if (amt.error) errs.amountCents = amt.error;
    if (needsApproval) {
      if (!approvedBy.trim()) errs['approval.approvedBy'] = 'Indique quién aprobó la nota';
      if (!approvalRef.trim()) errs['approval.reference'] = 'Indique el acta o resolución de aprobación';
      if (!approvalDate) errs['approval.date'] = 'Indique la fecha de la aprobación';
    }
    setErrors(errs);
    if (Object.keys(errs).length > 0 || amt.cents === null || !date || !tipo) return;
    const payload = {
      invoiceId: invoice.id,
      kind,
      tipo,
      amountCents: amt.cents,
      date,
      supportReference: support.trim(),
      memo: memo.trim(),
      scan: scan ? { fileName: scan.fileName, dataBase64: scan.dataBase64 } : null,
      approval:
        needsApproval && approvalDate
          ? { approvedBy: approvedBy.trim(), reference: approvalRef.trim(), date: approvalDate }
          : null,
    };
    setSaving(true);
    try {
      const r = await notasApi.register({ ...payload, idempotencyKey: idem.keyFor(payload) });
      idem.reset();
      const what = isCredito ? 'Nota crédito' : 'Nota débito';
      notifySuccess(
        r.replayed
          ? 'Esa nota ya estaba registrada; no se duplicó.'
          : `${what} de ${formatMoney(amt.cents, locale)} registrada en la factura ${invoice.number}.`,
      );
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se registró la nota');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      title={
        <Group gap="xs">
          <IconFileInvoice size={18} />
          <Text fw={600}>Nota crédito / débito · factura {invoice.number}</Text>
        </Group>
      }
      size="lg"
      centered
    >
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <SegmentedControl
            fullWidth
            value={kind}
            onChange={(v) => (setKind(v as Kind), setTipo(null), clear('tipo'))}
            data={[
              { value: 'nota_credito', label: 'Nota crédito (disminuye el saldo)' },
              { value: 'nota_debito', label: 'Nota débito (aumenta el saldo)' },
            ]}
            data-testid="nota-kind"
          />
          <Text size="sm" c="dimmed">
            Valor de la factura{' '}
            <Text span fw={600} c="dark" className="num">
              {formatMoney(invoice.amountCents, locale)}
            </Text>{' '}
            · saldo actual{' '}
            <Text span fw={600} c="dark" className="num">
              {formatMoney(invoice.balanceCents, locale)}
            </Text>
            {isCredito && ' · una nota crédito no puede exceder el saldo.'}
          </Text>
          <Select
            label="Tipo de nota"
            required
            data={tipos}
            value={tipo}
            onChange={(v) => (setTipo(v), clear('tipo'))}
            error={errors.tipo}
            name="notaTipo"
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={2} spacing="sm">
            <MoneyInput
              label="Monto"
              required
              locale={locale}
              value={amount}
              onChange={(v) => (setAmount(v), clear('amountCents'))}
              error={errors.amountCents}
              name="notaAmount"
            />
            <DateField
              label="Fecha de la nota"
              required
              value={date}
              onChange={(v) => (setDate(v), clear('date'))}
              error={errors.date}
              name="notaDate"
            />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label="Soporte"
              required
              placeholder="Acta de conciliación, oficio de glosa…"
              value={support}
              onChange={(e) => (setSupport(e.currentTarget.value), clear('supportReference'))}
              error={errors.supportReference}
              name="notaSupport"
            />
            <TextInput
              label="Detalle (opcional)"
              value={memo}
              onChange={(e) => setMemo(e.currentTarget.value)}
              error={errors.memo}
              name="notaMemo"
            />
          </SimpleGrid>
          {scan ? (
            <Paper withBorder radius="sm" px="sm" py={8} data-testid="nota-scan-picked">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <IconPaperclip size={16} />
                  <Text size="sm" truncate>
                    {scan.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatBytes(scan.sizeBytes)}
                  </Text>
                </Group>
                <Tooltip label="Quitar">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => setScan(null)}
                    aria-label="Quitar el escaneo"
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Paper>
          ) : (
            <FileDropZone
              accept={SCAN_TYPES}
              acceptLabel="PDF, JPG o PNG"
              maxBytes={MAX_SCAN_BYTES}
              compact
              title="Escaneo del soporte (opcional): arrástrelo aquí o haga clic"
              onFiles={(files) => files[0] && (setScan(files[0]), clear('scan'))}
              onReject={(msgs) => setErrors((e) => ({ ...e, scan: msgs.join(' ') }))}
              testId="nota-scan"
            />
          )}
          {errors.scan && (
            <Text size="xs" c="red">
              {errors.scan}
            </Text>
          )}
          <RuleNotice rule={rule} />
          {needsApproval && (
            <SimpleGrid cols={3} spacing="sm" data-testid="nota-approval">
              <TextInput
                label="Aprobada por"
                required
                value={approvedBy}
                onChange={(e) => (setApprovedBy(e.currentTarget.value), clear('approval.approvedBy'))}
                error={errors['approval.approvedBy']}
                name="approvedBy"
                placeholder="Comité de Cartera"
              />
              <TextInput
                label="Acta o resolución"
                required
                value={approvalRef}
                onChange={(e) => (setApprovalRef(e.currentTarget.value), clear('approval.reference'))}
                error={errors['approval.reference']}
                name="approvalReference"
              />
              <DateField
                label="Fecha de aprobación"
                required
                value={approvalDate}
                onChange={(v) => (setApprovalDate(v), clear('approval.date'))}
                error={errors['approval.date']}
                name="approvalDate"
              />
            </SimpleGrid>
          )}
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel={isCredito ? 'Registrar nota crédito' : 'Registrar nota débito'}
            submitIcon={<IconFileInvoice size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}

function RuleNotice({ rule }: { rule: ReturnType<typeof useNotaRule> }) {
  if (rule.kind === 'approval') {
    return (
      <Alert
        color="orange"
        icon={<IconAlertTriangle size={16} />}
        title="Requiere aprobación registrada"
        data-testid="nota-rule"
      >
        La nota crédito por error administrativo {rule.exceeded.join(' y ')}. Solo se aplica directamente hasta 5{' '}
        {rule.unitPluralLabel} y hasta el 25 % de la factura: registre quién la aprobó, el acta o resolución y su fecha.
      </Alert>
    );
  }
  if (rule.kind === 'missing-unit') {
    return (
      <Alert color="red" icon={<IconAlertTriangle size={16} />} data-testid="nota-rule">
        {rule.message} Sin ese valor no se puede verificar el límite de 5 unidades de la nota por error administrativo.
      </Alert>
    );
  }
  if (rule.kind === 'direct') {
    return (
      <Alert color="teal" icon={<IconCheck size={16} />} data-testid="nota-rule">
        Dentro de 5 {rule.unitPluralLabel} y del 25 % de la factura: se aplica directamente, sin aprobación.
      </Alert>
    );
  }
  return null;
}
