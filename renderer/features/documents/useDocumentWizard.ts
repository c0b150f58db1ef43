// The letter wizard's state and steps (load a draft, pick type and entidad, save, preview), apart from its screen.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, PdfFile } from '../../../shared/api/types';
import { documentType, documentTypesFor, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { navigate } from '../../lib/router';
import { useLocale, useProfile, useSession } from '../../lib/session';
import { documentsApi } from './api';
import {
  addresseeOf,
  defaultAddresseeFor,
  addresseeShown,
  buildData,
  draftFromDetail,
  mapApiErrors,
  newDraft,
  stepOfError,
  validateStep,
  type Addressee,
  type LetterDraft,
} from './model';

const EMPTY_ADDRESSEE: Addressee = { title: '', name: '', position: '', institution: '', address: '' };

export function useDocumentWizard(id: number | null) {
  const profile = useProfile();
  const locale = useLocale();
  const signatories = useSession((s) => s.settings?.signatories ?? []);
  const institution = useSession((s) => s.settings?.institution ?? null);
  const types = useMemo(() => documentTypesFor(profile), [profile]);

  const [draft, setDraft] = useState<LetterDraft>(() => newDraft(todayIso()));
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [cpAddressee, setCpAddressee] = useState<Addressee>(EMPTY_ADDRESSEE);
  const [cpLoading, setCpLoading] = useState(false);
  const [loadState, setLoadState] = useState<{
    loading: boolean;
    error: Error | null;
    notDraft: DocumentDetail | null;
  }>({ loading: id !== null, error: null, notDraft: null });
  const [saving, setSaving] = useState(false);
  const [pdf, setPdf] = useState<PdfFile | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [saved, setSaved] = useState<DocumentDetail | null>(null);
  const [issuing, setIssuing] = useState(false);
  const previewJob = useJob();
  /** The id this component created or loaded (so the URL change after creating does not reload). */
  const known = useRef<number | null>(null);
  const cpSeq = useRef(0);
  /** The user typed in the addressee: a late answer about the entidad must not overwrite it. */
  const addresseeEdited = useRef(false);
  const [loadTick, setLoadTick] = useState(0);

  const def = draft.docType ? documentType(draft.docType) : null;
  /** What an empty addressee field prints for this type: the entidad's titular, the national authority's, or (memorándum) nobody yet. */
  const fromDefault = def ? defaultAddresseeFor(def, cpAddressee, institution) : EMPTY_ADDRESSEE;
  /** Default signers: all active ones, in their order. */
  const defaultSigners = () =>
    signatories
      .filter((s) => s.active)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((s) => s.id);

  async function loadCounterparty(cpId: number | null, apply: (fromCp: Addressee) => void) {
    const mine = ++cpSeq.current;
    if (cpId === null) {
      setCpAddressee(EMPTY_ADDRESSEE);
      apply(EMPTY_ADDRESSEE);
      return;
    }
    setCpLoading(true);
    try {
      const c = await documentsApi.counterparty(cpId);
      if (cpSeq.current !== mine) return;
      const fromCp = addresseeOf(c);
      setCpAddressee(fromCp);
      apply(fromCp);
    } catch (err) {
      notifyError(err, 'No se pudieron leer los datos de la entidad');
    } finally {
      if (cpSeq.current === mine) setCpLoading(false);
    }
  }

  // Editing: load the draft once (not when the URL moves to the id we just created).
  useEffect(() => {
    if (id === null || known.current === id) return;
    known.current = id;
    addresseeEdited.current = false;
    setLoadState({ loading: true, error: null, notDraft: null });
    documentsApi.get(id).then(
      (d) => {
        if (d.status !== 'borrador') {
          setLoadState({ loading: false, error: null, notDraft: d });
          return;
        }
        const base = draftFromDetail(d, locale);
        // Drafts written by a case step come without signers: offer the same default as a new document.
        if (base.data.signatoryIds.length === 0) base.data = { ...base.data, signatoryIds: defaultSigners() };
        setDraft(base);
        setSaved(d);
        setStep(2);
        setLoadState({ loading: false, error: null, notDraft: null });
        void loadCounterparty(d.counterpartyId, (fromCp) => {
          setDraft((x) =>
            addresseeEdited.current
              ? x
              : {
                  ...x,
                  addressee: addresseeShown(
                    d.data.addressee,
                    defaultAddresseeFor(documentType(d.docType), fromCp, institution),
                  ),
                },
          );
        });
      },
      (err: unknown) =>
        setLoadState({ loading: false, error: err instanceof Error ? err : new Error(String(err)), notDraft: null }),
    );
  }, [id, loadTick]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (keys: string[]) =>
    setErrors((e) => {
      const next = { ...e };
      let changed = false;
      for (const k of [...keys, '_form']) {
        if (k in next) {
          delete next[k];
          changed = true;
        }
      }
      return changed ? next : e;
    });
  const patchDraft = (p: Partial<LetterDraft>) => {
    setDraft((d) => ({ ...d, ...p }));
    clear(
      Object.keys(p).map((k) =>
        k === 'faltantesText'
          ? 'documentosFaltantes'
          : k === 'ccpText'
            ? 'ccp'
            : k === 'pagoMonto'
              ? 'pago.montoCents'
              : k,
      ),
    );
  };
  const editAddressee = (a: Addressee) => {
    addresseeEdited.current = true;
    setDraft((d) => ({ ...d, addressee: a }));
    clear(['addressee.title', 'addressee.name', 'addressee.position', 'addressee.institution', 'addressee.address']);
  };
  const patchData = (p: Partial<LetterDraft['data']>) => {
    setDraft((d) => ({ ...d, data: { ...d.data, ...p } }));
    clear(
      Object.keys(p).flatMap((k) => [
        k,
        `${k}.numero`,
        `${k}.fecha`,
        `${k}.emisor`,
        `${k}.hora`,
        `${k}.lugar`,
        `${k}.referencia`,
        `${k}.medio`,
      ]),
    );
  };

  function chooseType(key: DocumentTypeKey) {
    const next = documentType(key);
    setDraft((d) => ({
      ...d,
      docType: key,
      data: { ...d.data, signatoryIds: d.data.signatoryIds.length > 0 ? d.data.signatoryIds : defaultSigners() },
      // A type whose letters go to someone else (the authority, a directorate) changes the addressee.
      addressee:
        def === null || def.addressee === next.addressee
          ? d.addressee
          : defaultAddresseeFor(next, cpAddressee, institution),
    }));
    clear(['docType']);
  }

  function chooseCounterparty(cpId: number | null) {
    const changed = cpId !== draft.counterpartyId;
    setDraft((d) => ({ ...d, counterpartyId: cpId, data: changed ? { ...d.data, invoiceIds: [] } : d.data }));
    clear(['counterpartyId', 'invoiceIds']);
    void loadCounterparty(cpId, (fromCp) => {
      if (def?.addressee !== 'counterparty') return;
      setDraft((d) => ({ ...d, addressee: { ...fromCp } }));
      clear(['addressee.name', 'addressee.position']);
    });
  }

  /** Creates or updates the draft; returns it, or null (errors shown, step moved to the first one with errors). */
  async function saveDraft(): Promise<DocumentDetail | null> {
    if (!draft.docType) return null;
    for (const s of [0, 1, 2]) {
      const e = validateStep(s, draft);
      if (Object.keys(e).length > 0) {
        setErrors(e);
        setStep(s);
        return null;
      }
    }
    const { data, errors: local } = buildData(draft, fromDefault, locale);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setStep(2);
      return null;
    }
    const common = { counterpartyId: draft.counterpartyId, date: draft.date!, data };
    setSaving(true);
    try {
      const d =
        draft.id === null
          ? await documentsApi.createDraft({ docType: draft.docType, ...common })
          : await documentsApi.updateDraft({ id: draft.id, ...common });
      setSaved(d);
      if (draft.id === null) {
        known.current = d.id;
        setDraft((x) => ({ ...x, id: d.id }));
        navigate(`/documentos/${d.id}/editar`, { replace: true });
      }
      return d;
    } catch (err) {
      const fe = mapApiErrors(apiErrorToFieldErrors(err));
      setErrors(fe);
      const steps = Object.keys(fe)
        .map(stepOfError)
        .filter((s) => s >= 0);
      if (steps.length > 0) setStep(Math.min(...steps));
      notifyError(err, 'No se guardó el borrador');
      return null;
    } finally {
      setSaving(false);
    }
  }

  async function runPreview(docId: number) {
    setPreviewError(null);
    try {
      const file = await previewJob.run('Generando la vista previa', (jobId) => documentsApi.preview(docId, jobId));
      setPdf(file);
    } catch (err) {
      if (isJobCancelled(err)) return;
      setPreviewError(err instanceof Error ? err.message : String(err));
    }
  }

  async function next() {
    if (step <= 1) {
      const e = validateStep(step, draft);
      setErrors(e);
      if (Object.keys(e).length === 0) setStep(step + 1);
      return;
    }
    if (step === 2) {
      const d = await saveDraft();
      if (!d) return;
      setStep(3);
      await runPreview(d.id);
      return;
    }
    if (step === 3) setStep(4);
  }

  async function saveOnly() {
    const d = await saveDraft();
    if (d) notifySuccess('Borrador guardado. Puede continuar después desde Documentos.');
  }

  const retryLoad = () => ((known.current = null), setLoadTick((t) => t + 1));
  const busy = saving || previewJob.state !== null;

  return {
    locale,
    signatories,
    types,
    draft,
    setDraft,
    step,
    setStep,
    errors,
    setErrors,
    clear,
    cpLoading,
    loadState,
    retryLoad,
    saving,
    busy,
    pdf,
    previewError,
    setPreviewError,
    saved,
    issuing,
    setIssuing,
    previewJob,
    def,
    fromDefault,
    patchDraft,
    editAddressee,
    patchData,
    chooseType,
    chooseCounterparty,
    runPreview,
    next,
    saveOnly,
  };
}
