/**
 * State of the import wizard: the staged file, its inspection, the mapping
 * being edited (re-inspected as it changes), the import job and its result.
 * The staged file is discarded when the wizard closes without importing.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ColumnMapping,
  ImportInspection,
  ImportKind,
  ImportRunResult,
  SavedMappingRow,
  StagedImportFile,
} from '../../../shared/api/types';
import { foldText } from '../../../shared/domain/text';
import { notifySuccess } from '../../components/notify';
import type { PickedFile } from '../../lib/files';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { useLocale } from '../../lib/session';
import { importsApi } from './api';
import { KIND_WITH_ARTICLE } from './labels';

export type WizardStep = 'archivo' | 'columnas' | 'resultado';

/** What the import job is given, whatever it imports into. */
export interface ImportJobArgs {
  fileId: string;
  mapping: ColumnMapping;
  /** Case files: a corrected file replacing this batch; the hoja a listado is compared with. */
  replacesBatchId: number | null;
  hojaBatchId: number | null;
  /** Listado whose total differs from the hoja: imported with this motivo. */
  acceptMotivo?: string;
  saveMappingAs?: string;
  jobId: string;
}

export interface WizardSetup {
  kind: ImportKind;
  /** A corrected file replacing this batch. */
  replacesBatchId: number | null;
  /** The import job: a case's imports.run (caseImportRun) or invoices.import. */
  runImport(args: ImportJobArgs): Promise<ImportRunResult>;
  onImported?(result: ImportRunResult): void;
}

/** Headers compared loosely (accents, case, punctuation), to show a saved mapping with this file's own header texts. */
const loose = (h: string) =>
  foldText(h)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
function withFileHeaders(columns: Record<string, string>, headers: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(columns).map(([field, h]) => [
      field,
      headers.find((x) => x === h) ?? headers.find((x) => loose(x) === loose(h)) ?? h,
    ]),
  );
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** How long the mapping rests before it is checked again. */
const REINSPECT_MS = 250;

export function useImportWizard(setup: WizardSetup) {
  const { kind } = setup;
  const locale = useLocale();
  const job = useJob();
  const [staged, setStaged] = useState<StagedImportFile | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  /** How the first inspection matched the columns (a re-inspection with a mapping reports none). */
  const [suggested, setSuggested] = useState<ImportInspection['matches']>([]);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [savedMappingId, setSavedMappingId] = useState<number | null>(null);
  const [saveAs, setSaveAs] = useState('');
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [replacesBatchId, setReplacesBatchId] = useState<number | null>(setup.replacesBatchId);
  const [hojaBatchId, setHojaBatchId] = useState<number | null>(null);
  const [busy, setBusy] = useState<'leyendo' | 'revisando' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportRunResult | null>(null);

  const stagedRef = useRef<StagedImportFile | null>(null);
  const imported = useRef(false);
  const inspectSeq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onImported = useRef(setup.onImported);
  onImported.current = setup.onImported;
  const runImport = useRef(setup.runImport);
  runImport.current = setup.runImport;

  const discardStaged = useCallback(() => {
    const f = stagedRef.current;
    stagedRef.current = null;
    if (f && !imported.current) importsApi.discard(f.fileId).catch(() => {});
  }, []);

  // Closing the wizard (unmount) without importing deletes the uploaded file.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      discardStaged();
    },
    [discardStaged],
  );

  const step: WizardStep = result ? 'resultado' : inspection ? 'columnas' : 'archivo';

  async function pickFile(file: PickedFile) {
    discardStaged();
    imported.current = false;
    setError(null);
    setBusy('leyendo');
    try {
      const s = await importsApi.stage(file.fileName, file.dataBase64);
      stagedRef.current = s;
      const insp = await importsApi.inspect({ fileId: s.fileId, kind });
      setStaged(s);
      setInspection(insp);
      setSuggested(insp.matches);
      setMapping({ ...insp.mapping, numberFormat: insp.mapping.numberFormat ?? locale });
      setSavedMappingId(null);
      setSavedAs(null);
    } catch (err) {
      discardStaged();
      setStaged(null);
      setError(message(err));
    } finally {
      setBusy(null);
    }
  }

  /** Checks the mapping against the file again (debounced; stale answers are dropped). */
  const reinspect = useCallback(
    (next: ColumnMapping, delay = REINSPECT_MS) => {
      const f = stagedRef.current;
      if (!f) return;
      if (timer.current) clearTimeout(timer.current);
      const mine = ++inspectSeq.current;
      setBusy('revisando');
      timer.current = setTimeout(() => {
        importsApi
          .inspect({ fileId: f.fileId, kind, mapping: next, ...(next.sheet ? { sheet: next.sheet } : {}) })
          .then(
            (insp) => {
              if (inspectSeq.current !== mine) return;
              setInspection(insp);
              setError(null);
            },
            (err: unknown) => {
              if (inspectSeq.current === mine) setError(message(err));
            },
          )
          .finally(() => {
            if (inspectSeq.current === mine) setBusy(null);
          });
      }, delay);
    },
    [kind],
  );

  function changeMapping(next: ColumnMapping) {
    setMapping(next);
    setSavedAs(null);
    reinspect(next);
  }

  function setColumn(field: string, header: string | null) {
    if (!mapping) return;
    const columns = { ...mapping.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    setSavedMappingId(null);
    changeMapping({ ...mapping, columns });
  }

  function setOption(patch: Pick<Partial<ColumnMapping>, 'numberFormat' | 'sexoLetraM'>) {
    if (mapping) changeMapping({ ...mapping, ...patch });
  }

  function applySaved(id: number | null) {
    const saved = inspection?.savedMappings.find((m) => m.id === id);
    if (!saved) return;
    setSavedMappingId(saved.id);
    const next = {
      ...saved.mapping,
      columns: withFileHeaders(saved.mapping.columns, inspection?.headers ?? []),
      numberFormat: saved.mapping.numberFormat ?? locale,
    };
    setMapping(next);
    setSavedAs(saved.name);
    reinspect(next, 0);
  }

  function rememberSaved(row: SavedMappingRow) {
    setInspection((i) =>
      i
        ? {
            ...i,
            savedMappings: [...i.savedMappings.filter((m) => m.id !== row.id), row].sort((a, b) =>
              a.name.localeCompare(b.name, 'es'),
            ),
          }
        : i,
    );
    setSavedMappingId(row.id);
    setSavedAs(row.name);
    setSaveAs('');
  }

  async function saveMapping() {
    const name = saveAs.trim();
    if (!mapping || !name) return;
    try {
      rememberSaved(await importsApi.saveMapping({ name, mapping }));
      notifySuccess(`La próxima vez elíjala en «Asignación guardada».`, `Asignación «${name}» guardada`);
    } catch (err) {
      setError(message(err));
    }
  }

  async function deleteSaved(id: number) {
    try {
      await importsApi.deleteMapping(id);
      setInspection((i) => (i ? { ...i, savedMappings: i.savedMappings.filter((m) => m.id !== id) } : i));
      if (savedMappingId === id) setSavedMappingId(null);
    } catch (err) {
      setError(message(err));
    }
  }

  async function run(acceptMotivo?: string) {
    const f = stagedRef.current;
    if (!f || !mapping) return;
    setError(null);
    const name = saveAs.trim();
    try {
      const r = await job.run(`Importando ${KIND_WITH_ARTICLE[kind]}`, (jobId) =>
        runImport.current({
          fileId: f.fileId,
          mapping,
          hojaBatchId,
          replacesBatchId,
          ...(acceptMotivo ? { acceptMotivo } : {}),
          ...(name ? { saveMappingAs: name } : {}),
          jobId,
        }),
      );
      if (r.status === 'importado') {
        // The backend saves the mapping under the name given only with an import that succeeds.
        if (name) {
          setSavedAs(name);
          setSaveAs('');
        }
        imported.current = true;
        stagedRef.current = null;
        onImported.current?.(r);
      }
      setResult(r);
    } catch (err) {
      if (isJobCancelled(err)) {
        notifications.show({
          color: 'gray',
          title: 'Importación cancelada',
          message: 'No se guardó nada; puede volver a importar el archivo.',
          withBorder: true,
        });
      } else setError(message(err));
    }
  }

  /** From a rejected result back to the mapping (same file). */
  function backToColumns() {
    setResult(null);
    setError(null);
  }

  /** Drops the file and starts again from the first step. */
  function otherFile() {
    discardStaged();
    inspectSeq.current++;
    setStaged(null);
    setInspection(null);
    setMapping(null);
    setResult(null);
    setError(null);
    setBusy(null);
    imported.current = false;
  }

  return {
    kind,
    step,
    staged,
    inspection,
    suggested,
    mapping,
    savedMappingId,
    saveAs,
    setSaveAs,
    savedAs,
    replacesBatchId,
    setReplacesBatchId,
    hojaBatchId,
    setHojaBatchId,
    busy,
    error,
    setError,
    result,
    job,
    pickFile,
    setColumn,
    setOption,
    applySaved,
    saveMapping,
    deleteSaved,
    run,
    backToColumns,
    otherFile,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
