import { defineConfig, type Options } from 'tsup';

// Both CDN builds: minified ES modules for a plain <script type="module">, nothing external.
const cdn = {
  outDir: 'dist/cdn',
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  clean: false,
  dts: false,
  noExternal: [/.*/],
} satisfies Options;

function cdnOptions(options: Parameters<NonNullable<Options['esbuildOptions']>>[0]): void {
  // Resolve workspace packages to TS source so esbuild tree-shakes across them
  // (a top-level zod call in a prebuilt core bundle would otherwise drag zod in whole).
  options.conditions = ['@eco-reform/source'];
  options.legalComments = 'none';
}

export default defineConfig([
  // npm build: side-effect-free classes (index), the registering entry (define) and one registering
  // entry per element; deps external.
  {
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      scorecard: 'src/elements/scorecard.ts',
      'progress-chart': 'src/elements/progress-chart.ts',
      'status-badge': 'src/elements/status-badge.ts',
      ranking: 'src/elements/ranking.ts',
      weights: 'src/elements/weights.ts',
      breakdown: 'src/elements/breakdown.ts',
      redline: 'src/elements/redline.ts',
      'task-board': 'src/elements/task-board.ts',
      ledger: 'src/elements/ledger.ts',
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false, // the build script empties dist first; both configs run at once
    target: 'es2022',
  },
  // CDN build, split: `eco-widgets.js` is a small loader that imports an element's file (and the
  // chunks it shares with the others: Lit, the core) the first time its tag is on the page.
  {
    entry: { 'eco-widgets': 'src/cdn/autoload.ts' },
    ...cdn,
    splitting: true,
    esbuildOptions(options) {
      cdnOptions(options);
      options.chunkNames = 'eco-[name]-[hash]';
    },
  },
  // CDN build, whole: every element in one self-contained file, for pages that want nothing fetched later.
  {
    entry: { 'eco-widgets.all': 'src/define.ts' },
    ...cdn,
    splitting: false,
    esbuildOptions: cdnOptions,
  },
]);
