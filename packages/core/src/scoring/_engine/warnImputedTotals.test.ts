import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.js';
import { parseFramework } from '../../model/parseFramework.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../../model/_fixtures/meixi.js';

const read = readObservationsCsv(readMeixi('observations.csv'));
if (!read.ok) throw new Error('the example city must parse');

describe('warnImputedTotals', () => {
  it('warns when a total is made only of imputed values', () => {
    const f = meixiFramework();
    f.scheme.minCoverage = 0;
    f.scheme.missing = { policy: 'floor', value: 60, aboveMinimum: true };
    const r = parseFramework(f);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const a = assess(r.value, read.value, { period: '2025', units: ['drc', 'xihu'] });
    expect(a.results.map((x) => [x.unit, x.total])).toEqual([
      ['xihu', 98.2],
      ['drc', 60],
    ]);
    expect(a.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'total_imputed',
        unit: 'drc',
        message: {
          en: "drc's total 60 is made only of imputed values: no value reported for the period was scored",
          zh: 'drc 的总分 60 全部由缺失值处理规则补足，本期没有任何报送数据计入',
        },
      },
    ]);
  });

  it('says nothing when a total has a reported value in it', () => {
    const r = parseFramework(meixiFramework());
    if (!r.ok) throw new Error('the example city must parse');
    expect(
      assess(r.value, read.value, { period: '2021' }).diagnostics.filter((d) => d.code === 'total_imputed'),
    ).toEqual([]);
  });
});
