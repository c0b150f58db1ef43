/**
 * ESLint rule `boundaries/zones`: which folder may import which, decided on
 * the RESOLVED path of each relative import (a pattern on the raw specifier
 * misses '../imports/X' from a sibling feature). Each zone names the files it
 * applies to and a function that returns the message for a forbidden target
 * (or null). Zones live in eslint.config.mjs (functions: given to the plugin,
 * not as rule options, which ESLint must be able to clone);
 * test/unit/lint-boundaries.test.ts proves each one rejects a forbidden snippet.
 */
import path from 'node:path';

const posix = (p) => p.split(path.sep).join('/');

function resolveTarget(context, specifier) {
  if (!specifier.startsWith('.')) return { pkg: specifier };
  const file = posix(path.relative(context.cwd, context.filename));
  return { file: posix(path.normalize(path.join(path.dirname(file), specifier))), from: file };
}

const zonesRule = (list) => ({
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'Import boundaries between folders (resolved paths).' },
  },
  create(context) {
    const from = posix(path.relative(context.cwd, context.filename));
    const active = list.filter((z) => z.files.test(from));
    if (!active.length) return {};
    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const target = resolveTarget(context, specifier);
      for (const z of active) {
        const message = z.forbid(from, target);
        if (message) context.report({ node, message });
      }
    }
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
});

export function boundariesPlugin(zones) {
  return { rules: { zones: zonesRule(zones) } };
}
