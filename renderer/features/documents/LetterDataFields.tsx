import {
  Alert,
  Anchor,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconBuildingBank, IconInfoCircle } from '@tabler/icons-react';
import type { DocumentData, Signatory } from '../../../shared/api/types';
import type { DocumentTypeDef } from '../../../shared/domain/documents/types';
import type { MoneyLocale } from '../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { MoneyInput } from '../../components/MoneyInput';
import { Section } from '../../components/Section';
import type { FieldErrors } from '../../lib/form';
import { navigate } from '../../lib/router';
import { CaseFactsNote } from './CaseFactsNote';
import { InvoicePicker } from './InvoicePicker';
import { typeNeeds, type LetterDraft } from './model';

export interface LetterDataFieldsProps {
  def: DocumentTypeDef;
  draft: LetterDraft;
  errors: FieldErrors;
  locale: MoneyLocale;
  signatories: Signatory[];
  /** Patch of the form (top-level keys). */
  onDraft(patch: Partial<LetterDraft>): void;
  /** Patch of `data`. */
  onData(patch: Partial<DocumentData>): void;
  /** false in the batch mode: each recipient's invoices are chosen by the system. */
  withInvoices?: boolean;
  /** Shown instead of the invoice picker when withInvoices is false. */
  invoicesSlot?: React.ReactNode;
}

/** Step "Datos": the fields the chosen type needs (catalog's field list), signers and copies. */
export function LetterDataFields({
  def,
  draft,
  errors,
  locale,
  signatories,
  onDraft,
  onData,
  withInvoices = true,
  invoicesSlot,
}: LetterDataFieldsProps) {
  const need = typeNeeds(def);
  const d = draft.data;
  const active = signatories.filter((s) => s.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const order = new Map(active.map((s, i) => [s.id, i]));

  return (
    <Stack gap={0}>
      {draft.caseFacts && <CaseFactsNote facts={draft.caseFacts} locale={locale} />}
      <Section title="Fecha y expediente">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateField
            label="Fecha del documento"
            required
            value={draft.date}
            onChange={(v) => onDraft({ date: v })}
            error={errors.date}
            name="date"
          />
          {need.caso && (
            <TextInput
              label="Folio del caso o expediente"
              placeholder="COB-2026-0015"
              value={d.caseFolio}
              onChange={(e) => onData({ caseFolio: e.currentTarget.value })}
              error={errors.caseFolio}
              name="caseFolio"
            />
          )}
          <TextInput
            label="Área que emite"
            description="Vacío: la de la institución."
            value={d.area}
            onChange={(e) => onData({ area: e.currentTarget.value })}
            error={errors.area}
            name="area"
          />
        </SimpleGrid>
      </Section>

      {need.invoices && (
        <Section
          title="Facturas del documento"
          description={`Se imprimen en la tabla ${def.tableColumns.join(' | ')}, con su total y el total con letra.`}
        >
          {withInvoices ? (
            <InvoicePicker
              counterpartyId={draft.counterpartyId}
              selected={d.invoiceIds}
              onChange={(invoiceIds) => onData({ invoiceIds })}
              error={errors.invoiceIds}
            />
          ) : (
            invoicesSlot
          )}
        </Section>
      )}

      {need.reference && (
        <Section title="Oficio de referencia" description="El oficio al que este documento da seguimiento o respuesta.">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Número del oficio"
              placeholder="DCGSSP/1234/2025"
              value={d.reference.numero}
              onChange={(e) => onData({ reference: { ...d.reference, numero: e.currentTarget.value } })}
              error={errors['reference.numero']}
              name="reference.numero"
            />
            <DateField
              label="Fecha del oficio"
              value={d.reference.fecha || null}
              onChange={(v) => onData({ reference: { ...d.reference, fecha: v ?? '' } })}
              error={errors['reference.fecha']}
              name="reference.fecha"
            />
            <TextInput
              label="Emisor"
              placeholder="Dirección de Contratación y Garantía…"
              value={d.reference.emisor}
              onChange={(e) => onData({ reference: { ...d.reference, emisor: e.currentTarget.value } })}
              error={errors['reference.emisor']}
              name="reference.emisor"
            />
          </SimpleGrid>
        </Section>
      )}

      {(need.plazo || need.fechaLimite) && (
        <Section title="Plazo">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {need.plazo && (
              <NumberInput
                label="Plazo (días naturales)"
                min={0}
                max={365}
                allowDecimal={false}
                allowNegative={false}
                value={d.plazoDias || ''}
                onChange={(v) => onData({ plazoDias: typeof v === 'number' ? v : Number.parseInt(v || '0', 10) || 0 })}
                error={errors.plazoDias}
                name="plazoDias"
              />
            )}
            {need.fechaLimite && (
              <DateField
                label="Fecha límite del plazo de pago"
                value={d.fechaLimite || null}
                onChange={(v) => onData({ fechaLimite: v ?? '' })}
                error={errors.fechaLimite}
                name="fechaLimite"
              />
            )}
          </SimpleGrid>
        </Section>
      )}

      {need.pago && (
        <Section title="Pago" description="El pago que se notifica.">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <MoneyInput
              label="Importe"
              locale={locale}
              value={draft.pagoMonto}
              onChange={(v) => onDraft({ pagoMonto: v })}
              error={errors['pago.montoCents']}
              name="pago.monto"
            />
            <DateField
              label="Fecha del pago"
              value={d.pago.fecha || null}
              onChange={(v) => onData({ pago: { ...d.pago, fecha: v ?? '' } })}
              error={errors['pago.fecha']}
              name="pago.fecha"
            />
            <TextInput
              label="Referencia"
              placeholder="Número de transferencia"
              value={d.pago.referencia}
              onChange={(e) => onData({ pago: { ...d.pago, referencia: e.currentTarget.value } })}
              error={errors['pago.referencia']}
              name="pago.referencia"
            />
            <TextInput
              label="Medio"
              placeholder="transferencia electrónica"
              value={d.pago.medio}
              onChange={(e) => onData({ pago: { ...d.pago, medio: e.currentTarget.value } })}
              error={errors['pago.medio']}
              name="pago.medio"
            />
          </SimpleGrid>
        </Section>
      )}

      {need.citacion && (
        <Section title="Citación" description="Fecha, hora y lugar de la cita al responsable de pago.">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField
              label="Fecha de la cita"
              value={d.citacion.fecha || null}
              onChange={(v) => onData({ citacion: { ...d.citacion, fecha: v ?? '' } })}
              error={errors['citacion.fecha']}
              name="citacion.fecha"
            />
            <TextInput
              label="Hora"
              placeholder="9:00 a. m."
              value={d.citacion.hora}
              onChange={(e) => onData({ citacion: { ...d.citacion, hora: e.currentTarget.value } })}
              error={errors['citacion.hora']}
              name="citacion.hora"
            />
            <TextInput
              label="Lugar"
              value={d.citacion.lugar}
              onChange={(e) => onData({ citacion: { ...d.citacion, lugar: e.currentTarget.value } })}
              error={errors['citacion.lugar']}
              name="citacion.lugar"
            />
          </SimpleGrid>
        </Section>
      )}

      {(need.observaciones || need.faltantes || need.texto) && (
        <Section title="Texto">
          <Stack gap="sm">
            {need.observaciones && (
              <Textarea
                label="Observaciones"
                description="Se citan en el cuerpo del documento."
                autosize
                minRows={3}
                maxRows={10}
                value={d.observaciones}
                onChange={(e) => onData({ observaciones: e.currentTarget.value })}
                error={errors.observaciones}
                name="observaciones"
              />
            )}
            {need.faltantes && (
              <Textarea
                label="Documentos faltantes"
                description="Uno por renglón."
                required
                autosize
                minRows={3}
                maxRows={10}
                value={draft.faltantesText}
                onChange={(e) => onDraft({ faltantesText: e.currentTarget.value })}
                error={errors.documentosFaltantes}
                name="documentosFaltantes"
              />
            )}
            {need.asunto && (
              <TextInput
                label="Asunto"
                description="Se imprime como «Asunto:» bajo el número."
                required
                maxLength={300}
                value={d.asunto}
                onChange={(e) => onData({ asunto: e.currentTarget.value })}
                error={errors.asunto}
                name="asunto"
              />
            )}
            {need.texto && (
              <Textarea
                label="Cuerpo del documento"
                description="Texto libre; los párrafos se separan con un renglón en blanco."
                required
                autosize
                minRows={8}
                maxRows={24}
                value={d.texto}
                onChange={(e) => onData({ texto: e.currentTarget.value })}
                error={errors.texto}
                name="texto"
              />
            )}
          </Stack>
        </Section>
      )}

      <Section title="Firmas y copias">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Firmantes{' '}
              <Text span c="red">
                *
              </Text>
            </Text>
            {active.length === 0 ? (
              <Alert color="yellow" variant="light" icon={<IconInfoCircle size={16} />}>
                No hay firmantes activos.{' '}
                <Anchor size="sm" onClick={() => navigate('/configuracion/firmantes')}>
                  Registrarlos en Configuración
                </Anchor>
              </Alert>
            ) : (
              <Checkbox.Group
                value={d.signatoryIds.map(String)}
                onChange={(v) =>
                  onData({ signatoryIds: v.map(Number).sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99)) })
                }
                error={errors.signatoryIds}
              >
                <Stack gap={6}>
                  {active.map((s) => (
                    <Checkbox
                      key={s.id}
                      value={String(s.id)}
                      data-testid="signatory-option"
                      label={
                        <span>
                          <Text span size="sm" fw={500}>
                            {[s.title, s.name].filter(Boolean).join(' ')}
                          </Text>
                          <Text span size="xs" c="dimmed">
                            {' · '}
                            {s.position}
                          </Text>
                        </span>
                      }
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </Stack>
          <Stack gap="sm">
            <Textarea
              label="Con copia para (c.c.p.)"
              description="Una copia por renglón: nombre y cargo."
              autosize
              minRows={3}
              maxRows={8}
              placeholder={'Dr. Jorge Ramírez Soto. Director General. Para su conocimiento.\nArchivo.'}
              value={draft.ccpText}
              onChange={(e) => onDraft({ ccpText: e.currentTarget.value })}
              error={errors.ccp}
              name="ccp"
            />
            <TextInput
              label="Iniciales de quien elabora"
              placeholder="MFLR/jars"
              value={d.drafterInitials}
              onChange={(e) => onData({ drafterInitials: e.currentTarget.value })}
              error={errors.drafterInitials}
              name="drafterInitials"
              maw={240}
            />
          </Stack>
        </SimpleGrid>
      </Section>

      {(need.bank || need.automatic.length > 0) && (
        <Group gap="xs" align="flex-start" wrap="nowrap" mb="md">
          <IconBuildingBank size={16} color="var(--mantine-color-gray-6)" style={{ marginTop: 2, flexShrink: 0 }} />
          <Text size="xs" c="dimmed">
            {need.bank &&
              (def.key === 'memo_solicitud_pago'
                ? 'El documento incluye los datos bancarios de la entidad acreedora (registrados en su ficha). '
                : 'El documento incluye el bloque de la cuenta bancaria de la institución (Configuración). ')}
            {need.automatic.length > 0 && `El sistema completa ${need.automatic.join(', ')}.`}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
