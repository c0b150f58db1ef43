import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Input,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import type { FieldErrors } from '../../lib/form';
import { REFERENCE_UNIT_LABELS, type InstitutionDraft } from './model';

interface Props {
  draft: InstitutionDraft;
  errors: FieldErrors;
  onChange<K extends keyof InstitutionDraft & string>(key: K, value: InstitutionDraft[K]): void;
}

const STATE_OPTIONS = ENTIDADES_FEDERATIVAS.map((e) => ({ value: e.inegi, label: `${e.name} (${e.abbr})` }));

function text(p: Props, key: keyof InstitutionDraft & string) {
  return {
    value: p.draft[key] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => p.onChange(key, e.currentTarget.value as never),
    error: p.errors[key],
    name: key,
  };
}

export function IdentityFields(p: Props) {
  const mx = p.draft.profile === 'MX';
  return (
    <Stack gap="sm">
      <TextInput
        label="Nombre oficial de la institución"
        description={mx ? 'Como aparece en el membrete de los oficios.' : 'Razón social tal como figura en el RUT.'}
        placeholder={
          mx
            ? 'Organismo Público Descentralizado Servicios de Salud de Jalisco'
            : 'E.S.E. Hospital Departamental San Rafael'
        }
        required
        data-autofocus
        {...text(p, 'name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Nombre corto"
          placeholder={mx ? 'SSJ' : 'ESE San Rafael'}
          description="Se muestra en la barra superior."
          {...text(p, 'shortName')}
        />
        <TextInput
          label={mx ? 'RFC' : 'NIT'}
          placeholder={mx ? 'SSJ970101AB1' : '890.123.456-7'}
          {...text(p, 'taxId')}
        />
      </SimpleGrid>
      <TextInput
        label={mx ? 'Régimen o área' : 'Área o dependencia'}
        placeholder={mx ? 'Régimen Estatal de Protección Social en Salud' : 'Oficina de Cartera'}
        {...text(p, 'regime')}
      />
      {mx && (
        <Select
          label="Entidad federativa de la institución"
          description="Las otras 31 entidades serán sus contrapartes en la portabilidad."
          placeholder="Elija la entidad"
          data={STATE_OPTIONS}
          searchable
          required
          nothingFoundMessage="Sin coincidencias"
          value={p.draft.ownStateCode}
          onChange={(v) => p.onChange('ownStateCode', v)}
          error={p.errors.ownStateCode}
          name="ownStateCode"
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Ciudad" placeholder={mx ? 'Guadalajara' : 'Bogotá D.C.'} {...text(p, 'city')} />
        <TextInput
          label="Lugar de expedición"
          description={`En la fecha de los oficios: «${p.draft.cityLine || (mx ? 'Guadalajara, Jal.' : 'Bogotá D.C.')}, 3 de febrero de 2026».`}
          placeholder={mx ? 'Guadalajara, Jal.' : 'Bogotá D.C.'}
          {...text(p, 'cityLine')}
        />
      </SimpleGrid>
      <TextInput
        label="Domicilio"
        placeholder={mx ? 'Av. Juárez 1234, Col. Centro, C.P. 44100' : 'Calle 10 # 20-30'}
        {...text(p, 'address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Teléfono" placeholder={mx ? '33 1234 5678' : '(601) 123 4567'} {...text(p, 'phone')} />
        <TextInput label="Correo electrónico" placeholder="cartera@institucion.gob" {...text(p, 'email')} />
      </SimpleGrid>
    </Stack>
  );
}

export function LetterheadFields(p: Props) {
  const lines = p.draft.letterheadLines;
  const setLine = (i: number, v: string) =>
    p.onChange(
      'letterheadLines',
      lines.map((l, j) => (j === i ? v : l)),
    );
  return (
    <Stack gap="sm">
      <div>
        <Input.Label>Líneas del membrete</Input.Label>
        <Input.Description mb={6}>
          Aparecen centradas en la parte superior de cada oficio, entre los logotipos (máximo seis).
        </Input.Description>
        <Stack gap={6}>
          {lines.map((line, i) => (
            <Group key={i} gap={6} wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                aria-label={`Línea ${i + 1} del membrete`}
                name={`letterheadLines.${i}`}
                placeholder={
                  i === 0 ? 'Gobierno del Estado' : i === 1 ? 'Secretaría de Salud' : 'Dirección de Financiamiento'
                }
                value={line}
                error={p.errors[`letterheadLines.${i}`]}
                onChange={(e) => setLine(i, e.currentTarget.value)}
              />
              <Tooltip label="Quitar línea">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Quitar línea ${i + 1}`}
                  disabled={lines.length === 1}
                  onClick={() =>
                    p.onChange(
                      'letterheadLines',
                      lines.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
        <Button
          mt={6}
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          disabled={lines.length >= 6}
          onClick={() => p.onChange('letterheadLines', [...lines, ''])}
        >
          Agregar línea
        </Button>
        {p.errors.letterheadLines && (
          <Text size="xs" c="red">
            {p.errors.letterheadLines}
          </Text>
        )}
      </div>
      <TextInput
        label="Lema oficial del año"
        description="Se imprime después de «ATENTAMENTE»."
        placeholder={p.draft.profile === 'MX' ? '«2026, Año de …»' : 'Salud para todos'}
        {...text(p, 'slogan')}
      />
    </Stack>
  );
}

export function BankFields(p: Props) {
  const mx = p.draft.profile === 'MX';
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        Cuenta a la que las entidades deudoras deben transferir. Aparece en los requerimientos de pago.
      </Text>
      <TextInput
        label="Denominación (titular de la cuenta)"
        placeholder={mx ? 'Servicios de Salud de Jalisco' : 'E.S.E. Hospital San Rafael'}
        {...text(p, 'bankDenomination')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Banco" placeholder={mx ? 'BBVA México' : 'Banco de Bogotá'} {...text(p, 'bankName')} />
        <TextInput label="Número de cuenta" placeholder="0123456789" {...text(p, 'bankAccount')} />
      </SimpleGrid>
      {mx ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="CLABE interbancaria"
            description="18 dígitos"
            placeholder="012320001234567890"
            maxLength={22}
            {...text(p, 'bankClabe')}
          />
          <TextInput label="Tipo de cuenta (opcional)" placeholder="Cheques" {...text(p, 'bankAccountType')} />
        </SimpleGrid>
      ) : (
        <TextInput label="Tipo de cuenta" placeholder="Cuenta de ahorros" {...text(p, 'bankAccountType')} />
      )}
      <Divider label="Parámetros" labelPosition="left" mt="xs" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label="Plazo de pago (días)"
          description="Días naturales; da el vencimiento por defecto."
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          name="defaultPaymentTermDays"
          value={p.draft.defaultPaymentTermDays}
          onChange={(v) => p.onChange('defaultPaymentTermDays', v)}
          error={p.errors.defaultPaymentTermDays}
        />
        <NumberInput
          label="Cobro prejurídico (días)"
          description="Días calendario; vencidos sin acuerdo, el expediente pasa a cobro jurídico."
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          name="prejuridicoDays"
          value={p.draft.prejuridicoDays}
          onChange={(v) => p.onChange('prejuridicoDays', v)}
          error={p.errors.prejuridicoDays}
        />
        {mx ? (
          <Select
            label="Unidad de referencia"
            description="Para los umbrales de cuantía."
            data={[
              { value: 'UMA', label: REFERENCE_UNIT_LABELS.UMA },
              { value: 'SM', label: REFERENCE_UNIT_LABELS.SM },
            ]}
            value={p.draft.referenceUnitKind}
            onChange={(v) => v && p.onChange('referenceUnitKind', v as InstitutionDraft['referenceUnitKind'])}
            allowDeselect={false}
            name="referenceUnitKind"
          />
        ) : (
          <TextInput
            label="Unidad de referencia"
            description="Para los umbrales de cuantía."
            value="SMMLV"
            readOnly
            variant="filled"
          />
        )}
      </SimpleGrid>
      <TextInput
        label="Autoridad nacional"
        description={
          mx
            ? 'Comisión que garantiza el pago interestatal (destinataria de la solicitud de ejecución de garantía).'
            : 'Supervisor al que se reportan las entidades intervenidas y la BDME.'
        }
        {...text(p, 'nationalAuthorityName')}
      />
      {mx && (
        <>
          <Text size="sm" c="dimmed">
            Titular a quien se dirigen la notificación de falta de pago y la solicitud de ejecución de garantía.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Título" placeholder="Lic." {...text(p, 'nationalAuthorityTitle')} />
            <TextInput label="Nombre del titular" {...text(p, 'nationalAuthorityAddressee')} />
            <TextInput label="Cargo" {...text(p, 'nationalAuthorityPosition')} />
          </SimpleGrid>
          <Textarea
            label="Domicilio de la autoridad"
            description="Una línea por renglón: calle y número, colonia y C.P., ciudad."
            autosize
            minRows={2}
            maxRows={4}
            value={p.draft.nationalAuthorityAddress}
            onChange={(e) => p.onChange('nationalAuthorityAddress', e.currentTarget.value)}
            error={p.errors.nationalAuthorityAddress}
            name="nationalAuthorityAddress"
          />
        </>
      )}
    </Stack>
  );
}
