import { readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { sharedChunks } from './scripts/cdn-chunks.mjs';
import { cssTemplates } from './scripts/cdn-css.mjs';

// Both CDN builds: minified ES modules for a plain <script type="module">, nothing external; the
// css`` templates minified too (scripts/cdn-css.mjs), which esbuild leaves as written.
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
      // One registering entry per element module, as scripts/elements.mjs writes them from the component folders.
      ...Object.fromEntries(
        readdirSync('src/elements').map((file) => [file.replace(/\.ts$/, ''), `src/elements/${file}`]),
      ),
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false, // the build script empties dist first; both configs run at once
    target: 'es2022',
  },
  // CDN build, split: `eco-widgets.js` is a small loader that imports an element's file (and the
  // chunks it shares with the others: Lit, the core) the first time its tag is on the page. The
  // shared code is two chunks, one every element fetches and one every element that reads data
  // fetches (scripts/cdn-chunks.mjs), not one per set of elements that shares a module.
  {
    entry: { 'eco-widgets': 'src/cdn/autoload.ts' },
    ...cdn,
    esbuildPlugins: [sharedChunks(), cssTemplates()],
    splitting: true,
    esbuildOptions(options) {
      cdnOptions(options);
      options.chunkNames = 'eco-[name]-[hash]';
    },
  },
  // CDN build, whole: every element in one self-contained file, for pages that want nothing fetched later.
  {
    entry: { 'eco-widgets.all': 'src/cdn/all.ts' },
    ...cdn,
    esbuildPlugins: [cssTemplates()],
    splitting: false,
    esbuildOptions: cdnOptions,
  },
]);
