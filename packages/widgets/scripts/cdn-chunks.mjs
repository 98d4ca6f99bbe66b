// The CDN split build's shared code in two chunks instead of twenty. esbuild places each module in a
// chunk by the set of lazily loaded parts that reach it (each element's module, the engine, the CSV
// and SVG writers), so ten elements made about twenty shared chunks, most under 1 KB, each a request
// and a gzip stream of its own: a page with every element fetched 28 files. This plugin gives the
// shared modules two sets of parts: the view chunk, what an element that shows no data (the status
// badge) shares with the others (Lit, the base element, the status styles and labels), fetched by
// every element; and the data chunk, what only parts that show data share (the data controller,
// `parseAssessment` and zod, the core's display functions), fetched by every element that reads
// data, never by a page of status badges. It does so by making each part depend on every module of
// its tiers (`export {} from "…"`, a dependency that binds nothing), which esbuild then places
// together. A page fetches the code its element's siblings share too (a scorecard page gets the
// ledger's state functions); fewer files outweigh it, on every page (docs/performance.md, "Sizes").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The base class every element that reads data extends: a part that reaches it shows data. */
export const DATA_ELEMENT = 'src/shared/eco-data-element.ts';

/**
 * The parts of a split build and the shared modules of each tier, from an esbuild metafile of it.
 * Parts are the targets of dynamic imports; page parts are those the entries import (the loader's
 * elements); the others load later, from a part (the engine, the writers). A view part is a page
 * part that does not reach {@link DATA_ELEMENT}, or a part imported dynamically from a view part's
 * modules; every other part shows data. A module is shared when two or more parts reach it
 * statically, one of them a page part (what only the engine and a writer share stays out of every
 * page); it is in the view tier when a view part reaches it, else in the data tier. Paths are the
 * metafile's.
 *
 * @param {import('esbuild').Metafile} metafile
 * @param {string[]} entries - The build's entry points, as paths of the metafile.
 * @returns {{ parts: string[], viewParts: string[], view: string[], data: string[] }}
 * @throws {Error} When the build does not hold {@link DATA_ELEMENT}.
 * @example
 * sharedTiers(metafile, ['src/cdn/autoload.ts']).view.includes('../../node_modules/lit-html/lit-html.js') //=> true
 */
export function sharedTiers(metafile, entries) {
  const inputs = metafile.inputs;
  if (!(DATA_ELEMENT in inputs))
    throw new Error(`${DATA_ELEMENT} is not in the build: has the data element's base class moved?`);
  const imports = (file, kind) => (inputs[file]?.imports ?? []).filter((i) => i.kind === kind && i.path in inputs);
  const closure = (starts) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of imports(f, 'import-statement')) visit(i.path);
    };
    starts.forEach(visit);
    return seen;
  };
  const loadedFrom = (files) => new Set([...files].flatMap((f) => imports(f, 'dynamic-import').map((i) => i.path)));
  const parts = [...loadedFrom(Object.keys(inputs))];
  const pageParts = loadedFrom(closure(entries));
  const reach = new Map(parts.map((p) => [p, closure([p])]));
  const viewParts = new Set([...pageParts].filter((p) => !reach.get(p).has(DATA_ELEMENT)));
  for (let size = 0; size !== viewParts.size; ) {
    size = viewParts.size;
    for (const v of [...viewParts]) for (const p of loadedFrom(reach.get(v))) viewParts.add(p);
  }
  const view = [];
  const data = [];
  for (const file of Object.keys(inputs)) {
    // esbuild's own helpers (`<runtime>`) and other namespaces are no file a part can import.
    if (reach.has(file) || /^(<|[\w-]+:)/.test(file)) continue;
    const by = parts.filter((p) => reach.get(p).has(file));
    if (by.length < 2 || !by.some((p) => pageParts.has(p))) continue;
    (by.some((p) => viewParts.has(p)) ? view : data).push(file);
  }
  return { parts, viewParts: [...viewParts], view, data };
}

/**
 * An esbuild plugin for a split build: it first bundles the same entries without writing to read
 * the module graph, then adds to each part's source a dependency on every module of the view tier
 * and, for a part that shows data, of the data tier ({@link sharedTiers}), so esbuild emits one
 * chunk for each tier.
 *
 * @returns {import('esbuild').Plugin}
 * @example
 * esbuild.build({ entryPoints: ['src/cdn/autoload.ts'], bundle: true, splitting: true, format: 'esm', plugins: [sharedChunks()] });
 */
export function sharedChunks() {
  return {
    name: 'eco-shared-chunks',
    setup(build) {
      const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
      /** @type {Map<string, string[]>} each part's absolute path and the modules it is to depend on */
      const depends = new Map();
      build.onStart(async () => {
        const { metafile } = await build.esbuild.build({
          ...build.initialOptions,
          plugins: [],
          write: false,
          metafile: true,
          minify: false,
          sourcemap: false,
          logLevel: 'silent',
        });
        const entries = Object.values(metafile.outputs).flatMap((o) => (o.entryPoint ? [o.entryPoint] : []));
        const tiers = sharedTiers(
          metafile,
          entries.filter((e) => !Object.values(metafile.inputs).some((i) => i.imports.some((r) => r.path === e))),
        );
        const abs = (files) => files.map((f) => resolve(cwd, f));
        depends.clear();
        for (const part of tiers.parts) {
          const tiersOf = tiers.viewParts.includes(part) ? tiers.view : [...tiers.view, ...tiers.data];
          depends.set(resolve(cwd, part), abs(tiersOf));
        }
      });
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        const modules = depends.get(args.path);
        if (!modules) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const extra = modules.map((m) => `export {} from ${JSON.stringify(m)};`).join('\n');
        return { contents: `${source}\n${extra}\n`, loader: args.path.endsWith('ts') ? 'ts' : 'js' };
      });
    },
  };
}
