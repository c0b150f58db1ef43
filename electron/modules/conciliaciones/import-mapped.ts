/**
 * conciliaciones.importMapped: the debtor's estado de cartera as any .xlsx or .csv, staged (imports.stage),
 * inspected with kind estado_cartera (imports.inspect) and read here through the mapping the person confirmed.
 * Every row is checked first; only when none fails is the conciliación opened, exactly as conciliaciones.import
 * opens it (service.ts openConciliation), in one write transaction with the saved mapping. A refused file writes
 * nothing and answers its problems row by row (status 'rechazado'), for the import screens' table of errors.
 */
import type { ConciliationImportResult, ConciliationView } from '../../../shared/api/conciliaciones';
import type { ParsedInput } from '../../../shared/api/contract';
import * as importsRepo from '../../../db/repositories/imports';
import type { JobContext } from '../../core/context';
import { resultOf } from '../imports/service';
import { discardStaged, getStaged } from '../imports/staging';
import { rowProgress, type ValidationResult } from '../imports/validate-file';
import { requireInstitution } from '../settings/service';
import { checkStatementHeader, openConciliation } from './service';
import { readMappedStatement } from './statement-mapped';

type Input = ParsedInput<'conciliaciones.importMapped'>;

function outcome(v: ValidationResult, conciliation: ConciliationView | null): ConciliationImportResult {
  return { ...resultOf(v, [], null, null), status: conciliation ? 'importado' : 'rechazado', conciliation };
}

export async function importMappedJob(job: JobContext, input: Input): Promise<ConciliationImportResult> {
  const staged = getStaged(job.dataDir, input.fileId);
  // Refused before the file is read: no point checking rows for a debtor or date that cannot be stored.
  const numberFormat = job.read((ctx) => {
    checkStatementHeader(ctx, input);
    return requireInstitution(ctx).profile === 'CO' ? 'es-CO' : 'es-MX';
  });
  const { result: v, lines } = await readMappedStatement(staged.path, input.mapping, {
    numberFormat,
    signal: job.signal,
    onProgress: rowProgress(job, 'Revisando el estado de cartera…'),
  });
  job.checkCancelled();
  if (!v.ok) return outcome(v, null);

  job.progress(lines.length, lines.length, 'Clasificando las facturas…');
  const view = job.write((ctx) => {
    const opened = openConciliation(ctx, input, {
      // The conciliations.source column only knows 'circular030' and 'csv': a mapped sheet (.csv or .xlsx) is
      // stored as 'csv', the file name telling which (the schema is not widened for a label).
      source: 'csv',
      fileName: staged.fileName,
      fileSha256: staged.sha256,
      lines,
    });
    if (input.saveMappingAs)
      importsRepo.upsertMapping(
        ctx.sqlite,
        'estado_cartera',
        input.saveMappingAs,
        JSON.stringify(input.mapping),
        job.now().toISOString(),
      );
    return opened;
  });
  discardStaged(job.dataDir, input.fileId);
  return outcome(v, view);
}
