import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, checkRedLines, type Bundle } from '@eco-reform/core';
import {
  NEEDS_BUNDLE,
  redlineParser,
  type RedlineData,
  redlineAreaChart,
  redlineLayout,
  compareGrades,
} from './redline.layout.js';
import { redlineTable } from './redline.table.js';

const json = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../examples/meixi/bundle.json', import.meta.url)), 'utf8'),
) as unknown;
const parsed = redlineParser(json);
if (!parsed.ok) throw new Error('the example bundle must parse');
const data: RedlineData = parsed.value;
const zoneIds = (view: ReturnType<typeof redlineLayout>) => view.groups.map((g) => [g.grade, g.zones.map((z) => z.id)]);

/** A copy of the Meixi bundle with one zone's 2025 observation replaced. */
function withObservation(zone: string, seen: { area: number; functionIndex: number; nature: string }): RedlineData {
  const bundle = structuredClone(data.bundle) as Bundle;
  const z = bundle.framework.redLines.find((x) => x.id === zone)!;
  z.observations = z.observations.map((o) => (o.period === '2025' ? { period: '2025', ...seen } : o));
  return { bundle, latest: '2025' };
}

describe('redlineParser', () => {
  it('takes the Meixi bundle and defaults to the latest year observed, 2025', () => {
    expect(data.latest).toBe('2025');
    expect(data.bundle.framework.redLines).toHaveLength(5);
  });

  it('refuses a bare assessment, which has no red lines, saying a bundle is needed', () => {
    const assessment = assess(data.bundle.framework, data.bundle.observations, { period: '2025' });
    expect(redlineParser(JSON.parse(JSON.stringify(assessment)))).toEqual({ ok: false, details: [NEEDS_BUNDLE] });
  });

  it('reports schema problems with their paths', () => {
    const result = redlineParser({ framework: {}, observations: [], reports: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details.join('\n')).toMatch(/framework/);
  });
});

describe('redlineLayout', () => {
  it('groups the five Meixi zones by control grade, I before II, the breached Nanshan zone first', () => {
    const view = redlineLayout(data, { lang: 'en' });
    expect(view).toMatchObject({
      period: '2025',
      declared: 5,
      total: 5,
      breached: 1,
      held: 4,
      unobserved: 0,
      unit: null,
    });
    expect(zoneIds(view)).toEqual([
      ['I', ['nanshan-forest', 'beiling-forest']],
      ['II', ['xihu-wetland', 'qingxi-river', 'gangkou-coast']],
    ]);
    expect(view.groups.map((g) => [g.label, g.breached])).toEqual([
      ['Grade I control', 1],
      ['Grade II control', 0],
    ]);
    expect(view.periods).toEqual(['2023', '2024', '2025']);
  });

  it('compares Nanshan’s area, function and nature with the baseline: 12.4 → 12.05 km² is a breach', () => {
    const nanshan = redlineLayout(data, { lang: 'en' }).groups[0]!.zones[0]!;
    expect(nanshan).toMatchObject({
      name: 'Nanshan water-conservation forest',
      unit: 'nanshan',
      unitName: 'Nanshan District',
      grade: 'I',
      state: 'breached',
      breaches: ['areaReduced'],
    });
    // 12.05 − 12.4 = −0.35 km²; −0.35 / 12.4 = −2.82 % → −2.8 %. Function 0.87 − 0.86 = +0.01 (held). Nature forest = forest.
    expect(nanshan.checks).toEqual([
      {
        kind: 'area',
        label: 'Area',
        rule: 'area must not decrease',
        uom: 'km²',
        baseline: '12.4',
        current: '12.05',
        change: '-0.35',
        share: '-2.8%',
        state: 'breached',
      },
      {
        kind: 'function',
        label: 'Function index',
        rule: 'function must not decline',
        uom: '',
        baseline: '0.86',
        current: '0.87',
        change: '+0.01',
        share: '',
        state: 'held',
      },
      {
        kind: 'nature',
        label: 'Land-use nature',
        rule: 'nature must not change',
        uom: '',
        baseline: 'forest',
        current: 'forest',
        change: 'unchanged',
        share: '',
        state: 'held',
      },
    ]);
    expect(nanshan.explanations).toEqual([
      'Area reduced — rule: area must not decrease. 12.05 km² against the baseline 12.4 km²: 0.35 km² (2.8%) less.',
    ]);
    expect(nanshan.finding).toEqual(
      checkRedLines(data.bundle.framework.redLines, '2025').find((f) => f.zone === 'nanshan-forest'),
    );
  });

  it('explains the breach in Chinese with the rule 面积不减少', () => {
    const view = redlineLayout(data, { lang: 'zh-CN' });
    const nanshan = view.groups[0]!.zones[0]!;
    expect(view.groups.map((g) => g.label)).toEqual(['I 级管控', 'II 级管控']);
    expect(nanshan.name).toBe('南山水源涵养红线区');
    expect(nanshan.checks[2].baseline).toBe('林地');
    expect(nanshan.explanations).toEqual([
      '面积减少——违反“面积不减少”：现状 12.05 平方公里，基数 12.4 平方公里，减少 0.35 平方公里（2.8%）。',
    ]);
    expect(view.summary).toBe(
      '2025年共 5 个生态保护红线区；1 个突破红线：南山水源涵养红线区（面积比基数减少 0.35 平方公里）；4 个守住红线。',
    );
  });

  it('summarises the zones in words', () => {
    expect(redlineLayout(data, { lang: 'en' }).summary).toBe(
      '5 red-line zones in 2025; 1 breached: Nanshan water-conservation forest (area 0.35 km² below the baseline); 4 held.',
    );
    expect(redlineLayout(data, { lang: 'en', period: '2024' }).summary).toBe(
      '5 red-line zones in 2024; none breached; 5 held.',
    );
  });

  it('marks zones without an observation for the period as not observed, never as held', () => {
    const view = redlineLayout(data, { lang: 'en', period: '2020' });
    expect(view).toMatchObject({ total: 5, breached: 0, held: 0, unobserved: 5 });
    expect(view.periods).toEqual(['2020', '2023', '2024', '2025']);
    const zone = view.groups[0]!.zones[0]!;
    expect(zone.checks.map((c) => [c.current, c.change, c.state])).toEqual([
      ['—', '—', 'unobserved'],
      ['—', '—', 'unobserved'],
      ['—', '—', 'unobserved'],
    ]);
    expect(zone.chart.bars).toHaveLength(1);
    expect(zone.chart.missing).toMatchObject({ text: 'not observed in 2020' });
    expect(view.summary).toBe('5 red-line zones in 2020; none breached; 5 not observed in 2020.');
  });

  it('filters by unit, including the units under it', () => {
    expect(zoneIds(redlineLayout(data, { lang: 'en', unit: 'nanshan' }))).toEqual([['I', ['nanshan-forest']]]);
    expect(redlineLayout(data, { lang: 'en', unit: 'meixi' }).total).toBe(5);
    const none = redlineLayout(data, { lang: 'en', unit: 'dongcheng' });
    expect(none).toMatchObject({ total: 0, declared: 5, groups: [] });
    expect(none.units.map((u) => u.id)).toEqual(['xihu', 'dongcheng', 'nanshan', 'beiling', 'qingxi', 'gangkou']);
  });

  it('explains every breach kind with how much, breached zones first in their grade', () => {
    const view = redlineLayout(withObservation('qingxi-river', { area: 5.2, functionIndex: 0.7, nature: 'farmland' }), {
      lang: 'en',
    });
    expect(zoneIds(view)[1]).toEqual(['II', ['qingxi-river', 'xihu-wetland', 'gangkou-coast']]);
    const qingxi = view.groups[1]!.zones[0]!;
    expect(qingxi.breaches).toEqual(['functionDegraded', 'natureChanged']);
    expect(qingxi.checks.map((c) => c.state)).toEqual(['held', 'breached', 'breached']);
    // 0.74 − 0.70 = 0.04; 0.04 / 0.74 = 5.4 %.
    expect(qingxi.explanations).toEqual([
      'Function degraded — rule: function must not decline. Function index 0.7 against the baseline 0.74: 0.04 (5.4%) lower.',
      'Nature changed — rule: nature must not change. Land use was river, is now farmland.',
    ]);
    expect(qingxi.checks[2].change).toBe('river → farmland');
    expect(view.summary).toBe(
      '5 red-line zones in 2025; 2 breached: Nanshan water-conservation forest (area 0.35 km² below the baseline), ' +
        'Qingxi riparian zone (function index 0.04 below the baseline, nature changed from river to farmland); 3 held.',
    );
    const zh = redlineLayout(withObservation('qingxi-river', { area: 5.2, functionIndex: 0.7, nature: 'farmland' }), {
      lang: 'zh-CN',
    }).groups[1]!.zones[0]!;
    expect(zh.explanations[1]).toBe('性质改变——违反“性质不改变”：用地性质由河流变为耕地。');
  });

  it('does not mutate the bundle', () => {
    const before = structuredClone(data.bundle);
    redlineLayout(data, { lang: 'zh-CN', period: '2024', unit: 'meixi' });
    expect(data.bundle).toEqual(before);
  });
});

describe('redlineAreaChart', () => {
  it('draws Nanshan’s current bar short of the baseline mark by the lost 0.35 km²', () => {
    // Scale 0 … 12.4 km² onto 72 … 196 px: 12.4 → 196; 12.05 → 72 + 124 × 12.05 / 12.4 = 192.5.
    const chart = redlineLayout(data, { lang: 'en' }).groups[0]!.zones[0]!.chart;
    expect(chart.mark).toEqual({ x: 196, y1: 2, y2: 48 });
    expect(chart.bars.map((b) => [b.kind, b.x, b.width, b.label, b.value, b.valueX])).toEqual([
      ['baseline', 72, 124, 'Baseline', '12.4 km²', 202],
      ['current', 72, 120.5, '2025', '12.05 km²', 202],
    ]);
    expect(chart.shortfall).toEqual({ x: 192.5, y: 28, width: 3.5, height: 16 });
  });

  it('has no shortfall when the area is kept or grows, and the scale takes the larger area', () => {
    const kept = redlineLayout(data, { lang: 'en' }).groups[1]!.zones[2]!.chart; // Gangkou 3.9 → 3.9
    expect(kept.shortfall).toBeNull();
    expect(kept.bars.map((b) => b.width)).toEqual([124, 124]);
    // 10 → 12.5: the scale runs to 12.5, so the baseline ends at 72 + 124 × 10 / 12.5 = 171.2.
    const grown = redlineAreaChart(10, 12.5, { labels: ['B', 'C'], format: String });
    expect(grown.mark.x).toBe(171.2);
    expect(grown.bars[1]!.width).toBe(124);
    expect(grown.shortfall).toBeNull();
    expect(redlineAreaChart(0, 0, { labels: ['B', 'C'], format: String }).bars.map((b) => b.width)).toEqual([0, 0]);
  });
});

describe('redlineTable', () => {
  it('lists one row per zone in the order shown, numbers without units, breaches explained', () => {
    const twin = redlineTable(redlineLayout(data, { lang: 'en' }), 'en');
    expect(twin.caption).toBe('Ecological red lines · 2025');
    expect(twin.head).toEqual([
      'Control grade',
      'Zone',
      'Unit',
      'Status',
      'Area baseline (km²)',
      'Area now (km²)',
      'Area change (km²)',
      'Area status',
      'Function index baseline',
      'Function index now',
      'Function index change',
      'Function index status',
      'Land-use nature baseline',
      'Land-use nature now',
      'Land-use nature status',
      'Explanation',
    ]);
    expect(twin.rows.map((r) => r[1])).toEqual([
      'Nanshan water-conservation forest',
      'Beiling biodiversity zone',
      'Xihu wetland zone',
      'Qingxi riparian zone',
      'Gangkou coastal wetland',
    ]);
    expect(twin.rows.every((r) => r.length === twin.head.length)).toBe(true);
    expect(twin.rows[0]).toEqual([
      'I',
      'Nanshan water-conservation forest',
      'Nanshan District',
      'Red line breached',
      '12.4',
      '12.05',
      '-0.35',
      'Breached',
      '0.86',
      '0.87',
      '+0.01',
      'Held',
      'forest',
      'forest',
      'Held',
      'Area reduced — rule: area must not decrease. 12.05 km² against the baseline 12.4 km²: 0.35 km² (2.8%) less.',
    ]);
    expect(twin.rows[1]!.slice(3, 8)).toEqual(['Red line held', '21.3', '21.3', '0', 'Held']);
  });

  it('speaks Chinese', () => {
    const twin = redlineTable(redlineLayout(data, { lang: 'zh-CN' }), 'zh-CN');
    expect(twin.caption).toBe('生态保护红线 · 2025年');
    expect(twin.head.slice(0, 6)).toEqual([
      '管控级别',
      '红线区',
      '责任单位',
      '状态',
      '面积基数（平方公里）',
      '面积现状（平方公里）',
    ]);
    expect(twin.rows[0]!.slice(0, 4)).toEqual(['I', '南山水源涵养红线区', '南山区', '突破红线']);
  });
});

describe('compareGrades', () => {
  it('orders Roman and Arabic grades by value, other names last', () => {
    expect(['II', 'IX', 'core', 'I', 'IV'].sort(compareGrades)).toEqual(['I', 'II', 'IV', 'IX', 'core']);
    expect(['3', '1', '2'].sort(compareGrades)).toEqual(['1', '2', '3']);
  });
});
