// Writes framework.json from the index's indicator sheet in ../datasets/eiu-water-optimisation/.
// Run from the repository root: node examples/eiu-water-optimisation/build-framework.mjs
// Every figure comes from indicators.csv (ids, names, units, weights, maxima, inversion) and the city
// names from entities.csv; the rules are index-core's (see README.md). Nothing is invented: the
// indicators have no baseline or target (the index reads none), no grades and no responsible unit.
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

const dir = 'examples/datasets/eiu-water-optimisation/';
// The index's rows only: index-core skips the background indicators (BG_*, context shown beside the
// index), whose ids are not of its form, one character per level (/^(\w\.)*\w$/).
const rows = csvParse(readFileSync(`${dir}indicators.csv`, 'utf8')).filter((r) => /^(\w\.)*\w$/.test(r.id));
const cities = csvParse(readFileSync(`${dir}entities.csv`, 'utf8')).map((e) => e.name);

// index-core's ids: one dot-separated segment per level; the parent is the id without its last one.
const parentOf = (id) => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : undefined);
const number = (text, what) => {
  const x = Number(text);
  if (text === '' || !Number.isFinite(x)) throw new Error(`indicators.csv: ${what} "${text}" is not a number`);
  return x;
};
// A city's id: its name in lower case, accents dropped, words joined by "-" ("Sao Paulo" → sao-paulo).
const slug = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const areas = rows
  .filter((r) => r.type === 'calculated')
  .map((r) => ({
    id: r.id,
    title: { en: r.description },
    ...(parentOf(r.id) ? { parent: parentOf(r.id) } : {}),
    weight: number(r.weighting, `weighting of ${r.id}`),
  }));

const indicators = rows
  .filter((r) => r.type !== 'calculated')
  .map((r) => {
    const max = number(r.max, `max of ${r.id}`);
    const inverted = r.invert.toLowerCase() === 'true';
    return {
      id: r.id,
      title: { en: r.description },
      area: parentOf(r.id),
      unitOfMeasure: { en: r.unit },
      polarity: inverted ? 'lower' : 'higher',
      attribute: 'reference',
      weight: number(r.weighting, `weighting of ${r.id}`),
      // index-core: (value − min) / (max − min) × 100, min 0, not clamped; inverted: 100 minus that.
      scoring: { method: 'goalposts', lower: inverted ? max : 0, upper: inverted ? 0 : max, clamp: false },
      source: {
        en: `Economist Impact, Water Optimisation Index, as published with index-core (${r.type}${r.type === 'discrete' ? `, 0–${max}` : ''})`,
      },
    };
  });

const framework = {
  id: 'eiu-water-optimisation',
  version: 'index-core c5c3e55',
  title: { en: 'Water Optimisation Index (Economist Impact), as computed by index-core' },
  description: {
    en: 'The index as index-core computes it: each indicator normalised to 0–100 between 0 and its maximum (inverted indicators: 100 minus that), each group the weighted mean of its children, weights divided by their sum, the index the weighted mean of the three pillars; a group with any child missing is missing, up to the index.',
  },
  jurisdiction: { en: 'World cities' },
  period: { start: '2021', end: '2021' },
  areas,
  goals: [],
  indicators,
  measures: [],
  units: cities.map((name) => ({ id: slug(name), name: { en: name }, kind: 'city', tags: [] })),
  redLines: [],
  scheme: {
    version: 'index-core c5c3e55',
    totalPoints: 100,
    grades: [],
    rounding: { digits: 1, mode: 'halfUp' },
    rankOn: 'totalUnrounded',
    responsibleUnits: 'none',
    missing: { policy: 'propagate' },
    rules: [],
  },
};
writeFileSync('examples/eiu-water-optimisation/framework.json', `${JSON.stringify(framework, null, 2)}\n`);
