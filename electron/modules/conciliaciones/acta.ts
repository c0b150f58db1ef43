/**
 * conciliaciones.acta: the acta de depuración that closes a conciliación (domain README §Conciliación). The PDF is
 * composed from a read of the session; then ONE write transaction checks that nothing changed since, takes the
 * number, posts the adjustments as notas (one posting, the acta as their support), records the «conciliación» in
 * the debtor's expediente (it starts the citación term) and stores the acta with its PDF. Rows only they list
 * are printed «por registrar» and do not block the acta: they cannot be adjusted until registered.
 */
import type { ActaResult } from '../../../shared/api/conciliaciones';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import { ConciliacionSessionErrorCodes } from '../../../shared/api/errors-conciliaciones';
import type { AgreedAdjustment, ConciliationClass } from '../../../shared/domain/cartera/conciliacion';
import type { TipoNotaCredito, TipoNotaDebito } from '../../../shared/domain/cartera/nota-credito';
import { formatDate } from '../../../shared/domain/dates';
import * as repo from '../../../db/repositories/conciliaciones';
import { insertAsset } from '../../../db/repositories/settings';
import type { JobContext, ReadContext, ServiceContext } from '../../core/context';
import { requestHash } from '../../core/idempotency';
import { writeFileAtomic } from '../../adapters/excel/xlsx-file';
import { exportHeading, exportTarget } from '../cartera/export-target';
import { postNotas, type NotaLine } from '../cartera/notas';
import { requireCounterparty } from '../counterparties/service';
import { recordEventIfAllowed } from '../expedientes/service';
import { actaContent, actaTitle, renderActaPdf, type ActaContent, type ActaHeader } from './acta-pdf';
import { assertNoActa, getConciliation } from './service';

const METHOD = 'conciliaciones.acta';
type Input = ParsedInput<typeof METHOD>;

/**
 * The nota each adjustment posts. Crédito: a glosa row lowers the balance by the glosa accepted; any other row
 * is an adjustment of what was billed. Débito: TIPOS_NOTA_DEBITO has only «Trámite de glosa» and «Devolución»;
 * a balance agreed above ours comes from the glosa/devolución handling (a glosa lifted, a devolución
 * re-radicated), so a devolución row takes 'devolucion' and every other row 'glosa', the closest of the two.
 */
function tipoOf(a: AgreedAdjustment, cls: ConciliationClass): TipoNotaCredito | TipoNotaDebito {
  if (a.nota === 'nota_credito') return cls.startsWith('glosa_') ? 'glosa_aceptada' : 'ajuste_facturacion';
  return cls === 'devolucion' ? 'devolucion' : 'glosa';
}

interface Prepared {
  conciliationId: number;
  counterpartyId: number;
  header: ActaHeader;
  year: number;
  seq: number;
  content: ActaContent;
  classes: Map<string, ConciliationClass>;
  notes: Map<string, string>;
}

/** Every refusal, and what the acta prints, from one read of the session (run again inside the write). */
function prepare(ctx: ReadContext, input: Input): Prepared {
  const v = getConciliation(ctx, input.id);
  assertNoActa(v.acta, 'no se emite otra');
  if (input.date > ctx.today() || input.date < v.statementDate) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.fechaActa,
      input.date > ctx.today()
        ? `La fecha del acta (${formatDate(input.date)}) es posterior a hoy.`
        : `La fecha del acta (${formatDate(input.date)}) es anterior a la del estado de cartera (${formatDate(v.statementDate)}).`,
      { date: input.date },
    );
  }
  const year = Number(input.date.slice(0, 4));
  const seq = repo.nextActaSeq(ctx.db, year);
  const number = `ACTA-DEP/${String(seq).padStart(4, '0')}/${year}`;
  const cp = requireCounterparty(ctx, v.counterpartyId);
  return {
    conciliationId: v.id,
    counterpartyId: v.counterpartyId,
    header: {
      number,
      date: input.date,
      counterpartyName: cp.name,
      taxId: cp.taxId,
      statementDate: v.statementDate,
      signers: input.signers,
    },
    year,
    seq,
    content: actaContent(v),
    classes: new Map(v.rows.map((r) => [r.key, r.class])),
    notes: new Map(v.rows.map((r) => [r.key, r.agreedNote ?? ''])),
  };
}

function commit(ctx: ServiceContext, input: Input, printed: Prepared, pdf: Buffer) {
  const p = prepare(ctx, input);
  // The PDF was composed outside this transaction: a value agreed or a payment applied meanwhile would make the
  // acta stored differ from the one printed.
  if (p.header.number !== printed.header.number || JSON.stringify(p.content) !== JSON.stringify(printed.content)) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.cambioEnCurso,
      `La conciliación o los saldos de sus facturas cambiaron mientras se generaba el acta ${printed.header.number}: genérela de nuevo.`,
    );
  }
  const { number, date } = p.header;
  const notas: NotaLine[] = p.content.adjustments.map((a) => ({
    invoiceId: a.ourInvoiceId,
    kind: a.nota,
    tipo: tipoOf(a, p.classes.get(a.key)!),
    amountCents: a.amountCents,
    date,
    supportReference: number,
    memo: `${actaTitle(number)}: ${p.notes.get(a.key) ?? ''}`.slice(0, 500),
    approval: null,
  }));
  const postingId =
    notas.length === 0
      ? null
      : postNotas(
          ctx,
          {
            // One acta per conciliación: the key cannot repeat, and a retry after the acta is refused above.
            idempotencyKey: `${METHOD}/${p.conciliationId}`,
            requestHash: requestHash(METHOD, { id: p.conciliationId, number, notas }),
            method: METHOD,
            date,
            reference: number,
            memo: `${actaTitle(number)} — ${p.header.counterpartyName}`,
          },
          notas,
        );
  const now = ctx.now().toISOString();
  const asset = insertAsset(ctx.db, { kind: 'documento', mime: 'application/pdf', data: pdf, createdAt: now });
  recordEventIfAllowed(ctx, {
    counterpartyId: p.counterpartyId,
    kind: 'conciliacion',
    date,
    reason: `Acta de depuración ${number}`,
    assetId: asset.id,
  });
  repo.insertActa(ctx.db, {
    conciliationId: p.conciliationId,
    year: p.year,
    seq: p.seq,
    number,
    date,
    signers: JSON.stringify(input.signers),
    result: JSON.stringify(p.content),
    postingId,
    pdfAssetId: asset.id,
    pdfSha256: asset.sha256,
    createdAt: now,
  });
  return { postingId, adjustments: notas.length };
}

export async function actaJob(job: JobContext, input: Input): Promise<ActaResult> {
  job.checkCancelled();
  const { p, inst } = job.read((ctx) => ({ p: prepare(ctx, input), inst: exportHeading(ctx) }));
  const now = job.now();
  job.progress(0, 2, 'Componiendo el acta de depuración…');
  const pdf = await renderActaPdf(p.header, p.content, inst, now);
  job.checkCancelled();
  const done = job.write((ctx) => commit(ctx, input, p, pdf));
  // Written after the commit: a refused acta leaves no file in exportaciones/ (the PDF is also kept as an asset).
  const target = exportTarget(job.dataDir, 'acta-depuracion', 'pdf', now);
  const sizeBytes = await writeFileAtomic(target.path, pdf, job.signal);
  job.progress(2, 2, `Acta ${p.header.number} emitida.`);
  return {
    number: p.header.number,
    date: p.header.date,
    fileName: target.fileName,
    path: target.path,
    sizeBytes,
    ...done,
  };
}
