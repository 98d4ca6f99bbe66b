// Sizes of the CDN build as a browser downloads it: each file gzip -9 on its own (every file is its
// own response), the entry `eco-widgets.js`, what a page using one element fetches (the entry,
// that element's file and every chunk it imports, transitively), what a page using all of them
// fetches, and the one-file `eco-widgets.all.js`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/**
 * @param {string} dir - `packages/widgets/dist/cdn`.
 * @returns {{ entry: number, all: number, everything: number, files: number, perElement: Record<string, number> }}
 *   gzip bytes: the entry alone, the one-file build, a page with every element (sum over the files
 *   it fetches), how many files that page fetches, and per element the page that uses only it.
 */
export function cdnSizes(dir) {
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const text = Object.fromEntries(js.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const size = Object.fromEntries(js.map((f) => [f, gzip(Buffer.from(text[f]))]));
  const staticImports = (f) => [...text[f].matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  const closure = (start) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      staticImports(f).forEach(visit);
    };
    start.forEach(visit);
    return seen;
  };
  const lazy = Object.fromEntries(
    [...text['eco-widgets.js'].matchAll(/"(eco-[a-z-]+)":\(\)=>import\("\.\/([^"]+\.js)"\)/g)].map((m) => [m[1], m[2]]),
  );
  if (Object.keys(lazy).length === 0) throw new Error('eco-widgets.js names no element files: has the loader changed?');
  const total = (files) => [...files].reduce((n, f) => n + size[f], 0);
  const page = closure(['eco-widgets.js', ...Object.values(lazy)]);
  return {
    entry: size['eco-widgets.js'],
    all: size['eco-widgets.all.js'],
    everything: total(page),
    files: page.size,
    perElement: Object.fromEntries(
      Object.entries(lazy).map(([tag, f]) => [tag, total(closure(['eco-widgets.js', f]))]),
    ),
  };
}
