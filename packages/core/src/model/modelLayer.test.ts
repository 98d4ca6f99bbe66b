import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The model describes a framework; scoring reads it. An import the other way round would make the
// schemas depend on the engine (and pull it into every bundle that only validates a framework).
const modelDir = dirname(fileURLToPath(import.meta.url));
const srcDir = resolve(modelDir, '..');
const scoringDir = join(srcDir, 'scoring');

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

/** The specifiers of `file` (a path under `src/`) that resolve into `src/scoring/`. */
function scoringImports(file: string, source: string): string[] {
  return specifiers(source).filter(
    (s) => s.startsWith('.') && (resolve(dirname(file), s) + sep).startsWith(scoringDir + sep),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the model layer', () => {
  it('finds an import of scoring when there is one (static, type-only, re-export or dynamic)', () => {
    const file = join(modelDir, 'rules', 'x.ts');
    expect(scoringImports(file, "import { a } from '../../scoring/assess/a.js';")).toEqual([
      '../../scoring/assess/a.js',
    ]);
    expect(scoringImports(file, "import type { B } from '../../scoring/b.js';")).toEqual(['../../scoring/b.js']);
    expect(scoringImports(file, "export { c } from '../../scoring/c.js';")).toEqual(['../../scoring/c.js']);
    expect(scoringImports(file, "const d = await import('../../scoring/d.js');")).toEqual(['../../scoring/d.js']);
    expect(scoringImports(file, "import { e } from '../../scoringExtra/e.js'; import { f } from '../f.js';")).toEqual(
      [],
    );
  });

  it('imports nothing from src/scoring: the method, aggregation and band schemas live in the model', () => {
    const files = sourceFiles(modelDir);
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((f) =>
      scoringImports(f, readFileSync(f, 'utf8')).map((s) => `${relative(srcDir, f)} → ${s}`),
    );
    expect(offending).toEqual([]);
  });
});
