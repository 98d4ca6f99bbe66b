import { describe, expect, it } from 'vitest';
import { checkObservationValues } from './checkObservationValues.js';
import { parseObservations } from './parseObservations.js';
import { parseBundle } from '../model/parseBundle.js';
import type { Framework } from '../model/framework.schema.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';

const framework = meixiFramework() as Framework;
const o = (indicator: string, value: number | boolean | null, extra: object = {}) => ({
  indicator,
  unit: 'xihu',
  period: '2025',
  value,
  ...extra,
});

describe('checkObservationValues', () => {
  it("refuses a value not of its indicator's kind, given the framework, at its path", () => {
    const issues = checkObservationValues(
      [
        o('pm25', true),
        o('eco-park', 0.01),
        o('eco-park', -1),
        o('eco-park', true),
        o('pm25', 31),
        o('pm25', null, { period: '2024' }),
      ],
      framework,
      ['observations'],
    );
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['observations[0].value', 'value_kind'],
      ['observations[1].value', 'value_kind'],
      ['observations[2].value', 'value_kind'],
    ]);
  });

  it('leaves indicators the framework does not declare to the id checks', () => {
    expect(checkObservationValues([o('pm2.5', true)], framework)).toEqual([]);
  });

  it('refuses different values for one cell and revision, naming the first; accepts repeats and higher revisions', () => {
    const issues = checkObservationValues([
      o('pm25', 31),
      o('pm25', 31),
      o('pm25', 35),
      o('pm25', 36, { revision: 1 }),
      o('pm25', null, { revision: 1 }),
    ]);
    expect(issues.map((i) => [i.at, i.code, i.message.en])).toEqual([
      [
        '[2].value',
        'conflicting_observation',
        '[2] gives 35 for a cell [0] gives 31 (same indicator, unit, period and revision): keep one, or give the correction a higher revision',
      ],
      [
        '[4].value',
        'conflicting_observation',
        '[4] gives missing for a cell [3] gives 36 (same indicator, unit, period and revision): keep one, or give the correction a higher revision',
      ],
    ]);
  });

  it('tells true from 1 and counts -0 and 0 as one value', () => {
    expect(checkObservationValues([o('x', true), o('x', 1)]).map((i) => i.at)).toEqual(['[1].value']);
    expect(checkObservationValues([o('x', -0), o('x', 0)])).toEqual([]);
  });
});

describe("parseObservations and parseBundle make the readers' value checks", () => {
  it('parseObservations refuses conflicting duplicates, and values of the wrong kind given the framework', () => {
    const input = [o('pm25', 31), o('pm25', 35), o('eco-park', 1)];
    expect(parseObservations(input).ok).toBe(false);
    const r = parseObservations(input, { framework });
    expect(!r.ok && r.issues.map((i) => [i.at, i.code])).toEqual([
      ['[2].value', 'value_kind'],
      ['[1].value', 'conflicting_observation'],
    ]);
  });

  it('parseBundle refuses them at observations[k].value', () => {
    const bundle = JSON.parse(readMeixi('bundle.json'));
    expect(parseBundle(bundle).ok).toBe(true);
    bundle.observations.push(o('eco-park', 0.01), o('pm25', true));
    const r = parseBundle(bundle);
    const n = bundle.observations.length;
    expect(!r.ok && r.issues.map((i) => [i.at, i.code])).toEqual([
      [`observations[${n - 2}].value`, 'value_kind'],
      [`observations[${n - 1}].value`, 'value_kind'],
    ]);
  });
});

describe('parseObservations given the framework', () => {
  it('refuses units, indicators and periods the framework does not declare, at their index, as the CSV readers do', () => {
    const r = parseObservations(
      [
        { indicator: 'pm25', unit: 'xihu', period: '2025', value: 30 },
        { indicator: 'pm25', unit: 'Xihu', period: '2025', value: 31 },
      ],
      { framework },
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.message.en])).toEqual([
      ['[1].unit', 'unknown unit "Xihu" in 1 observation; did you mean "xihu"?'],
    ]);
  });
});
