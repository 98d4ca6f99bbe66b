import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { indicatorResults } from './indicatorResults.js';
import { parseFramework } from '../../model/parseFramework.js';
import { meixiFramework, readMeixi } from '../../model/_fixtures/meixi.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';

describe('Meixi’s target assigned to a district', () => {
  it('holds Xihu to 31 µg/m³ of PM2.5 in 2025 (its letter), the other districts to the milestone 32, and moves no figure', () => {
    const f = parseFramework(meixiFramework());
    const o = readObservationsCsv(readMeixi('observations.csv'));
    if (!f.ok || !o.ok) throw new Error('Meixi must parse');
    const a = assess(f.value, o.value, { period: '2025' });
    const pm25 = (unit: string) => indicatorResults(a, unit).find((r) => r.indicator === 'pm25')!;
    expect([pm25('xihu').target, pm25('xihu').planned, pm25('xihu').status, pm25('xihu').raw]).toEqual([
      31,
      31,
      'achieved',
      30.5,
    ]);
    expect(pm25('dongcheng').target).toBe(32);
    const without = structuredClone(f.value);
    delete without.indicators.find((i) => i.id === 'pm25')!.unitTargets;
    const before = assess(without, o.value, { period: '2025' });
    expect(a.results.map((r) => [r.unit, r.total, r.grade, r.rank])).toEqual(
      before.results.map((r) => [r.unit, r.total, r.grade, r.rank]),
    );
  });
});
