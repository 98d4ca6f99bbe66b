import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { tableTwinCsv } from '../../shared/table-twin-csv.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assess,
  breachesByUnit,
  checkRedLines,
  parseBundle,
  reweight,
  type Assessment,
  type Bundle,
} from '@eco-reform/core';
import {
  completeWeights,
  toWeight,
  weightAreas,
  rankOrder,
  weightsAnnouncement,
  weightsLayout,
  type WeightsLayoutInput,
  ASSESSMENT_ONLY,
  weightsParser,
  readWeightsHash,
  weightsHashKey,
  writeWeightsHash,
} from './weights.layout.js';
import { weightsTable } from './weights.table.js';

// Node runs only `*.layout.test.ts`, so the tests of every pure module of the widget live here.
const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../../examples/meixi/${name}`, import.meta.url)), 'utf8');
const parsed = parseBundle(JSON.parse(read('bundle.json')));
if (!parsed.ok) throw new Error('the example must parse');
const bundle: Bundle = parsed.value;
const framework = bundle.framework;
const breaches = breachesByUnit(checkRedLines(framework.redLines, '2025'));
const official = assess(framework, bundle.observations, { period: '2025', breaches });
const areas = weightAreas(official);
const rescore = (weights: Record<string, number> | null): WeightsLayoutInput => ({
  official,
  current:
    weights === null
      ? official
      : assess(reweight(framework, weights), bundle.observations, { period: '2025', breaches }),
  areas,
  weights,
});
const ids = (view: { rows: Array<{ unit: string }> }) => view.rows.map((r) => r.unit);
/** Units ordered by one area's official score, best first: the ranking that area alone must give. */
const byAreaScore = (area: string): string[] => {
  const k = official.areas.findIndex((a) => a.id === area);
  return [...official.results].sort((a, b) => b.areas[k]!.score! - a.areas[k]!.score!).map((r) => r.unit);
};

describe('weightAreas', () => {
  it('maps the official weights onto 0–5 with the largest at 5 (Meixi 0.35 / 0.40 / 0.25 → 4.375 / 5 / 3.125 → 4 / 5 / 3)', () => {
    expect(areas.map((a) => [a.id, a.official, a.initial])).toEqual([
      ['space', 0.35, 4],
      ['env', 0.4, 5],
      ['industry', 0.25, 3],
    ]);
    expect(areas[1]!.title).toEqual({ zh: '生态环境优化', en: 'Ecological environment' });
  });
});

describe('toWeight and completeWeights', () => {
  it('round and clamp to whole steps 0–5 and ignore what is not a number', () => {
    expect([
      toWeight('4'),
      toWeight(9),
      toWeight(-1),
      toWeight(2.6),
      toWeight(2.5),
      toWeight('x'),
      toWeight(''),
      toWeight(null),
      toWeight(Infinity),
    ]).toEqual([4, 5, 0, 3, 3, null, null, null, null]);
  });

  it('fill missing areas with their initial value, drop unknown ids and keep null as the official weights', () => {
    expect(completeWeights(areas, { env: 9, nowhere: 2, industry: 'x' })).toEqual({ space: 4, env: 5, industry: 3 });
    expect(completeWeights(areas, { space: 0 })).toEqual({ space: 0, env: 5, industry: 3 });
    expect(completeWeights(areas, null)).toBeNull();
  });

  it('keep areas named like members of Object.prototype as ordinary keys', () => {
    const odd = [
      { ...areas[0]!, id: '__proto__' },
      { ...areas[1]!, id: 'constructor' },
      { ...areas[2]!, id: 'toString' },
    ];
    const out = completeWeights(odd, JSON.parse('{"__proto__": 1}'))!;
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'toString']);
    expect([out['__proto__'], out['constructor'], out['toString']]).toEqual([1, 5, 3]);
    expect({
      ...readWeightsHash('#weights=__proto__:2,constructor:4', ['__proto__', 'constructor', 'toString']),
    }).toEqual(JSON.parse('{"__proto__": 2, "constructor": 4}'));
  });
});

describe('weightsParser', () => {
  it('scores the latest year with the official weights, and refuses an assessment alone', () => {
    const data = weightsParser(() => null)(JSON.parse(read('bundle.json')));
    expect(data.ok && data.value.period).toBe('2025');
    expect(data.ok && data.value.official.results.map((r) => r.rank)).toEqual([1, 2, 3, 5, 4, 6]);
    expect(weightsParser(() => null)(JSON.parse(JSON.stringify(official)))).toEqual({
      ok: false,
      details: [ASSESSMENT_ONLY],
    });
    expect(weightsParser(() => null)({ nope: true }).ok).toBe(false);
  });
});

describe('weightsLayout', () => {
  it('shows the official ranking with the exact official shares before any change', () => {
    const view = weightsLayout(rescore(null), { lang: 'en', rows: 10 });
    expect(view.official).toBe(true);
    expect(view.caption).toBe('Official ranking · 2025');
    expect(ids(view)).toEqual(['xihu', 'dongcheng', 'nanshan', 'qingxi', 'beiling', 'gangkou']);
    expect(view.rows.map((r) => r.change)).toEqual(['=', '=', '=', '=', '=', '=']);
    expect(view.rows[0]).toMatchObject({ rank: '1', name: 'Xihu District', total: '98.2', officialRank: '1' });
    expect(view.sliders.map((s) => [s.value, s.share])).toEqual([
      [4, '35%'],
      [5, '40%'],
      [3, '25%'],
    ]);
    expect(view.summary).toBe('Under the official weights, Xihu District is 1st with 98.2.');
  });

  it('with all weight on one area ranks units exactly as that area’s scores do', () => {
    for (const area of ['space', 'env']) {
      const weights = { space: 0, env: 0, industry: 0, [area]: 5 };
      expect(ids(weightsLayout(rescore(weights), { lang: 'en', rows: 10 }))).toEqual(byAreaScore(area));
    }
    // Ecological environment alone (area scores 98.45, 97.50, 96.00, 95.05, 92.13, 27.78): Nanshan rises from 3rd to 1st.
    const env = weightsLayout(rescore({ space: 0, env: 5, industry: 0 }), { lang: 'en', rows: 10 });
    expect(ids(env)).toEqual(['nanshan', 'xihu', 'dongcheng', 'beiling', 'qingxi', 'gangkou']);
    expect(env.rows.map((r) => r.change)).toEqual(['↑2', '↓1', '↓1', '↑1', '↓1', '=']);
    expect(env.rows.map((r) => r.changeLabel)).toEqual(['up 2', 'down 1', 'down 1', 'up 1', 'down 1', 'unchanged']);
    expect(env.sliders.map((s) => s.share)).toEqual(['0%', '100%', '0%']);
    expect(env.summary).toBe(
      'Under your weights, Nanshan District is 1st with 98.4; 5 of 6 units rank differently from the official ranking.',
    );
  });

  it('shows ties as ties: industrial structure alone puts Xihu and Nanshan (both 100) joint first, Dongcheng 3rd', () => {
    const view = weightsLayout(rescore({ space: 0, env: 0, industry: 5 }), { lang: 'en', rows: 3 });
    expect(view.rows.map((r) => [r.unit, r.rank, r.total])).toEqual([
      ['xihu', 'T1', '100.0'],
      ['nanshan', 'T1', '100.0'],
      ['dongcheng', '3', '97.5'],
    ]);
    expect(view.rows[1]!.change).toBe('↑2');
  });

  it('limits the ranking to `rows` and always shows the highlighted unit, appended below', () => {
    const view = weightsLayout(rescore(null), { lang: 'en', rows: 2, unit: 'gangkou' });
    expect(view.rows.map((r) => [r.unit, r.highlighted, r.appended])).toEqual([
      ['xihu', false, false],
      ['dongcheng', false, false],
      ['gangkou', true, true],
    ]);
    expect(view.summary).toContain('Gangkou District: 6th (official: 6th).');
    const inside = weightsLayout(rescore(null), { lang: 'en', rows: 2, unit: 'xihu' });
    expect(inside.rows.map((r) => [r.unit, r.highlighted, r.appended])).toEqual([
      ['xihu', true, false],
      ['dongcheng', false, false],
    ]);
  });

  it('explains why nothing is ranked when every weight is 0', () => {
    const view = weightsLayout(rescore({ space: 0, env: 0, industry: 0 }), { lang: 'en', rows: 10 });
    expect(view.rows).toEqual([]);
    expect(view.ranked).toBe(0);
    expect(view.note).toMatch(/^Every weight is 0/);
  });

  it('speaks Chinese: captions, places and shares', () => {
    const view = weightsLayout(rescore({ space: 0, env: 5, industry: 0 }), { lang: 'zh-CN', rows: 1, unit: 'gangkou' });
    expect(view.caption).toBe('按我的权重排名 · 2025');
    expect(view.rows.map((r) => r.name)).toEqual(['南山区', '港口区']);
    expect(view.summary).toBe(
      '按我的权重，南山区 以 98.4 分排第 1 名；6 个单位中有 5 个名次与官方排名不同。港口区：第 6 名（官方第 6 名）。',
    );
  });
});

describe('rankOrder', () => {
  it('orders by rank, ties in unit order, unranked last', () => {
    const results = [null, 2, 1, 2, null].map((rank, u) => ({
      unit: `u${u}`,
      rank,
    })) as unknown as Assessment['results'];
    expect(rankOrder(results, Infinity)).toEqual([2, 1, 3, 0, 4]);
    expect(rankOrder(results, 2)).toEqual([2, 1]);
    expect(rankOrder(results, 4)).toEqual([2, 1, 3, 0]);
  });
});

describe('weightsAnnouncement', () => {
  const env = rescore({ space: 0, env: 5, industry: 0 }).current;
  const industry = rescore({ space: 0, env: 0, industry: 5 }).current;
  it('says where the highlighted unit is now and where it was', () => {
    expect(weightsAnnouncement(official, env, { lang: 'en', unit: 'nanshan' })).toBe(
      'Ranking updated: Nanshan District now 1st (was 3rd)',
    );
    expect(weightsAnnouncement(official, env, { lang: 'en', unit: 'gangkou' })).toBe(
      'Ranking updated: Gangkou District still 6th',
    );
    expect(weightsAnnouncement(env, industry, { lang: 'en', unit: 'xihu' })).toBe(
      'Ranking updated: Xihu District now joint 1st (was 2nd)',
    );
    expect(weightsAnnouncement(official, env, { lang: 'zh-CN', unit: 'nanshan' })).toBe(
      '排名已更新：南山区 现为第 1 名（原为第 3 名）',
    );
  });

  it('names the top three when no unit is highlighted', () => {
    expect(weightsAnnouncement(official, env, { lang: 'en' })).toBe(
      'Ranking updated: 1st Nanshan District, 2nd Xihu District, 3rd Dongcheng District',
    );
    expect(weightsAnnouncement(official, industry, { lang: 'en' })).toBe(
      'Ranking updated: joint 1st Xihu District, joint 1st Nanshan District, 3rd Dongcheng District',
    );
  });
});

describe('weightsTable', () => {
  it('holds the full ranking, with the weights in the caption', () => {
    const twin = weightsTable(rescore({ space: 0, env: 5, industry: 0 }), 'en');
    expect(twin.caption).toBe(
      'Ranking under your weights · 2025 · your weights: Ecological space 0 (0%), Ecological environment 5 (100%), Industrial structure 0 (0%)',
    );
    expect(twin.head).toEqual(['Rank', 'Unit', 'Total', 'Official rank', 'Change vs official']);
    expect(twin.rows.map((r) => r[1])).toEqual([
      'Nanshan District',
      'Xihu District',
      'Dongcheng District',
      'Beiling County',
      'Qingxi County',
      'Gangkou District',
    ]);
    expect(twin.rows[0]).toEqual(['1', 'Nanshan District', '98.4', '3', 'up 2']);
    // In words, so no cell starts like a formula ("=") and the CSV writes every cell as it is.
    expect(tableTwinCsv(weightsTable(rescore(null), 'en'))).not.toMatch(/(^|,)'/m);
    expect(weightsTable(rescore(null), 'en').rows.map((r) => r[4])).toEqual(Array(6).fill('unchanged'));
    expect(weightsTable(rescore(null), 'zh-CN').caption).toBe(
      '官方排名 · 2025 · 官方权重：生态空间优化 35%，生态环境优化 40%，产业结构优化 25%',
    );
  });
});

describe('readWeightsHash and writeWeightsHash', () => {
  const areaIds = ['space', 'env', 'industry'];
  it('round-trip the weights as readable id:value pairs, leaving other parameters as they were', () => {
    const hash = writeWeightsHash('#card.unit=xihu&intro', { space: 5, env: 3, industry: 1 }, areaIds);
    expect(hash).toBe('#card.unit=xihu&intro&weights=space:5,env:3,industry:1');
    expect(readWeightsHash(hash, areaIds)).toEqual({ space: 5, env: 3, industry: 1 });
    expect(writeWeightsHash(hash, { space: 0, env: 5, industry: 2 }, areaIds)).toBe(
      '#card.unit=xihu&intro&weights=space:0,env:5,industry:2',
    );
    expect(writeWeightsHash('#a=1&weights=space:1&b=%20', { space: 2, env: 2, industry: 2 }, areaIds)).toBe(
      '#a=1&weights=space:2,env:2,industry:2&b=%20',
    );
  });

  it('use a parameter of their own for an element with an id, leaving the plain one alone', () => {
    expect(weightsHashKey('')).toBe('weights');
    expect(weightsHashKey('mine')).toBe('mine.weights');
    const hash = writeWeightsHash(
      '#weights=space:1',
      { space: 5, env: 0, industry: 0 },
      areaIds,
      weightsHashKey('mine'),
    );
    expect(hash).toBe('#weights=space:1&mine.weights=space:5,env:0,industry:0');
    expect(readWeightsHash(hash, areaIds)).toEqual({ space: 1 });
    expect(readWeightsHash(hash, areaIds, 'mine.weights')).toEqual({ space: 5, env: 0, industry: 0 });
    expect(writeWeightsHash(hash, null, areaIds, 'mine.weights')).toBe('#weights=space:1');
  });

  it('remove the parameter for the official weights', () => {
    expect(writeWeightsHash('#weights=space:5&intro', null, areaIds)).toBe('#intro');
    expect(writeWeightsHash('#weights=space:5', null, areaIds)).toBe('');
    expect(writeWeightsHash('', null, areaIds)).toBe('');
  });

  it('ignore invalid values: clamp to 0–5 whole numbers, drop unknown ids and non-numbers', () => {
    expect(readWeightsHash('#weights=space:7,env:-2,industry:2.6', areaIds)).toEqual({ space: 5, env: 0, industry: 3 });
    expect(readWeightsHash('weights=space:x,nowhere:3,env:,:4,industry:1', areaIds)).toEqual({ industry: 1 });
    expect(readWeightsHash('#weights=garbage', areaIds)).toBeNull();
    expect(readWeightsHash('#other=1', areaIds)).toBeNull();
    // A percent-encoded hash (as URLSearchParams writes it) reads the same.
    expect(readWeightsHash('#weights=space%3A5%2Cenv%3A3', areaIds)).toEqual({ space: 5, env: 3 });
  });
});
