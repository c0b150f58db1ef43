/**
 * invoices.import: an estado de cuenta of the billing system into the ledger
 * (domain README §Imports).
 *
 * The staged file is read and every row checked (validate-file.ts with the
 * estado-cuenta kind: NIT or entidad, número, fechas, valor). Only when no
 * row fails and none of its invoices is already in the ledger are all the
 * invoices registered — each through invoices.register (invoices.create
 * without reading the detail back), so each has its cargo entry, its
 * idempotency record and the ledger triggers — in one IMMEDIATE transaction.
 * A rejected file writes nothing.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type * as T from '../../../shared/api/types';
import type { MoneyLocale } from '../../../shared/domain/money';
import { allPayers } from '../../../db/repositories/counterparties';
import { findInvoiceByNumber } from '../../../db/repositories/invoices';
import * as repo from '../../../db/repositories/imports';
import type { JobContext, ReadContext } from '../../core/context';
import * as invoices from './service';
import { requireInstitution } from '../settings/service';
import { PayerIndex, type EstadoCuentaRow, type Payer } from '../imports/estado-cuenta';
import { rowPrefix } from '../imports/fields';
import { resultOf } from '../imports/service';
import { discardStaged, getStaged } from '../imports/staging';
import { ImportErrorCodes, type ImportProblem } from '../imports/types';
import { rowProgress, validateFile, type ValidationResult } from '../imports/validate-file';

/** Every counterparty, by NIT and name; the institution's own state (MX) is not invoiced. */
function loadPayers(ctx: ReadContext): { payers: Payer[]; numberFormat: MoneyLocale } {
  const inst = requireInstitution(ctx);
  const payers = allPayers(ctx.sqlite).map((r) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    abbreviation: r.abbreviation,
    taxId: r.tax_id,
    active: r.active === 1,
    own: r.inegi_code !== null && r.inegi_code === inst.ownStateCode,
  }));
  return { payers, numberFormat: inst.profile === 'CO' ? 'es-CO' : 'es-MX' };
}

/** Invoices of the file already registered for the same entidad and direction: one error per row. */
function alreadyInLedger(
  ctx: ReadContext,
  direction: 'receivable' | 'payable',
  rows: readonly EstadoCuentaRow[],
  mapping: T.ColumnMapping,
): ImportProblem[] {
  const column = mapping.columns.numero ?? null;
  return rows.flatMap((r) => {
    if (!findInvoiceByNumber(ctx.db, r.counterpartyId, direction, r.number)) return [];
    const message = `${rowPrefix(r.row, column)}: la factura «${r.number}» de ${r.counterpartyName} ya está registrada en la cartera; no se registra de nuevo.`;
    return [{ code: ImportErrorCodes.duplicate, row: r.row, column, field: 'numero', message }];
  });
}

/** Thrown inside the write transaction to roll it back with the rows' problems. */
class Rejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('estado de cuenta rechazado');
  }
}

function outcome(
  v: ValidationResult,
  direction: 'receivable' | 'payable',
  extra: ImportProblem[],
  created: { ids: number[]; rows: readonly EstadoCuentaRow[] } | null,
): T.InvoiceImportResult {
  const base = resultOf(v, extra, null, null);
  const byPayer = new Map<number, T.InvoiceImportCounterparty>();
  for (const r of created?.rows ?? []) {
    const c = byPayer.get(r.counterpartyId) ?? {
      counterpartyId: r.counterpartyId,
      name: r.counterpartyName,
      invoices: 0,
      totalCents: 0,
    };
    c.invoices += 1;
    c.totalCents += r.importeCents;
    byPayer.set(r.counterpartyId, c);
  }
  return {
    ...base,
    status: created ? 'importado' : 'rechazado',
    direction,
    invoicesCreated: created?.ids.length ?? 0,
    invoiceIds: created?.ids ?? [],
    counterparties: [...byPayer.values()].sort((a, b) => a.name.localeCompare(b.name, 'es')),
  };
}

export async function importInvoicesJob(
  job: JobContext,
  input: ParsedInput<'invoices.import'>,
): Promise<T.InvoiceImportResult> {
  const staged = getStaged(job.dataDir, input.fileId);
  const { payers, numberFormat } = job.read(loadPayers);
  const rows: EstadoCuentaRow[] = [];
  const v = await validateFile(staged.path, 'estado_cuenta', {
    mapping: input.mapping,
    numberFormat,
    payers: new PayerIndex(payers),
    signal: job.signal,
    onProgress: rowProgress(job, 'Revisando el estado de cuenta…'),
    onRow: (r) => void rows.push(r),
  });
  job.checkCancelled();
  if (v.errorCount > 0) return outcome(v, input.direction, [], null);
  // Reported with the file's own problems; checked again inside the write.
  const known = job.read((ctx) => alreadyInLedger(ctx, input.direction, rows, input.mapping));
  if (known.length > 0) return outcome(v, input.direction, known, null);

  const fmt = (n: number) => n.toLocaleString(numberFormat);
  job.progress(0, rows.length, `Registrando ${fmt(rows.length)} facturas…`);
  let ids: number[];
  try {
    ids = job.write((ctx) => {
      const dup = alreadyInLedger(ctx, input.direction, rows, input.mapping);
      if (dup.length > 0) throw new Rejected(dup);
      const created: number[] = [];
      const failed: ImportProblem[] = [];
      rows.forEach((r, i) => {
        try {
          const out = invoices.register(ctx, {
            counterpartyId: r.counterpartyId,
            direction: input.direction,
            number: r.number,
            concept: r.concept,
            period: r.period,
            naturaleza: r.naturaleza,
            issueDate: r.issueDate,
            radicacionDate: r.radicacionDate,
            dueDate: r.dueDate,
            amountCents: r.importeCents,
            idempotencyKey: `estado-cuenta-${job.jobId}-${r.row}`,
          });
          created.push(out.invoiceId);
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          failed.push({
            code: err.code,
            row: r.row,
            column: null,
            field: null,
            message: `Fila ${r.row}: ${err.message}`,
          });
        }
        if ((i + 1) % 200 === 0) job.progress(i + 1, rows.length, `Registrando ${fmt(rows.length)} facturas…`);
      });
      if (failed.length > 0) throw new Rejected(failed);
      if (input.saveMappingAs)
        repo.upsertMapping(
          ctx.sqlite,
          'estado_cuenta',
          input.saveMappingAs,
          JSON.stringify(input.mapping),
          job.now().toISOString(),
        );
      return created;
    });
  } catch (err) {
    if (err instanceof Rejected) return outcome(v, input.direction, err.problems, null);
    throw err;
  }
  job.progress(rows.length, rows.length, 'Importación terminada');
  discardStaged(job.dataDir, input.fileId);
  return outcome(v, input.direction, [], { ids, rows });
}
