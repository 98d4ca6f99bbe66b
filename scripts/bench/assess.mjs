// Benchmark: `assess` against a hand-written Float64Array kernel doing the same arithmetic, in the
// same process (issue "Scoring engine", workload W): units × 60 indicators (6 areas × 10) ×
// 10 periods, 2 % missing, seeded; min–max per indicator and period, weighted area and total
// scores, ranks, grades. Prints times, the ratio and heap growth. `--scale 0.1|1|10` scales units.
// Run after `npm run build` (it imports the built package).
import { performance } from 'node:perf_hooks';
import { assess } from '../../packages/core/dist/index.js';
import { mulberry32 } from '../lib/mulberry32.mjs';

const scale = Number(process.argv[process.argv.indexOf('--scale') + 1] || 1) || 1;
const U = Math.round(3000 * scale);
const A = 6;
const PER = 10;
const I = A * PER;
const P = 10;


const random = mulberry32(42);
const values = new Float64Array(P * U * I);
for (let k = 0; k < values.length; k++) values[k] = random() < 0.02 ? Number.NaN : 10 + 90 * random();
const weights = Float64Array.from({ length: I }, (_, i) => 1 + (i % 3));
const areaWeights = Float64Array.from({ length: A }, (_, a) => 1 + (a % 2));

function kernel() {
  const totals = new Float64Array(P * U);
  const norm = new Float64Array(U);
  const areaSum = new Float64Array(U * A);
  const areaW = new Float64Array(U * A);
  for (let p = 0; p < P; p++) {
    areaSum.fill(0);
    areaW.fill(0);
    for (let i = 0; i < I; i++) {
      let min = Infinity;
      let max = -Infinity;
      for (let u = 0; u < U; u++) {
        const x = values[(p * U + u) * I + i];
        if (x === x) { if (x < min) min = x; if (x > max) max = x; }
      }
      const range = max - min;
      const a = (i / PER) | 0;
      for (let u = 0; u < U; u++) {
        const x = values[(p * U + u) * I + i];
        if (x === x) {
          norm[u] = range > 0 ? ((x - min) / range) * 100 : 100;
          areaSum[u * A + a] += norm[u] * weights[i];
          areaW[u * A + a] += weights[i];
        }
      }
    }
    for (let u = 0; u < U; u++) {
      let s = 0;
      let w = 0;
      for (let a = 0; a < A; a++) {
        if (areaW[u * A + a] > 0) { s += (areaSum[u * A + a] / areaW[u * A + a]) * areaWeights[a]; w += areaWeights[a]; }
      }
      totals[p * U + u] = w > 0 ? Math.round((s / w) * 10) / 10 : Number.NaN;
    }
    const order = Array.from({ length: U }, (_, u) => u).sort((x, y) => totals[p * U + y] - totals[p * U + x]);
    const ranks = new Uint32Array(U);
    order.forEach((u, k) => { ranks[u] = k > 0 && totals[p * U + order[k - 1]] === totals[p * U + u] ? ranks[order[k - 1]] : k + 1; });
  }
  return totals;
}

const framework = {
  id: 'bench', version: '1', title: { en: 'bench' }, jurisdiction: { en: 'bench' }, period: { start: '2016', end: '2025' },
  areas: Array.from({ length: A }, (_, a) => ({ id: `a${a}`, title: { en: `Area ${a}` }, weight: areaWeights[a] })),
  goals: [],
  indicators: Array.from({ length: I }, (_, i) => ({
    id: `i${i}`, title: { en: `Indicator ${i}` }, area: `a${(i / PER) | 0}`, unitOfMeasure: { en: 'x' }, polarity: 'higher',
    attribute: 'expected', baseline: { value: 0, period: '2016' }, target: { value: 100, period: '2025', comparator: '>=' },
    weight: weights[i], scoring: { method: 'minMax' }, responsible: 'u0',
  })),
  measures: [],
  units: Array.from({ length: U }, (_, u) => ({ id: `u${u}`, name: { en: `Unit ${u}` }, kind: 'district', tags: [] })),
  redLines: [],
  scheme: {
    version: '1', totalPoints: 100,
    grades: [
      { id: 'excellent', label: { en: 'Excellent' }, min: 90, inclusive: true }, { id: 'good', label: { en: 'Good' }, min: 80, inclusive: true },
      { id: 'pass', label: { en: 'Pass' }, min: 60, inclusive: true }, { id: 'fail', label: { en: 'Fail' }, min: 0, inclusive: true },
    ],
    rounding: { digits: 1, mode: 'halfUp' }, missing: { policy: 'exclude' }, rules: [],
  },
};
const periods = Array.from({ length: P }, (_, p) => String(2016 + p));
const byPeriod = periods.map((period, p) => {
  const list = [];
  for (let u = 0; u < U; u++) for (let i = 0; i < I; i++) {
    const x = values[(p * U + u) * I + i];
    list.push({ indicator: `i${i}`, unit: `u${u}`, period, value: x === x ? x : null });
  }
  return list;
});

// The same data as one columnar ObservationTable (the bulk path).
const table = {
  indicators: Array.from({ length: I }, (_, i) => `i${i}`),
  units: Array.from({ length: U }, (_, u) => `u${u}`),
  periods,
  indicator: new Uint32Array(P * U * I), unit: new Uint32Array(P * U * I), period: new Uint32Array(P * U * I),
  value: values, isBoolean: new Uint8Array(P * U * I),
};
for (let p = 0; p < P; p++) for (let u = 0; u < U; u++) for (let i = 0; i < I; i++) {
  const r = (p * U + u) * I + i;
  table.indicator[r] = i; table.unit[r] = u; table.period[r] = p;
}

function time(fn, repeat) {
  const times = [];
  let result;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const k = time(kernel, 5);
const heapKernel = process.memoryUsage().heapUsed - heap0;
const e = time(() => periods.map((period, p) => assess(framework, byPeriod[p], { period })), scale > 2 ? 1 : 3);
const heapAssess = process.memoryUsage().heapUsed - heap0;
const t = time(() => periods.map((period) => assess(framework, table, { period })), scale > 2 ? 1 : 3);
if (JSON.stringify(t.result.map((a) => a.results)) !== JSON.stringify(e.result.map((a) => a.results))) throw new Error('table and object paths disagree');

let maxDiff = 0;
e.result.forEach((a, p) => a.results.forEach((r, u) => {
  const t = k.result[p * U + u];
  if (r.total !== null && t === t) maxDiff = Math.max(maxDiff, Math.abs(r.total - t));
}));
console.log(`workload: ${U} units × ${I} indicators × ${P} periods = ${(U * I * P / 1e6).toFixed(2)} M values`);
console.log(`kernel (Float64Array):   ${k.ms.toFixed(1)} ms`);
console.log(`assess, objects (10 periods): ${e.ms.toFixed(1)} ms   ratio ${(e.ms / k.ms).toFixed(1)}× the kernel`);
console.log(`assess, table (10 periods):   ${t.ms.toFixed(1)} ms   ratio ${(t.ms / k.ms).toFixed(1)}× the kernel (goal ≤ 3×)`);
console.log(`largest total difference kernel vs assess: ${maxDiff}`);
console.log(`heap growth: kernel ${(heapKernel / 1e6).toFixed(1)} MB, after assess ${(heapAssess / 1e6).toFixed(1)} MB`);
