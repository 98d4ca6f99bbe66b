import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessBundle, parseFramework, readObservationsCsv, statusLabels } from '@eco-reform/core';
import { scorecardLayout } from './scorecard.layout.js';
import { assessmentParser } from '../../shared/assessment-data.js';

/** The expected text with the no-break spaces cellWording puts after a number and before one. */
const nb = (s: string): string =>
  s.replace(/(\d) (?=\S)/g, '$1\u00a0').replace(/(at least|at most|exactly|about|[\u4e00-\u9fff]) (?=\d)/g, '$1\u00a0');

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../../examples/meixi/${name}`, import.meta.url)), 'utf8');
const f = parseFramework(JSON.parse(read('framework.json')));
const o = readObservationsCsv(read('observations.csv'));
if (!f.ok || !o.ok) throw new Error('the example must parse');
const assessed = assessBundle({ framework: f.value, observations: o.value }, { period: '2025' });
const assessment = { assessment: assessed, bundle: null };
const bundle = {
  assessment: assessed,
  bundle: { framework: f.value, observations: o.value, reports: JSON.parse(read('reports.json')) },
};

describe('scorecardLayout', () => {
  it('shows a unit’s total, grade and rank formatted for Chinese', () => {
    const view = scorecardLayout(assessment, { unit: 'gangkou', lang: 'zh-CN', expanded: new Set() })!;
    expect(view).toMatchObject({
      unit: 'gangkou',
      name: '港口区',
      period: '2025',
      total: '54.1',
      grade: '不合格',
      rank: '第 6 / 6 名',
    });
    // Industry: industrial clusters at 2 of a planned 2.67 (the 2025 milestone) is limited, not moderate.
    expect(view.rows.map((r) => [r.id, r.kind, r.status])).toEqual([
      ['space', 'area', 'limited'],
      ['env', 'area', 'deteriorating'],
      ['industry', 'area', 'limited'],
    ]);
    expect(view.rows.find((r) => r.id === 'env')!.score).toBe('27.8');
  });

  it('lists an expanded area’s indicators right after it, with values and statuses', () => {
    const view = scorecardLayout(assessment, { unit: 'gangkou', lang: 'en', expanded: new Set(['env']) })!;
    const ids = view.rows.map((r) => r.id);
    expect(ids.slice(ids.indexOf('env'), ids.indexOf('env') + 3)).toEqual([
      'env',
      'eia-rate',
      'polluting-firms-closed',
    ]);
    const pm25 = view.rows.find((r) => r.id === 'pm25')!;
    expect(pm25).toMatchObject({ kind: 'indicator', depth: 1, value: '42.8' });
    expect(view.rows.find((r) => r.id === 'backup-water')!.value).toBe('no');
    expect(view.rank).toBe('6 of 6');
  });

  it('gives an area the worst status of its indicators and falls back to the first unit', () => {
    const view = scorecardLayout(assessment, { unit: 'nowhere', lang: 'en', expanded: new Set() })!;
    expect(view.unit).toBe('xihu');
    const statuses = ['deteriorating', 'limited', 'moderate', 'onTrack', 'achieved', 'noData'];
    for (const r of view.rows) expect(statuses).toContain(r.status);
  });

  it('adds target, gap, completion share, trend and responsible unit when the data is a bundle', () => {
    const view = scorecardLayout(bundle, { unit: 'gangkou', lang: 'en', expanded: new Set(['env']) })!;
    const pm25 = view.rows.find((r) => r.id === 'pm25')!;
    expect(view.detailed).toBe(true);
    expect(pm25).toMatchObject({
      value: nb('42.8 µg/m³'),
      target: nb('at most 32 µg/m³'),
      gap: nb('10.8 µg/m³ above the ceiling'),
      completion: nb('133.8% of the ceiling'),
    });
    expect(pm25.responsible).not.toBe('—');
    expect(pm25.trend === null || /^(improving|worsening|flat) for \d+ years? in a row$/.test(pm25.trend.label)).toBe(
      true,
    );
    // Without the bundle the same row has no target or trend to show.
    const bare = scorecardLayout(assessment, { unit: 'gangkou', lang: 'en', expanded: new Set(['env']) })!.rows.find(
      (r) => r.id === 'pm25',
    )!;
    expect(bare).toMatchObject({ value: '42.8', target: '—', gap: '—', completion: '', trend: null });
  });

  it('draws the trend from the value the assessment scores for each year, a later revision replacing an earlier one', () => {
    const trendOf = (observations: typeof o.value) => {
      const b = { ...bundle.bundle, observations };
      const view = scorecardLayout(
        { assessment: assessBundle(b, { period: '2025' }), bundle: b },
        { unit: 'gangkou', lang: 'en', expanded: new Set(['env']) },
      )!;
      return view.rows.find((r) => r.id === 'pm25')!.trend;
    };
    const pm25 = o.value.filter((x) => x.unit === 'gangkou' && x.indicator === 'pm25' && /^\d{4}$/.test(x.period));
    const last = pm25.reduce((a, b) => (a.period > b.period ? a : b));
    const before = pm25.filter((x) => x.period < last.period).reduce((a, b) => (a.period > b.period ? a : b));
    // A revision of the latest year that makes it better than the year before turns the arrow up,
    // whichever order the two rows of that year come in.
    const better = { ...last, value: (before.value as number) - 10, revision: 1 };
    for (const rows of [
      [...o.value, better],
      [better, ...o.value],
    ]) {
      expect(trendOf(rows)?.label).toBe('improving for 1 year in a row');
    }
  });

  it('rolls indicator statuses up to goals, worst first, with counts in words', () => {
    const view = scorecardLayout(bundle, { unit: 'gangkou', lang: 'zh-CN', expanded: new Set() })!;
    expect(view.goals.length).toBe(bundle.bundle.framework.goals.length);
    for (const g of view.goals) expect(g.counts).toMatch(/^(—|\d+ \S+( · \d+ \S+)*)$/);
  });

  it('counts a goal’s statuses in the core’s status labels, the words of the status column', () => {
    for (const [lang, key] of [
      ['zh-CN', 'zh'],
      ['en', 'en'],
    ] as const) {
      const view = scorecardLayout(bundle, { unit: 'gangkou', lang, expanded: new Set() })!;
      const words = new Set(Object.values(statusLabels).map((l) => l[key]));
      for (const g of view.goals) {
        if (g.counts === '—') continue;
        for (const part of g.counts.split(' · ')) expect(words.has(part.replace(/^\d+ /, ''))).toBe(true);
      }
    }
    const design = scorecardLayout(bundle, { unit: 'gangkou', lang: 'zh-CN', expanded: new Set() })!.goals[0]!;
    expect(design.counts).not.toMatch(/已达标|进展正常|略有滞后|明显滞后|倒退|无数据/);
  });

  it('shows the target the assessment stored for the cell, with the declared comparator', () => {
    const m = assessed.indicators.length;
    const cell = (unit: string, id: string) =>
      assessed.units.findIndex((x) => x.id === unit) * m + assessed.indicators.findIndex((x) => x.id === id);
    const row = (unit: string, id: string) =>
      scorecardLayout(bundle, { unit, lang: 'en', expanded: new Set(), view: 'indicators' })!.rows.find(
        (r) => r.id === id,
      )!;
    // Gangkou's PM2.5 in 2025: the 2025 milestone, 32 (≤). Nanshan is mountainous: forest coverage ≥ its class target 68.
    expect(assessed.cells.target[cell('gangkou', 'pm25')]).toBe(32);
    expect(row('gangkou', 'pm25').target).toBe(nb('at most 32 µg/m³'));
    expect(assessed.cells.target[cell('nanshan', 'forest-coverage')]).toBe(68);
    expect(row('nanshan', 'forest-coverage').target).toBe(nb('at least 68%'));
  });

  describe('words the three cells issue #21 found misleading, through the core’s cellWording', () => {
    const row = (id: string, lang: 'zh-CN' | 'en') =>
      scorecardLayout(bundle, { unit: 'gangkou', lang, expanded: new Set(), view: 'indicators' })!.rows.find(
        (r) => r.id === id,
      )!;
    it('a miss on lower-is-better PM2.5 reads as above the ceiling, not as "+10.8 (133.8%)"', () => {
      expect(row('pm25', 'zh-CN')).toMatchObject({
        target: nb('不高于 32 微克/立方米'),
        gap: nb('超出上限 10.8 微克/立方米'),
        completion: nb('为上限的 133.8%'),
      });
    });
    it('the yes/no backup water source reads as required, not as "否 / ≥ 是"', () => {
      expect(row('backup-water', 'zh-CN')).toMatchObject({
        value: '否',
        target: '须达到：是',
        gap: '未达标',
        completion: '',
      });
      expect(row('backup-water', 'en')).toMatchObject({ value: 'no', target: 'yes required', gap: 'not met' });
    });
    it('the count of polluting firms closed reads as a whole count, not as "≥ 33.3"', () => {
      const firms =
        assessed.cells.target[
          assessed.units.findIndex((x) => x.id === 'gangkou') * assessed.indicators.length +
            assessed.indicators.findIndex((x) => x.id === 'polluting-firms-closed')
        ];
      expect(firms).toBe(33.33);
      expect(row('polluting-firms-closed', 'zh-CN').target).toBe(nb('不少于 34 家'));
      expect(row('polluting-firms-closed', 'en').target).toBe(nb('at least 34 firms'));
      expect(row('polluting-firms-closed', 'en').value).toMatch(/^\d+\u00a0firms$/);
    });
  });

  it('shows no target, gap or completion for an indicator scored relative to the units, and the status noTarget', () => {
    // cluster-share as a published index writes it: min–max over the districts, no baseline, target or milestones.
    const doc = JSON.parse(read('framework.json'));
    const ind = doc.indicators.find((i: { id: string }) => i.id === 'cluster-share');
    for (const key of ['baseline', 'target', 'milestones']) delete ind[key];
    Object.assign(ind, { attribute: 'reference', scoring: { method: 'minMax' } });
    const g = parseFramework(doc);
    if (!g.ok) throw new Error(JSON.stringify(g.issues));
    const relative = assessBundle({ framework: g.value, observations: o.value }, { period: '2025' });
    const view = scorecardLayout(
      { assessment: relative, bundle: { framework: g.value, observations: o.value, reports: [] } },
      { unit: 'gangkou', lang: 'en', expanded: new Set(), view: 'indicators' },
    )!;
    const row = view.rows.find((r) => r.id === 'cluster-share')!;
    expect([row.target, row.gap, row.completion, row.status]).toEqual(['—', '—', '', 'noTarget']);
  });

  it('lists every indicator flat, sorted by score, and filters by status', () => {
    const view = scorecardLayout(assessment, {
      unit: 'gangkou',
      lang: 'en',
      expanded: new Set(),
      view: 'indicators',
      sort: 'score-desc',
    })!;
    expect(view.rows).toHaveLength(assessed.indicators.length);
    const scores = view.rows.map((r) => r.sortScore).filter((x): x is number => x !== null);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const limited = scorecardLayout(assessment, {
      unit: 'gangkou',
      lang: 'en',
      expanded: new Set(),
      view: 'indicators',
      filter: 'limited',
    })!;
    expect(limited.rows.length).toBeGreaterThan(0);
    expect(limited.rows.every((r) => r.status === 'limited')).toBe(true);
  });

  it('opens the areas that hold a filtered status and hides the rest', () => {
    const view = scorecardLayout(assessment, {
      unit: 'gangkou',
      lang: 'en',
      expanded: new Set(),
      filter: 'deteriorating',
    })!;
    expect(view.rows.filter((r) => r.kind === 'indicator').every((r) => r.status === 'deteriorating')).toBe(true);
    expect(view.rows.some((r) => r.kind === 'indicator')).toBe(true);
  });

  it('sorts by status with the worst first', () => {
    const view = scorecardLayout(assessment, {
      unit: 'gangkou',
      lang: 'en',
      expanded: new Set(),
      view: 'indicators',
      sort: 'status',
    })!;
    const order = ['deteriorating', 'limited', 'moderate', 'onTrack', 'achieved', 'noData'];
    const ranks = view.rows.map((r) => order.indexOf(r.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('shows the measures with owner, doer and checker and the status of their current node', () => {
    const view = scorecardLayout(bundle, {
      unit: 'gangkou',
      lang: 'en',
      expanded: new Set(),
      view: 'measures',
      asOf: '2025-12-31',
    })!;
    // Gangkou leads its own share of the city's rural-sewage task (区县分解), with its head answerable.
    expect(view.rows.map((r) => r.id)).toEqual(['rural-sewage-gangkou']);
    const share = view.rows[0]!;
    expect(share.people!.owner).toMatch(/^Head of Gangkou District \(/);
    expect(share.people!.checker).toContain('Supervision Office');
    expect(share.status).toBe('lagging');
  });
});

describe("assessmentParser (the scorecard's data)", () => {
  const parse = assessmentParser(() => null);
  it('takes a precomputed assessment read back from JSON, validated by the core', () => {
    const r = parse(JSON.parse(JSON.stringify(assessed)));
    expect(r.ok && r.value.assessment.results).toEqual(JSON.parse(JSON.stringify(assessed.results)));
  });

  it('refuses one with the format marker and no cells, naming the path, instead of failing later in a layout', () => {
    const { cells: _cells, ...noCells } = JSON.parse(JSON.stringify(assessed)) as Record<string, unknown>;
    const r = parse(noCells);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.details.join('\n')).toMatch(/at cells/);
  });

  it('refuses an assessment of another format version as such, saying which one it reads', () => {
    const r = parse({ ...JSON.parse(JSON.stringify(assessed)), format: 'eco-reform.assessment/1' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.details[0]).toContain('expected format "eco-reform.assessment/2", got format "eco-reform.assessment/1"');
  });
});
