import {
  Box,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCheck, IconListCheck, IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { settingsApi } from './api';
import { BankFields, IdentityFields, LetterheadFields } from './InstitutionFields';
import { LogoPicker, readImage } from './LogoPicker';
import {
  institutionToInput,
  remapSignatoryErrors,
  signatoriesToInput,
  validateInstitution,
  validateSignatories,
} from './model';
import { SetupConfirmStep } from './SetupConfirmStep';
import { SetupProfileStep } from './SetupProfileStep';
import { StepTitle } from './SetupStepTitle';
import { INSTITUTION_STEP_FIELDS, STEPS, stepOfError } from './setupSteps';
import { SignatoriesEditor } from './SignatoriesEditor';
import { useWizard } from './store';

export function SetupWizard() {
  const w = useWizard();
  const refresh = useSession((s) => s.refresh);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const d = w.institution;

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
              {w.step === 0 && <SetupProfileStep profile={d.profile} onProfile={w.setProfile} />}
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
              {w.step === 5 && <SetupConfirmStep errors={errors} />}
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
