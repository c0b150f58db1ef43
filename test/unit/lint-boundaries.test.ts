// The process boundaries of ARCHITECTURE.md are lint rules; this proves they
// still reject what they must (a config edit that silences them fails here).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', () => {
  it('only the Electron shell imports electron', async () => {
    expect(
      (await ruleIds(`import { app } from 'electron'; export const a = app;\n`, 'electron/modules/x.ts')).join('\n'),
    ).toMatch(/no-restricted-imports/);
    expect(await ruleIds(`import { app } from 'electron';\nexport const a = app;\n`, 'electron/shell/main.ts')).toEqual(
      [],
    );
  });

  it('the renderer imports only shared/ and itself', async () => {
    const bad = await ruleIds(
      `import { openDatabase } from '../../db/open';\nimport fs from 'node:fs';\nexport const x = [openDatabase, fs];\n`,
      'renderer/features/x/y.ts',
    );
    expect(bad.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
    expect(
      await ruleIds(
        `import { formatMoney } from '../../../shared/domain/money';\nexport const f = formatMoney;\n`,
        'renderer/features/x/y.ts',
      ),
    ).toEqual([]);
  });

  it('shared/domain does no I/O', async () => {
    const bad = await ruleIds(
      `import fs from 'node:fs';\nexport const y = [fs, process.env, fetch];\n`,
      'shared/domain/x.ts',
    );
    expect(bad.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(1);
    expect(bad.filter((m) => m.startsWith('no-restricted-globals'))).toHaveLength(2);
  });

  it('parseFloat is refused everywhere (money is centavos)', async () => {
    expect((await ruleIds(`export const v = parseFloat('1.5');\n`, 'electron/modules/x.ts')).join('\n')).toMatch(
      /no-restricted-globals/,
    );
  });
});

describe('lint boundaries between folders (resolved import paths)', () => {
  const zone = (ids: string[]) => ids.filter((m) => m.startsWith('boundaries/zones'));

  it('a shared/domain area does not import another (documents, the letters vocabulary, excepted)', async () => {
    const bad = `import { dueDateOf } from '../portabilidad/deadlines';\nexport const f = dueDateOf;\n`;
    expect(zone(await ruleIds(bad, 'shared/domain/cartera/x.ts'))).toHaveLength(1);
    const common = `import { isCalendarDay } from '../dates';\nimport { DOCUMENT_TYPE_KEYS } from '../documents/types';\nexport const f = [isCalendarDay, DOCUMENT_TYPE_KEYS];\n`;
    expect(zone(await ruleIds(common, 'shared/domain/cartera/x.ts'))).toEqual([]);
  });

  it('a renderer feature does not import another feature (a sibling path is caught too)', async () => {
    const bad = `import { CaseImports } from '../imports/CaseImports';\nexport const c = CaseImports;\n`;
    expect(zone(await ruleIds(bad, 'renderer/features/cases/X.tsx'))).toHaveLength(1);
    const own = `import { api } from './api';\nimport { Money } from '../../components/Money';\nimport { W } from '../../widgets/imports/CaseImports';\nexport const c = [api, Money, W];\n`;
    expect(zone(await ruleIds(own, 'renderer/features/cases/X.tsx'))).toEqual([]);
  });

  it('widgets, components and lib do not import features; components and lib not widgets', async () => {
    const feature = `import { X } from '../../features/cases/X';\nexport const c = X;\n`;
    expect(zone(await ruleIds(feature, 'renderer/widgets/imports/Y.tsx'))).toHaveLength(1);
    expect(
      zone(await ruleIds(`import { X } from '../features/cases/X';\nexport const c = X;\n`, 'renderer/lib/y.ts')),
    ).toHaveLength(1);
    const widget = `import { W } from '../widgets/imports/W';\nexport const c = W;\n`;
    expect(zone(await ruleIds(widget, 'renderer/components/Y.tsx'))).toHaveLength(1);
  });

  it('demo data is never imported by production code (only where the backend is assembled)', async () => {
    const bad = `import { loadDemoSmall } from '../../demo/demo';\nexport const f = loadDemoSmall;\n`;
    expect(zone(await ruleIds(bad, 'electron/modules/settings/service.ts'))).toHaveLength(1);
    const assembly = `import { demoHandlers } from '../demo/handlers';\nexport const h = demoHandlers;\n`;
    expect(zone(await ruleIds(assembly, 'electron/core/backend.ts'))).toEqual([]);
  });

  it('domain modules reach SQLite only through db/repositories', async () => {
    const schema = `import { invoices } from '../../../db/schema';\nexport const t = invoices;\n`;
    expect(zone(await ruleIds(schema, 'electron/modules/cases/x.ts'))).toHaveLength(1);
    const drizzle = `import { eq } from 'drizzle-orm';\nexport const f = eq;\n`;
    expect(zone(await ruleIds(drizzle, 'electron/modules/cases/x.ts'))).toHaveLength(1);
    const repo = `import { listCases } from '../../../db/repositories/cases';\nexport const f = listCases;\n`;
    expect(zone(await ruleIds(repo, 'electron/modules/cases/x.ts'))).toEqual([]);
  });
});
