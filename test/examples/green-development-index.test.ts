import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assess,
  indicatorResults,
  parseFramework,
  readObservationsCsv,
  type Framework,
  type Observation,
} from '@eco-reform/core';
// @ts-expect-error: a plain-JavaScript build script without type declarations
import { buildFramework } from '../../examples/green-development-index/build-framework.mjs';
import { csvParse } from 'd3-dsv';

const dir = fileURLToPath(new URL('../../examples/green-development-index/', import.meta.url));
const text = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
const json = JSON.parse(text('framework.json')) as Record<string, unknown> & {
  indicators: Array<Record<string, unknown>>;
  scheme: Record<string, unknown>;
};

function parsed(doc: unknown = json): Framework {
  const r = parseFramework(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
  return r.value;
}
const framework = parsed();
function observations(): Observation[] {
  const r = readObservationsCsv(text('illustrative-observations.csv'), { framework });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
  return r.value;
}
const assessment = assess(framework, observations(), { period: '2020' });
const result = (unit: string) => assessment.results.find((r) => r.unit === unit)!;
const area = (unit: string, id: string) => result(unit).areas.find((a) => a.area === id)!;
const cell = (unit: string, indicator: string) =>
  indicatorResults(assessment, unit).find((r) => r.indicator === indicator)!;

describe('the Green Development Index example (绿色发展指标体系)', () => {
  it('is the framework its source tables give (framework.json is build-framework.mjs’s output)', () => {
    expect(buildFramework()).toEqual(json);
  });

  it('validates with no issue, without a baseline or target the index never reads', () => {
    expect(parseFramework(json)).toEqual({ ok: true, value: expect.anything() });
    expect(json.indicators.filter((i) => 'baseline' in i || 'target' in i)).toEqual([]);
  });

  it('has the 56 indicators in 7 categories, 55 of them in the index: 16 ★, 22 ◆ and 17 others', () => {
    expect(framework.areas.map((a) => a.id)).toEqual([
      'resources',
      'governance',
      'quality',
      'ecology',
      'growth',
      'living',
      'satisfaction',
    ]);
    expect(framework.indicators).toHaveLength(56);
    const byWeight: Record<string, number> = {};
    for (const i of framework.indicators) byWeight[String(i.points)] = (byWeight[String(i.points)] ?? 0) + 1;
    // ★ 3 parts, ◆ 2, others 1: 3·16 + 2·22 + 17 = 109 parts for 100 %, 0.917 % a part.
    expect(byWeight).toEqual({ '2.75': 16, '1.83': 22, '0.92': 17, undefined: 1 });
    // The index judges no target: no indicator binds in it, whatever its class in the plan.
    expect(new Set(framework.indicators.map((i) => i.attribute))).toEqual(new Set(['reference']));
  });

  it('names a source for every indicator, in both languages', () => {
    for (const i of framework.indicators) {
      expect(i.source?.zh, i.id).toMatch(/《绿色发展指标体系》/);
      expect(i.source?.en, i.id).toMatch(/Green Development Indicator System/);
    }
    // The three indicators without 2016 data are named in the bulletin's notes, which was read.
    const fromBulletin = framework.indicators.filter((i) => i.source?.zh?.includes('公报')).map((i) => i.id);
    expect(fromBulletin).toEqual([
      'polluted-farmland-safe-use',
      'natural-coastline',
      'green-products',
      'public-satisfaction',
    ]);
  });

  it('adds each category’s indicator weights up to its published weight within the declared 0.06, and the categories to 100', () => {
    // 资源利用 6 × 2.75 + 6 × 1.83 + 2 × 0.92 = 29.32 (29.3); 环境治理 16.5 (16.5); 环境质量 19.25
    // (19.3); 生态保护 16.5 (16.5); 增长质量 9.15 (9.2); 绿色生活 9.18 (9.2).
    const sums = framework.areas.map((a) =>
      framework.indicators.filter((i) => i.area === a.id).reduce((s, i) => s + (i.points ?? 0), 0),
    );
    expect(sums.map((s) => Math.round(s * 100) / 100)).toEqual([29.32, 16.5, 19.25, 16.5, 9.15, 9.18, 0]);
    expect(framework.areas.map((a) => a.points)).toEqual([29.3, 16.5, 19.3, 16.5, 9.2, 9.2, 0]);
    expect(framework.scheme.pointsTolerance).toBe(0.06);
    // Without the declared tolerance, the rounding of the published weights is reported, not rescaled.
    const strict = parseFramework({ ...json, scheme: { ...json.scheme, pointsTolerance: undefined } });
    expect(strict.ok).toBe(false);
    if (!strict.ok)
      expect(strict.issues.map((i) => [i.code, i.at])).toEqual([
        ['points_sum', 'indicators[0].points'],
        ['points_sum', 'indicators[22].points'],
        ['points_sum', 'indicators[42].points'],
        ['points_sum', 'indicators[47].points'],
      ]);
  });

  it('scores 丁省 as worked by hand with the efficacy coefficient', () => {
    // Individual index Y = 60 + 40 × (x − min)/(max − min), or (max − x) for lower-is-better, over the
    // provinces with a value. The illustrative values are evenly spaced, so with six provinces Y is
    // 60 + 8 × position (0 lowest … 5 highest), with three coastal ones 60 + 20 × position.
    // 丁省 (inland) per category, Y of ★ (2.75) | ◆ (1.83) | others (0.92):
    // 资源利用: ★ 68 68 84 84 60 76 = 440 | ◆ 92 84 84 100 76 92 = 528 | 68 84 = 152
    //   (2.75·440 + 1.83·528 + 0.92·152) / 29.32 = (1210 + 966.24 + 139.84) / 29.32 = 2316.08 / 29.32 = 78.99318
    // 环境治理: ★ 60 100 60 60 = 280 | ◆ 68 76 = 144 | 92 84 = 176
    //   (770 + 263.52 + 161.92) / 16.5 = 1195.44 / 16.5 = 72.45091
    // 环境质量 (近岸海域 not applicable): ★ 92 60 100 84 = 336 | ◆ 60 84 = 144 | 60 60 100 = 220
    //   (924 + 263.52 + 202.4) / (11 + 3.66 + 2.76) = 1389.92 / 17.42 = 79.78875
    //   (受污染耕地安全利用率: 乙省 has no value, so the range is over five provinces; 丁省 is the lowest: 60)
    // 生态保护 (自然岸线保有率, 海洋保护区面积 not applicable): ★ 84 100 = 184 | ◆ 100 76 60 = 236 | 92 100 100 = 292
    //   (506 + 431.88 + 268.64) / (5.5 + 5.49 + 2.76) = 1206.52 / 13.75 = 87.74691
    // 增长质量: ◆ 76 60 92 76 100 = 404; 1.83·404 / 9.15 = 80.8
    // 绿色生活: ◆ 92 68 = 160 | 92 84 92 60 60 76 = 464; (292.8 + 426.88) / 9.18 = 719.68 / 9.18 = 78.39651
    // Index = (29.3·78.99318 + 16.5·72.45091 + 19.3·79.78875 + 16.5·87.74691 + 9.2·80.8 + 9.2·78.39651) / 100
    //       = 79.62295, published 79.62.
    const hand: Record<string, number> = {
      resources: 2316.08 / 29.32,
      governance: 1195.44 / 16.5,
      quality: 1389.92 / 17.42,
      ecology: 1206.52 / 13.75,
      growth: 80.8,
      living: 719.68 / 9.18,
    };
    for (const [id, score] of Object.entries(hand)) expect(area('ding', id).score, id).toBeCloseTo(score, 9);
    const index =
      (29.3 * hand.resources! +
        16.5 * hand.governance! +
        19.3 * hand.quality! +
        16.5 * hand.ecology! +
        9.2 * hand.growth! +
        9.2 * hand.living!) /
      100;
    expect(index).toBeCloseTo(79.62295, 5);
    expect(result('ding').totalUnrounded).toBeCloseTo(index, 9);
    expect(result('ding').total).toBe(79.62);
    expect(result('ding').grade).toBeNull();
  });

  it('leaves a coastal-only indicator out for an inland province, its weight spread over the category, not scored 60', () => {
    const coast = cell('ding', 'natural-coastline');
    expect([coast.normalized, coast.weightUsed, coast.points]).toEqual([null, null, null]);
    expect(coast.flags).toContain('notApplicable');
    expect(coast.flags).not.toContain('imputed');
    // Scored 60 with its weight kept, 生态保护 would be (1206.52 + 60 · (1.83 + 0.92)) / 16.5 = 83.12242.
    expect(area('ding', 'ecology').score).toBeCloseTo(1206.52 / 13.75, 9);
    expect(area('ding', 'ecology').score).not.toBeCloseTo((1206.52 + 60 * 2.75) / 16.5, 2);
    // The three coastal provinces score it among themselves: 甲省 30 %, 丙省 40 %, 戊省 50 % give 60, 80, 100.
    expect(['jia', 'bing', 'wu'].map((u) => cell(u, 'natural-coastline').normalized)).toEqual([60, 80, 100]);
  });

  it('gives an indicator without data the floor of 60 with its weight kept (2016 bulletin, note 2)', () => {
    const missing = cell('yi', 'polluted-farmland-safe-use');
    expect(missing.raw).toBeNull();
    expect(missing.normalized).toBe(60);
    expect(missing.flags).toContain('imputed');
    expect(missing.weightUsed).toBeCloseTo(0.92 / (4 * 2.75 + 2 * 1.83 + 3 * 0.92), 12);
  });

  it('reports public satisfaction beside the index: its survey share moves no province’s index', () => {
    expect(area('ding', 'satisfaction')).toMatchObject({ score: 78, points: 0 });
    const happier = observations().map((o) =>
      o.indicator === 'public-satisfaction' && o.unit === 'ding' ? { ...o, value: 99 } : o,
    );
    const again = assess(framework, happier, { period: '2020' }).results.find((r) => r.unit === 'ding')!;
    expect(again.areas.find((a) => a.area === 'satisfaction')!.score).toBe(99);
    expect(again.totalUnrounded).toBe(result('ding').totalUnrounded);
  });

  it('shows in its README the source table row by row as indicators.csv has it', () => {
    const readme = text('README.md');
    for (const r of csvParse(text('indicators.csv'))) {
      const weight = { '★': '2.75', '◆': '1.83', '△': '0.92', '': '—' }[r['class']!];
      expect(readme, r['id']).toContain(
        `| ${r['no']} | ${framework.areas.find((a) => a.id === r['category'])!.title.zh} | ${r['name_zh']}<br>${r['name_en']} | ${r['unit_zh']} |`,
      );
      expect(readme, r['id']).toMatch(
        new RegExp(`\\| ${r['no']} \\|[^\\n]*\\| ${r['class'] || '—'} \\| ${weight} \\|`),
      );
    }
  });

  it('ranks the six illustrative provinces on their index', () => {
    expect(assessment.results.map((r) => [r.unit, r.total, r.rank])).toEqual([
      ['jia', 80.19, 2],
      ['yi', 77.83, 6],
      ['bing', 79.26, 5],
      ['ding', 79.62, 4],
      ['wu', 82.84, 1],
      ['ji', 80.09, 3],
    ]);
  });
});
