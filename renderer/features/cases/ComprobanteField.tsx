// The payment receipt's scan: required when Recursos Financieros sends it, optional otherwise.
import { ScanField, type PickedScan } from '../../components/ScanField';

export type { PickedScan };

export function ComprobanteField({
  mode,
  scan,
  error,
  onPick,
  onRemove,
  onReject,
}: {
  mode: 'required' | 'optional';
  scan: PickedScan | null;
  error: string | undefined;
  onPick(file: PickedScan): void;
  onRemove(): void;
  onReject(msgs: string[]): void;
}) {
  return (
    <ScanField
      label="Comprobante de pago"
      required={mode === 'required'}
      description={
        mode === 'required'
          ? 'El comprobante que envía Recursos Financieros (PDF, JPG o PNG).'
          : 'Opcional: el escaneo del comprobante o del estado de cuenta (PDF, JPG o PNG).'
      }
      error={error}
      scan={scan}
      onPick={onPick}
      onRemove={onRemove}
      onReject={onReject}
      removeLabel="Quitar el comprobante"
      testId="comprobante-scan"
      pickedTestId="comprobante-picked"
    />
  );
}
