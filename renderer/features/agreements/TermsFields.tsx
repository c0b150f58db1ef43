import { Alert, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { AgreementPreview } from '../../../shared/api/types-agreements';
import { DateField } from '../../components/DateField';
import { Section } from '../../components/Section';
import type { FieldErrors } from '../../lib/form';
import type { Draft } from './useProposal';

type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

/** A broken rule shown beside the fields it concerns. */
export function RuleNote({ field, errors }: { field: string; errors: FieldErrors }) {
  const msg = errors[field];
  if (!msg) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      py={8}
      mb="sm"
      data-testid={`rule-${field}`}
    >
      <Text size="sm">{msg}</Text>
    </Alert>
  );
}

/** Approval and waiver of prescription: needed when the cuotas exceed the cuantía's maximum. */
export function ExtensionFields({
  d,
  set,
  errors,
  preview,
}: {
  d: Draft;
  set: SetDraft;
  errors: FieldErrors;
  preview: AgreementPreview | undefined;
}) {
  const n = typeof d.numeroCuotas === 'number' ? d.numeroCuotas : 0;
  const needed = (preview && n > preview.maxCuotas) || !!errors.extensionApproval || !!errors.prescriptionWaiver;
  const filled = d.approvedBy || d.approvalReference || d.approvalDate || d.waiverReference || d.waiverDate;
  if (!needed && !filled) return null;
  return (
    <Section
      title="Ampliación del plazo"
      description="Más cuotas que el máximo de la cuantía (hasta 60): aprobación de la Gerencia y renuncia expresa del deudor a la prescripción."
    >
      <RuleNote field="extensionApproval" errors={errors} />
      <Stack gap="xs">
        <TextInput
          label="Aprobó"
          placeholder="Gerente"
          value={d.approvedBy}
          onChange={(e) => set('approvedBy', e.currentTarget.value)}
          name="approvedBy"
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label="Documento de aprobación"
            placeholder="Acta de comité 07 de 2025"
            value={d.approvalReference}
            onChange={(e) => set('approvalReference', e.currentTarget.value)}
            name="approvalReference"
          />
          <DateField
            label="Fecha de la aprobación"
            value={d.approvalDate}
            onChange={(v) => set('approvalDate', v)}
            name="approvalDate"
          />
        </SimpleGrid>
      </Stack>
      <Text size="sm" fw={600} mt="md" mb={6}>
        Renuncia a la prescripción
      </Text>
      <RuleNote field="prescriptionWaiver" errors={errors} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label="Documento de renuncia"
          placeholder="Escrito del representante legal"
          value={d.waiverReference}
          onChange={(e) => set('waiverReference', e.currentTarget.value)}
          name="waiverReference"
        />
        <DateField
          label="Fecha de la renuncia"
          value={d.waiverDate}
          onChange={(v) => set('waiverDate', v)}
          name="waiverDate"
        />
      </SimpleGrid>
    </Section>
  );
}

/** Certificate of cure: the debtor is in the BDME for a breached agreement. */
export function BdmeFields({
  d,
  set,
  errors,
  preview,
}: {
  d: Draft;
  set: SetDraft;
  errors: FieldErrors;
  preview: AgreementPreview | undefined;
}) {
  if (!preview?.bdmeBreachedAgreement && !errors.bdmeCertificate) return null;
  return (
    <Section
      title="Certificado de la Contaduría (BDME)"
      description="El deudor figura en el Boletín de Deudores Morosos del Estado por incumplir un acuerdo."
    >
      <RuleNote field="bdmeCertificate" errors={errors} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label="Certificado"
          placeholder="Certificación CGN 2025-0123"
          value={d.bdmeReference}
          onChange={(e) => set('bdmeReference', e.currentTarget.value)}
          name="bdmeReference"
        />
        <DateField
          label="Fecha del certificado"
          value={d.bdmeDate}
          onChange={(v) => set('bdmeDate', v)}
          name="bdmeDate"
        />
      </SimpleGrid>
    </Section>
  );
}

export function GuaranteeFields({
  d,
  set,
  errors,
  preview,
}: {
  d: Draft;
  set: SetDraft;
  errors: FieldErrors;
  preview: AgreementPreview | undefined;
}) {
  return (
    <Section
      title="Garantía"
      description="Tipo y descripción. Se exime al deudor público que paga en dos contados del 50 % dentro de un año."
    >
      {preview?.guaranteeExempt && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={16} />} py={8} mb="sm">
          Deudor público que paga en dos mitades: no requiere garantía.
        </Alert>
      )}
      <RuleNote field="guarantee" errors={errors} />
      <Stack gap="xs">
        <TextInput
          label="Tipo de garantía"
          placeholder="Pagaré"
          value={d.guaranteeType}
          onChange={(e) => set('guaranteeType', e.currentTarget.value)}
          name="guaranteeType"
        />
        <Textarea
          label="Descripción"
          autosize
          minRows={2}
          placeholder="Pagaré en blanco con carta de instrucciones firmado por el representante legal"
          value={d.guaranteeDescription}
          onChange={(e) => set('guaranteeDescription', e.currentTarget.value)}
          name="guaranteeDescription"
        />
      </Stack>
    </Section>
  );
}
