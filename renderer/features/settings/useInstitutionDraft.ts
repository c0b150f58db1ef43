// The institution draft both institution tabs edit: dirty check, validation and save through settingsApi.
import { useEffect, useMemo, useState } from 'react';
import type { Institution } from '../../../shared/api/types';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { settingsApi } from './api';
import { draftFromInstitution, institutionToInput, validateInstitution, type InstitutionDraft } from './model';

/** Shared save logic for the two tabs that edit the institution record. */
export function useInstitutionDraft(institution: Institution) {
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
