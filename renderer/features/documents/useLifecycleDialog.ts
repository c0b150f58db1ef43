// What the letter's lifecycle dialogs share: reset on open, field errors, «saving», and one submit that notifies.
import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../../shared/api/types';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';

export function useDialogState(opened: boolean, reset: () => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (opened) {
      setErrors({});
      reset();
    }
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps
  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  /** Runs the call while «saving»: success notifies and hands the value on; failure shows the field errors and notifies. */
  async function submit<T>(
    call: () => Promise<T>,
    done: (value: T) => void,
    msgs: { ok: string; fail: string },
    fieldErrors = apiErrorToFieldErrors,
  ): Promise<void> {
    setSaving(true);
    try {
      const value = await call();
      notifySuccess(msgs.ok);
      done(value);
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err, msgs.fail);
    } finally {
      setSaving(false);
    }
  }
  return { errors, setErrors, saving, clear, submit };
}

export function docName(doc: DocumentDetail) {
  return `${doc.typeLabel} ${doc.number ?? ''}`.trim();
}
