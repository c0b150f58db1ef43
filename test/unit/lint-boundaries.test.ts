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
