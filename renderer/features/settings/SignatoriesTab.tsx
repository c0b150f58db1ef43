// Configuración → Firmantes: the signers in signing order, saved as one list.
import { Box } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { useSession } from '../../lib/session';
import { settingsApi } from './api';
import {
  draftFromSignatory,
  remapSignatoryErrors,
  signatoriesToInput,
  validateSignatories,
  type SignatoryDraft,
} from './model';
import { SaveBar } from './SaveBar';
import { SignatoriesEditor } from './SignatoriesEditor';

export function SignatoriesTab() {
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
