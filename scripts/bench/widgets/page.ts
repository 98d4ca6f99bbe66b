// The widgets benchmark page, bundled by ../widgets.mjs with esbuild: our elements from source,
// a bare Lit table and a bare Lit SVG path (the floors the framework allows) and Chart.js 4 (a
// dev dependency of this bench only). Each `bench.*` function renders once into a fresh container
// and resolves with the milliseconds from start to the first frame after it (script, style,
// layout and paint of that frame included), so every contender is measured the same way.
import { html, render, svg } from 'lit';
import { Chart } from 'chart.js/auto';
import '@eco-reform/widgets/define.js';
import {
  assess,
  parseFramework,
  reweight,
  toObservationCube,
  type Assessment,
  type Framework,
  type Observation,
} from '@eco-reform/core';

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/**
 * A fresh container for the next contender, with the previous one's garbage collected first
 * (Chromium runs with `--expose-gc`), so no contender pays for another's leftovers.
 */
function stage(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'stage';
  document.body.replaceChildren(box);
  (globalThis as { gc?: () => void }).gc?.();
  return box;
}

/** A framework with `rows` indicators in 10 areas and 3 units, and its 2025 assessment. */
function scorecardData(rows: number): Assessment {
  const areas = Array.from({ length: 10 }, (_, a) => ({
    id: `a${a}`,
    title: { zh: `领域 ${a}`, en: `Area ${a}` },
    weight: 1,
  }));
  const indicators = Array.from({ length: rows }, (_, i) => ({
    id: `i${i}`,
    title: { zh: `指标 ${i}`, en: `Indicator ${i}` },
    area: `a${i % 10}`,
    unitOfMeasure: { en: '%' },
    polarity: 'higher',
    attribute: 'expected',
    baseline: { value: 0, period: '2020' },
    target: { value: 100, period: '2025', comparator: '>=' },
    weight: 1,
    scoring: { method: 'goalposts', lower: 0, upper: 100 },
    responsible: 'u0',
  }));
  const units = ['u0', 'u1', 'u2'].map((id) => ({
    id,
    name: { zh: `单位 ${id}`, en: `Unit ${id}` },
    kind: 'district',
    tags: [],
  }));
  const parsed = parseFramework({
    id: 'bench',
    version: '1',
    title: { en: 'bench' },
    jurisdiction: { en: 'bench' },
    period: { start: '2020', end: '2025' },
    areas,
    goals: [],
    indicators,
    measures: [],
    units,
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      grades: [
        { id: 'pass', label: { en: 'Pass' }, min: 60, inclusive: true },
        { id: 'fail', label: { en: 'Fail' }, min: 0, inclusive: true },
      ],
      rounding: { digits: 1, mode: 'halfUp' },
      missing: { policy: 'exclude' },
      rules: [],
    },
  });
  if (!parsed.ok) throw new Error('bench framework invalid');
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const observations = units.flatMap((u) =>
    indicators.map((ind) => ({ indicator: ind.id, unit: u.id, period: '2025', value: Math.round(next() * 1000) / 10 })),
  );
  return assess(parsed.value, observations, { period: '2025' });
}

/** A daily series of `n` points for one indicator and unit, as a bundle the progress chart reads. */
function chartBundle(n: number): { bundle: unknown; xs: number[]; ys: number[] } {
  const start = Date.UTC(1990, 0, 1);
  const day = (k: number) => new Date(start + k * 86400000).toISOString().slice(0, 10);
  let y = 50;
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const xs: number[] = [];
  const ys: number[] = [];
  const observations = Array.from({ length: n }, (_, k) => {
    y = Math.max(0, y + (next() - 0.5) * 2);
    xs.push(k);
    ys.push(y);
    return { indicator: 'pm25', unit: 'u0', period: day(k), value: Math.round(y * 100) / 100 };
  });
  const framework = {
    id: 'bench',
    version: '1',
    title: { en: 'bench' },
    jurisdiction: { en: 'bench' },
    period: { start: day(0), end: day(n + 365) },
    areas: [{ id: 'env', title: { en: 'Environment' }, weight: 1 }],
    goals: [],
    indicators: [
      {
        id: 'pm25',
        title: { en: 'PM2.5' },
        area: 'env',
        unitOfMeasure: { en: 'µg/m³' },
        polarity: 'lower',
        attribute: 'binding',
        baseline: { value: 50, period: day(0) },
        target: { value: 30, period: day(n + 365), comparator: '<=' },
        weight: 1,
        scoring: { method: 'distanceToTarget' },
        responsible: 'u0',
      },
    ],
    measures: [],
    units: [{ id: 'u0', name: { en: 'Unit 0' }, kind: 'district', tags: [] }],
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      grades: [{ id: 'pass', label: { en: 'Pass' }, min: 0, inclusive: true }],
      rounding: { digits: 1, mode: 'halfUp' },
      missing: { policy: 'exclude' },
      rules: [],
    },
  };
  return { bundle: { framework, observations, reports: [] }, xs, ys };
}

/**
 * A province-sized bundle: `units` units × `indicators` indicators in 10 areas, one year, values from
 * a seeded generator (so every run scores the same data), and its assessment.
 */
function largeData(
  units: number,
  indicators: number,
): { framework: Framework; observations: Observation[]; bundle: unknown; assessment: Assessment } {
  const areas = Array.from({ length: 10 }, (_, a) => ({
    id: `a${a}`,
    title: { zh: `领域 ${a}`, en: `Area ${a}` },
    weight: 1 + (a % 3),
  }));
  const inds = Array.from({ length: indicators }, (_, i) => ({
    id: `i${i}`,
    title: { zh: `指标 ${i}`, en: `Indicator ${i}` },
    area: `a${i % 10}`,
    unitOfMeasure: { en: '%' },
    polarity: i % 4 === 0 ? 'lower' : 'higher',
    attribute: 'expected',
    baseline: { value: 0, period: '2020' },
    target: { value: 100, period: '2025', comparator: '>=' },
    weight: 1,
    scoring: i % 2 === 0 ? { method: 'goalposts', lower: 0, upper: 100 } : { method: 'minMax' },
    responsible: 'u0',
  }));
  const unitList = Array.from({ length: units }, (_, u) => ({
    id: `u${u}`,
    name: { zh: `单位 ${u}`, en: `Unit ${u}` },
    kind: 'district',
    tags: [],
  }));
  const raw = {
    id: 'province',
    version: '1',
    title: { en: 'province' },
    jurisdiction: { en: 'province' },
    period: { start: '2020', end: '2025' },
    areas,
    goals: [],
    indicators: inds,
    measures: [],
    units: unitList,
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      grades: [
        { id: 'pass', label: { en: 'Pass' }, min: 60, inclusive: true },
        { id: 'fail', label: { en: 'Fail' }, min: 0, inclusive: true },
      ],
      rounding: { digits: 1, mode: 'halfUp' },
      missing: { policy: 'exclude' },
      rules: [],
    },
  };
  const parsed = parseFramework(raw);
  if (!parsed.ok) throw new Error('bench framework invalid');
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const observations: Observation[] = unitList.flatMap((u) =>
    inds.map(
      (ind) =>
        ({ indicator: ind.id, unit: u.id, period: '2025', value: Math.round(next() * 1000) / 10 }) as Observation,
    ),
  );
  return {
    framework: parsed.value,
    observations,
    bundle: { framework: raw, observations, reports: [] },
    assessment: assess(parsed.value, observations, { period: '2025' }),
  };
}

const cache = new Map<string, unknown>();
const memo = <T>(key: string, make: () => T): T =>
  cache.has(key) ? (cache.get(key) as T) : (cache.set(key, make()), cache.get(key) as T);

const bench = {
  /** `<eco-scorecard view="indicators">` of a precomputed assessment with `rows` indicators. */
  async scorecard(rows: number): Promise<number> {
    const data = memo(`a${rows}`, () => scorecardData(rows));
    const box = stage();
    await frame();
    const t0 = performance.now();
    const el = document.createElement('eco-scorecard');
    el.setAttribute('view', 'indicators');
    el.setAttribute('lang', 'en');
    (el as unknown as { data: unknown }).data = data;
    box.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await frame();
    const ms = performance.now() - t0;
    if (el.shadowRoot!.querySelectorAll('tbody tr').length !== rows)
      throw new Error('scorecard did not render every row');
    return ms;
  },

  /** The floor: a bare Lit table of the same rows (name, score, status, a small SVG bar). */
  async bareTable(rows: number): Promise<number> {
    const data = memo(`a${rows}`, () => scorecardData(rows));
    const box = stage();
    await frame();
    const t0 = performance.now();
    const m = data.indicators.length;
    render(
      html`<table><tbody>${data.indicators.map((ind, i) => {
        const s = data.cells.normalized[i] ?? 0;
        return html`<tr><th>${ind.title.en}</th><td>${s.toFixed(1)}</td><td>${data.cells.status[i]}</td><td><svg width="100" height="10">${svg`<rect width=${s} height="10"></rect>`}</svg></td></tr>`;
      })}</tbody></table>`,
      box,
    );
    void m;
    await frame();
    return performance.now() - t0;
  },

  /**
   * `<eco-progress-chart>` with an `n`-point daily series that the page has already validated and
   * scored (another widget on the page read the same bundle: widgets share that work per object).
   */
  progressChart(n: number): Promise<number> {
    return drawChart(memo(`c${n}`, () => chartBundle(n)).bundle);
  },

  /** The same, handed a bundle nobody has read yet: validating and scoring it is part of the render. */
  progressChartCold(n: number): Promise<number> {
    return drawChart(structuredClone(memo(`c${n}`, () => chartBundle(n)).bundle));
  },

  /** Chart.js 4 drawing the same series as a line chart, no animation. */
  async chartJs(n: number): Promise<number> {
    const { xs, ys } = memo(`c${n}`, () => chartBundle(n));
    const box = stage();
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 400;
    box.append(canvas);
    await frame();
    const t0 = performance.now();
    const chart = new Chart(canvas, {
      type: 'line',
      data: { labels: xs, datasets: [{ label: 'PM2.5', data: ys, pointRadius: 0, borderWidth: 1 }] },
      options: { animation: false, responsive: false, plugins: { legend: { display: false } } },
    });
    await frame();
    const ms = performance.now() - t0;
    chart.destroy();
    return ms;
  },

  /** The floor: a bare Lit SVG path of the same points. */
  async barePath(n: number): Promise<number> {
    const { xs, ys } = memo(`c${n}`, () => chartBundle(n));
    const box = stage();
    await frame();
    const t0 = performance.now();
    const max = Math.max(...ys);
    let d = '';
    for (let k = 0; k < xs.length; k++)
      d += `${k === 0 ? 'M' : 'L'}${((xs[k]! / xs.length) * 800).toFixed(2)},${(400 - (ys[k]! / max) * 400).toFixed(2)}`;
    render(html`<svg width="800" height="400">${svg`<path d=${d} fill="none" stroke="black"></path>`}</svg>`, box);
    await frame();
    return performance.now() - t0;
  },
};

/** Mounts a progress chart of `bundle` and resolves with the ms to the first frame after it has drawn. */
async function drawChart(bundle: unknown): Promise<number> {
  const box = stage();
  await frame();
  const t0 = performance.now();
  const el = document.createElement('eco-progress-chart');
  el.setAttribute('indicator', 'pm25');
  el.setAttribute('unit', 'u0');
  el.setAttribute('lang', 'en');
  (el as unknown as { data: unknown }).data = bundle;
  box.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // The chart reads its width when it first renders; the loop only guards a page where it could not.
  for (let k = 0; k < 600 && !el.shadowRoot!.querySelector('[part="actual"]'); k++) await frame();
  if (!el.shadowRoot!.querySelector('[part="actual"]')) throw new Error('progress chart did not draw');
  await frame();
  return performance.now() - t0;
}

/** Mounts `tag` with `data` and resolves with the ms to the first frame after its first render. */
async function firstRender(
  tag: string,
  data: unknown,
  attributes: Record<string, string>,
  ready: string,
): Promise<number> {
  const box = stage();
  await frame();
  const t0 = performance.now();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  (el as unknown as { data: unknown }).data = data;
  box.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  for (let k = 0; k < 600 && !el.shadowRoot!.querySelector(ready); k++) await frame();
  if (!el.shadowRoot!.querySelector(ready))
    throw new Error(`${tag} did not render: ${el.shadowRoot!.textContent?.replace(/\s+/g, ' ').slice(0, 400)}`);
  await frame();
  return performance.now() - t0;
}

let weightsElement: HTMLElement | null = null;
let weightsStep = 0;

const large = {
  /** `<eco-ranking>` of a precomputed 3,000-unit assessment (paged: the first 50 rows). */
  ranking: (units: number) =>
    firstRender(
      'eco-ranking',
      memo(`L${units}`, () => largeData(units, 60)).assessment,
      { lang: 'en', unit: 'u1234' },
      'tbody tr',
    ),
  /** `<eco-scorecard view="indicators">` of one unit of the same assessment (60 rows, 3,000 units to pick from). */
  largeScorecard: (units: number) =>
    firstRender(
      'eco-scorecard',
      memo(`L${units}`, () => largeData(units, 60)).assessment,
      { lang: 'en', view: 'indicators', unit: 'u1234' },
      'tbody tr',
    ),
  /** Mounts `<eco-weights>` on the province bundle once (scored once there); the steps below move its sliders. */
  async weightsMount(units: number): Promise<number> {
    const { bundle } = memo(`L${units}`, () => largeData(units, 60));
    const ms = await firstRender('eco-weights', bundle, { lang: 'en', rows: '10', unit: 'u1234' }, 'tbody tr');
    weightsElement = document.querySelector('eco-weights');
    return ms;
  },
  /** One user step on a slider of the mounted `<eco-weights>`: from the input event to the frame after the re-rendered ranking. */
  async weightsStep(): Promise<number> {
    const el = weightsElement!;
    const sliders = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="range"]');
    const slider = sliders[weightsStep % sliders.length]!;
    const value = (Number(slider.value) + 1 + (weightsStep++ % 4)) % 6;
    const changed = new Promise<void>((r) => el.addEventListener('eco-weights-change', () => r(), { once: true }));
    const t0 = performance.now();
    slider.value = String(value);
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await changed;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await frame();
    return performance.now() - t0;
  },
  /** The baseline: `assess` of the re-weighted framework on the same observations, as given (objects). */
  assessObjects(units: number): number {
    const { framework, observations } = memo(`L${units}`, () => largeData(units, 60));
    const weights = { a0: 1 + (weightsStep % 5), a1: 3 };
    const t0 = performance.now();
    assess(reweight(framework, weights), observations, { period: '2025' }).results.length;
    return performance.now() - t0;
  },
  /** The same on the cube `<eco-weights>` builds once (so this is assess' own cost, not the conversion). */
  assessCube(units: number): number {
    const { framework, observations } = memo(`L${units}`, () => largeData(units, 60));
    const cube = memo(`cube${units}`, () => toObservationCube(framework, observations, '2025')!);
    const weights = { a0: 1 + (weightsStep % 5), a1: 3 };
    const t0 = performance.now();
    assess(reweight(framework, weights), cube, { period: '2025' }).results.length;
    return performance.now() - t0;
  },
};

(window as unknown as { bench: typeof bench & typeof large }).bench = { ...bench, ...large };
document.documentElement.dataset['ready'] = 'true';
