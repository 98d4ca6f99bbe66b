import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assessBundle,
  parseBundle,
  parseFramework,
  readObservationsCsv,
  roundDecimal,
  type Assessment,
} from '@eco-reform/core';
import { assessBundleShared } from '../../shared/bundle-data.js';
import { breakdownLayout, breakdownSteps } from './breakdown.layout.js';
import { breakdownTable } from './breakdown.table.js';

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../../examples/meixi/${name}`, import.meta.url)), 'utf8');
const f = parseFramework(JSON.parse(read('framework.json')));
const o = readObservationsCsv(read('observations.csv'));
if (!f.ok || !o.ok) throw new Error('the example must parse');
const framework = f.value;
const observations = o.value;
// Flags exercise the rules the example's data alone never fires: a bonus and a deduction for
// Dongcheng, a grade cap for Xihu (otherwise 优秀).
const flags = { dongcheng: ['nationalHonour', 'verifiedComplaint'], xihu: ['majorIncident'] };
const run = (period: string, withFlags = false): Assessment =>
  assessBundle({ framework, observations }, { period, ...(withFlags ? { flags } : {}) });
const a2025 = run('2025');
const flagged = run('2025', true);
const data = (assessment: Assessment) => ({ assessment, bundle: null });

describe('breakdownSteps', () => {
  it("gets the bonuses, deductions and caps from a bundle's own flags, scored exactly as the CLI scores them", () => {
    const bundle = parseBundle({
      ...(JSON.parse(read('bundle.json')) as object),
      flags: [
        { unit: 'xihu', period: '2025', flag: 'majorIncident' },
        { unit: 'dongcheng', period: '2025', flag: 'verifiedComplaint' },
        { unit: 'dongcheng', period: '2025', flag: 'nationalHonour' },
        { unit: 'gangkou', period: '2024', flag: 'verifiedComplaint' },
      ],
    });
    if (!bundle.ok) throw new Error('the flagged bundle must parse');
    const scored = assessBundleShared(bundle.value, '2025');
    expect(scored.fingerprint).toBe(flagged.fingerprint);
    expect(JSON.stringify(scored.results)).toBe(JSON.stringify(flagged.results));
    expect(
      breakdownSteps(scored, 'dongcheng')!
        .steps.filter((s) => s.kind === 'bonus' || s.kind === 'deduction')
        .map((s) => s.kind),
    ).toEqual(['bonus', 'deduction']);
  });

  it('draws what the assessment recorded for each rule and unit, not a grade rule decided again', () => {
    const tampered = JSON.parse(JSON.stringify(flagged)) as Assessment;
    const xihu = tampered.results.find((r) => r.unit === 'xihu')!;
    const cap = xihu.rules.find((r) => r.kind === 'gradeCap')!;
    expect(breakdownSteps(flagged, 'xihu')!.steps.find((s) => s.id === cap.rule)!.effect).toBe('capped');
    cap.effect = 'none';
    xihu.gradeByPoints = 'good';
    xihu.subtotalUnrounded = 12.5;
    const b = breakdownSteps(tampered, 'xihu')!;
    expect(b.steps.find((s) => s.id === cap.rule)!.effect).toBe('none');
    expect([b.gradeByTotal, b.subtotal]).toEqual(['good', 12.5]);
  });

  it('adds up, with the scheme’s own rounding, to the published total of every unit of the example city', () => {
    const { digits, mode } = a2025.scheme.rounding;
    expect([digits, mode]).toEqual([1, 'halfUp']);
    let checked = 0;
    for (const assessment of [run('2020'), run('2021'), run('2024'), a2025, run('2024', true), flagged]) {
      for (const result of assessment.results) {
        const b = breakdownSteps(assessment, result.unit)!;
        const changes = b.steps.reduce((sum, s) => sum + (s.change ?? 0), 0);
        expect(roundDecimal(changes, digits, mode), `${assessment.period} ${result.unit}`).toBe(result.total);
        expect(b.steps.at(-1)).toMatchObject({ kind: 'total', from: 0, to: result.total });
        // The subtotal bar ends where the area bars end, and the last rule ends at the unrounded total.
        const areas = b.steps.filter((s) => s.kind === 'area');
        expect(b.steps.find((s) => s.kind === 'subtotal')!.to).toBeCloseTo(areas.at(-1)!.to!, 9);
        expect(b.steps.at(-2)!.to).toBeCloseTo(result.totalUnrounded!, 9);
        checked++;
      }
    }
    expect(checked).toBe(36);
  });

  it('starts at 0, adds each top-level area’s recorded points in framework order, then the rules in the order they fired', () => {
    // Nanshan 2025: space 84.8575… × 0.35 = 29.7001; env 98.4477… × 0.40 = 39.3791; industry 100 × 0.25 = 25.
    const b = breakdownSteps(a2025, 'nanshan')!;
    expect(b.steps.map((s) => [s.kind, s.id])).toEqual([
      ['area', 'space'],
      ['area', 'env'],
      ['area', 'industry'],
      ['subtotal', 'subtotal'],
      ['veto', 'redline-veto'],
      ['cap', 'binding'],
      ['total', 'total'],
    ]);
    expect(b.steps[0]!.from).toBe(0);
    expect(b.steps[0]!.change).toBeCloseTo(29.7001, 4);
    expect(b.steps[1]!.from).toBeCloseTo(29.7001, 4);
    expect(b.steps[1]!.to).toBeCloseTo(29.7001 + 39.3791, 4);
    expect(b.steps[3]!.to).toBeCloseTo(94.0792, 4);
  });

  it('marks the red-line veto as forcing Fail although the total alone reaches Excellent, and the cap it overrides as without effect', () => {
    const b = breakdownSteps(a2025, 'nanshan')!;
    expect(b).toMatchObject({ total: 94.1, grade: 'fail', gradeByTotal: 'excellent' });
    expect(b.steps[4]).toMatchObject({ kind: 'veto', change: null, grade: 'fail', effect: 'forced' });
    expect(b.steps[5]).toMatchObject({ kind: 'cap', change: null, grade: 'good', effect: 'none' });
    // A marker leaves the running total where it was.
    expect(b.steps[4]!.from).toBe(b.steps[3]!.to);
    expect(b.steps[4]!.to).toBe(b.steps[3]!.to);
  });

  it('marks a grade cap as capping when the total alone would be better than the cap', () => {
    // Xihu 2025 with a major incident: 98.2 reaches Excellent; the cap makes it Good.
    const b = breakdownSteps(flagged, 'xihu')!;
    expect(b).toMatchObject({ total: 98.2, grade: 'good', gradeByTotal: 'excellent' });
    expect(b.steps.find((s) => s.kind === 'cap')).toMatchObject({
      id: 'major-incident',
      grade: 'good',
      effect: 'capped',
    });
  });

  it('moves the running total by each bonus and deduction the assessment recorded', () => {
    // Dongcheng 2025: areas 96.5673, + 2 (honour) = 98.5673, − 1 (complaint) = 97.5673 → 97.6.
    const b = breakdownSteps(flagged, 'dongcheng')!;
    const bonus = b.steps.find((s) => s.kind === 'bonus')!;
    const deduction = b.steps.find((s) => s.kind === 'deduction')!;
    expect(bonus.change).toBe(2);
    expect(bonus.from).toBeCloseTo(96.5673, 4);
    expect(deduction).toMatchObject({ change: -1 });
    expect(deduction.to).toBeCloseTo(97.5673, 4);
    expect(b.total).toBe(97.6);
  });

  it('keeps the areas’ scores but attributes no points when the top-level aggregation is not additive', () => {
    const copy = structuredClone(a2025) as Assessment;
    for (const area of copy.results[0]!.areas) area.points = null;
    const b = breakdownSteps(copy, copy.results[0]!.unit)!;
    expect(b.additive).toBe(false);
    expect(b.steps.filter((s) => s.kind === 'area').every((s) => s.change === null && s.score !== null)).toBe(true);
    expect(b.steps.find((s) => s.kind === 'subtotal')!.to).toBe(copy.results[0]!.totalUnrounded);
  });

  it('returns null for a unit the assessment does not have, and does not mutate the assessment', () => {
    const before = JSON.stringify(a2025.results);
    expect(breakdownSteps(a2025, 'nowhere')).toBeNull();
    breakdownSteps(a2025, 'nanshan');
    breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'en' });
    expect(JSON.stringify(a2025.results)).toBe(before);
  });
});

describe('breakdownLayout', () => {
  it('formats the steps of Nanshan 2025 in English: signed changes, running totals and the published total', () => {
    const view = breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'en' })!;
    expect(view).toMatchObject({
      unit: 'nanshan',
      name: 'Nanshan District',
      period: '2025',
      total: '94.1',
      grade: 'Fail',
      rank: '3 of 6',
    });
    expect(view.rows.map((r) => [r.kindLabel, r.change, r.running])).toEqual([
      ['Area points', '+29.70', '29.70'],
      ['Area points', '+39.38', '69.08'],
      ['Area points', '+25.00', '94.08'],
      ['Subtotal', '', '94.08'],
      ['Veto', '', '94.08'],
      ['Grade cap', '', '94.08'],
      ['Total', '', '94.1'],
    ]);
    expect(view.rows[4]!.marker).toBe('Veto → Fail');
    expect(view.rows[5]!.marker).toBe('At most Good (no effect)');
    expect(view.rows[4]!.label).toBe('Red-line zone reduced, degraded or changed in nature: veto');
  });

  it('lays the waterfall out on a 0–100 scale: bars from their running start to their end, markers at the running total', () => {
    // Width 640: names get 38 % (243 px); the widest value text, "94.1 · Fail" (11 × 6.96 px), plus 10 px
    // is kept on the right (87 px), so the plot runs 243 → 553 and one point is 3.1 px.
    const c = breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'en', width: 640 })!.chart;
    expect(c.plot).toEqual({ left: 243, right: 553, top: 4, bottom: 214 });
    expect(c.height).toBe(240);
    expect(c.ticks).toEqual([0, 20, 40, 60, 80, 100].map((v) => ({ x: 243 + v * 3.1, label: String(v) })));
    // Space: 0 → 29.7001 ends at 243 + 92.07 = 335.07, an arrow tip of 6 px pointing right; row 0 is y 10–28.
    expect(c.bars[0]!.d).toBe('M243,10H329.07L335.07,19L329.07,28H243Z');
    expect(c.bars[0]!.value).toEqual({ x: 341.07, y: 19, text: '+29.70', anchor: 'start' });
    // The total bar runs from 0 to the published 94.1: 243 + 291.71.
    expect(c.bars[6]!.d).toBe('M243,190H534.71V208H243Z');
    expect(c.bars[6]!.value.text).toBe('94.1 · Fail');
    // The veto's marker stands at the unrounded running total, 94.0792 → 243 + 291.65.
    expect(c.bars[4]!.marker).toMatchObject({ x: 534.65, y1: 125, y2: 153, effective: true });
    expect(c.bars[5]!.marker!.effective).toBe(false);
    expect(c.bars[4]!.d).toBe('');
    // A long rule name is cut to fit, the whole name kept for the tooltip.
    expect(c.bars[4]!.label.text).toMatch(/…$/);
    expect(c.bars[4]!.label.full).toBe('Red-line zone reduced, degraded or changed in nature: veto');
    // One connector between each pair of neighbouring steps.
    expect(c.connectors).toHaveLength(6);
    expect(c.connectors[0]).toEqual({ x: 335.07, y1: 28, y2: 40 });
  });

  it('keeps every text inside a narrow chart, cutting a marker’s words to the room its row has', () => {
    const c = breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'en', width: 320 })!.chart;
    const width = (t: string) => [...t].length * 12 * 0.58; // Latin text: 0.58 em at 12 px
    for (const b of c.bars) {
      if (b.value.anchor === 'start') expect(b.value.x + width(b.value.text)).toBeLessThanOrEqual(320);
      else expect(b.value.x - width(b.value.text)).toBeGreaterThanOrEqual(c.plot.left);
      expect(b.label.x - width(b.label.text)).toBeGreaterThanOrEqual(0);
    }
    expect(c.bars[5]!.value.text).toMatch(/^At most Good.*…$/);
  });

  it('draws a deduction as a bar pointing left, from the running total down', () => {
    const view = breakdownLayout(data(flagged), { unit: 'dongcheng', lang: 'en', width: 640 })!;
    const k = view.rows.findIndex((r) => r.kind === 'deduction');
    expect(view.rows[k]).toMatchObject({ change: '-1.00', running: '97.57', sign: 'down' });
    const bar = view.chart.bars[k]!;
    expect(bar.sign).toBe('down');
    // The path starts at the right (98.57) and its tip is the leftmost point (97.57).
    const xs = [...bar.d.matchAll(/[MHL]([\d.]+)/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBeGreaterThan(xs[2]!);
    expect(Math.min(...xs)).toBe(xs[2]);
  });

  it('sums the breakdown up in one sentence in each language', () => {
    expect(breakdownLayout(data(flagged), { unit: 'dongcheng', lang: 'en' })!.summary).toBe(
      'Dongcheng District 2025: 97.6 = areas 96.6 + bonuses 2.0 − deductions 1.0; grade Excellent.',
    );
    expect(breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'en' })!.summary).toBe(
      'Nanshan District 2025: 94.1 = areas 94.1; grade Fail (veto: Red-line zone reduced, degraded or changed in nature: veto).',
    );
    expect(breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'zh-CN' })!.summary).toBe(
      '南山区 2025年：94.1 = 各领域 94.1；等次为不合格（一票否决：生态保护红线面积减少、功能降低或性质改变，一票否决）。',
    );
    expect(breakdownLayout(data(flagged), { unit: 'xihu', lang: 'en' })!.summary).toBe(
      'Xihu District 2025: 98.2 = areas 98.2; grade Good (capped: A major environmental incident: cannot be rated excellent).',
    );
  });

  it('explains every step with the core’s explain(): an area’s indicators, a rule’s evidence, the rounding of the total', () => {
    const view = breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'en' })!;
    expect(view.rows.every((r) => r.why.length > 0)).toBe(true);
    expect(view.rows[0]!.why[0]).toBe(
      "Score 84.86 (0–100), 35% of its parent's weight, contributing 29.70 points; the weighted aggregate of 8 indicators.",
    );
    expect(view.rows[0]!.why).toHaveLength(9);
    expect(view.rows[3]!.why[0]).toContain('29.70 + 39.38 + 25.00 = 94.08');
    expect(view.rows[4]!.why).toEqual([
      'Veto: Red-line zone reduced, degraded or changed in nature: veto (red-line breach: Nanshan water-conservation forest).',
      'The grade is forced to Fail; the total alone, 94.1, reaches Excellent. The total itself is not changed.',
    ]);
    expect(view.rows[6]!.why[0]).toMatch(/^Nanshan District scored 94\.1 in 2025: Fail/);
    expect(view.rows[6]!.why[1]).toBe('Before rounding 94.0792; the scheme keeps 1 decimal (half up): 94.1.');
    const zh = breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'zh-CN' })!;
    expect(zh.rows[4]!.why[1]).toBe('等次定为不合格；仅按总分 94.1 应为优秀。总分本身不变。');
    expect(zh.rows[5]!.marker).toBe('至多良好（未起作用）');
  });

  it('falls back to the first unit and says there is no total when the assessment has none', () => {
    expect(breakdownLayout(data(a2025), { unit: 'nowhere', lang: 'en' })!.unit).toBe('xihu');
    const copy = structuredClone(a2025) as Assessment;
    Object.assign(copy.results[0]!, { total: null, totalUnrounded: null, grade: null, rank: null });
    const view = breakdownLayout(data(copy), { unit: 'xihu', lang: 'en' })!;
    expect(view.total).toBe('no total');
    expect(view.summary).toBe('Xihu District 2025: no total; no grade.');
    expect(view.chart.bars.at(-1)!.d).toBe('');
    expect(breakdownLayout(data({ ...copy, units: [], results: [] }), { lang: 'en' })).toBeNull();
  });
});

describe('breakdownTable', () => {
  it('lists every step with kind, change, running total and its explanation, as on screen', () => {
    const view = breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'en' })!;
    const twin = breakdownTable(view, 'en');
    expect(twin.caption).toBe('Nanshan District · 2025 · How the total is built');
    expect(twin.head).toEqual(['Step', 'Kind', 'Change', 'Running total', 'Explanation']);
    expect(twin.rows).toHaveLength(7);
    expect(twin.rows.every((r) => r.length === twin.head.length)).toBe(true);
    expect(twin.rows[0]!.slice(0, 4)).toEqual(['Ecological space', 'Area points', '+29.70', '29.70']);
    expect(twin.rows[4]![4]).toMatch(/^Veto → Fail\. Veto: Red-line zone/);
    expect(twin.rows[6]!.slice(0, 4)).toEqual(['Total', 'Total', '', '94.1']);
    const zh = breakdownTable(breakdownLayout(data(a2025), { unit: 'nanshan', lang: 'zh-CN' })!, 'zh-CN');
    expect(zh.head).toEqual(['步骤', '类型', '增减', '累计', '说明']);
    expect(zh.rows[4]!.slice(0, 2)).toEqual(['生态保护红线面积减少、功能降低或性质改变，一票否决', '一票否决']);
  });
});
