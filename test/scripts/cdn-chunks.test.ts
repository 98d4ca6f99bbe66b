import { describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { DATA_ELEMENT, sharedTiers } from '../../packages/widgets/scripts/cdn-chunks.mjs';

/** A metafile of the given static and dynamic imports (only `inputs` is read). */
function graph(edges: Record<string, { static?: string[]; dynamic?: string[] }>): Metafile {
  const inputs: Metafile['inputs'] = {};
  for (const [file, to] of Object.entries(edges)) {
    inputs[file] = {
      bytes: 1,
      imports: [
        ...(to.static ?? []).map((path) => ({ path, kind: 'import-statement' as const, original: path })),
        ...(to.dynamic ?? []).map((path) => ({ path, kind: 'dynamic-import' as const, original: path })),
      ],
    };
  }
  return { inputs, outputs: {} };
}

// A loader with three elements: a badge that shows no data, a scorecard and a ledger that read
// data; the scorecard loads the engine, the ledger a CSV writer; the engine and the writer share
// a CSV library.
const build = graph({
  'src/cdn/autoload.ts': { static: ['src/cdn/loaders.ts', 'src/shared/lang.ts'] },
  'src/cdn/loaders.ts': {
    dynamic: ['src/elements/status-badge.ts', 'src/elements/scorecard.ts', 'src/elements/ledger.ts'],
  },
  'src/elements/status-badge.ts': { static: ['lit.js', 'src/shared/lang.ts', 'status-labels.ts'] },
  'src/elements/scorecard.ts': {
    static: ['lit.js', 'src/shared/lang.ts', DATA_ELEMENT, 'status-labels.ts', 'scorecard-only.ts'],
  },
  'src/elements/ledger.ts': { static: ['lit.js', DATA_ELEMENT, 'ledger-state.ts', 'src/shared/download.ts'] },
  [DATA_ELEMENT]: { static: ['zod.js', 'src/shared/load-engine.ts'] },
  'src/shared/load-engine.ts': { dynamic: ['src/shared/engine.ts'] },
  'src/shared/download.ts': { dynamic: ['src/shared/csv.ts'] },
  'src/shared/engine.ts': { static: ['zod.js', 'dsv.js', 'status-labels.ts', 'engine-only.ts'] },
  'src/shared/csv.ts': { static: ['dsv.js'] },
  'src/shared/lang.ts': {},
  'lit.js': {},
  'zod.js': {},
  'dsv.js': {},
  'status-labels.ts': {},
  'scorecard-only.ts': {},
  'ledger-state.ts': {},
  'engine-only.ts': {},
  '<runtime>': {},
});

describe('sharedTiers', () => {
  const tiers = sharedTiers(build, ['src/cdn/autoload.ts']);

  it('takes the targets of dynamic imports as the parts, and an element that reaches no data element as a view part', () => {
    expect([...tiers.parts].sort()).toEqual([
      'src/elements/ledger.ts',
      'src/elements/scorecard.ts',
      'src/elements/status-badge.ts',
      'src/shared/csv.ts',
      'src/shared/engine.ts',
    ]);
    expect(tiers.viewParts).toEqual(['src/elements/status-badge.ts']);
  });

  it('puts what a view part shares in the view tier: a page of badges fetches no data code', () => {
    expect([...tiers.view].sort()).toEqual(['lit.js', 'src/shared/lang.ts', 'status-labels.ts']);
  });

  it('puts what only parts that show data share in the data tier, the engine’s share of it included', () => {
    expect([...tiers.data].sort()).toEqual(['src/shared/eco-data-element.ts', 'src/shared/load-engine.ts', 'zod.js']);
  });

  it('leaves out what one part alone uses, and what only parts loaded later share (no page pays for the engine’s CSV library)', () => {
    for (const file of ['scorecard-only.ts', 'ledger-state.ts', 'engine-only.ts', 'dsv.js', 'src/shared/download.ts'])
      expect([...tiers.view, ...tiers.data]).not.toContain(file);
  });

  it('counts a part loaded from a view part’s modules as a view part', () => {
    const withBadgeWriter = graph({
      ...Object.fromEntries(
        Object.entries(build.inputs).map(([f, i]) => [
          f,
          {
            static: i.imports.filter((r) => r.kind === 'import-statement').map((r) => r.path),
            dynamic: i.imports.filter((r) => r.kind === 'dynamic-import').map((r) => r.path),
          },
        ]),
      ),
      'src/elements/status-badge.ts': {
        static: ['lit.js', 'src/shared/lang.ts', 'status-labels.ts'],
        dynamic: ['src/shared/csv.ts'],
      },
    });
    const t = sharedTiers(withBadgeWriter, ['src/cdn/autoload.ts']);
    expect([...t.viewParts].sort()).toEqual(['src/elements/status-badge.ts', 'src/shared/csv.ts']);
  });

  it('refuses a build without the data element base class rather than call every element a view', () => {
    const { [DATA_ELEMENT]: _gone, ...rest } = build.inputs;
    expect(() => sharedTiers({ inputs: rest, outputs: {} }, ['src/cdn/autoload.ts'])).toThrow(/eco-data-element/);
  });
});
