/**
 * Form state without a form library: values, per-field errors (keyed by the
 * dotted path the API uses, e.g. 'contacts.0.email'), client validation with
 * the contract's zod schemas, and mapping of the backend's validation issues.
 */
import { useCallback, useMemo, useState, type ChangeEvent } from 'react';
import type { z } from 'zod';
import { ApiCallError } from './api';

export type FieldErrors = Record<string, string>;

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
type BoolKeys<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;

/** zod issues → { 'a.b': 'mensaje' } (first message per path wins). */
export function issuesToErrors(
  issues: readonly { path: readonly PropertyKey[] | string; message: string }[],
  stripPrefix = '',
): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    let path = typeof i.path === 'string' ? i.path : i.path.map(String).join('.');
    if (stripPrefix) {
      if (path === stripPrefix.replace(/\.$/, '')) path = '';
      else if (path.startsWith(stripPrefix)) path = path.slice(stripPrefix.length);
    }
    const key = path || '_form';
    if (!(key in out)) out[key] = i.message;
  }
  return out;
}

/** Backend error → field errors (validation issues) or a form-level message. */
export function apiErrorToFieldErrors(err: unknown, stripPrefix = ''): FieldErrors {
  if (err instanceof ApiCallError) {
    const issues = err.issues;
    if (issues.length > 0) return issuesToErrors(issues, stripPrefix);
    const d = err.details as { field?: unknown } | undefined;
    if (d && typeof d.field === 'string') return { [d.field]: err.message };
    return { _form: err.message };
  }
  return { _form: err instanceof Error ? err.message : String(err) };
}

/** The API's refusal as one message above the form: for dialogs whose fields are rows, not named inputs. */
export function apiErrorAsFormError(err: unknown): FieldErrors {
  const fe = apiErrorToFieldErrors(err);
  return fe._form ? fe : { _form: Object.values(fe).join(' ') };
}

export function useForm<T extends object>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!(key in e) && !('_form' in e)) return e;
      const { [key]: _drop, _form: _f, ...rest } = e;
      return rest;
    });
  }, []);

  /** Validates `build(values)` with a schema; sets errors and returns the parsed value or null. */
  const validate = useCallback(
    <S extends z.ZodType>(schema: S, candidate: unknown, only?: (path: string) => boolean): z.output<S> | null => {
      const r = schema.safeParse(candidate);
      if (r.success) {
        setErrors({});
        return r.data;
      }
      let errs = issuesToErrors(r.error.issues);
      if (only) {
        errs = Object.fromEntries(Object.entries(errs).filter(([k]) => only(k)));
        setErrors(errs);
        return Object.keys(errs).length === 0 ? (candidate as z.output<S>) : null;
      }
      setErrors(errs);
      return null;
    },
    [],
  );

  const helpers = useMemo(
    () => ({
      text(key: StringKeys<T>) {
        return {
          value: values[key] as string,
          onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            set(key, e.currentTarget.value as T[typeof key]),
          error: errors[key],
        };
      },
      check(key: BoolKeys<T>) {
        return {
          checked: values[key] as boolean,
          onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.checked as T[typeof key]),
          error: errors[key],
        };
      },
    }),
    [values, errors, set],
  );

  return { values, setValues, set, errors, setErrors, validate, ...helpers };
}
