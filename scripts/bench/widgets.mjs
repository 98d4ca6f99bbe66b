// Benchmark: the widgets in headless Chromium, side by side in one page (issue "Widgets I"):
// first render of a 500-row <eco-scorecard> against a bare Lit table of the same rows, and of
// <eco-progress-chart> with 10,000 points against Chart.js 4 (animation off) and a bare Lit SVG
// path; plus the gzip size of the CDN bundle and of each element alone. Contenders alternate,
// each run in a fresh container; medians are printed with their ratios. Run after `npm run build`.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright';
import { createStaticServer, listen } from '../lib/static-server.mjs';
import { BUDGETS_KB, cdnSizes } from '../lib/cdn-size.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 9) || 9;
const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Sizes: the CDN build as a page fetches it (scripts/lib/cdn-size.mjs), and each element bundled
// alone from its npm entry (minified the same way), as a bundler user would ship it.
const cdn = cdnSizes(here('../../packages/widgets/dist/cdn'));
// gzip bytes of `entry` (under packages/widgets) bundled and minified as the CDN build is.
const gzipOfBuild = async (entry, options) => {
  const out = await build({
    entryPoints: [here(`../../packages/widgets/${entry}`)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    ...options,
  });
  return gzip(out.outputFiles[0].contents);
};
const alone = {};
for (const name of ['scorecard', 'progress-chart', 'status-badge']) {
  alone[name] = await gzipOfBuild(`src/elements/${name}.ts`, { conditions: ['@eco-reform/source'] });
}
// The floor of the elements' own code: the same builds with the core, zod, date-fns and d3 left
// out (external), i.e. Lit plus the elements' templates, styles, texts and layouts. No budget can
// go below it without taking features out of the elements.
const external = ['@eco-reform/core', 'zod', 'zod/*', 'date-fns', 'date-fns/*', 'd3-*'];
const own = {
  scorecard: await gzipOfBuild('src/elements/scorecard.ts', { external }),
  'every element': await gzipOfBuild('src/define.ts', { external }),
};
const over = (n, budget) => `${(n / 1024 / budget).toFixed(1)}× the ${budget} KB budget`;
const worstEngine = Math.max(...Object.values(cdn.engine.added));
console.log(
  `gzip: eco-widgets.js loader ${kb(cdn.entry)}; a page of precomputed assessments fetches: ${Object.entries(
    cdn.perElement,
  )
    .map(([k, v]) => `<${k}> ${kb(v)}`)
    .join(
      ', ',
    )} (scorecard ${over(cdn.perElement['eco-scorecard'], BUDGETS_KB.scorecard)}); every element ${kb(cdn.everything)} in ${cdn.files} files (${over(cdn.everything, BUDGETS_KB.everything)}); a bundle adds the engine, at most ${kb(worstEngine)} (${over(worstEngine, BUDGETS_KB.engine)}); one-file eco-widgets.all.js ${kb(cdn.all)}`,
);
console.log(
  `gzip, each element bundled alone: ${Object.entries(alone)
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(', ')}`,
);
console.log(
  `gzip, Lit and the elements' own code only (core, zod, date-fns, d3 left out): scorecard ${kb(own.scorecard)} (${over(own.scorecard, BUDGETS_KB.scorecard)}), every element ${kb(own['every element'])} (${over(own['every element'], BUDGETS_KB.everything)})`,
);
console.log(
  'for scale, measured before this project: Chart.js 70.6 KB, Observable Plot 130 KB, ECharts 188–383 KB, vega-embed 302 KB',
);

const dir = mkdtempSync(join(tmpdir(), 'eco-bench-'));
await build({
  entryPoints: [here('widgets/page.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['@eco-reform/source'],
  outfile: join(dir, 'page.js'),
  legalComments: 'none',
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>widgets bench</title><link rel="stylesheet" href="page.css"><script type="module" src="page.js"></script></head><body></body></html>',
);
writeFileSync(join(dir, 'page.css'), 'body { margin: 0; font: 14px system-ui; } .stage { width: 900px; }');
const server = createStaticServer({ routes: { '/': `${dir}/` } });
const origin = `http://127.0.0.1:${await listen(server)}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc --no-flush-bytecode'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const measure = async (pairs) => {
    const times = Object.fromEntries(pairs.map(([name]) => [name, []]));
    for (let r = 0; r < runs + 1; r++) {
      for (const [name, fn, arg] of pairs) {
        const ms = await page.evaluate(([fn, arg]) => window.bench[fn](arg), [fn, arg]);
        if (r > 0) times[name].push(ms); // the first round warms up
      }
    }
    return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  };
  const card = await measure([
    ['scorecard', 'scorecard', 500],
    ['bare Lit table', 'bareTable', 500],
  ]);
  console.log(
    `first render, 500 rows (median of ${runs}): <eco-scorecard> ${card.scorecard.toFixed(1)} ms, bare Lit table ${card['bare Lit table'].toFixed(1)} ms, ratio ${(card.scorecard / card['bare Lit table']).toFixed(2)}× (goal ≤ 1.5×)`,
  );
  const chart = await measure([
    ['progress chart', 'progressChart', 10000],
    ['cold', 'progressChartCold', 10000],
    ['Chart.js', 'chartJs', 10000],
    ['bare path', 'barePath', 10000],
  ]);
  const toChartJs = (ms) => `${(ms / chart['Chart.js']).toFixed(2)}×`;
  console.log(
    `first render, 10,000 points (median of ${runs}): Chart.js 4 ${chart['Chart.js'].toFixed(1)} ms, bare Lit path ${chart['bare path'].toFixed(1)} ms; ` +
      `<eco-progress-chart> of a bundle the page has already validated and scored ${chart['progress chart'].toFixed(1)} ms = ${toChartJs(chart['progress chart'])} Chart.js (goal ≤ 0.25×), ` +
      `of a bundle it validates and scores itself ${chart.cold.toFixed(1)} ms = ${toChartJs(chart.cold)} (goal ≤ 0.4×)`,
  );
  const big = await measure([
    ['ranking', 'ranking', 3000],
    ['scorecard', 'largeScorecard', 3000],
    ['bare Lit table', 'bareTable', 500],
  ]);
  const floor = big['bare Lit table'];
  console.log(
    `first render, 3,000 units × 60 indicators, precomputed assessment (median of ${runs}): <eco-ranking> (50 rows a page) ${big.ranking.toFixed(1)} ms = ${(big.ranking / floor).toFixed(2)}×, <eco-scorecard> (one unit's 60 rows, 3,000 units to pick from) ${big.scorecard.toFixed(1)} ms = ${(big.scorecard / floor).toFixed(2)}× the 500-row bare Lit table ${floor.toFixed(1)} ms (goal ≤ 2×)`,
  );
  await page.evaluate(() => window.bench.weightsMount(3000));
  const weights = await measure([
    ['step', 'weightsStep'],
    ['assess (objects)', 'assessObjects', 3000],
    ['assess (cube)', 'assessCube', 3000],
    ['bare table, 11 rows', 'bareTable', 11],
  ]);
  const budget = (base) => base + weights['bare table, 11 rows'];
  console.log(
    `<eco-weights>, 3,000 units × 60 indicators, one slider step to re-rendered ranking (median of ${runs}): ${weights.step.toFixed(1)} ms; assess on the same observations ${weights['assess (objects)'].toFixed(1)} ms (on its cube ${weights['assess (cube)'].toFixed(1)} ms) + bare 11-row table ${weights['bare table, 11 rows'].toFixed(1)} ms → ratio ${(weights.step / budget(weights['assess (objects)'])).toFixed(2)}× (${(weights.step / budget(weights['assess (cube)'])).toFixed(2)}× against the cube) (goal ≤ 1.5×)`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
