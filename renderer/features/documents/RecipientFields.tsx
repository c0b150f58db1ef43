import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import type { AddresseeSource } from '../../../shared/domain/documents/types';
import { Section } from '../../components/Section';
import type { FieldErrors } from '../../lib/form';
import { navigate } from '../../lib/router';
import { ADDRESSEE_KEYS, type Addressee } from './model';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';

const LABELS: Record<keyof Addressee, string> = {
  title: 'Título',
  name: 'Nombre',
  position: 'Cargo',
  institution: 'Institución o dirección',
  address: 'Domicilio',
};

const ADDRESSEE_HELP: Record<AddresseeSource, string> = {
  counterparty: 'Se toma de la ficha de la entidad; lo que cambie aquí se aplica solo a este documento.',
  national_authority:
    'Este oficio se dirige a la autoridad nacional: su titular se toma de Configuración → Institución; lo que cambie aquí se aplica solo a este documento.',
  internal: 'Titular de la dirección interna que recibe el memorándum.',
};

/** Step "Destinatario": the entidad and the addressee block, prefilled by the type's addressee (entidad, authority, directorate) and editable. */
export function RecipientFields({
  addresseeSource,
  counterpartyId,
  onCounterparty,
  addressee,
  fromCounterparty,
  onAddressee,
  loadingCounterparty,
  errors,
}: {
  addresseeSource: AddresseeSource;
  counterpartyId: number | null;
  onCounterparty(id: number | null): void;
  addressee: Addressee;
  /** What the entidad gives (what an empty field prints). */
  fromCounterparty: Addressee;
  onAddressee(a: Addressee): void;
  loadingCounterparty: boolean;
  errors: FieldErrors;
}) {
  const cps = useCounterpartyOptions();
  const toEntidad = addresseeSource === 'counterparty';
  const memo = addresseeSource === 'internal';
  const edited = ADDRESSEE_KEYS.some((k) => addressee[k].trim() !== fromCounterparty[k].trim());
  const missing = toEntidad && counterpartyId !== null && !loadingCounterparty && !fromCounterparty.name;

  return (
    <Stack gap={0}>
      <Section
        title={toEntidad ? 'Entidad destinataria' : 'Entidad a la que se refiere'}
        description={
          memo
            ? 'El memorándum va a una dirección interna; la entidad es el estado o institución del asunto (sus facturas pueden ir en la tabla).'
            : !toEntidad
              ? 'El oficio va a la autoridad nacional; la entidad es el estado deudor del asunto.'
              : 'El estado, EPS o institución a la que se dirige el oficio.'
        }
      >
        <Select
          label="Entidad"
          required={!memo}
          placeholder={cps.loading ? 'Cargando…' : 'Busque por nombre o siglas'}
          data={cps.options}
          value={counterpartyId ? String(counterpartyId) : null}
          onChange={(v) => onCounterparty(v ? Number.parseInt(v, 10) : null)}
          searchable
          clearable={memo}
          nothingFoundMessage="Sin coincidencias"
          error={errors.counterpartyId}
          maw={520}
          name="counterpartyId"
          comboboxProps={{ width: 460, position: 'bottom-start' }}
        />
        {missing && (
          <Alert mt="sm" color="yellow" variant="light" icon={<IconAlertTriangle size={16} />} maw={720}>
            La entidad no tiene registrado a quién dirigir los oficios. Escríbalo abajo o{' '}
            <Anchor size="sm" onClick={() => counterpartyId && navigate(`/cartera/entidades/${counterpartyId}/editar`)}>
              complete la ficha de la entidad
            </Anchor>
            .
          </Alert>
        )}
      </Section>
      <Section
        title="Destinatario"
        description={ADDRESSEE_HELP[addresseeSource]}
        actions={
          !memo &&
          (counterpartyId !== null || !toEntidad) && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconRestore size={14} />}
              disabled={!edited}
              onClick={() => onAddressee({ ...fromCounterparty })}
            >
              {toEntidad ? 'Usar los datos de la entidad' : 'Usar los datos de Configuración'}
            </Button>
          )
        }
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
            <TextInput
              label={LABELS.title}
              placeholder="LIC."
              value={addressee.title}
              onChange={(e) => onAddressee({ ...addressee, title: e.currentTarget.value })}
              error={errors['addressee.title']}
              name="addressee.title"
            />
            <TextInput
              label={LABELS.name}
              required
              value={addressee.name}
              onChange={(e) => onAddressee({ ...addressee, name: e.currentTarget.value })}
              error={errors['addressee.name']}
              name="addressee.name"
              style={{ gridColumn: 'span 3' }}
            />
          </SimpleGrid>
          <TextInput
            label={LABELS.position}
            required
            value={addressee.position}
            onChange={(e) => onAddressee({ ...addressee, position: e.currentTarget.value })}
            error={errors['addressee.position']}
            name="addressee.position"
          />
          <TextInput
            label={LABELS.institution}
            value={addressee.institution}
            onChange={(e) => onAddressee({ ...addressee, institution: e.currentTarget.value })}
            error={errors['addressee.institution']}
            name="addressee.institution"
          />
          <Textarea
            label={LABELS.address}
            description="Un renglón por línea impresa."
            autosize
            minRows={2}
            maxRows={4}
            value={addressee.address}
            onChange={(e) => onAddressee({ ...addressee, address: e.currentTarget.value })}
            error={errors['addressee.address']}
            name="addressee.address"
          />
          {!memo && counterpartyId !== null && (
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {edited
                  ? 'Modificado para este documento; la ficha de la entidad no cambia.'
                  : 'Igual que en la ficha de la entidad.'}
              </Text>
            </Group>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
