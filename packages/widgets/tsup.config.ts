import { defineConfig } from 'tsup';

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
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false, // the build script empties dist first; both configs run at once
    target: 'es2022',
  },
  // CDN build: one self-contained, minified ES module for a plain <script type="module">.
  {
    entry: { 'eco-widgets': 'src/define.ts' },
    outDir: 'dist/cdn',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    clean: false,
    dts: false,
    splitting: false,
    noExternal: [/.*/],
    esbuildOptions(options) {
      // Resolve workspace packages to TS source so esbuild tree-shakes across them
      // (a top-level zod call in a prebuilt core bundle would otherwise drag zod in whole).
      options.conditions = ['@eco-reform/source'];
      options.legalComments = 'none';
    },
  },
]);
