import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconSignature } from '@tabler/icons-react';
import type { AgreementPreview } from '../../../shared/api/types-agreements';
import type { MoneyLocale } from '../../../shared/domain/money';
import { formatDate, money } from '../../lib/format';

/**
 * The last look before signing: signing records the agreement and posts its
 * interest and costs to the ledger as notas débito, which is never undone
 * (a mistake is corrected by new entries), so it asks once more.
 */
export function SignConfirm({
  opened,
  preview: p,
  signer,
  locale,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  preview: AgreementPreview;
  signer: { signerName: string; signerPosition: string };
  locale: MoneyLocale;
  onCancel(): void;
  onConfirm(): void;
}) {
  const m = (c: number) => money(c, locale);
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      centered
      size="lg"
      title={<Text fw={600}>Firmar el acuerdo de pago con {p.counterpartyName}</Text>}
      data-testid="agreement-sign-confirm"
    >
      <Stack gap="sm">
        <List size="sm" spacing={4}>
          <List.Item>
            Firma por el deudor: <b>{signer.signerName.trim()}</b>, en calidad de {signer.signerPosition.trim()}.
          </List.Item>
          <List.Item>
            Fecha de firma: {formatDate(p.signingDate)};{' '}
            {p.invoices.length === 1 ? '1 factura' : `${p.invoices.length} facturas`}.
          </List.Item>
          <List.Item>
            Deuda {m(p.debtCents)} (capital {m(p.capitalCents)}, intereses de mora {m(p.interestCents)}, costas{' '}
            {m(p.costsCents)}).
          </List.Item>
          <List.Item>
            Cuota inicial {m(p.cuotaInicialCents)} y{' '}
            {p.numeroCuotas === 1 ? '1 cuota mensual' : `${p.numeroCuotas} cuotas mensuales`}
            {p.fixedCuotaCents !== null ? ` de ${m(p.fixedCuotaCents)}` : ''}; total a pagar{' '}
            {p.totalCents !== null ? m(p.totalCents) : '—'}.
          </List.Item>
        </List>
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={16} />}>
          Al firmar se registra el acuerdo y se asientan en el libro mayor, como notas débito a sus facturas, los
          intereses de mora ({m(p.interestCents)}) y las costas ({m(p.costsCents)}). Esos asientos no se borran: un
          error se corrige con asientos nuevos.
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Volver
          </Button>
          <Button leftSection={<IconSignature size={16} />} onClick={onConfirm} data-testid="agreement-sign-confirmed">
            Firmar y registrar
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
