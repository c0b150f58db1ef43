/**
 * Error codes live in one catalog per area, shared/api/errors*.ts, each code
 * with its meaning (a one-line doc comment). This test reads the source of
 * electron/, shared/ and db/ and fails when a thrown or returned code is not a
 * catalog constant: an inline string, an unknown catalog key, or a catalog
 * object defined outside shared/api. It also fails when a code string is
 * defined twice or a code has no meaning.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const API = path.join(ROOT, 'shared/api');
const SCANNED = ['electron', 'shared', 'db'];
const CATALOG_FILE = /^errors(-[a-z-]+)?\.ts$/;
/** A name that reads as a catalog of codes (ErrorCodes, LedgerErrorCodes, DocumentErrors, NotaRuleCodes…). */
const CATALOG_NAME = /^[A-Z]\w*(ErrorCodes|Errors|RuleCodes)$|^ErrorCodes$/;

type Catalogs = Map<string, Record<string, string>>;

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function rel(file: string): string {
  return path.relative(ROOT, file);
}

function where(src: ts.SourceFile, node: ts.Node): string {
  return `${rel(src.fileName)}:${src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1}`;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'migrations') sourceFiles(p, out);
    } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const catalogFiles = fs
  .readdirSync(API)
  .filter((f) => CATALOG_FILE.test(f))
  .map((f) => path.join(API, f));

async function loadCatalogs(): Promise<Catalogs> {
  const catalogs: Catalogs = new Map();
  for (const file of catalogFiles) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!CATALOG_NAME.test(name) || typeof value !== 'object' || value === null) continue;
      if (Object.values(value).every((v) => typeof v === 'string')) catalogs.set(name, value as Record<string, string>);
    }
  }
  return catalogs;
}

/** Each catalog entry as written: its key, its value (a literal or a reference to another code) and its doc comment. */
interface Entry {
  catalog: string;
  key: string;
  literal: string | null;
  doc: string;
  at: string;
}

function catalogEntries(): Entry[] {
  const out: Entry[] = [];
  for (const file of catalogFiles) {
    const src = parse(file);
    for (const st of src.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        const name = d.name.getText(src);
        let init = d.initializer;
        if (init && ts.isAsExpression(init)) init = init.expression;
        if (!CATALOG_NAME.test(name) || !init || !ts.isObjectLiteralExpression(init)) continue;
        for (const p of init.properties) {
          if (!ts.isPropertyAssignment(p)) continue;
          const docs = ts
            .getLeadingCommentRanges(src.text, p.getFullStart())
            ?.map((r) => src.text.slice(r.pos, r.end))
            .filter((c) => c.startsWith('/**'));
          out.push({
            catalog: name,
            key: p.name.getText(src),
            literal: ts.isStringLiteral(p.initializer) ? p.initializer.text : null,
            doc: (docs?.at(-1) ?? '').replace(/^\/\*\*|\*\/$/g, '').trim(),
            at: where(src, p),
          });
        }
      }
    }
  }
  return out;
}

/** The code an expression stands for: a problem when it is not a catalog constant; null for a code passed through (err.code, a parameter). */
function checkCode(expr: ts.Expression, src: ts.SourceFile, catalogs: Catalogs, known: Set<string>): string[] {
  const at = where(src, expr);
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
    return checkCode(expr.expression, src, catalogs, known);
  if (ts.isConditionalExpression(expr))
    return [...checkCode(expr.whenTrue, src, catalogs, known), ...checkCode(expr.whenFalse, src, catalogs, known)];
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
    return [
      known.has(expr.text)
        ? `${at}: inline code '${expr.text}' — use its catalog constant`
        : `${at}: code '${expr.text}' is not in any catalog (shared/api/errors*.ts)`,
    ];
  }
  if (ts.isTemplateExpression(expr)) return [`${at}: code built from a template — use a catalog constant`];
  if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
    const root = expr.expression.text;
    const key = expr.name.text;
    const catalog = catalogs.get(root);
    if (catalog) return key in catalog ? [] : [`${at}: ${root}.${key} is not in the catalog`];
    if (CATALOG_NAME.test(root)) return [`${at}: ${root} is not a catalog of shared/api/errors*.ts`];
  }
  return []; // a code passed through: a parameter, err.code, r.code…
}

function scanThrownCodes(catalogs: Catalogs): string[] {
  const known = new Set([...catalogs.values()].flatMap((c) => Object.values(c)));
  const files = SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const parsed = files.map(parse);

  // Functions and classes that take a `code` parameter: DomainError, Refusal, refuse(), fail(), failWith()…
  const paramIndex = (params: ts.NodeArray<ts.ParameterDeclaration>): number =>
    params.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'code');
  const global = new Map<string, number>();
  const local = new Map<ts.SourceFile, Map<string, number>>();
  for (const src of parsed) {
    const mine = new Map<string, number>();
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionDeclaration(n) && n.name) {
        const i = paramIndex(n.parameters);
        if (i >= 0) mine.set(n.name.text, i);
      }
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
        const f = n.initializer;
        if (ts.isArrowFunction(f) || ts.isFunctionExpression(f)) {
          const i = paramIndex(f.parameters);
          if (i >= 0) mine.set(n.name.text, i);
        }
      }
      if (ts.isClassDeclaration(n) && n.name) {
        const ctor = n.members.find(ts.isConstructorDeclaration);
        const i = ctor ? paramIndex(ctor.parameters) : -1;
        if (i >= 0) global.set(n.name.text, i);
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
    local.set(src, mine);
  }

  const problems: string[] = [];
  for (const src of parsed) {
    const isCatalog = catalogFiles.includes(src.fileName);
    const mine = local.get(src)!;
    const visit = (n: ts.Node): void => {
      // a catalog object defined outside shared/api/errors*.ts
      if (!isCatalog && ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && CATALOG_NAME.test(n.name.text)) {
        problems.push(`${where(src, n)}: catalog ${n.name.text} defined outside shared/api/errors*.ts`);
      }
      // DomainError(code, …), refuse(code, …), fail(res, status, code, …)
      if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression)) {
        const i = mine.get(n.expression.text) ?? global.get(n.expression.text);
        const arg = i === undefined ? undefined : n.arguments?.[i];
        if (arg) problems.push(...checkCode(arg, src, catalogs, known));
      }
      // { code, message } of a returned or thrown API error (not a zod issue)
      if (ts.isObjectLiteralExpression(n)) {
        const names = n.properties.map((p) => p.name?.getText(src));
        const inAddIssue =
          ts.isCallExpression(n.parent) &&
          ts.isPropertyAccessExpression(n.parent.expression) &&
          n.parent.expression.name.text === 'addIssue';
        if (names.includes('code') && names.includes('message') && !inAddIssue) {
          const p = n.properties.find((q) => q.name?.getText(src) === 'code');
          if (p && ts.isPropertyAssignment(p)) problems.push(...checkCode(p.initializer, src, catalogs, known));
        }
      }
      // class SomeError { readonly code = … }
      if (ts.isPropertyDeclaration(n) && n.name.getText(src) === 'code' && n.initializer) {
        problems.push(...checkCode(n.initializer, src, catalogs, known));
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return problems;
}

describe('error codes', () => {
  it('every catalog lives in shared/api/errors*.ts and every code has its meaning', async () => {
    const catalogs = await loadCatalogs();
    expect(catalogs.size).toBeGreaterThan(10);
    const entries = catalogEntries();
    const undocumented = entries.filter((e) => e.doc.length === 0).map((e) => `${e.at}: ${e.catalog}.${e.key}`);
    expect(undocumented).toEqual([]);
    const multiline = entries.filter((e) => e.doc.includes('\n')).map((e) => `${e.at}: ${e.catalog}.${e.key}`);
    expect(multiline).toEqual([]);
  });

  it('no code string is defined twice', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const e of catalogEntries()) {
      if (e.literal === null) continue; // a reference to a code defined elsewhere in the catalogs
      const first = seen.get(e.literal);
      if (first) duplicates.push(`'${e.literal}': ${first} and ${e.catalog}.${e.key} (${e.at})`);
      else seen.set(e.literal, `${e.catalog}.${e.key}`);
    }
    expect(duplicates).toEqual([]);
  });

  it('every code thrown or returned in electron/, shared/ and db/ is a catalog constant', async () => {
    const problems = scanThrownCodes(await loadCatalogs());
    expect(problems).toEqual([]);
  });
});
