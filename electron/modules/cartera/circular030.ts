/**
 * cartera.aclaracionFile: the IPS file of the Circular 030 (domain README §Circular 030) for a quarterly cut,
 * written to exportaciones/ under its official name, and the cut remembered (each invoice with its I/A/E
 * indicator and figures) so the next cut can compare. Figures at the cut (entries dated up to it):
 * valor = the invoice's amount; glosa aceptada = its notas crédito por glosa aceptada, net of reversals;
 * saldo = the ledger's balance; pagos = valor − glosa − saldo, i.e. everything else that lowered the
 * debt (abonos and other notas) — so saldo = valor − pagos − glosa aceptada holds against the ledger.
 * Project choices: glosa respondida is SI when some glosa was accepted; fecha de devolución stays empty
 * (the app does not record devoluciones of invoices yet); the cobro jurídico and its etapa come from the
 * debtor's expediente at the cut (etapa = its latest jurídico milestone, 1 demanda … 5 terminación).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import { Circular030ErrorCodes } from '../../../shared/api/errors-cartera';
import type { Circular030Cut, Circular030Result } from '../../../shared/api/types-cartera-reports';
import {
  circular030FileName,
  updateIndicators,
  writeCircular030,
  type Circular030Invoice,
} from '../../../shared/domain/cartera/circular030';
import { splitInvoiceNumber } from '../../../shared/domain/cartera/conciliacion';
import { foldExpediente, inForce } from '../../../shared/domain/cartera/expediente';
import { addDays, formatDate } from '../../../shared/domain/dates';
import * as repo from '../../../db/repositories/circular030';
import type { JobContext, ReadContext } from '../../core/context';
import { writeFileAtomic } from '../../adapters/excel/xlsx-file';
import { exportsDir } from '../files/exports';
import { asFileEvent, byCounterparty } from '../expedientes/stages';
import { requireInstitution } from '../settings/service';

const MILESTONES = ['demanda_radicada', 'mandamiento_pago', 'medidas_cautelares', 'sentencia', 'terminacion'];

function noNit(who: string): never {
  throw new DomainError(
    Circular030ErrorCodes.sinNit,
    `${who} no tiene NIT; regístrelo antes de generar el archivo de la Circular 030.`,
  );
}

/** Cobro jurídico at the cut and its etapa code, per debtor. */
function juridicoAt(ctx: ReadContext, counterpartyIds: number[], cut: string): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (const [id, events] of byCounterparty(ctx, counterpartyIds)) {
    const dated = events.map(asFileEvent).filter((e) => e.date <= cut || e.kind === 'anulacion');
    if (foldExpediente(dated).stage !== 'juridico') continue;
    const last = inForce(dated)
      .filter((e) => MILESTONES.includes(e.kind))
      .at(-1);
    out.set(id, last ? String(MILESTONES.indexOf(last.kind) + 1) : '0');
  }
  return out;
}

function cutView(cut: repo.CutRecord, invoices: repo.CutInvoiceRecord[]): Circular030Cut {
  const counts = { I: 0, A: 0, E: 0 };
  for (const i of invoices) counts[i.indicator] += 1;
  return { ...cut, counts };
}

export function listCuts(ctx: ReadContext): Circular030Cut[] {
  return repo.listCuts(ctx.db).map((c) => cutView(c, repo.invoicesOfCut(ctx.db, c.id)));
}

interface Built {
  text: string;
  fileName: string;
  startDate: string;
  rows: (repo.InvoiceAtCut & {
    prefix: string;
    numberOnly: string;
    indicator: 'I' | 'A' | 'E';
    paymentsCents: number;
  })[];
}

function build(ctx: ReadContext, cutDate: string): Built {
  if (cutDate > ctx.today()) {
    throw new DomainError(
      Circular030ErrorCodes.corteFuturo,
      `El corte ${formatDate(cutDate)} aún no llega: el archivo reporta la cartera a una fecha ya cumplida.`,
    );
  }
  const inst = requireInstitution(ctx);
  if (!inst.taxId.trim()) noNit('La institución');
  const previous = repo.previousCut(ctx.db, cutDate);
  const reported = previous ? repo.invoicesOfCut(ctx.db, previous.id) : null;
  const atCut = repo.invoicesAtCut(
    ctx.sqlite,
    cutDate,
    (reported ?? []).map((r) => r.invoiceId),
  );
  const juridico = juridicoAt(ctx, [...new Set(atCut.map((i) => i.counterpartyId))], cutDate);
  const byKey = new Map<string, (typeof atCut)[number]>();
  const toRecord = (i: repo.InvoiceAtCut): Circular030Invoice => {
    if (!i.payerTaxId.trim()) noNit(i.payerName);
    const { prefix, number } = splitInvoiceNumber(i.number);
    const stage = juridico.get(i.counterpartyId);
    byKey.set(`${prefix}|${number}`, i);
    return {
      payerIdType: 'NI',
      payerNit: i.payerTaxId,
      payerName: i.payerName,
      ipsIdType: 'NI',
      ipsNit: inst.taxId,
      cobroType: 'F',
      prefix,
      number,
      valueCents: i.valueCents,
      issueDate: i.issueDate,
      radicacionDate: i.radicacionDate,
      devolucionDate: null,
      paymentsCents: i.valueCents - i.glosaCents - i.balanceCents,
      acceptedGlosaCents: i.glosaCents,
      glosaAnswered: i.glosaCents > 0,
      balanceCents: i.balanceCents,
      juridico: stage !== undefined,
      juridicoStage: stage ?? '0',
    };
  };
  const current = atCut.filter((i) => i.balanceCents > 0).map(toRecord);
  const removed = atCut.filter((i) => i.balanceCents <= 0).map(toRecord);
  const records = updateIndicators(
    reported?.map((r) => ({ prefix: r.prefix, number: r.number, indicator: r.indicator })) ?? null,
    current,
    removed,
  );
  const startDate = previous ? addDays(previous.cutDate, 1) : `${cutDate.slice(0, 4)}-01-01`;
  const text = writeCircular030({ ipsNit: inst.taxId, ipsName: inst.name, startDate, cutDate }, records);
  const rows = records.map((r) => {
    const i = byKey.get(`${r.prefix}|${r.number}`)!;
    return { ...i, prefix: r.prefix, numberOnly: r.number, indicator: r.indicator, paymentsCents: r.paymentsCents };
  });
  return { text, fileName: circular030FileName(cutDate, inst.taxId), startDate, rows };
}

export async function circular030Job(
  job: JobContext,
  input: ParsedInput<'cartera.aclaracionFile'>,
): Promise<Circular030Result> {
  job.checkCancelled();
  job.progress(0, 1, 'Reuniendo las facturas al corte…');
  const built = job.read((ctx) => build(ctx, input.cutDate));
  const bytes = Buffer.from(built.text, 'utf8');
  const file = path.join(exportsDir(job.dataDir), built.fileName);
  fs.mkdirSync(exportsDir(job.dataDir), { recursive: true });
  const sizeBytes = await writeFileAtomic(file, bytes, job.signal);
  const cut = job.write((ctx) => {
    const row = repo.insertCut(
      ctx.db,
      {
        cutDate: input.cutDate,
        startDate: built.startDate,
        fileName: built.fileName,
        recordCount: built.rows.length,
        balanceCents: built.rows.reduce((s, r) => s + (r.indicator === 'E' ? 0 : r.balanceCents), 0),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        createdAt: ctx.now().toISOString(),
      },
      built.rows.map((r) => ({
        invoiceId: r.invoiceId,
        prefix: r.prefix,
        number: r.numberOnly,
        indicator: r.indicator,
        valueCents: r.valueCents,
        paymentsCents: r.paymentsCents,
        glosaCents: r.glosaCents,
        balanceCents: r.balanceCents,
      })),
    );
    return cutView(row, repo.invoicesOfCut(ctx.db, row.id));
  });
  job.progress(1, 1, 'Archivo de la Circular 030 generado.');
  return { fileName: built.fileName, path: file, rows: built.rows.length, sizeBytes, cut };
}
