import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.js';
import { parseFramework } from '../../model/parseFramework.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../../model/_fixtures/meixi.js';
import type { Framework } from '../../model/framework.schema.js';

const read = readObservationsCsv(readMeixi('observations.csv'));
if (!read.ok) throw new Error('the example city must parse');
const observations = read.value;
const frameworkWith = (change: (f: Record<string, any>) => void = () => {}): Framework => {
  const f = meixiFramework();
  change(f);
  const r = parseFramework(f);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const districts = ['xihu', 'dongcheng', 'nanshan', 'beiling', 'qingxi', 'gangkou'];

describe('withoutCoverage', () => {
  it('gives a unit with no observed value in the period no total, grade or rank, with a warning, by default', () => {
    const a = assess(frameworkWith(), observations, { period: '2025', units: ['eeb', ...districts] });
    const eeb = a.results.find((r) => r.unit === 'eeb')!;
    expect([eeb.total, eeb.grade, eeb.rank]).toEqual([null, null, null]);
    expect(a.results.filter((r) => r.unit !== 'eeb').map((r) => r.rank)).toEqual([1, 2, 3, 5, 4, 6]);
    expect(a.diagnostics.filter((d) => d.code === 'insufficient_coverage')).toEqual([
      {
        severity: 'warning',
        code: 'insufficient_coverage',
        unit: 'eeb',
        message: {
          en: 'eeb has 0 of 20 indicators observed in the period, and a total needs at least one: no total, grade or rank',
          zh: 'eeb 本期仅报送 0/20 项指标数据，计算总分需至少 1 项：不计总分、等级和排名',
        },
      },
    ]);
  });

  it('applies a declared share: 19 of 20 observed meets 0.95 and misses 0.96', () => {
    const one = observations.filter((o) => !(o.unit === 'xihu' && o.period === '2025' && o.indicator === 'pm25'));
    const met = assess(
      frameworkWith((f) => (f.scheme.minCoverage = 0.95)),
      one,
      { period: '2025' },
    );
    expect(met.results[0]!.total).not.toBeNull();
    const missed = assess(
      frameworkWith((f) => (f.scheme.minCoverage = 0.96)),
      one,
      { period: '2025' },
    );
    expect(missed.results.map((r) => r.total === null)).toEqual([true, false, false, false, false, false]);
    expect(missed.diagnostics.find((d) => d.code === 'insufficient_coverage')!.message.en).toBe(
      'xihu has 19 of 20 indicators observed in the period, and a total needs 96 % (minCoverage): no total, grade or rank',
    );
  });

  it('is off with minCoverage 0: a unit without data is scored by the missing-data policy, and warned about', () => {
    const a = assess(
      frameworkWith((f) => (f.scheme.minCoverage = 0)),
      observations,
      { period: '2025', units: ['eeb'] },
    );
    expect(a.results[0]!.total).toBe(0);
    expect(a.diagnostics.map((d) => d.code)).toEqual(['total_imputed']);
  });

  it('does not count values carried forward from earlier periods as coverage', () => {
    const f = frameworkWith((x) => (x.scheme.missing = { policy: 'carryForward' }));
    const without2025 = observations.filter((o) => !(o.unit === 'qingxi' && o.period === '2025'));
    const a = assess(f, without2025, { period: '2025', units: districts });
    expect(a.results.find((r) => r.unit === 'qingxi')!.total).toBeNull();
    expect(a.diagnostics.map((d) => [d.code, d.unit])).toContainEqual(['insufficient_coverage', 'qingxi']);
  });
});
