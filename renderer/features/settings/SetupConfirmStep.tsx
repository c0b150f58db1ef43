// Setup's last step: a summary of everything entered, the demo-data choice and the error that stopped finishing.
import { Alert, Checkbox, Paper, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import { formatMoney } from '../../../shared/domain/money';
import { InfoGrid } from '../../components/InfoGrid';
import type { FieldErrors } from '../../lib/form';
import { PROFILE_LABELS } from '../../lib/session';
import { REFERENCE_UNIT_SHORT, signatoriesToInput } from './model';
import { StepTitle } from './SetupStepTitle';
import { useWizard } from './store';

export function SetupConfirmStep({ errors }: { errors: FieldErrors }) {
  const w = useWizard();
  const d = w.institution;
  const locale = d.profile === 'MX' ? 'es-MX' : 'es-CO';
  const stateName = ENTIDADES_FEDERATIVAS.find((e) => e.inegi === d.ownStateCode)?.name;
  const validSignatories = signatoriesToInput(w.signatories).input;
  return (
    <Stack gap="md">
      <StepTitle title="Revise y confirme" text="Puede volver a cualquier paso desde la lista de la izquierda." />
      <Paper withBorder radius="md" p="md">
        <InfoGrid
          items={[
            { label: 'Perfil', value: `${d.profile} — ${PROFILE_LABELS[d.profile]}` },
            { label: 'Institución', value: d.name, testId: 'confirm-name' },
            { label: 'Nombre corto', value: d.shortName },
            { label: d.profile === 'MX' ? 'RFC' : 'NIT', value: d.taxId },
            ...(d.profile === 'MX' ? [{ label: 'Entidad federativa', value: stateName ?? '' }] : []),
            { label: 'Lugar', value: d.cityLine || d.city },
            { label: 'Membrete', value: d.letterheadLines.filter((l) => l.trim()).join(' · ') },
            {
              label: 'Logotipos',
              value:
                [w.logos.left && 'izquierdo', w.logos.right && 'derecho'].filter(Boolean).join(' y ') ||
                'Ninguno (puede agregarlos después)',
            },
            {
              label: 'Firmantes',
              value: validSignatories.map((s) => `${s.title ? s.title + ' ' : ''}${s.name}`).join('; ') || 'Ninguno',
            },
            {
              label: 'Banco',
              value: [
                d.bankName,
                d.bankAccount && `cta. ${d.bankAccount}`,
                d.bankClabe && `CLABE ${d.bankClabe}`,
                d.bankAccountType,
              ]
                .filter(Boolean)
                .join(' · '),
            },
            { label: 'Plazo de pago', value: `${d.defaultPaymentTermDays} días naturales` },
            {
              label: 'Moneda y formato',
              value: `${d.profile === 'MX' ? 'MXN' : 'COP'} · ${formatMoney(123456789, locale)} · dd/mm/aaaa · ${REFERENCE_UNIT_SHORT[d.profile === 'CO' ? 'SMMLV' : d.referenceUnitKind]}`,
            },
          ]}
        />
      </Paper>
      <Paper withBorder radius="md" p="md" bg={w.loadDemo ? 'yellow.0' : undefined}>
        <Checkbox
          data-testid="load-demo"
          checked={w.loadDemo}
          onChange={(e) => w.setLoadDemo(e.currentTarget.checked)}
          label="Cargar datos de ejemplo"
          description="Agrega entidades, facturas y movimientos ficticios para practicar o hacer una demostración. No la marque en la base de datos de trabajo real."
        />
      </Paper>
      {errors._form && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="No se pudo terminar">
          {errors._form}
        </Alert>
      )}
    </Stack>
  );
}
