// Benchmark: `assess` as callers use it (every unit's total, grade and rank read) against a
// hand-written Float64Array kernel doing the same arithmetic (issue "Scoring engine", workload W):
// units × 60 indicators (6 areas × 10) × 10 periods, 2 % missing, seeded; min–max per indicator and
// period, weighted area and total scores, ranks, grades.
//
// Each input form runs in a process of its own that builds only that input and times the kernel
// too, so every ratio is measured in one process and one path's garbage never bills another:
// the dense cube, the columnar table, objects one array per period, and objects as a bundle holds
// them (every period in one array). The whole per-cell trace (cells as JSON + fingerprints) is
// timed on its own. Peak memory (VmHWM) is measured in further processes that run one path only,
// totals read. `--scale 0.1|1|10` scales the units; at scales above 2 only the cube runs. Run after
// `npm run build`.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { assess } from '../../packages/core/dist/index.js';
import { mulberry32 } from '../lib/mulberry32.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const scale = Number(arg('--scale', '1')) || 1;
const role = arg('--role', 'parent');
const U = Math.round(3000 * scale);
const A = 6;
const PER = 10;
const I = A * PER;
const P = 10;
// What a caller who needs totals, grades and ranks asks of assess: `detail: 'totals'` (no per-cell
// trace, no fingerprint, no per-area results). The cube is also timed with the per-area results
// (`'results'`, what a live re-weighting shows) and with the whole assessment (`'full'`, as the CLI
// and the widgets build it), each line reading what that detail holds.
const TOTALS_ONLY = { detail: 'totals' };
const WITH_AREAS = { detail: 'results' };
const FULL_TRACE = { detail: 'full' };
/** Each path's goal, as a multiple of the kernel in the same process (issue 16, "Speed"). */
const GOALS = { cube: 3, table: 3, objects: 5, bundle: 10 };
const PATHS = scale > 2 ? ['cube'] : ['cube', 'table', 'objects', 'bundle'];

if (role === 'parent') parent();
else child(role);

function parent() {
  const run = (args) => {
    const r = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--single-threaded-gc',
        '--max-old-space-size=8192',
        new URL(import.meta.url).pathname,
        '--scale',
        String(scale),
        ...args,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`bench child ${args.join(' ')} failed:\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const times = PATHS.map((path) => run(['--role', `time:${path}`]));
  const memory = Object.fromEntries(
    ['kernel', 'cube', ...(scale > 2 ? [] : ['table'])].map((path) => [path, run(['--role', `memory:${path}`]).peakMB]),
  );
  const digests = new Set(times.map((t) => t.digest));
  if (digests.size !== 1) throw new Error(`the input paths disagree: ${[...digests].join(', ')}`);
  console.log(
    `workload: ${U} units × ${I} indicators × ${P} periods = ${((U * I * P) / 1e6).toFixed(2)} M values (totals, grades and ranks identical on all paths; largest total difference from the kernel ${Math.max(...times.map((t) => t.maxDiff))})`,
  );
  // CPU times. The goals are judged on the fastest runs' ratio, the steadier figure on a shared
  // machine (a slow spell or another run's garbage only ever adds); the medians are shown beside it.
  const verdict = (ratio, goal) => (ratio <= goal ? `(goal ≤ ${goal}× met)` : `(goal ≤ ${goal}× NOT met)`);
  for (const t of times) {
    const best = t.assessBestMs / t.kernelBestMs;
    console.log(
      `assess, ${t.path.padEnd(7)} (10 periods, detail 'totals', every total, grade and rank read): fastest runs ${t.assessBestMs.toFixed(1)} ms CPU / kernel ${t.kernelBestMs.toFixed(1)} ms in the same process = ${best.toFixed(2)}× ${verdict(best, GOALS[t.path])}; medians ${t.assessMs.toFixed(1)} / ${t.kernelMs.toFixed(1)} ms, median of the paired runs' ratios ${t.ratio.toFixed(2)}×`,
    );
  }
  const cube = times[0];
  console.log(
    `assess on the cube with the per-area results too (detail 'results', each unit's area scores read): fastest ${cube.areasBestMs.toFixed(1)} ms (${(cube.areasBestMs / cube.kernelBestMs).toFixed(2)}× the kernel's fastest; median of paired ratios ${cube.areasRatio.toFixed(2)}×)`,
  );
  if (cube.traceMs !== undefined)
    console.log(
      `the whole per-cell trace of the 10 cube runs (assess with the full trace, cells as JSON + fingerprints): ${cube.traceMs.toFixed(1)} ms (${cube.traceRatio.toFixed(0)}× the kernel; on demand only)`,
    );
  const mem = (path) => `${memory[path].toFixed(0)} MB (${(memory[path] / memory.kernel).toFixed(2)}×)`;
  console.log(
    `peak memory (VmHWM, own process, input included, totals read): kernel ${memory.kernel.toFixed(0)} MB; assess on the cube ${mem('cube')} ${verdict(memory.cube / memory.kernel, 2)}${memory.table ? `; on the table ${mem('table')}` : ''}`,
  );
}

function child(role) {
  const [kind, path] = role.split(':');
  const random = mulberry32(42);
  const values = new Float64Array(P * U * I);
  for (let k = 0; k < values.length; k++) values[k] = random() < 0.02 ? Number.NaN : 10 + 90 * random();
  const weights = Float64Array.from({ length: I }, (_, i) => 1 + (i % 3));
  const areaWeights = Float64Array.from({ length: A }, (_, a) => 1 + (a % 2));
  const grades = [
    [90, 'excellent'],
    [80, 'good'],
    [60, 'pass'],
    [0, 'fail'],
  ];

  /** Totals, grades and ranks of every unit and period, as assess gives them. */
  function kernel() {
    const totals = new Float64Array(P * U);
    const grade = new Array(P * U);
    const ranks = new Uint32Array(P * U);
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
          if (x === x) {
            if (x < min) min = x;
            if (x > max) max = x;
          }
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
          if (areaW[u * A + a] > 0) {
            s += (areaSum[u * A + a] / areaW[u * A + a]) * areaWeights[a];
            w += areaWeights[a];
          }
        }
        const total = w > 0 ? Math.round((s / w) * 10) / 10 : Number.NaN;
        totals[p * U + u] = total;
        grade[p * U + u] = total === total ? grades.find(([min]) => total >= min)[1] : null;
      }
      const order = Array.from({ length: U }, (_, u) => u).sort((x, y) => totals[p * U + y] - totals[p * U + x]);
      order.forEach((u, k) => {
        ranks[p * U + u] =
          k > 0 && totals[p * U + order[k - 1]] === totals[p * U + u] ? ranks[p * U + order[k - 1]] : k + 1;
      });
    }
    return { totals, grade, ranks };
  }

  const framework = FRAMEWORK(weights, areaWeights);
  const periods = Array.from({ length: P }, (_, p) => String(2016 + p));
  const input = makeInput(path, values, periods);
  const inputOf = (p) => (path === 'objects' ? input[p] : input);
  /** What every caller does: each unit's total, grade and rank, read from the assessment. */
  const readResults = (a) => a.results.map((r) => [r.unit, r.total, r.grade, r.rank]);
  const runAssess = () =>
    periods.map((period, p) => readResults(assess(framework, inputOf(p), { period, ...TOTALS_ONLY })));
  if (kind === 'memory') {
    if (path === 'kernel') kernel();
    else runAssess();
    const hwm = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/);
    console.log(JSON.stringify({ peakMB: hwm ? Number(hwm[1]) / 1024 : process.memoryUsage().rss / 2 ** 20 }));
    return;
  }
  const repeat = scale > 2 ? 3 : path === 'cube' || path === 'table' ? 9 : 5;
  // Kernel and assess alternate, so both see the same load on a shared machine; each pair gives a ratio.
  const { kernel: k, assess: a, ratio } = paired(kernel, runAssess, repeat);
  const readAreas = (a) => a.results.map((r) => [r.unit, r.total, r.grade, r.rank, r.areas.map((x) => x.score)]);
  const withAreas =
    path === 'cube'
      ? paired(
          kernel,
          () => periods.map((period, p) => readAreas(assess(framework, inputOf(p), { period, ...WITH_AREAS }))),
          repeat,
        )
      : null;
  // The trace of 10×W takes minutes on a shared machine: measured at W and below, where it is linear.
  const trace =
    path === 'cube' && scale <= 2
      ? paired(
          kernel,
          () =>
            periods.map((period, p) => {
              const x = assess(framework, inputOf(p), { period, ...FULL_TRACE });
              return JSON.stringify(x.cells).length + x.fingerprint.length;
            }),
          1,
        )
      : null;
  let maxDiff = 0;
  a.result.forEach((rows, p) =>
    rows.forEach(([, total, grade, rank], u) => {
      const t = k.result.totals[p * U + u];
      if (total !== null && t === t) maxDiff = Math.max(maxDiff, Math.abs(total - t));
      if (grade !== k.result.grade[p * U + u] || rank !== k.result.ranks[p * U + u]) maxDiff = Number.POSITIVE_INFINITY;
    }),
  );
  const digest = JSON.stringify(a.result);
  console.log(
    JSON.stringify({
      path,
      kernelMs: k.ms,
      kernelBestMs: k.best,
      assessMs: a.ms,
      assessBestMs: a.best,
      ratio,
      areasMs: withAreas?.assess.ms,
      areasBestMs: withAreas?.assess.best,
      areasRatio: withAreas?.ratio,
      traceMs: trace?.assess.ms,
      traceRatio: trace?.ratio,
      maxDiff,
      digest: digest.length + ':' + hash(digest),
    }),
  );
}

function FRAMEWORK(weights, areaWeights) {
  return {
    id: 'bench',
    version: '1',
    title: { en: 'bench' },
    jurisdiction: { en: 'bench' },
    period: { start: '2016', end: '2025' },
    areas: Array.from({ length: A }, (_, a) => ({ id: `a${a}`, title: { en: `Area ${a}` }, weight: areaWeights[a] })),
    goals: [],
    indicators: Array.from({ length: I }, (_, i) => ({
      id: `i${i}`,
      title: { en: `Indicator ${i}` },
      area: `a${(i / PER) | 0}`,
      unitOfMeasure: { en: 'x' },
      polarity: 'higher',
      attribute: 'expected',
      baseline: { value: 0, period: '2016' },
      target: { value: 100, period: '2025', comparator: '>=' },
      weight: weights[i],
      scoring: { method: 'minMax' },
      responsible: 'u0',
    })),
    measures: [],
    units: Array.from({ length: U }, (_, u) => ({
      id: `u${u}`,
      name: { en: `Unit ${u}` },
      kind: 'district',
      tags: [],
    })),
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      grades: [
        { id: 'excellent', label: { en: 'Excellent' }, min: 90, inclusive: true },
        { id: 'good', label: { en: 'Good' }, min: 80, inclusive: true },
        { id: 'pass', label: { en: 'Pass' }, min: 60, inclusive: true },
        { id: 'fail', label: { en: 'Fail' }, min: 0, inclusive: true },
      ],
      rounding: { digits: 1, mode: 'halfUp' },
      missing: { policy: 'exclude' },
      rules: [],
    },
  };
}

/** Only the input the path needs: the cube is the kernel's own layout (period, unit, indicator). */
function makeInput(path, values, periods) {
  const units = Array.from({ length: U }, (_, u) => `u${u}`);
  const indicators = Array.from({ length: I }, (_, i) => `i${i}`);
  if (path === 'cube' || path === 'kernel') return { periods, units, indicators, values };
  if (path === 'objects' || path === 'bundle') {
    const perPeriod = periods.map((period, p) => {
      const list = [];
      for (let u = 0; u < U; u++)
        for (let i = 0; i < I; i++) {
          const x = values[(p * U + u) * I + i];
          list.push({ indicator: indicators[i], unit: units[u], period, value: x === x ? x : null });
        }
      return list;
    });
    // A bundle's observations: every period in one array, as `parseBundle` gives them.
    return path === 'objects' ? perPeriod : perPeriod.flat();
  }
  const n = P * U * I;
  const table = {
    indicators,
    units,
    periods,
    indicator: new Uint32Array(n),
    unit: new Uint32Array(n),
    period: new Uint32Array(n),
    value: values,
    isBoolean: new Uint8Array(n),
  };
  for (let p = 0; p < P; p++)
    for (let u = 0; u < U; u++)
      for (let i = 0; i < I; i++) {
        const r = (p * U + u) * I + i;
        table.indicator[r] = i;
        table.unit[r] = u;
        table.period[r] = p;
      }
  return table;
}

/**
 * The kernel and `fn` run in turns, `repeat` times each, with a collection before each run: the
 * median and fastest time of each, and the median of the ratios of the pairs. Times are the
 * process's CPU time (user + system), not the wall clock: on a machine shared with other work a
 * process waits for a core for as long as it runs, and that wait is no part of either figure. The
 * children run with `--single-threaded-gc`, so the collector's work is done on the main thread by
 * the run that caused it, not by helper threads that bill whichever run comes next.
 */
function paired(kernelFn, fn, repeat) {
  const runs = { kernel: [], assess: [] };
  const ratios = [];
  let result;
  let kernelResult;
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  for (let r = 0; r < repeat; r++) {
    globalThis.gc?.();
    let t0 = cpu();
    kernelResult = kernelFn();
    const tk = cpu() - t0;
    globalThis.gc?.();
    t0 = cpu();
    result = fn();
    const ta = cpu() - t0;
    runs.kernel.push(tk);
    runs.assess.push(ta);
    ratios.push(ta / tk);
    if (r < repeat - 1) result = null;
  }
  const median = (xs) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return {
    kernel: { ms: median(runs.kernel), best: Math.min(...runs.kernel), result: kernelResult },
    assess: { ms: median(runs.assess), best: Math.min(...runs.assess), result },
    ratio: median(ratios),
  };
}

function hash(text) {
  let h = 2166136261;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619) >>> 0;
  return h.toString(16);
}
