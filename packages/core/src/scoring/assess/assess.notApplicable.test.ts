import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { explain } from './explain.js';
import { indicatorResults } from './indicatorResults.js';
import { parseFramework } from '../../model/parseFramework.js';
import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';
import { readObservationTableCsv } from '../../observation/readObservationTableCsv.js';
import { writeObservationsCsv } from '../../observation/writeObservationsCsv.js';
import { toObservationCube } from '../../observation/toObservationCube.js';
import { NOT_APPLICABLE } from '../../observation/notApplicableCode.js';

// An NBS-style area (绿色发展指标体系, 生态保护): 森林覆盖率 (forest, 3 points), 自然岸线保有率
// (coast, 2 points, for coastal provinces only) and 湿地保护率 (wetland, 3 points), scored as given
// (`value`); a missing value scores 60, the bottom of the NBS scale, as NBS does. A second area,
// 海洋 (marine), holds a second coastal indicator only. Zhejiang and Hebei are coastal; Gansu is inland.
function framework(over: { aggregation?: unknown; minCoverage?: number; missing?: unknown } = {}): Framework {
  const ind = (id: string, area: string, points: number, coastal: boolean) => ({
    id,
    title: { zh: id },
    area,
    unitOfMeasure: { zh: '%' },
    polarity: 'higher',
    attribute: 'expected',
    baseline: { value: 0, period: '2020' },
    target: { value: 100, period: '2025', comparator: '>=' },
    scoring: { method: 'value' },
    points,
    ...(coastal ? { appliesTo: ['coastal'] } : {}),
    responsible: 'nbs',
  });
  const doc = {
    id: 'nbs',
    version: '1',
    title: { zh: '绿色发展指标（示例）' },
    jurisdiction: { zh: '全国' },
    period: { start: '2024', end: '2026' },
    areas: [
      {
        id: 'protect',
        title: { zh: '生态保护' },
        points: 8,
        ...(over.aggregation ? { aggregation: over.aggregation } : {}),
      },
      { id: 'marine', title: { zh: '海洋' }, points: 2 },
    ],
    goals: [],
    indicators: [
      ind('forest', 'protect', 3, false),
      ind('coast', 'protect', 2, true),
      ind('wetland', 'protect', 3, false),
      ind('sea', 'marine', 2, true),
    ],
    measures: [],
    units: [
      { id: 'nbs', name: { zh: '国家统计局' }, kind: 'department', tags: [] },
      { id: 'zhejiang', name: { zh: '浙江' }, kind: 'province', tags: ['coastal'] },
      { id: 'gansu', name: { zh: '甘肃' }, kind: 'province', tags: ['inland'] },
      { id: 'hebei', name: { zh: '河北' }, kind: 'province', tags: ['coastal'] },
    ],
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 10,
      rounding: { digits: 2, mode: 'halfUp' },
      missing: over.missing ?? { policy: 'floor', value: 60, aboveMinimum: true },
      ...(over.minCoverage === undefined ? {} : { minCoverage: over.minCoverage }),
      grades: [{ id: 'any', label: { zh: '任意' }, min: 0, inclusive: true }],
      rules: [],
    },
  };
  const r = parseFramework(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const table: Record<string, Record<string, number | null>> = {
  zhejiang: { forest: 90, coast: 80, wetland: 70, sea: 50 },
  gansu: { forest: 66, wetland: 90 },
  hebei: { forest: 80, coast: null, wetland: 60, sea: 40 },
};
const observations = (t = table): Observation[] =>
  Object.entries(t).flatMap(([unit, row]) =>
    Object.entries(row).map(([indicator, value]) => ({ indicator, unit, period: '2025', value })),
  );

describe('indicators that do not apply to a unit (appliesTo)', () => {
  it('scores an inland province without the coastal indicator, its points spread over the area, while a gap scores 60', () => {
    const a = assess(framework(), observations(), { period: '2025', units: ['zhejiang', 'gansu', 'hebei'] });
    // 生态保护: Zhejiang (3·90 + 2·80 + 3·70)/8 = 80; Gansu (3·66 + 3·90)/6 = 78, the coast's 2 points
    // spread over forest and wetland; Hebei's missing coast scores 60: (3·80 + 2·60 + 3·60)/8 = 67.5.
    expect(a.results.map((r) => r.areas[0]!.score)).toEqual([80, 78, 67.5]);
    // 海洋 does not apply to Gansu at all: no score and no floor; its total is 生态保护's alone.
    expect(a.results.map((r) => r.areas[1]!.score)).toEqual([50, null, 40]);
    expect(a.results[1]!.areas[1]!.flags).toEqual(['notApplicable']);
    // Totals on 10 points: Zhejiang (8·80 + 2·50)/100 = 7.4; Gansu 78 % of 10 = 7.8; Hebei (8·67.5 + 2·40)/100 = 6.2.
    expect(a.results.map((r) => r.total)).toEqual([7.4, 7.8, 6.2]);
    expect(a.results.map((r) => r.rank)).toEqual([2, 1, 3]);
    const gansu = indicatorResults(a, 'gansu');
    expect(gansu.map((r) => [r.indicator, r.normalized, r.weightUsed, r.flags])).toEqual([
      ['forest', 66, 0.5, []],
      ['coast', null, null, ['notApplicable']],
      ['wetland', 90, 0.5, []],
      ['sea', null, null, ['notApplicable']],
    ]);
    // Hebei's gap is missing, not "not applicable": the policy's 60 with its weight kept.
    expect(indicatorResults(a, 'hebei')[1]).toMatchObject({
      normalized: 60,
      weightUsed: 0.25,
      flags: ['missing', 'imputed'],
    });
    expect(a.indicators.map((i) => i.appliesTo ?? null)).toEqual([null, ['coastal'], null, ['coastal']]);
    expect(a.diagnostics).toEqual([]);
  });

  it('gives the same scores in an area scored unit by unit (a geometric mean) as its own kernel says', () => {
    const a = assess(framework({ aggregation: { method: 'geometricMean' } }), observations(), {
      period: '2025',
      units: ['gansu'],
    });
    // √(66 · 90) with equal shares of the 6 points that apply.
    expect(a.results[0]!.areas[0]!.score).toBeCloseTo(Math.sqrt(66 * 90), 12);
    expect(a.cells.flags.slice(0, 4)).toEqual([[], ['notApplicable'], [], ['notApplicable']]);
  });

  it('does not score a value observed where the indicator does not apply, and says so', () => {
    const t = { ...table, gansu: { ...table.gansu, coast: 10 } };
    const a = assess(framework(), observations(t), { period: '2025' });
    expect(a.results.find((r) => r.unit === 'gansu')!.areas[0]!.score).toBe(78);
    // The value leaves no trace in the scores (nor in any column's range), but in the diagnostics.
    expect(a.cells.raw[a.units.findIndex((u) => u.id === 'gansu') * 4 + 1]).toBeNull();
    expect(a.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'not_applicable_value', unit: 'gansu', indicator: 'coast' }),
    ]);
    expect(a.diagnostics[0]!.message.zh).toBe(
      'gansu 报送了指标 coast 的数据，但该指标仅适用于标签为 coastal 的单位（appliesTo）：该数据不计分',
    );
  });

  it('measures coverage against the indicators that apply', () => {
    // Gansu observed 2 of the 2 indicators that apply to it: full coverage, where 2 of 4 would be 50 %.
    const a = assess(framework({ minCoverage: 1 }), observations(), { period: '2025', units: ['gansu', 'hebei'] });
    expect(a.results.map((r) => r.total)).toEqual([7.8, null]);
    expect(a.diagnostics[0]!.message.en).toBe(
      'hebei has 3 of 4 indicators observed in the period, and a total needs 100 % (minCoverage): no total, grade or rank',
    );
  });

  it('explains the inland province without a word of missing data', () => {
    const a = assess(framework(), observations(), { period: '2025', units: ['gansu'] });
    const e = explain(a, { unit: 'gansu', lang: 'zh-CN' })!;
    expect(e.text).toBe(
      '甘肃2025年总分 7.80，任意，排名第 1/1。生态保护 78.00 分（权重 100.0%，贡献 7.80 分）；海洋不适用。',
    );
    expect(e.areas[0]!.indicators[1]!.flags).toEqual(['notApplicable']);
    expect(explain(a, { unit: 'gansu', lang: 'en' })!.text).toContain('; 海洋 not applicable.');
  });

  it('takes an observation marked not applicable for one unit and period, alike from objects, CSV and a table', () => {
    // Hebei's coastline this year does not apply (e.g. reclassified): not scored, where a gap scores 60.
    const t = { ...table, hebei: { ...table.hebei, coast: null } };
    const objects = observations(t).map((o) =>
      o.unit === 'hebei' && o.indicator === 'coast' ? { ...o, notApplicable: true as const } : o,
    );
    const f = framework();
    const a = assess(f, objects, { period: '2025' });
    const hebei = a.results.find((r) => r.unit === 'hebei')!;
    // (3·80 + 3·60)/6 = 70 instead of 67.5.
    expect(hebei.areas[0]!.score).toBe(70);
    expect(indicatorResults(a, 'hebei')[1]!.flags).toEqual(['notApplicable']);
    const csv = writeObservationsCsv(objects);
    expect(csv).toContain('coast,hebei,2025,不适用,,,');
    const fromCsv = readObservationsCsv(csv);
    if (!fromCsv.ok) throw new Error('the CSV must read back');
    expect(fromCsv.value).toEqual(objects);
    const fromTable = readObservationTableCsv(csv);
    if (!fromTable.ok) throw new Error('the CSV must read as a table');
    for (const input of [fromCsv.value, fromTable.value]) {
      const b = assess(f, input, { period: '2025' });
      expect(b.results).toEqual(a.results);
      expect(b.cells).toEqual(a.cells);
      expect(b.fingerprint).toBe(a.fingerprint);
    }
    // A cube keeps no object: toObservationCube leaves them as they are, and a cube built with the code agrees.
    expect(toObservationCube(f, objects, '2025')).toBeNull();
    const units = f.units.map((u) => u.id);
    const ids = f.indicators.map((i) => i.id);
    const values = new Float64Array(units.length * ids.length).fill(Number.NaN);
    const isBoolean = new Uint8Array(values.length);
    for (const o of objects) {
      const at = units.indexOf(o.unit) * ids.length + ids.indexOf(o.indicator);
      if (o.notApplicable) isBoolean[at] = NOT_APPLICABLE;
      else if (typeof o.value === 'number') values[at] = o.value;
    }
    const cube = assess(f, { periods: ['2025'], units, indicators: ids, values, isBoolean }, { period: '2025' });
    expect(cube.results).toEqual(a.results);
    // Not applicable and missing are different inputs, so their fingerprints differ.
    expect(assess(f, observations(t), { period: '2025' }).fingerprint).not.toBe(a.fingerprint);
  });

  it('lets a value of the period override an observation marked not applicable', () => {
    const objects = [
      ...observations(),
      { indicator: 'coast', unit: 'zhejiang', period: '2025', value: null, notApplicable: true as const },
    ];
    const a = assess(framework(), objects, { period: '2025' });
    expect(a.results.find((r) => r.unit === 'zhejiang')!.areas[0]!.score).toBe(80);
  });

  it('does not count an indicator that does not apply as missing under propagate', () => {
    for (const aggregation of [undefined, { method: 'geometricMean' }]) {
      const a = assess(framework({ aggregation, missing: { policy: 'propagate' } }), observations(), {
        period: '2025',
      });
      const [zhejiang, gansu, hebei] = a.results;
      // Gansu's area is scored without its coastline; Hebei's missing coastline makes the area, and the total, missing.
      expect(gansu!.areas[0]!.score).toBeCloseTo(aggregation ? Math.sqrt(66 * 90) : 78, 12);
      expect(gansu!.total).not.toBeNull();
      expect([zhejiang!.total !== null, hebei!.areas[0]!.score, hebei!.total]).toEqual([true, null, null]);
    }
  });
});
