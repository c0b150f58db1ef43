import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Image,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconBuilding,
  IconDeviceFloppy,
  IconFileText,
  IconInfoCircle,
  IconSignature,
  IconTable,
  IconTemplate,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Institution, ReferenceUnit, ReferenceUnitKind } from '../../../shared/api/types';
import { formatMoney } from '../../../shared/domain/money';
import {
  monthlyUnitCents,
  storesDailyValue,
  THRESHOLD_UNIT_LABEL,
  thresholdUnitKind,
  unitValidity,
} from '../../../shared/domain/reference-unit';
import { MoneyInput, parseAmount } from '../../components/MoneyInput';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { LoadingBlock } from '../../components/States';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate, formatDateTime } from '../../lib/format';
import { navigate, useLocation } from '../../lib/router';
import { PROFILE_LABELS, useLocale, useSession } from '../../lib/session';
import { apiQuery } from '../../lib/queryClient';
import { settingsApi } from './api';
import { BankFields, IdentityFields, LetterheadFields } from './InstitutionFields';
import { LogoPicker, readImage } from './LogoPicker';
import {
  draftFromInstitution,
  draftFromSignatory,
  institutionToInput,
  REFERENCE_UNIT_LABELS,
  REFERENCE_UNIT_SHORT,
  remapSignatoryErrors,
  signatoriesToInput,
  validateInstitution,
  validateSignatories,
  type InstitutionDraft,
  type SignatoryDraft,
} from './model';
import { SignatoriesEditor } from './SignatoriesEditor';
import type { SettingsTab } from './store';
import { todayIso } from '../../lib/today';

const TABS: { value: SettingsTab; label: string; icon: typeof IconBuilding }[] = [
  { value: 'institucion', label: 'Institución', icon: IconBuilding },
  { value: 'membrete', label: 'Membrete y logos', icon: IconFileText },
  { value: 'firmantes', label: 'Firmantes', icon: IconSignature },
  { value: 'tablas', label: 'Tablas', icon: IconTable },
  { value: 'plantillas', label: 'Plantillas', icon: IconTemplate },
];

/** `templates`: the Plantillas tab's panel (its own feature, composed by the app's routes). */
export function SettingsScreen({ templates }: { templates?: ReactNode }) {
  const { segments } = useLocation();
  const tab = (TABS.find((t) => t.value === segments[1])?.value ?? 'institucion') as SettingsTab;
  const settings = useSession((s) => s.settings);
  const institution = settings?.institution;

  return (
    <>
      <PageHeader
        title="Configuración"
        subtitle="Datos de la institución, membrete, firmantes, tablas de referencia y plantillas de oficios."
        crumbs={[{ label: 'Inicio', to: '/tablero' }, { label: 'Configuración' }]}
      />
      {!settings || !institution ? (
        <LoadingBlock />
      ) : (
        <Tabs value={tab} onChange={(v) => v && navigate(`/configuracion/${v}`)} keepMounted={false} variant="outline">
          <Tabs.List mb="md">
            {TABS.map(({ value, label, icon: Icon }) => (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={15} />}>
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="institucion">
            <InstitutionTab institution={institution} />
          </Tabs.Panel>
          <Tabs.Panel value="membrete">
            <LetterheadTab institution={institution} />
          </Tabs.Panel>
          <Tabs.Panel value="firmantes">
            <SignatoriesTab />
          </Tabs.Panel>
          <Tabs.Panel value="tablas">
            <TablesTab />
          </Tabs.Panel>
          <Tabs.Panel value="plantillas">{templates}</Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}

/** Shared save logic for the two tabs that edit the institution record. */
function useInstitutionDraft(institution: Institution) {
  const [draft, setDraft] = useState<InstitutionDraft>(() => draftFromInstitution(institution));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(draftFromInstitution(institution)), [institution]);
  const dirty = useMemo(
    () =>
      JSON.stringify(institutionToInput(draft)) !==
      JSON.stringify(institutionToInput(draftFromInstitution(institution))),
    [draft, institution],
  );

  const onChange = <K extends keyof InstitutionDraft & string>(k: K, v: InstitutionDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  };
  async function save() {
    const errs = validateInstitution(draft);
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      // The session follows the saved institution (settingsApi seeds settings.get).
      await settingsApi.saveInstitution(institutionToInput(draft));
      notifySuccess('Datos de la institución guardados.');
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se guardaron los cambios');
    } finally {
      setSaving(false);
    }
  }
  return {
    draft,
    errors,
    saving,
    dirty,
    onChange,
    save,
    reset: () => (setDraft(draftFromInstitution(institution)), setErrors({})),
  };
}

function SaveBar({
  dirty,
  saving,
  onSave,
  onReset,
  updatedAt,
}: {
  dirty: boolean;
  saving: boolean;
  onSave(): void;
  onReset(): void;
  updatedAt?: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm" className="save-bar">
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {dirty
            ? 'Hay cambios sin guardar.'
            : updatedAt
              ? `Última modificación: ${formatDateTime(updatedAt)}`
              : 'Sin cambios.'}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onReset} disabled={!dirty || saving}>
            Descartar cambios
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!dirty}>
            Guardar
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function InstitutionTab({ institution }: { institution: Institution }) {
  const f = useInstitutionDraft(institution);
  return (
    <Box maw={980}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section
          title="Datos generales"
          actions={
            <Badge variant="light" size="lg">
              Perfil {institution.profile} · {PROFILE_LABELS[institution.profile]}
            </Badge>
          }
        >
          <IdentityFields draft={f.draft} errors={f.errors} onChange={f.onChange} />
        </Section>
        <Section title="Cuenta bancaria y parámetros">
          <BankFields draft={f.draft} errors={f.errors} onChange={f.onChange} />
        </Section>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mb="sm">
        El perfil ({institution.profile}) se eligió en la configuración inicial y no se cambia aquí: determina
        catálogos, moneda ({institution.currency}) y formatos.
      </Text>
      {f.errors._form && (
        <Alert color="red" mb="sm">
          {f.errors._form}
        </Alert>
      )}
      <SaveBar dirty={f.dirty} saving={f.saving} onSave={f.save} onReset={f.reset} updatedAt={institution.updatedAt} />
    </Box>
  );
}

function useAssetUrl(id: number | null) {
  const q = useQuery({ ...apiQuery('assets.get', { id: id ?? 0 }), enabled: id !== null });
  return q.data ? `data:${q.data.mime};base64,${q.data.dataBase64}` : null;
}

function LetterheadTab({ institution }: { institution: Institution }) {
  const f = useInstitutionDraft(institution);
  const leftUrl = useAssetUrl(institution.logoLeftAssetId);
  const rightUrl = useAssetUrl(institution.logoRightAssetId);
  const [busy, setBusy] = useState<'left' | 'right' | null>(null);

  async function setLogo(slot: 'left' | 'right', file: File | null) {
    setBusy(slot);
    try {
      const image = file ? await readImage(file) : null;
      await settingsApi.setLogo({
        slot,
        image: image ? { fileName: image.fileName, dataBase64: image.dataBase64 } : null,
      });
      notifySuccess(file ? 'Logotipo guardado.' : 'Logotipo quitado.');
    } catch (err) {
      notifyError(err, 'No se guardó el logotipo');
    } finally {
      setBusy(null);
    }
  }

  const lines = f.draft.letterheadLines.filter((l) => l.trim());
  return (
    <Box maw={980}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section title="Texto del membrete">
          <LetterheadFields draft={f.draft} errors={f.errors} onChange={f.onChange} />
        </Section>
        <Section title="Logotipos" description="Se guardan al elegirlos.">
          <SimpleGrid cols={2} spacing="sm">
            <LogoPicker
              testId="logo-left"
              label="Izquierdo"
              src={leftUrl}
              busy={busy === 'left'}
              onPick={(file) => setLogo('left', file)}
              onRemove={() => setLogo('left', null)}
            />
            <LogoPicker
              testId="logo-right"
              label="Derecho"
              src={rightUrl}
              busy={busy === 'right'}
              onPick={(file) => setLogo('right', file)}
              onRemove={() => setLogo('right', null)}
            />
          </SimpleGrid>
        </Section>
      </SimpleGrid>
      <Section title="Vista previa del encabezado" description="Aproximada; el PDF del oficio usa el mismo contenido.">
        <Paper withBorder radius={0} p="md" bg="white" className="letterhead-preview" data-testid="letterhead-preview">
          <Group justify="space-between" wrap="nowrap" align="center">
            <Box w={110} h={70} style={{ display: 'flex', alignItems: 'center' }}>
              {leftUrl && <Image src={leftUrl} h={64} w="auto" fit="contain" alt="Logotipo izquierdo" />}
            </Box>
            <Stack gap={0} align="center" style={{ flex: 1 }}>
              {lines.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  (sin líneas de membrete)
                </Text>
              ) : (
                lines.map((l, i) => (
                  <Text key={i} size={i === 0 ? 'sm' : 'xs'} fw={i === 0 ? 700 : 500} tt="uppercase" ta="center">
                    {l}
                  </Text>
                ))
              )}
            </Stack>
            <Box w={110} h={70} style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end' }}>
              {rightUrl && <Image src={rightUrl} h={64} w="auto" fit="contain" alt="Logotipo derecho" />}
            </Box>
          </Group>
          <Text size="xs" ta="right" mt="md">
            {institution.cityLine || institution.city || 'Ciudad'}, a la fecha del oficio
          </Text>
          {f.draft.slogan && (
            <Text size="xs" ta="center" mt="sm" fs="italic" c="dimmed">
              ATENTAMENTE · {f.draft.slogan}
            </Text>
          )}
        </Paper>
      </Section>
      <SaveBar dirty={f.dirty} saving={f.saving} onSave={f.save} onReset={f.reset} updatedAt={institution.updatedAt} />
    </Box>
  );
}

function SignatoriesTab() {
  const settings = useSession((s) => s.settings);
  const original = useMemo(() => (settings?.signatories ?? []).map(draftFromSignatory), [settings?.signatories]);
  const [list, setList] = useState<SignatoryDraft[]>(original);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => setList(original), [original]);
  const strip = (l: SignatoryDraft[]) => JSON.stringify(signatoriesToInput(l).input);
  const dirty = strip(list) !== strip(original);

  async function save() {
    const errs = validateSignatories(list);
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !settings) return;
    const { input, indexMap } = signatoriesToInput(list);
    setSaving(true);
    try {
      await settingsApi.saveSignatories({ signatories: input });
      notifySuccess('Firmantes guardados.');
    } catch (err) {
      setErrors(remapSignatoryErrors(apiErrorToFieldErrors(err), indexMap));
      notifyError(err, 'No se guardaron los firmantes');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Box maw={1080}>
      <Section
        title="Firmantes de los oficios"
        description="El orden es el de las firmas. Desmarque «Activo» para dejar de usar a alguien sin perder el historial."
      >
        <SignatoriesEditor list={list} errors={errors} onChange={(l) => (setList(l), setErrors({}))} showActive />
      </Section>
      <SaveBar dirty={dirty} saving={saving} onSave={save} onReset={() => (setList(original), setErrors({}))} />
    </Box>
  );
}

/** "01/02/2026 – 31/01/2027": the days a row of the table is in force. */
function vigencia(u: Pick<ReferenceUnit, 'validFrom' | 'validTo'>): string {
  return u.validFrom && u.validTo ? `${formatDate(u.validFrom)} – ${formatDate(u.validTo)}` : '—';
}

function TablesTab() {
  const settings = useSession((s) => s.settings);
  const locale = useLocale();
  const profile = settings?.institution?.profile ?? 'MX';
  const kinds: ReferenceUnitKind[] = profile === 'CO' ? ['SMMLV'] : ['UMA', 'SM'];
  const [kind, setKind] = useState<ReferenceUnitKind>(settings?.institution?.referenceUnitKind ?? kinds[0]!);
  const [year, setYear] = useState<number | string>(Number(todayIso().slice(0, 4)));
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const units = settings?.referenceUnits ?? [];
  const shownKinds = [...new Set<ReferenceUnitKind>([...kinds, ...units.map((u) => u.kind)])];
  const inUse = settings?.institution
    ? thresholdUnitKind(settings.institution.profile, settings.institution.referenceUnitKind)
    : null;
  const daily = storesDailyValue(kind);
  const typedYear = typeof year === 'number' ? year : Number.parseInt(year, 10);
  const typed = parseAmount(amount, locale, { positive: true });

  async function save() {
    const errs: FieldErrors = {};
    const y = typedYear;
    if (!Number.isInteger(y) || y < 1990 || y > 2100) errs.year = 'Escriba un año entre 1990 y 2100.';
    const parsed = parseAmount(amount, locale, { required: true, positive: true });
    if (parsed.error) errs.valueCents = parsed.error;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || parsed.cents === null || !settings) return;
    setSaving(true);
    try {
      // An empty Fuente keeps the one on record (a year typed without clicking its row keeps its source).
      await settingsApi.setReferenceUnit({
        kind,
        year: y,
        valueCents: parsed.cents,
        ...(source.trim() ? { source } : {}),
      });
      notifySuccess(
        `Guardado el valor ${daily ? 'diario' : 'mensual'} de ${REFERENCE_UNIT_SHORT[kind]} ${y}: ${formatMoney(parsed.cents, locale)}.`,
      );
      setAmount('');
      setSource('');
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se guardó el valor');
    } finally {
      setSaving(false);
    }
  }

  function edit(u: ReferenceUnit) {
    setKind(u.kind);
    setYear(u.year);
    setAmount(formatMoney(u.valueCents, locale));
    setSource(u.source);
    setErrors({});
  }

  if (!settings) return <LoadingBlock />;
  const formValidity =
    Number.isInteger(typedYear) && typedYear >= 1990 && typedYear <= 2100 ? unitValidity(kind, typedYear) : null;
  const formMonthly = daily && typed.cents !== null && typed.cents > 0 ? monthlyUnitCents(kind, typed.cents) : null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" maw={1280}>
      <Stack gap={0}>
        {shownKinds.map((k) => {
          const rows = units.filter((u) => u.kind === k).sort((a, b) => b.year - a.year);
          const perDay = storesDailyValue(k);
          return (
            <Section
              key={k}
              title={REFERENCE_UNIT_LABELS[k]}
              description={`${k === inUse ? 'Unidad de los umbrales de la institución. ' : ''}${MONTHLY_RULE[k]} Haga clic en un año para corregir su valor.`}
              p="sm"
            >
              {rows.length === 0 ? (
                <Text size="sm" c="dimmed" py="xs">
                  Sin valores registrados. Agréguelos con el formulario «Agregar o corregir un año».
                </Text>
              ) : (
                <Table striped highlightOnHover verticalSpacing={6} data-testid={`ref-table-${k}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={70}>Año</Table.Th>
                      <Table.Th>Vigencia</Table.Th>
                      {perDay ? (
                        <>
                          <Table.Th ta="right">Diario</Table.Th>
                          <Table.Th ta="right">Mensual</Table.Th>
                        </>
                      ) : (
                        <Table.Th ta="right">Mensual</Table.Th>
                      )}
                      <Table.Th>Fuente</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((u) => (
                      <Table.Tr key={`${u.kind}-${u.year}`} className="clickable" onClick={() => edit(u)}>
                        <Table.Td className="num">{u.year}</Table.Td>
                        <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                          <Text size="xs">{vigencia(u)}</Text>
                        </Table.Td>
                        {perDay && (
                          <Table.Td ta="right" className="num">
                            {formatMoney(u.valueCents, locale)}
                          </Table.Td>
                        )}
                        <Table.Td ta="right" className="num">
                          {formatMoney(monthlyUnitCents(u.kind, u.valueCents), locale)}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed" lineClamp={2} title={u.source || undefined}>
                            {u.source || '—'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
          );
        })}
      </Stack>
      <Box>
        <Section title="Agregar o corregir un año">
          <Stack gap="sm">
            <Select
              label="Unidad"
              data={kinds.map((k) => ({ value: k, label: REFERENCE_UNIT_LABELS[k] }))}
              value={kind}
              onChange={(v) => v && setKind(v as ReferenceUnitKind)}
              allowDeselect={false}
              error={errors.kind}
            />
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput
                label="Año"
                min={1990}
                max={2100}
                allowDecimal={false}
                value={year}
                onChange={setYear}
                error={errors.year}
              />
              <MoneyInput
                label={daily ? 'Valor diario' : 'Valor mensual'}
                locale={locale}
                value={amount}
                onChange={(v) => (setAmount(v), setErrors({}))}
                error={errors.valueCents}
              />
            </SimpleGrid>
            <TextInput
              label="Fuente"
              description="Decreto o publicación en el DOF de donde se tomó el valor."
              value={source}
              onChange={(e) => (setSource(e.currentTarget.value), setErrors({}))}
              error={errors.source}
              maxLength={300}
            />
            <Text size="xs" c="dimmed" data-testid="ref-form-vigencia">
              {formValidity
                ? `Vigente del ${formatDate(formValidity.validFrom)} al ${formatDate(formValidity.validTo)}.`
                : ''}
              {formMonthly !== null ? ` Mensual para los umbrales: ${formatMoney(formMonthly, locale)}.` : ''}
            </Text>
            <Group justify="flex-end">
              <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} loading={saving}>
                Guardar valor
              </Button>
            </Group>
          </Stack>
        </Section>
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          Los umbrales (cuantía de la cartera y de los acuerdos de pago, notas crédito por error administrativo) se
          miden en {inUse ? THRESHOLD_UNIT_LABEL[inUse] : 'la unidad de referencia'} vigente en la fecha de la operación
          o del corte; la UMA rige del 1 de febrero al 31 de enero del año siguiente. Registre cada año nuevo en cuanto
          se publique.
        </Alert>
      </Box>
    </SimpleGrid>
  );
}

/** How each unit's monthly value is obtained, for the table's description. */
const MONTHLY_RULE: Record<ReferenceUnitKind, string> = {
  SMMLV: 'Valor mensual, vigente del 1 de enero al 31 de diciembre.',
  UMA: 'Se registra la UMA diaria; la mensual es la diaria × 30.4. Vigente del 1 de febrero al 31 de enero del año siguiente.',
  SM: 'Se registra el salario mínimo diario; el mensual es 30 días del diario (Ley Federal del Trabajo). Vigente del 1 de enero al 31 de diciembre.',
};
