import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { AssessmentTotalsSchema } from './assessment.js';
import { explain } from './explain.js';
import { indicatorResults } from './indicatorResults.js';
import { reweight } from './reweight.js';
import { sensitivity } from './sensitivity.js';
import { parseFramework } from '../../model/parseFramework.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';
import { checkRedLines } from '../../accountability/checkRedLines.js';
import { breachesByUnit } from '../../accountability/breachesByUnit.js';
import { meixiFramework, readMeixi } from '../../model/_fixtures/meixi.js';
import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';

const parsed = parseFramework(meixiFramework());
const read = readObservationsCsv(readMeixi('observations.csv'));
if (!parsed.ok || !read.ok) throw new Error('the example city must parse');
const framework: Framework = parsed.value;
const observations: Observation[] = read.value;
const breaches = breachesByUnit(checkRedLines(framework.redLines, '2025'));
const run = (obs = observations, f = framework) => assess(f, obs, { period: '2025', breaches });

describe('assess() on the Meixi example city, 2025', () => {
  const a = run();
  const byUnit = Object.fromEntries(a.results.map((r) => [r.unit, r]));

  it('ranks the six districts and grades them by the declared bands', () => {
    expect(a.results.map((r) => [r.unit, r.grade, r.rank])).toEqual([
      ['xihu', 'excellent', 1],
      ['dongcheng', 'excellent', 2],
      ['nanshan', 'fail', 3],
      ['beiling', 'good', 5],
      ['qingxi', 'good', 4],
      ['gangkou', 'fail', 6],
    ]);
  });

  it('vetoes Nanshan for its red-line breach although its points would rank it excellent', () => {
    expect(byUnit['nanshan']!.total).toBeGreaterThanOrEqual(90);
    expect(byUnit['nanshan']!.rules.map((r) => r.kind)).toContain('veto');
  });

  it('shows Gangkou lagging: the lowest environment score and unmet binding indicators', () => {
    const env = a.areas.findIndex((x) => x.id === 'env');
    const envScores = a.results.map((r) => r.areas[env]!.score!);
    expect(byUnit['gangkou']!.areas[env]!.score).toBe(Math.min(...envScores));
    expect(byUnit['gangkou']!.rules.find((r) => r.kind === 'bindingUnmet')!.evidence).toContain('pm25');
  });

  it('adds indicator points up to area points and area points up to the unrounded total', () => {
    for (const r of a.results) {
      const rows = indicatorResults(a, r.unit);
      for (const [k, area] of a.areas.entries()) {
        const sum = rows.filter((x) => x.area === area.id).reduce((s, x) => s + (x.points ?? 0), 0);
        expect(sum).toBeCloseTo(r.areas[k]!.points!, 9);
      }
      const areaSum = r.areas.reduce((s, x) => s + (x.points ?? 0), 0);
      const ruleSum = r.rules.reduce((s, x) => s + x.points, 0);
      expect(areaSum + ruleSum).toBeCloseTo(r.totalUnrounded!, 9);
    }
  });

  it('scores a missing value 0 and flags it: 数据未报送 scores nothing, never more than a reported value', () => {
    const a2021 = assess(framework, observations, { period: '2021' });
    const beiling = indicatorResults(a2021, 'beiling').find((x) => x.indicator === 'green-communities')!;
    expect(beiling.raw).toBeNull();
    expect(beiling.normalized).toBe(0);
    expect(beiling.flags).toEqual(['missing', 'imputed']);
    // Dongcheng's missing cluster-share in 2020 scored 60 under the old floor, while every
    // reporting district scored 0.0–9.3 on it.
    const a2020 = assess(framework, observations, { period: '2020' });
    const reported = a2020.results
      .filter((r) => r.unit !== 'dongcheng')
      .map((r) => indicatorResults(a2020, r.unit).find((x) => x.indicator === 'cluster-share')!);
    const dongcheng = indicatorResults(a2020, 'dongcheng').find((x) => x.indicator === 'cluster-share')!;
    expect(dongcheng.flags).toEqual(['missing', 'imputed']);
    expect(reported.every((x) => x.raw !== null && x.normalized! >= dongcheng.normalized!)).toBe(true);
    expect(a2020.results.find((r) => r.unit === 'dongcheng')!.total).toBe(9.8);
  });

  it('gives the same bytes whatever the order of the observations', () => {
    const shuffled = [...observations].reverse();
    expect(JSON.stringify(run(shuffled))).toBe(JSON.stringify(a));
  });

  it('records the library version, the scheme version and a SHA-256 fingerprint of the inputs', () => {
    expect(a.library.name).toBe('@eco-reform/core');
    expect(a.scheme.version).toBe('2024.1');
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const target = observations.findIndex((o) => o.period === '2025' && typeof o.value === 'number');
    const changed = observations.map((o, k) => (k === target ? { ...o, value: (o.value as number) + 1 } : o));
    expect(run(changed).fingerprint).not.toBe(a.fingerprint);
    // An observation of another period cannot change a 2025 result, so it does not change the fingerprint either.
    const elsewhere = observations.map((o) =>
      o.period === '2020' && typeof o.value === 'number' ? { ...o, value: o.value + 1 } : o,
    );
    expect(run(elsewhere).fingerprint).toBe(a.fingerprint);
  });

  it('hashes flags in which no unit has a flag as no flags option, and real flags as a change', () => {
    const withFlags = (flags: Record<string, string[]>) =>
      assess(framework, observations, { period: '2025', breaches, flags }).fingerprint;
    expect(withFlags({})).toBe(a.fingerprint);
    expect(withFlags({ xihu: [] })).toBe(a.fingerprint);
    expect(withFlags({ xihu: ['majorIncident'] })).not.toBe(a.fingerprint);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([framework, observations]);
    run();
    expect(JSON.stringify([framework, observations])).toBe(before);
  });
});

describe('explain()', () => {
  const a = run();
  it('tells in Chinese why Nanshan failed', () => {
    const e = explain(a, { unit: 'nanshan', lang: 'zh-CN' })!;
    expect(e.text).toMatch(/^南山区2025年总分 \d+\.\d，不合格，排名第 3\/6。/);
    expect(e.text).toContain('一票否决');
    // The machines' evidence keeps the ids; the people's names the zone, in the reader's language.
    expect(e.rules[0]!.evidence).toBe('red-line breach: nanshan-forest');
    expect(e.rules[0]!.evidenceText).toEqual({
      zh: '生态保护红线区受损：南山水源涵养红线区',
      en: 'red-line breach: Nanshan water-conservation forest',
    });
    expect(e.text).toContain('（生态保护红线区受损：南山水源涵养红线区）');
    expect(e.text).not.toMatch(/red-line|binding indicators|below target|nanshan-forest/);
    const gangkou = explain(a, { unit: 'gangkou', lang: 'zh-CN' })!;
    expect(gangkou.text).toMatch(/约束性指标未达标：[^）]*细颗粒物（PM2\.5）年均浓度/);
    expect(gangkou.text).not.toMatch(/binding indicators|pm25|eia-rate/);
    const inEnglish = explain(a, { unit: 'gangkou', lang: 'en' })!;
    expect(inEnglish.text).toContain('PM2.5 annual mean');
    expect(inEnglish.text).not.toMatch(/\bpm25\b|eia-rate/);
  });

  it('still explains an assessment written before rules had evidenceText, with the English evidence', () => {
    const old = JSON.parse(JSON.stringify(a)) as typeof a;
    for (const r of old.results) for (const rule of r.rules) delete (rule as Partial<typeof rule>).evidenceText;
    expect(explain(old, { unit: 'nanshan', lang: 'zh-CN' })!.text).toContain('（red-line breach: nanshan-forest）');
  });
  it('tells it in English too, and returns null for an unknown unit', () => {
    expect(explain(a, { unit: 'xihu', lang: 'en' })!.text).toMatch(
      /^Xihu District scored \d+\.\d in 2025: Excellent, ranked 1 of 6\./,
    );
    expect(explain(a, { unit: 'atlantis' })).toBeNull();
  });
});

describe('reweight() and sensitivity()', () => {
  it('reweighting areas changes the ranking without touching the original framework', () => {
    const onlyIndustry = reweight(framework, { space: 0, env: 0, industry: 1 });
    expect(framework.areas.find((x) => x.id === 'space')!.weight).toBe(0.35);
    const a = run(observations, onlyIndustry);
    expect(a.results.find((r) => r.unit === 'gangkou')!.areas.find((x) => x.area === 'space')!.weightUsed).toBe(0);
  });
  it('is reproducible with a seed and brackets the nominal rank', () => {
    const s1 = sensitivity(framework, observations, { period: '2025', runs: 40, seed: 7 });
    const s2 = sensitivity(framework, observations, { period: '2025', runs: 40, seed: 7 });
    expect(s1).toEqual(s2);
    for (const r of s1) {
      expect(r.p05!).toBeLessThanOrEqual(r.median!);
      expect(r.median!).toBeLessThanOrEqual(r.p95!);
    }
  });
});

describe('assess() on columnar input', () => {
  it('gives the same bytes from an ObservationTable as from observation objects', async () => {
    const { readObservationTableCsv } = await import('../../observation/readObservationTableCsv.js');
    const table = readObservationTableCsv(readMeixi('observations.csv'));
    if (!table.ok) throw new Error('table must parse');
    expect(JSON.stringify(assess(framework, table.value, { period: '2025', breaches }))).toBe(JSON.stringify(run()));
    expect(JSON.stringify(assess(framework, table.value, { period: '2021' }))).toBe(
      JSON.stringify(assess(framework, observations, { period: '2021' })),
    );
  });
});

describe('assess() returns plain data', () => {
  /** Every property, at every depth, is a stored value: no getter runs when it is read. */
  const accessors = (x: unknown, path: string, out: string[]): string[] => {
    if (typeof x !== 'object' || x === null) return out;
    for (const key of Object.keys(x)) {
      const d = Object.getOwnPropertyDescriptor(x, key)!;
      if (d.get !== undefined || d.set !== undefined) out.push(`${path}.${key}`);
      else accessors(d.value, `${path}.${key}`, out);
    }
    return out;
  };

  it('stores every property, cells and fingerprint included, with no accessor anywhere', () => {
    expect(accessors(run(), '$', [])).toEqual([]);
  });

  it('with detail: results, builds the same results without the per-cell trace and the fingerprint', () => {
    const full = run();
    const lean = assess(framework, observations, { period: '2025', breaches, detail: 'results' });
    expect(accessors(lean, '$', [])).toEqual([]);
    expect(Object.keys(lean)).toEqual(Object.keys(full).filter((k) => k !== 'cells' && k !== 'fingerprint'));
    const { cells: _cells, fingerprint: _fingerprint, ...rest } = full;
    expect(JSON.stringify(lean)).toBe(JSON.stringify(rest));
  });

  it('leaves detail out of the fingerprint: asking for the full detail is the same run', () => {
    expect(assess(framework, observations, { period: '2025', breaches, detail: 'full' }).fingerprint).toBe(
      run().fingerprint,
    );
  });
});

describe("assess(…, { detail: 'totals' })", () => {
  it("keeps each unit's total, grade, rank, subtotal and rules exactly as the full assessment has them, without the per-area results", () => {
    const breaches = { nanshan: ['nanshan-forest'] };
    const full = assess(framework, observations, { period: '2025', breaches });
    const totals = assess(framework, observations, { period: '2025', breaches, detail: 'totals' });
    expect(totals.results).toStrictEqual(full.results.map(({ areas: _areas, ...rest }) => rest));
    expect('cells' in totals || 'fingerprint' in totals).toBe(false);
    expect(AssessmentTotalsSchema.safeParse(totals).success).toBe(true);
  });
});
