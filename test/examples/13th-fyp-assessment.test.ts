import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assess,
  explain,
  flagsByUnit,
  indicatorResults,
  parseFramework,
  parseUnitFlags,
  readObservationsCsv,
  type Framework,
} from '@eco-reform/core';
// @ts-expect-error: a plain-JavaScript build script without type declarations
import { buildFramework } from '../../examples/13th-fyp-assessment/build-framework.mjs';
import { csvParse } from 'd3-dsv';

const dir = fileURLToPath(new URL('../../examples/13th-fyp-assessment/', import.meta.url));
const text = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
const json = JSON.parse(text('framework.json')) as Record<string, unknown> & {
  indicators: Array<Record<string, unknown>>;
};

function parsed(doc: unknown = json): Framework {
  const r = parseFramework(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
  return r.value;
}
const framework = parsed();
const observations = (() => {
  const r = readObservationsCsv(text('illustrative-observations.csv'), { framework });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
  return r.value;
})();
const flags = (() => {
  const r = parseUnitFlags(JSON.parse(text('illustrative-flags.json')), framework);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return flagsByUnit(r.value, '2020');
})();
const assessment = assess(framework, observations, { period: '2020', flags });
const result = (unit: string) => assessment.results.find((r) => r.unit === unit)!;
const fired = (unit: string) => result(unit).rules.map((r) => r.rule);

describe('the 13th Five-Year assessment target system example (生态文明建设考核目标体系)', () => {
  it('is the framework its source tables give (framework.json is build-framework.mjs’s output)', () => {
    expect(buildFramework()).toEqual(json);
  });

  it('validates with no issue; only the two items scored as given carry no baseline or target', () => {
    expect(parseFramework(json)).toEqual({ ok: true, value: expect.anything() });
    expect(json.indicators.filter((i) => !('target' in i)).map((i) => i.id)).toEqual([
      'annual-evaluation',
      'public-satisfaction',
    ]);
  });

  it('has 22 items whose points add up to 30 / 40 / 20 / 10 and 100 exactly, and reports points that do not', () => {
    expect(framework.indicators).toHaveLength(22);
    expect(framework.areas.map((a) => [a.id, a.points])).toEqual([
      ['resources', 30],
      ['environment', 40],
      ['annual', 20],
      ['satisfaction', 10],
    ]);
    const sums = framework.areas.map((a) =>
      framework.indicators.filter((i) => i.area === a.id).reduce((s, i) => s + (i.points ?? 0), 0),
    );
    expect(sums).toEqual([30, 40, 20, 10]);
    expect(framework.scheme.pointsTolerance).toBeUndefined();
    const off = { ...json, indicators: json.indicators.map((i, k) => (k === 0 ? { ...i, points: 5 } : i)) };
    const r = parseFramework(off);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.at])).toEqual([['points_sum', 'indicators[0].points']]);
  });

  it('names a source for every item and marks the 16 ★ items binding, with the plan’s national 2015 base and 2020 target', () => {
    for (const i of framework.indicators) expect(i.source?.zh, i.id).toMatch(/《生态文明建设考核目标体系》/);
    const binding = framework.indicators.filter((i) => i.attribute === 'binding');
    expect(binding).toHaveLength(16);
    for (const i of binding) expect(i.source?.zh, i.id).toMatch(/十三个五年规划纲要/);
    const pm25 = framework.indicators.find((i) => i.id === 'pm25-cut')!;
    expect([pm25.baseline, pm25.target]).toEqual([
      { value: 0, period: '2015' },
      { value: 18, period: '2020', comparator: '>=', cumulative: true },
    ]);
  });

  it('scores every item all or nothing against the province’s own target, not the national one', () => {
    // 丁省's 2020 target for 能源消费总量 is 3.1 (100 Mt tce); it used 3.9: no points (the national 50 it meets).
    const energy = indicatorResults(assessment, 'ding').find((r) => r.indicator === 'energy-total')!;
    expect([energy.raw, energy.target, energy.normalized, energy.points]).toEqual([3.9, 3.1, 0, 0]);
    // 乙省's own PM2.5 target is a fall of 10 %; it achieved 8 %.
    const pm25 = indicatorResults(assessment, 'yi').find((r) => r.indicator === 'pm25-cut')!;
    expect([pm25.raw, pm25.target, pm25.points]).toEqual([8, 10, 0]);
  });

  it('totals the provinces as worked by hand, with the incident deduction, the binding fail and the falsified-data veto', () => {
    // 甲省 (coastal, every target met): 30 + 40 + 20 × 70 % + 10 × 80 % = 92 → 优秀.
    // 乙省 (inland, 5-point ★ PM2.5 target missed): 近岸海域 (2 points) does not apply, so 生态环境保护
    //   is 33 of the 38 points that apply, on 40: 33 / 38 × 40 = 34.73684; 30 + 34.73684 + 17.5 + 8
    //   = 90.23684 → 90.24, 优秀 by points, 不合格 for the missed binding target.
    // 丙省 (coastal, 2 incidents): 30 + 40 + 14 + 8.5 = 92.5 − 2 × 5 = 82.5 → 良好.
    // 丁省 (inland, 3-point 能源消费总量 missed, not binding; 5 incidents): 27 + 40 + 17.5 + 8.75 = 93.25,
    //   − 5 × 5 = 25 capped at 20 → 73.25 → 合格.
    // 戊省 (coastal, data falsified): 30 + 40 + 18 + 8.75 = 96.75 → 不合格 by veto.
    // 己省 (inland, every target met): 30 + 40 + 17 + 7.75 = 94.75 → 优秀.
    expect(assessment.results.map((r) => [r.unit, r.total, r.gradeByPoints, r.grade])).toEqual([
      ['jia', 92, 'excellent', 'excellent'],
      ['yi', 90.24, 'excellent', 'fail'],
      ['bing', 82.5, 'good', 'good'],
      ['ding', 73.25, 'pass', 'pass'],
      ['wu', 96.75, 'excellent', 'fail'],
      ['ji', 94.75, 'excellent', 'excellent'],
    ]);
    expect(result('yi').totalUnrounded).toBeCloseTo(30 + (33 / 38) * 40 + 17.5 + 8, 12);
    expect(result('yi').areas.find((a) => a.area === 'environment')!.points).toBeCloseTo((33 / 38) * 40, 12);
  });

  it('deducts 5 points per incident, at most 20', () => {
    const two = result('bing').rules.find((r) => r.rule === 'eco-incidents')!;
    expect([two.points, two.tally?.count, two.tally?.uncapped, two.tally?.capped]).toEqual([-10, 2, 10, 0]);
    const five = result('ding').rules.find((r) => r.rule === 'eco-incidents')!;
    expect([five.points, five.tally?.count, five.tally?.uncapped, five.tally?.max, five.tally?.capped]).toEqual([
      -20, 5, 25, 20, 5,
    ]);
    expect(fired('jia')).toEqual([]);
  });

  it('fails a province that missed a binding target, and only a binding one', () => {
    expect(fired('yi')).toEqual(['binding-unmet']);
    expect(result('yi').rules[0]).toMatchObject({ effect: 'forced', gradeBefore: 'excellent', gradeAfter: 'fail' });
    expect(result('yi').rules[0]!.evidence).toBe('binding indicators not met: pm25-cut');
    // 丁省 missed 能源消费总量, which is not binding: its points are lost, its grade stands.
    expect(fired('ding')).toEqual(['eco-incidents']);
    expect(result('ding').grade).toBe('pass');
  });

  it('explains the capped deduction in words', () => {
    const words = explain(assessment, { unit: 'ding' })!.text;
    expect(words).toContain('丁省（示例）2020年总分 73.25，合格');
    expect(words).toContain('标记 ecoIncident × 5；每次 5.00 × 5 次 = 25.00，超出上限 5.00（本项最多 20.00）');
  });

  it('shows in its README the source table row by row as items.csv has it', () => {
    const readme = text('README.md');
    for (const r of csvParse(text('items.csv'))) {
      const area = framework.areas.find((a) => a.id === r['category'])!;
      expect(readme, r['id']).toContain(
        `| ${r['no']} | ${area.title.zh} (${area.points}) | ${r['name_zh']}<br>${r['name_en']} | ${r['unit_zh']} | ${r['star']} | ${r['points']} |`,
      );
    }
  });

  it('grades a province whose data were falsified 不合格 whatever its points', () => {
    expect(fired('wu')).toEqual(['data-falsified']);
    expect(result('wu').rules[0]).toMatchObject({ kind: 'veto', gradeBefore: 'excellent', gradeAfter: 'fail' });
  });
});
