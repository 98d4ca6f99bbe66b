import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readElements, staleElementFiles } from '../packages/widgets/scripts/elements.mjs';

const widgets = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const elements = readElements();

describe('the element lists', () => {
  it('find every component folder: a tag per folder, its class, and the badge the progress chart renders', () => {
    expect(elements.map((e) => e.tag)).toEqual(
      readdirSync(`${widgets}src/components`, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `eco-${d.name}`)
        .sort(),
    );
    expect(elements.find((e) => e.tag === 'eco-progress-chart')?.dependencies).toEqual(['eco-status-badge']);
    expect(elements.find((e) => e.tag === 'eco-task-board')?.className).toBe('EcoTaskBoard');
  });

  it('are what scripts/elements.mjs writes from the folders: element modules, define.ts, the CDN loaders, package.json exports and sideEffects', () => {
    // On failure: run `npm run elements -w @eco-reform/widgets` and commit what it writes.
    expect(staleElementFiles()).toEqual([]);
  });

  it('export every element class from the package entry, the one line a new element adds by hand', () => {
    const index = read('../packages/widgets/src/index.ts');
    for (const e of elements) {
      expect(index).toContain(`export { ${e.className} } from './components/${e.name}/${e.name}.component.js';`);
    }
  });

  it('are in the embedding guide: a row of the elements table and an entry module each', () => {
    const guide = read('../docs/embedding.md');
    const entries = /`@eco-reform\/widgets\/([\w-]+\.js)`((?:[^.]|\.js)*?)register one each/s.exec(guide)?.[0] ?? '';
    for (const e of elements) {
      expect(guide).toMatch(new RegExp(`^\\| \`<${e.tag}>\` \\|`, 'm'));
      expect(entries).toContain(`${e.name}.js`);
    }
  });
});

describe('each component folder', () => {
  const kit = (name: string): string[] =>
    ['component', 'styles', 'layout', 'layout.test', 'text', 'test', 'table'].map((k) => `${name}.${k}.ts`);

  it('holds only its kit: component, styles, layout with its Node test, text, browser test, and a table twin', () => {
    for (const e of elements) {
      const files = readdirSync(`${widgets}src/components/${e.name}`).filter((f) => f !== '__snapshots__');
      expect(
        files.filter((f) => !kit(e.name).includes(f)),
        e.name,
      ).toEqual([]);
      for (const required of ['component', 'styles', 'text', 'test'])
        expect(files, e.name).toContain(`${e.name}.${required}.ts`);
      expect(files.includes(`${e.name}.layout.ts`), e.name).toBe(files.includes(`${e.name}.layout.test.ts`));
    }
  });

  it('imports nothing from another component folder: shared code lives in src/shared', () => {
    for (const e of elements) {
      for (const file of readdirSync(`${widgets}src/components/${e.name}`).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(`${widgets}src/components/${e.name}/${file}`, 'utf8');
        const others = [...source.matchAll(/from '\.\.\/([\w-]+)\//g)].map((m) => m[1]);
        expect(others, `${e.name}/${file}`).toEqual([]);
      }
    }
  });
});
