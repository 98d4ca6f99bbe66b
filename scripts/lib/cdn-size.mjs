// Sizes of the CDN build as a browser downloads it, each file gzip -9 on its own (every file is its
// own response): the entry `eco-widgets.js`; what a page fetches through it when its widgets show
// precomputed assessments (the entry, the elements' files and every chunk they import statically,
// transitively; the engine is a dynamic import and is not followed); what each element adds to a
// page that already has all the others; what handing a widget a bundle adds (the engine chunk and
// whatever it imports that the page does not have yet); and the one-file `eco-widgets.all.js`.
// The budgets are issue #22's, in KB of 1,024 bytes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/**
 * The budgets, gzip -9 KB: a page with a scorecard of a precomputed assessment, a page with every
 * element showing precomputed assessments, each element added to a page beyond what it already
 * shares, and the engine a bundle adds.
 */
export const BUDGETS_KB = { scorecard: 28, everything: 70, added: 12, engine: 45 };

/** How many elements the "every element" budget counts (the eight of issue #22); each later one adds `added`. */
export const BUDGET_ELEMENTS = 8;

/**
 * Ceilings for the three figures over the budgets, each the figure measured when it was last
 * lowered plus about 1.5 % (see docs/performance.md, "Sizes"): validating a precomputed assessment
 * with zod (`parseAssessment`, 11.1 KB alone) and one file per element (each compressed on its own)
 * put the budgets out of reach without dropping a check. `npm test` (`size.mjs --ceilings`) holds the
 * sizes at these so the gap cannot grow unseen; `npm run size` still reports every figure against the
 * issue's budget and exits 1 while one is over. Remove a ceiling when its figure meets the budget.
 */
export const CEILINGS_KB = {
  // 47.8 KB: 46.7 with the shared code in two chunks and the css`` templates minified (was 48.3),
  // then +1.1 for the worded targets and gaps (cellWording) and notes in either language (noteText).
  'page with <eco-scorecard> of a precomputed assessment': 48.5,
  // 103.9 KB, 14 files (was 108.2 KB, 29 files; 102.8 before the wording).
  'page with every element, precomputed': 105.4,
  // 12.2 KB (was 12.4).
  '<eco-progress-chart> added to a page with the others': 12.4,
};

/** Chart.js 4's gzip size, measured before this project (`chart.js/auto`, minified): the scale for the chart. */
export const CHART_JS_KB = 70.6;

/**
 * @param {string} dir - `packages/widgets/dist/cdn`.
 * @returns {{
 *   entry: number, all: number, everything: number, files: number,
 *   perElement: Record<string, number>, added: Record<string, number>,
 *   engine: { file: string, alone: number, added: Record<string, number> },
 * }} gzip bytes: the entry alone; the one-file build; a page with every element (sum over the files
 *   it fetches) and how many files that is; per element, the page that uses only it and what it adds
 *   to a page with all the others; the engine chunk alone and, per element that reads data, what a
 *   bundle handed to it adds to the page of that element alone (the largest is the engine's cost).
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
  const engineFiles = js.filter((f) => /^eco-engine-[A-Z0-9]+\.js$/.test(f));
  if (engineFiles.length !== 1) {
    throw new Error(`expected one eco-engine-*.js chunk next to eco-widgets.js, found ${engineFiles.length}`);
  }
  const [engineFile] = engineFiles;
  const loadsEngine = (files) => [...files].some((f) => text[f].includes(`import("./${engineFile}")`));
  if (!loadsEngine(js)) throw new Error(`no file imports ${engineFile} dynamically: has the data path changed?`);
  const total = (files) => [...files].reduce((n, f) => n + size[f], 0);
  const pageOf = (tags) => closure(['eco-widgets.js', ...tags.map((t) => lazy[t])]);
  const tags = Object.keys(lazy);
  const page = pageOf(tags);
  const engine = closure([engineFile]);
  const without = (files, present) => new Set([...files].filter((f) => !present.has(f)));
  return {
    entry: size['eco-widgets.js'],
    all: size['eco-widgets.all.js'],
    everything: total(page),
    files: page.size,
    perElement: Object.fromEntries(tags.map((tag) => [tag, total(pageOf([tag]))])),
    added: Object.fromEntries(tags.map((tag) => [tag, total(page) - total(pageOf(tags.filter((t) => t !== tag)))])),
    engine: {
      file: engineFile,
      alone: size[engineFile],
      // Only elements that read data can be handed a bundle (the status badge reads an attribute).
      added: Object.fromEntries(
        tags.filter((tag) => loadsEngine(pageOf([tag]))).map((tag) => [tag, total(without(engine, pageOf([tag])))]),
      ),
    },
  };
}

/**
 * Each budget against its measured size.
 *
 * @param {ReturnType<typeof cdnSizes>} s
 * @returns {{ name: string, bytes: number, budgetKb: number, ok: boolean }[]}
 */
export function budgetChecks(s) {
  const kb = (n) => n / 1024;
  const rows = [
    {
      name: 'page with <eco-scorecard> of a precomputed assessment',
      bytes: s.perElement['eco-scorecard'],
      budgetKb: BUDGETS_KB.scorecard,
    },
    {
      name: 'page with every element, precomputed',
      bytes: s.everything,
      // The eight elements share 70 KB; each element added since may bring 12 KB more.
      budgetKb:
        BUDGETS_KB.everything + BUDGETS_KB.added * Math.max(0, Object.keys(s.perElement).length - BUDGET_ELEMENTS),
    },
    ...Object.entries(s.added).map(([tag, bytes]) => ({
      name: `<${tag}> added to a page with the others`,
      bytes,
      budgetKb: BUDGETS_KB.added,
    })),
    {
      name: `the engine (${s.engine.file}) a bundle adds, at most`,
      bytes: Math.max(...Object.values(s.engine.added)),
      budgetKb: BUDGETS_KB.engine,
    },
  ];
  return rows.map((r) => ({ ...r, ok: kb(r.bytes) <= r.budgetKb }));
}
