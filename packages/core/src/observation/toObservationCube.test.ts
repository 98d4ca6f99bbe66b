import { describe, expect, it } from 'vitest';
import { assess } from '../scoring/assess/assess.js';
import { breachesByUnit } from '../accountability/breachesByUnit.js';
import { checkRedLines } from '../accountability/checkRedLines.js';
import { parseBundle } from '../model/parseBundle.js';
import { readMeixi } from '../model/_fixtures/meixi.js';
import type { Observation } from './observation.schema.js';
import { toObservationCube } from './toObservationCube.js';

const parsed = parseBundle(JSON.parse(readMeixi('bundle.json')));
if (!parsed.ok) throw new Error('the example must parse');
const bundle = parsed.value;
const framework = bundle.framework;

describe('toObservationCube', () => {
  it('gives assess exactly the assessment the objects give, with and without missing data', () => {
    for (const period of ['2025', '2021']) {
      const b = breachesByUnit(checkRedLines(framework.redLines, period));
      const cube = toObservationCube(framework, bundle.observations, period)!;
      expect(cube.units).toEqual(framework.units.map((u) => u.id));
      expect(cube.periods.at(-1)).toBe(period);
      expect(JSON.stringify(assess(framework, cube, { period, breaches: b }))).toBe(
        JSON.stringify(assess(framework, bundle.observations, { period, breaches: b })),
      );
    }
  });

  it('keeps the highest revision, and gives up (null) on a same-revision conflict in the period', () => {
    const base: Observation = { indicator: 'pm25', unit: 'xihu', period: '2025', value: 30 };
    const revised = toObservationCube(
      framework,
      [...bundle.observations, { ...base, value: 99, revision: 2 }, { ...base, value: 50, revision: 1 }],
      '2025',
    )!;
    const at =
      (revised.periods.indexOf('2025') * revised.units.length + revised.units.indexOf('xihu')) *
        revised.indicators.length +
      revised.indicators.indexOf('pm25');
    expect(revised.values[at]).toBe(99);
    expect(toObservationCube(framework, [...bundle.observations, { ...base, value: 12.3 }], '2025')).toBeNull();
  });
});
