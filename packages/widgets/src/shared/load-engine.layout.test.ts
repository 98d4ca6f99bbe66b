import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The widgets' source as the CDN build splits it: the engine reaches the elements only through
// load-engine.ts's dynamic import. One value imported from the core's main entry would put the
// whole engine back into every element's chunks (esbuild splits by file, and the main barrel
// reaches every file of the core), and `npm run size` would be over by 30 KB.
const src = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.(test|testing)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every `import … from '…'` / `export … from '…'` statement of a file: its names and its module. */
function imports(text: string): Array<{ names: string; from: string; typeOnly: boolean }> {
  return [...text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)';/gms)].map((m) => ({
    names: m[3]!,
    from: m[4]!,
    typeOnly: m[2] !== undefined,
  }));
}

/** Whether an import list names a value (not only `type X` entries). */
function namesValue(names: string): boolean {
  const inner = names.match(/\{([^}]*)\}/)?.[1];
  if (inner === undefined) return true; // a default or namespace import
  return inner
    .split(',')
    .map((n) => n.trim())
    .some((n) => n !== '' && !n.startsWith('type '));
}

describe('the widgets reach the engine only through load-engine.ts', () => {
  const files = sources(src);

  it('import no value from the core’s main entry, only from @eco-reform/core/display (types from either)', () => {
    const offending = files
      .filter((f) => relative(src, f) !== join('shared', 'engine.ts'))
      .flatMap((f) =>
        imports(readFileSync(f, 'utf8'))
          .filter((i) => i.from === '@eco-reform/core' && !i.typeOnly && namesValue(i.names))
          .map((i) => `${relative(src, f)}: { ${i.names.replace(/\s+/g, ' ')} }`),
      );
    expect(offending).toEqual([]);
  });

  it('never import engine.ts statically: load-engine.ts imports it with import()', () => {
    const offending = files.filter((f) =>
      imports(readFileSync(f, 'utf8')).some((i) => /(^|\/)engine\.js$/.test(i.from) && !i.typeOnly),
    );
    expect(offending.map((f) => relative(src, f))).toEqual([]);
    expect(readFileSync(join(src, 'shared', 'load-engine.ts'), 'utf8')).toContain("import('./engine.js')");
  });

  it('would see an offending import (the check is not blind)', () => {
    const found = imports("import { parseBundle, type Bundle } from '@eco-reform/core';\n");
    expect(found).toEqual([{ names: '{ parseBundle, type Bundle }', from: '@eco-reform/core', typeOnly: false }]);
    expect(namesValue(found[0]!.names)).toBe(true);
    expect(namesValue('{ type Bundle, type Lang }')).toBe(false);
  });
});
