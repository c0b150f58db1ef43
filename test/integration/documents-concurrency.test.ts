/**
 * Acceptance: two processes issuing 1,000 documents of one type at the same
 * time get 2,000 distinct consecutive numbers, with no gap. Each process is
 * the real CLI running a batch of `documents.issueBatch` (one letter per
 * line: draft, number, PDF, bitácora entry) against the same SQLite file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, cleanupTemp, createTempDb, ensureBackendBuilt, QUERETARO, REPO_ROOT, setupMx } from './helpers';

const PER_PROCESS = Number(process.env.CYP_CONCURRENT_ISSUES ?? 1000);

afterAll(cleanupTemp);

function runBatch(db: string, jsonl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'batch', jsonl, '--db', db], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('numeración concurrente', () => {
  it(`dos procesos emiten ${PER_PROCESS} oficios cada uno: ${2 * PER_PROCESS} números distintos y consecutivos, sin huecos`, async () => {
    ensureBackendBuilt();
    const t = createTempDb();
    const signer = setupMx(t.dispatch).signatories[0]!.id;
    t.close();
    const files = ['a', 'b'].map((tag) => {
      const file = path.join(t.dir, `lote-${tag}.jsonl`);
      const line = (i: number) =>
        JSON.stringify({
          method: 'documents.issueBatch',
          input: {
            docType: 'oficio_libre',
            counterpartyIds: [QUERETARO],
            date: '2026-01-15',
            data: {
              asunto: 'Comunicado de prueba',
              texto: `Oficio ${tag}-${i}`,
              signatoryIds: [signer],
              addressee: { name: 'María Elena Muñoz Ávila', position: 'Directora General' },
            },
          },
        });
      fs.writeFileSync(file, Array.from({ length: PER_PROCESS }, (_, i) => line(i)).join('\n') + '\n');
      return file;
    });

    const results = await Promise.all(files.map((f) => runBatch(t.file, f)));
    for (const r of results) expect(r.code, r.stderr.slice(-2000)).toBe(0);

    t.reopen();
    const docs = t.sqlite.prepare(`SELECT seq, number, status, year, series FROM documents ORDER BY seq`).all() as {
      seq: number;
      number: string;
      status: string;
      year: number;
      series: string;
    }[];
    expect(docs).toHaveLength(2 * PER_PROCESS);
    expect(docs.map((d) => d.seq)).toEqual(Array.from({ length: 2 * PER_PROCESS }, (_, i) => i + 1));
    expect(new Set(docs.map((d) => d.number)).size).toBe(2 * PER_PROCESS);
    expect(docs[0]!.number).toBe('DGF/0001/2026');
    expect(docs.at(-1)!.number).toBe(`DGF/${String(2 * PER_PROCESS).padStart(4, '0')}/2026`);
    expect(new Set(docs.map((d) => `${d.status}|${d.year}|${d.series}`))).toEqual(new Set(['emitido|2026|oficio']));
    // Both processes really interleaved: each one's letters are spread over the range.
    const byText = t.sqlite
      .prepare(`SELECT seq, json_extract(data, '$.texto') AS texto FROM documents ORDER BY seq`)
      .all() as { seq: number; texto: string }[];
    const firstB = byText.find((r) => r.texto.startsWith('Oficio b'))!.seq;
    const lastA = byText.filter((r) => r.texto.startsWith('Oficio a')).at(-1)!.seq;
    expect(firstB).toBeLessThan(lastA);
    // Every one has its PDF, and the bitácora has one volante per letter, consecutive too.
    expect(t.sqlite.prepare(`SELECT COUNT(*) AS n FROM documents WHERE pdf_asset_id IS NULL`).get()).toEqual({ n: 0 });
    const folios = (
      t.sqlite.prepare(`SELECT folio FROM bitacora_entries ORDER BY folio`).all() as { folio: number }[]
    ).map((r) => r.folio);
    expect(folios).toEqual(Array.from({ length: 2 * PER_PROCESS }, (_, i) => i + 1));
    t.close();
  }, 600_000);
});
