import {
  Alert,
  Box,
  Button,
  Checkbox,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowRight,
  IconCheck,
  IconListCheck,
  IconMapPin,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import { formatMoney } from '../../../shared/domain/money';
import { InfoGrid } from '../../components/InfoGrid';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { navigate } from '../../lib/router';
import { PROFILE_LABELS, useSession } from '../../lib/session';
import { settingsApi } from './api';
import { BankFields, IdentityFields, LetterheadFields } from './InstitutionFields';
import { LogoPicker, readImage } from './LogoPicker';
import {
  institutionToInput,
  remapSignatoryErrors,
  REFERENCE_UNIT_SHORT,
  signatoriesToInput,
  validateInstitution,
  validateSignatories,
} from './model';
import { SignatoriesEditor } from './SignatoriesEditor';
import { useWizard } from './store';

const STEPS = [
  { key: 'perfil', label: 'Perfil', description: 'País y tipo de cartera' },
  { key: 'institucion', label: 'Institución', description: 'Datos generales' },
  { key: 'membrete', label: 'Membrete', description: 'Encabezado de oficios' },
  { key: 'firmantes', label: 'Firmantes', description: 'Quién firma' },
  { key: 'banco', label: 'Banco y plazos', description: 'Cuenta y parámetros' },
  { key: 'confirmar', label: 'Confirmar', description: 'Revisar y terminar' },
] as const;

const INSTITUTION_STEP_FIELDS: Record<number, (k: string) => boolean> = {
  0: (k) => k === 'profile',
  1: (k) =>
    ['name', 'shortName', 'regime', 'taxId', 'ownStateCode', 'city', 'cityLine', 'address', 'phone', 'email'].includes(
      k,
    ),
  2: (k) => k === 'slogan' || k.startsWith('letterheadLines'),
  4: (k) =>
    k.startsWith('bank') ||
    k.startsWith('nationalAuthority') ||
    ['defaultPaymentTermDays', 'referenceUnitKind'].includes(k),
};

function stepOfError(key: string): number {
  if (key.startsWith('signatories')) return 3;
  for (const [step, owns] of Object.entries(INSTITUTION_STEP_FIELDS)) if (owns(key)) return Number(step);
  return 5;
}

function ProfileCard({
  selected,
  onClick,
  flag,
  title,
  subtitle,
  lines,
  testId,
}: {
  selected: boolean;
  onClick(): void;
  flag: string;
  title: string;
  subtitle: string;
  lines: string[];
  testId: string;
}) {
  return (
    <UnstyledButton
      onClick={onClick}
      data-testid={testId}
      aria-pressed={selected}
      className="profile-card"
      data-selected={selected || undefined}
    >
      <Group gap="sm" mb="xs" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant={selected ? 'filled' : 'light'}>
          <Text fw={700} size="sm" c="inherit">
            {flag}
          </Text>
        </ThemeIcon>
        <div>
          <Text fw={650}>{title}</Text>
          <Text size="xs" c="dimmed">
            {subtitle}
          </Text>
        </div>
        {selected && (
          <ThemeIcon size={22} radius="xl" ml="auto" color="teal">
            <IconCheck size={14} />
          </ThemeIcon>
        )}
      </Group>
      <Stack gap={2}>
        {lines.map((l) => (
          <Text key={l} size="xs" c="dimmed">
            • {l}
          </Text>
        ))}
      </Stack>
    </UnstyledButton>
  );
}

export function SetupWizard() {
  const w = useWizard();
  const refresh = useSession((s) => s.refresh);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const d = w.institution;
  const locale = d.profile === 'MX' ? 'es-MX' : 'es-CO';

  const setField: typeof w.setField = (k, v) => {
    w.setField(k, v);
    if (errors[k]) setErrors(({ [k]: _drop, ...rest }) => rest);
  };

  function validateStep(step: number): FieldErrors {
    if (step === 3) return validateSignatories(w.signatories);
    const owns = INSTITUTION_STEP_FIELDS[step];
    if (!owns) return {};
    return Object.fromEntries(Object.entries(validateInstitution(d)).filter(([k]) => owns(k)));
  }

  function next() {
    const errs = validateStep(w.step);
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    w.setStep(Math.min(w.step + 1, STEPS.length - 1));
  }

  function goTo(step: number) {
    if (step <= w.step) {
      setErrors({});
      w.setStep(step);
      return;
    }
    // Moving forward by clicking the stepper validates every step in between.
    for (let s = w.step; s < step; s++) {
      const errs = validateStep(s);
      if (Object.keys(errs).length > 0) {
        setErrors(errs);
        w.setStep(s);
        return;
      }
    }
    setErrors({});
    w.setStep(step);
  }

  async function finish() {
    const all = { ...validateInstitution(d), ...validateSignatories(w.signatories) };
    if (Object.keys(all).length > 0) {
      setErrors(all);
      w.setStep(Math.min(...Object.keys(all).map(stepOfError)));
      return;
    }
    const { input: signatories, indexMap } = signatoriesToInput(w.signatories);
    setSubmitting(true);
    try {
      await settingsApi.completeSetup({ institution: institutionToInput(d), signatories, loadDemo: w.loadDemo });
    } catch (err) {
      setSubmitting(false);
      const raw = apiErrorToFieldErrors(err);
      const mapped: FieldErrors = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k.startsWith('institution.')) mapped[k.slice('institution.'.length)] = v;
        else mapped[k] = v;
      }
      const fieldErrs = remapSignatoryErrors(mapped, indexMap);
      setErrors(fieldErrs);
      const fieldKeys = Object.keys(fieldErrs).filter((k) => k !== '_form');
      if (fieldKeys.length > 0) w.setStep(Math.min(...fieldKeys.map(stepOfError)));
      notifyError(err, 'No se pudo terminar la configuración');
      return;
    }
    // Logos go after setup: settings.setLogo needs the institution to exist.
    for (const slot of ['left', 'right'] as const) {
      const img = w.logos[slot];
      if (!img) continue;
      try {
        await settingsApi.setLogo({ slot, image: { fileName: img.fileName, dataBase64: img.dataBase64 } });
      } catch (err) {
        notifyError(
          err,
          `No se guardó el logotipo ${slot === 'left' ? 'izquierdo' : 'derecho'}; puede cargarlo en Configuración`,
        );
      }
    }
    notifySuccess(
      w.loadDemo
        ? 'Configuración guardada y datos de ejemplo cargados.'
        : 'Configuración guardada. ¡Listo para trabajar!',
    );
    w.reset();
    navigate('/tablero', { replace: true });
    await refresh();
    setSubmitting(false);
  }

  const stateName = ENTIDADES_FEDERATIVAS.find((e) => e.inegi === d.ownStateCode)?.name;
  const validSignatories = signatoriesToInput(w.signatories).input;

  return (
    <Box className="wizard-bg" mih="100vh" py={32}>
      <Container size={1120}>
        <Group gap="sm" mb="lg">
          <ThemeIcon size={38} radius="md">
            <IconListCheck size={22} />
          </ThemeIcon>
          <div>
            <Title order={2} fz={20} fw={650}>
              Cartera y Portabilidad
            </Title>
            <Text size="sm" c="dimmed">
              Configuración inicial: se hace una sola vez y todo se puede cambiar después en Configuración.
            </Text>
          </div>
        </Group>
        <Paper withBorder radius="md" shadow="xs" className="wizard-card">
          <Box className="wizard-steps" p="lg">
            <Stepper
              active={w.step}
              onStepClick={goTo}
              size="sm"
              orientation="vertical"
              allowNextStepsSelect={false}
              iconSize={30}
            >
              {STEPS.map((s) => (
                <Stepper.Step key={s.key} label={s.label} description={s.description} />
              ))}
            </Stepper>
          </Box>
          <Box className="wizard-body" p="xl">
            <Box mih={440} data-testid={`wizard-step-${STEPS[w.step]?.key}`}>
              {w.step === 0 && (
                <Stack gap="md">
                  <div>
                    <Title order={4}>¿Qué tipo de institución es?</Title>
                    <Text size="sm" c="dimmed">
                      El perfil define los catálogos, la moneda, el formato de los importes y los flujos de cobro.
                    </Text>
                  </div>
                  <SimpleGrid cols={2} spacing="md">
                    <ProfileCard
                      testId="profile-MX"
                      selected={d.profile === 'MX'}
                      onClick={() => w.setProfile('MX')}
                      flag="MX"
                      title="México — Portabilidad 32x32"
                      subtitle="Régimen estatal de protección social en salud"
                      lines={[
                        'Contrapartes: las 32 entidades federativas',
                        'Pesos mexicanos: $1,234,567.89',
                        'Cobro y pago 32x32, garantía de pago a los 120 días',
                      ]}
                    />
                    <ProfileCard
                      testId="profile-CO"
                      selected={d.profile === 'CO'}
                      onClick={() => w.setProfile('CO')}
                      flag="CO"
                      title="Colombia — Cartera de salud"
                      subtitle="Secretaría de Salud o E.S.E."
                      lines={[
                        'Contrapartes: EPS, IPS, entes territoriales, aseguradoras',
                        'Pesos colombianos: $ 1.234.567,89',
                        'Cobro persuasivo, prejurídico y jurídico; SMMLV',
                      ]}
                    />
                  </SimpleGrid>
                </Stack>
              )}
              {w.step === 1 && (
                <Stack gap="md">
                  <StepTitle
                    title="Datos de la institución"
                    text="Aparecen en los oficios, en los reportes y en la barra superior."
                  />
                  <IdentityFields draft={d} errors={errors} onChange={setField} />
                </Stack>
              )}
              {w.step === 2 && (
                <Stack gap="md">
                  <StepTitle
                    title="Membrete de los oficios"
                    text="Encabezado y lema. Los logotipos son opcionales; se guardan al terminar."
                  />
                  <LetterheadFields draft={d} errors={errors} onChange={setField} />
                  <SimpleGrid cols={2} spacing="md">
                    {(['left', 'right'] as const).map((slot) => (
                      <LogoPicker
                        key={slot}
                        testId={`logo-${slot}`}
                        label={slot === 'left' ? 'Logotipo izquierdo' : 'Logotipo derecho'}
                        src={w.logos[slot]?.dataUrl ?? null}
                        onPick={(f) =>
                          readImage(f).then(
                            (img) => w.setLogo(slot, img),
                            (e: unknown) => notifyError(e, 'Imagen no válida'),
                          )
                        }
                        onRemove={() => w.setLogo(slot, null)}
                      />
                    ))}
                  </SimpleGrid>
                </Stack>
              )}
              {w.step === 3 && (
                <Stack gap="md">
                  <StepTitle
                    title="Firmantes"
                    text="Personas que firman los oficios, en el orden en que firman. Las iniciales identifican a quien redacta."
                  />
                  <SignatoriesEditor
                    list={w.signatories}
                    errors={errors}
                    onChange={(l) => (w.setSignatories(l), setErrors({}))}
                  />
                </Stack>
              )}
              {w.step === 4 && (
                <Stack gap="md">
                  <StepTitle title="Cuenta bancaria y parámetros" text="Datos para cobrar y plazos por defecto." />
                  <BankFields draft={d} errors={errors} onChange={setField} />
                </Stack>
              )}
              {w.step === 5 && (
                <Stack gap="md">
                  <StepTitle
                    title="Revise y confirme"
                    text="Puede volver a cualquier paso desde la lista de la izquierda."
                  />
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
                          value:
                            validSignatories.map((s) => `${s.title ? s.title + ' ' : ''}${s.name}`).join('; ') ||
                            'Ninguno',
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
              )}
            </Box>

            <Group
              justify="space-between"
              mt="xl"
              pt="md"
              style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} />}
                onClick={() => goTo(w.step - 1)}
                disabled={w.step === 0 || submitting}
              >
                Anterior
              </Button>
              <Text size="xs" c="dimmed">
                Paso {w.step + 1} de {STEPS.length}
              </Text>
              {w.step < STEPS.length - 1 ? (
                <Button rightSection={<IconArrowRight size={16} />} onClick={next}>
                  Siguiente
                </Button>
              ) : (
                <Button color="teal" leftSection={<IconCheck size={16} />} onClick={finish} loading={submitting}>
                  Terminar configuración
                </Button>
              )}
            </Group>
          </Box>
        </Paper>
        <Group justify="center" gap={6} mt="md">
          <IconMapPin size={14} color="var(--mantine-color-gray-6)" />
          <Text size="xs" c="dimmed">
            Los datos se guardan solo en este equipo; la aplicación no necesita internet.
          </Text>
        </Group>
      </Container>
    </Box>
  );
}

function StepTitle({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </div>
  );
}
