// Benchmark: reading long-format observations from CSV, workload of the core-model issue:
// 3,000 units × 60 indicators × 10 periods = 1.8 M values (2 % missing), seeded. Measures, side by
// side in one process: the floor (d3-dsv csvParseRows + Number() into a Float64Array), the
// columnar path (readObservationTableCsv: what bulk scoring should use) and the object path
// (readObservationsCsv: one validated object per row). Prints ns per value, ratios to the floor
// and heap growth. `--scale 0.1|1|10` scales the number of units.
import { performance } from 'node:perf_hooks';
import { csvParseRows } from 'd3-dsv';
import { readObservationTableCsv, readObservationsCsv } from '../../packages/core/dist/index.js';
import { mulberry32 } from '../lib/mulberry32.mjs';

const arg = process.argv.indexOf('--scale');
const scale = arg > 0 ? Number(process.argv[arg + 1]) : 1;
const U = Math.round(3000 * scale);
const I = 60;
const P = 10;
const random = mulberry32(7);
const parts = ['indicator,unit,period,value\n'];
for (let p = 0; p < P; p++)
  for (let u = 0; u < U; u++)
    for (let i = 0; i < I; i++) {
      parts.push(`i${i},u${u},${2016 + p},${random() < 0.02 ? '' : (10 + 90 * random()).toFixed(3)}\n`);
    }
const text = parts.join('');
const n = U * I * P;

function measure(name, fn) {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - heap0;
  return { name, ms, heapMB: heap / 1e6, result };
}

const floor = measure('floor: csvParseRows + Number loop', () => {
  const rows = csvParseRows(text);
  const values = new Float64Array(rows.length - 1);
  for (let r = 1; r < rows.length; r++) values[r - 1] = rows[r][3] === '' ? Number.NaN : Number(rows[r][3]);
  return values.length;
});
const table = measure('readObservationTableCsv (columnar)', () => readObservationTableCsv(text));
const objects = measure('readObservationsCsv (objects)', () => readObservationsCsv(text));
if (!table.result.ok || !objects.result.ok) throw new Error('the benchmark data must parse');

console.log(
  `parse: ${U} units × ${I} indicators × ${P} periods = ${(n / 1e6).toFixed(2)} M values, ${(text.length / 1e6).toFixed(0)} MB of CSV`,
);
for (const r of [floor, table, objects]) {
  console.log(
    `  ${r.name.padEnd(40)} ${r.ms.toFixed(0).padStart(6)} ms  ${((r.ms * 1e6) / n).toFixed(0).padStart(5)} ns/value  ${(r.ms / floor.ms).toFixed(2)}× floor  heap +${r.heapMB.toFixed(0)} MB`,
  );
}
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
