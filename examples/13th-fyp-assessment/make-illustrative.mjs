// Writes the ILLUSTRATIVE inputs of the example for its six invented provinces (甲省…己省), never
// real data: each province's own 2020 targets (illustrative-unit-targets.csv, 目标分解, which
// build-framework.mjs puts into framework.json), its 2020 values (illustrative-observations.csv) and
// its incidents and findings (illustrative-flags.json). Deterministic: a seeded generator
// (mulberry32, seed 2020) orders the provinces' targets and picks each value's margin over its
// target. Every province meets every target except where a scenario below says otherwise.
//   node examples/13th-fyp-assessment/make-illustrative.mjs && node examples/13th-fyp-assessment/build-framework.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { mulberry32 } from '../../scripts/lib/mulberry32.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));
const PERIOD = '2020';
const SEED = 2020;
const SOURCE = `illustrative (seed ${SEED})`;

/** The rows of a source table, each an object keyed by the header (d3-dsv). */
const table = (name) => csvParse(readFileSync(`${dir}${name}`, 'utf8'));
const items = table('items.csv');
const units = table('illustrative-units.csv');

// [low, step] of the provinces' illustrative targets, in each item's unit.
const SPREAD = {
  'energy-intensity-cut': [13, 0.5],
  'co2-intensity-cut': [15, 1],
  'non-fossil-share': [5, 3],
  'energy-total': [1.5, 0.8],
  'water-intensity-cut': [20, 1],
  'water-total': [100, 60],
  farmland: [0.4, 0.2],
  'new-construction-land': [60, 20],
  'pm25-cut': [10, 2],
  'good-air-days': [70, 4],
  'surface-water-good': [50, 6],
  'coastal-water': [60, 10],
  'surface-water-worst': [0, 2],
  'cod-cut': [8, 1],
  'ammonia-cut': [8, 1.2],
  'so2-cut': [10, 2],
  'nox-cut': [10, 2],
  'forest-cover': [20, 10],
  'forest-stock': [1, 2],
  'grassland-cover': [45, 5],
};
// The scenarios the README and the test work through: a missed binding target (乙省), a missed
// target that is not binding (丁省), counted incidents (丙省 2, 丁省 5) and falsified data (戊省).
const MISSED = [
  { indicator: 'pm25-cut', unit: 'yi' },
  { indicator: 'energy-total', unit: 'ding' },
];
const FLAGS = [
  {
    unit: 'bing',
    period: PERIOD,
    flag: 'ecoIncident',
    count: 2,
    note: { zh: '示例：两起较大突发环境事件', en: 'Illustrative: two serious environmental incidents' },
    source: SOURCE,
  },
  {
    unit: 'ding',
    period: PERIOD,
    flag: 'ecoIncident',
    count: 5,
    note: { zh: '示例：五起环境污染责任事件', en: 'Illustrative: five pollution incidents' },
    source: SOURCE,
  },
  {
    unit: 'wu',
    period: PERIOD,
    flag: 'dataFalsified',
    note: { zh: '示例：查实篡改监测数据', en: 'Illustrative: monitoring data found falsified' },
    source: SOURCE,
  },
];

const random = mulberry32(SEED);
const round = (x) => Number(x.toFixed(4));

const targets = ['indicator,unit,period,target'];
const observations = ['indicator,unit,period,value,note,source'];
for (const item of items) {
  const applies = units.filter(
    (u) => !item.applies_to || item.applies_to.split(';').some((t) => u.tags.split(';').includes(t)),
  );
  if (item.method === 'value') {
    // A score on 0–100 (年度评价结果) or a share of satisfied residents: 70 to 95 in steps of 2.5.
    for (const u of applies)
      observations.push(`${item.id},${u.id},${PERIOD},${70 + 2.5 * Math.floor(random() * 11)},,${SOURCE}`);
    continue;
  }
  const [low, step] = SPREAD[item.id];
  const order = applies.map((_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  const better = item.direction === 'lower' ? -1 : 1;
  applies.forEach((u, k) => {
    const target = round(low + step * order[k]);
    const missed = MISSED.some((m) => m.indicator === item.id && m.unit === u.id);
    // Met: on the target or up to half a step better; missed: a whole step worse.
    const margin = missed ? -step : (step * Math.floor(random() * 3)) / 4;
    targets.push(`${item.id},${u.id},${PERIOD},${target}`);
    observations.push(`${item.id},${u.id},${PERIOD},${round(target + better * margin)},,${SOURCE}`);
  });
}
writeFileSync(`${dir}illustrative-unit-targets.csv`, `${targets.join('\n')}\n`);
writeFileSync(`${dir}illustrative-observations.csv`, `${observations.join('\n')}\n`);
writeFileSync(`${dir}illustrative-flags.json`, `${JSON.stringify(FLAGS, null, 2)}\n`);
