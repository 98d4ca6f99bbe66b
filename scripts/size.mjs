// `npm run size`: the CDN build in gzip -9 bytes as a browser fetches it (see scripts/lib/cdn-size.mjs),
// each figure against its budget; exits 1 when one is over. `--ceilings` (what `npm test` runs) exits 1
// only when a figure is over both its budget and the ceiling recorded for a budget known to be out of
// reach (CEILINGS_KB), so the known gap cannot grow unseen while it stays open.
import { existsSync } from 'node:fs';
import { budgetChecks, CEILINGS_KB, CHART_JS_KB, cdnSizes } from './lib/cdn-size.mjs';

const ceilings = process.argv.includes('--ceilings');

const dir = 'packages/widgets/dist/cdn';
if (!existsSync(`${dir}/eco-widgets.js`)) {
  console.error(`${dir}/eco-widgets.js is missing: run npm run build first`);
  process.exit(1);
}
const s = cdnSizes(dir);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('What a page fetches through eco-widgets.js, gzip -9, each file on its own:');
console.table({
  'eco-widgets.js (the loader)': kb(s.entry),
  ...Object.fromEntries(
    Object.entries(s.perElement).map(([tag, n]) => [`page with <${tag}> only, precomputed`, kb(n)]),
  ),
  [`page with every element, precomputed (${s.files} files)`]: kb(s.everything),
  [`the engine chunk ${s.engine.file} alone`]: kb(s.engine.alone),
  ...Object.fromEntries(
    Object.entries(s.engine.added).map(([tag, n]) => [`the engine a bundle adds to <${tag}>`, kb(n)]),
  ),
  'eco-widgets.all.js (one file, engine included)': kb(s.all),
});

// The chart against Chart.js by size. (The 0.25× and 0.4× goals for <eco-progress-chart> are
// first-render times against Chart.js, measured by `npm run bench`.)
const chart = s.perElement['eco-progress-chart'];
const chartWithEngine = chart + s.engine.added['eco-progress-chart'];
const ratio = (n) => `${(n / 1024 / CHART_JS_KB).toFixed(2)}× Chart.js (${CHART_JS_KB} KB)`;
console.log(
  `<eco-progress-chart> page: ${kb(chart)} = ${ratio(chart)} with the engine already on the page; ${kb(chartWithEngine)} = ${ratio(chartWithEngine)} when its bundle brings the engine`,
);

const checks = budgetChecks(s);
console.log('\nBudgets (issue #22):');
console.table(
  Object.fromEntries(
    checks.map((c) => [c.name, { size: kb(c.bytes), budget: `${c.budgetKb} KB`, result: c.ok ? 'ok' : 'OVER' }]),
  ),
);
const over = checks.filter((c) => !c.ok);
if (over.length === 0) {
  console.log(`all ${checks.length} size budgets met`);
} else {
  console.error(`${over.length} of ${checks.length} size budgets exceeded: ${over.map((c) => c.name).join('; ')}`);
  if (!ceilings) process.exit(1);
  const ceiling = (c) => CEILINGS_KB[c.name];
  const grown = over.filter((c) => ceiling(c) === undefined || c.bytes / 1024 > ceiling(c));
  for (const c of over)
    console.error(`  ${c.name}: ${kb(c.bytes)}, budget ${c.budgetKb} KB, ceiling ${ceiling(c) ?? 'none'} KB`);
  if (grown.length > 0) {
    console.error(`over their ceiling too: ${grown.map((c) => c.name).join('; ')}`);
    process.exit(1);
  }
  console.log('every figure over its budget is within the ceiling recorded for it (docs/performance.md)');
}
