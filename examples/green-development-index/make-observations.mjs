// Writes illustrative-observations.csv: ILLUSTRATIVE values for the six invented provinces of
// framework.json (甲省…己省), never real data. Deterministic: a seeded generator (mulberry32, seed
// 2016) orders the provinces on each indicator; the values are evenly spaced, from `low` in steps of
// `step`, so that every efficacy score can be worked out by hand (60 + 40 × position / (n − 1)).
// A coastal-only indicator has values for the three coastal provinces only; 乙省 reports no value
// for 受污染耕地安全利用率, so it takes the index's floor of 60.
//   node examples/green-development-index/make-observations.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../scripts/lib/mulberry32.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));
const framework = JSON.parse(readFileSync(`${dir}framework.json`, 'utf8'));
const PERIOD = '2020';
const SEED = 2016;
const MISSING = { indicator: 'polluted-farmland-safe-use', unit: 'yi' };

// [low, step] of each indicator's illustrative values, in its own unit.
const SPREAD = {
  'energy-total': [5000, 3000],
  'energy-intensity-cut': [2.5, 0.5],
  'co2-intensity-cut': [3, 0.6],
  'non-fossil-share': [8, 4],
  'water-total': [50, 30],
  'water-intensity-cut': [3, 1],
  'industrial-water-cut': [2, 1.5],
  'irrigation-efficiency': [0.5, 0.02],
  farmland: [0.2, 0.15],
  'new-construction-land': [10, 5],
  'land-intensity-cut': [3, 1],
  'resource-productivity': [0.8, 0.3],
  'industrial-solid-waste-use': [40, 10],
  'straw-use': [75, 4],
  'cod-cut': [1, 0.8],
  'ammonia-cut': [1, 0.9],
  'so2-cut': [2, 1.5],
  'nox-cut': [2, 1.2],
  'hazardous-waste': [70, 6],
  'household-waste': [90, 2],
  sewage: [85, 2.5],
  'pollution-investment': [0.8, 0.3],
  'good-air-days': [60, 6],
  'pm25-cut': [2, 1.5],
  'surface-water-good': [50, 8],
  'surface-water-worst': [0, 3],
  'water-function-zones': [65, 6],
  'drinking-water-sources': [85, 3],
  'coastal-water': [50, 20],
  'polluted-farmland-safe-use': [80, 3],
  'fertiliser-per-ha': [200, 60],
  'pesticide-per-ha': [5, 3],
  'forest-cover': [10, 10],
  'forest-stock': [1, 3],
  'grassland-cover': [40, 8],
  'natural-coastline': [30, 10],
  'wetland-protection': [40, 8],
  'land-reserves': [50, 80],
  'marine-reserves': [5, 20],
  'soil-erosion-control': [10, 8],
  'desertified-land': [20, 8],
  'mine-restoration': [500, 400],
  'gdp-per-capita-growth': [5, 0.5],
  'disposable-income': [20000, 5000],
  'tertiary-share': [40, 4],
  'strategic-industries-share': [8, 2],
  'rd-share': [0.8, 0.4],
  'public-institution-energy-cut': [1, 0.6],
  'green-products': [30, 6],
  'nev-growth': [20, 15],
  'green-travel': [80, 30],
  'green-buildings': [20, 8],
  'urban-green-space': [32, 1.5],
  'rural-tap-water': [70, 5],
  'rural-sanitary-toilets': [60, 7],
  'public-satisfaction': [70, 4],
};

const random = mulberry32(SEED);
const lines = ['indicator,unit,period,value,note,source'];
for (const ind of framework.indicators) {
  const spread = SPREAD[ind.id];
  if (spread === undefined) throw new Error(`no illustrative spread for ${ind.id}`);
  const units = framework.units.filter((u) => !ind.appliesTo || ind.appliesTo.some((t) => u.tags.includes(t)));
  // Fisher–Yates: the position (0 = lowest value) of each province on this indicator.
  const order = units.map((_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  units.forEach((u, k) => {
    if (ind.id === MISSING.indicator && u.id === MISSING.unit) return;
    const value = Number((spread[0] + spread[1] * order[k]).toFixed(4));
    lines.push(`${ind.id},${u.id},${PERIOD},${value},,illustrative (seed ${SEED})`);
  });
}
writeFileSync(`${dir}illustrative-observations.csv`, `${lines.join('\n')}\n`);
