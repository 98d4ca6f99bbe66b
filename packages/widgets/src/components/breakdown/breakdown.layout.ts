import { ticks as tickValues } from 'd3-array';
import { explain, type Lang, type LocalizedLabel, type Assessment, type RuleFired } from '@eco-reform/core/display';
import { linearScale } from '../../shared/linear-scale.js';
import type { ScorecardData } from '../../shared/assessment-data.js';
import { breakdownSummary, breakdownText, stepExplanations } from './breakdown.text.js';

/**
 * Which way a step moves the running total: `up`, `down`, or `none` (markers, subtotal, total).
 *
 * @category Layout
 * @example
 * const sign: BreakdownSign = 'down'; // a deduction
 */
export type BreakdownSign = 'up' | 'down' | 'none';

/**
 * One step as text, as the table shows it.
 *
 * @category Layout
 * @example
 * breakdownLayout(data, { unit: 'nanshan', lang: 'en' })!.rows[0]
 * //=> { kind: 'area', id: 'space', label: 'Ecological space', kindLabel: 'Area points', change: '+29.70', running: '29.70', sign: 'up', why: ['Score 84.86 …', …] }
 */
export interface BreakdownRow {
  kind: BreakdownStepKind;
  id: string;
  label: string;
  kindLabel: string;
  /** Signed points (`+29.70`, `-1.00`); empty for markers, the subtotal and the total. */
  change: string;
  /** The running total after the step; the total row has the published total. */
  running: string;
  sign: BreakdownSign;
  /** Markers: what they say on the chart, e.g. `Veto → Fail`. */
  marker: string;
  /** The step's explanation, a line per sentence or indicator. */
  why: string[];
}

/**
 * One row of the waterfall in SVG coordinates: the bar (an arrow-ended path for a change, a plain
 * bar from 0 for the subtotal and the total), its name on the left, its value or marker text on
 * the right, and for a veto or cap the marker's line and symbol.
 *
 * @category Layout
 * @example
 * breakdownLayout(data, { unit: 'nanshan', lang: 'en', width: 640 })!.chart.bars[0].d //=> 'M243,10H329.07L335.07,19L329.07,28H243Z'
 */
export interface BreakdownBar {
  kind: BreakdownStepKind;
  sign: BreakdownSign;
  /** The bar's path; empty for markers and for steps without numbers. */
  d: string;
  /** The step's name at the left, cut to fit; `full` is the whole name when it was cut. */
  label: { x: number; y: number; text: string; full: string | null };
  /** The change, subtotal, total or marker text next to the bar. */
  value: { x: number; y: number; text: string; anchor: 'start' | 'end' };
  /** Veto and cap markers: a vertical line at the running total and a symbol (⊘ veto, ⊤ cap). */
  marker: { x: number; y1: number; y2: number; symbol: string; effective: boolean } | null;
}

/**
 * The waterfall's geometry: plain numbers and path strings, rounded to 2 decimals.
 *
 * @category Layout
 * @example
 * breakdownLayout(data, { unit: 'nanshan', lang: 'en', width: 640 })!.chart.ticks.map((t) => t.label) //=> ['0', '20', '40', '60', '80', '100']
 */
export interface BreakdownChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The x position of 0. */
  zero: number;
  ticks: Array<{ x: number; label: string }>;
  bars: BreakdownBar[];
  /** Dashed links from one step's end to the next step's start. */
  connectors: Array<{ x: number; y1: number; y2: number }>;
}

/**
 * What the breakdown shows for one unit, every number already formatted for the language.
 *
 * @category Layout
 * @example
 * breakdownLayout(data, { unit: 'nanshan', lang: 'en' })
 * //=> { unit: 'nanshan', name: 'Nanshan District', period: '2025', total: '94.1', grade: 'Fail', rank: '3 of 6', rows: […], chart: {…}, summary: '…' }
 */
export interface BreakdownView {
  units: Array<{ id: string; name: string }>;
  unit: string;
  name: string;
  period: string;
  total: string;
  grade: string;
  rank: string;
  rows: BreakdownRow[];
  chart: BreakdownChart;
  summary: string;
}

/**
 * Options of {@link breakdownLayout}.
 *
 * @category Layout
 * @example
 * const options: BreakdownLayoutOptions = { unit: 'nanshan', lang: 'zh-CN', width: 480 };
 */
export interface BreakdownLayoutOptions {
  /** The unit; default (and for an unknown id) the first one. */
  unit?: string | null;
  lang: Lang;
  /** Width of the SVG in CSS pixels; default 640. */
  width?: number;
}

const ROW = 30;
const BAR = 18;
const TOP = 4;
const AXIS = 26;
const FONT = 12;
const r2 = (v: number): number => Math.round(v * 100) / 100 + 0;
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
/** Width of a 12 px label, estimated: CJK and full-width characters are square, the rest ~0.58 em. */
const textWidth = (text: string): number => [...text].reduce((w, c) => w + (CJK.test(c) ? FONT : FONT * 0.58), 0);
/** The text cut with "…" to fit `width` pixels. */
function fit(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = '';
  for (const c of text) {
    if (textWidth(`${out}${c}…`) > width) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Builds the auditor's view of how one unit's total is made, from the assessment's trace
 * ({@link breakdownSteps}, nothing re-scored): the rows (step, kind, signed change, running total,
 * the "why" from `explain()`), the waterfall's geometry (a row per step, bars from their running
 * start to their end on a scale from 0 to the scheme's total points, changes as arrow-ended bars
 * pointing the way they move the total, vetoes and caps as markers), the axis ticks and a one-line
 * summary. The total row and bar carry the published total, rounded as the scheme says. Pure: no
 * DOM, tested in Node.
 *
 * @category Layout
 * @param data - The assessment (and the bundle, unused here).
 * @param options - **unit**, **lang**, **width**.
 * @returns The view, or `null` when the assessment has no units.
 * @example
 * breakdownLayout({ assessment, bundle: null }, { unit: 'nanshan', lang: 'en' })!.rows.map((r) => r.running)
 * //=> ['29.70', '69.08', '94.08', '94.08', '94.08', '94.08', '94.1'] (Meixi 2025)
 */
export function breakdownLayout(data: ScorecardData, options: BreakdownLayoutOptions): BreakdownView | null {
  const { assessment } = data;
  const { lang } = options;
  const zh = lang === 'zh-CN';
  const s = breakdownText[lang];
  const t = (l: LocalizedLabel | null | undefined): string => (l ? (zh ? l.zh || l.en : l.en || l.zh) : '');
  const unit = assessment.units.find((u) => u.id === options.unit) ?? assessment.units[0];
  const b = unit ? breakdownSteps(assessment, unit.id) : null;
  const explanation = unit ? explain(assessment, { unit: unit.id, lang }) : null;
  if (!unit || !b || !explanation) return null;

  const { digits } = assessment.scheme.rounding;
  const detail = Math.max(2, digits);
  const formats = [detail, digits].map(
    (d) => new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }),
  );
  const signed = new Intl.NumberFormat(lang, {
    minimumFractionDigits: detail,
    maximumFractionDigits: detail,
    signDisplay: 'always',
  });
  const num = (x: number | null, total = false): string => (x === null ? '—' : formats[total ? 1 : 0]!.format(x));
  const gradeLabel = (id: string | null): string =>
    t(assessment.scheme.grades.find((g) => g.id === id)?.label) || (id ?? '');
  const why = stepExplanations(b, explanation, assessment, lang);

  const rows: BreakdownRow[] = b.steps.map((step, k) => {
    const sign: BreakdownSign =
      step.change === null || step.change === 0
        ? step.kind === 'deduction' && step.change === 0
          ? 'down'
          : 'none'
        : step.change > 0
          ? 'up'
          : 'down';
    return {
      kind: step.kind,
      id: step.id,
      label: labelOf(step),
      kindLabel: s.kinds[step.kind],
      change: step.change === null ? '' : signed.format(step.change),
      running: num(step.to, step.kind === 'total'),
      sign,
      marker: markerText(step),
      why: why[k] ?? [],
    };
  });

  function labelOf(step: BreakdownStep): string {
    if (step.kind === 'subtotal') return s.subtotal;
    if (step.kind === 'total') return s.totalStep;
    return t(step.label) || step.id;
  }
  function markerText(step: BreakdownStep): string {
    if (step.kind !== 'veto' && step.kind !== 'cap') return '';
    const text = step.kind === 'veto' ? s.marker.veto(gradeLabel(step.grade)) : s.marker.cap(gradeLabel(step.grade));
    return step.effect === 'none' ? `${text}${s.marker.none}` : text;
  }

  // Geometry: one row per step, names on the left, values on the right of the bars.
  const width = Math.max(240, options.width ?? 640);
  const values = b.steps.flatMap((x) => [x.from, x.to]).filter((x): x is number => x !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(assessment.scheme.totalPoints, ...values);
  const labelWidth = Math.min(
    Math.round(width * 0.38),
    Math.ceil(Math.max(...rows.map((r) => textWidth(r.label))) + 12),
  );
  const gradeText = b.grade === null ? '' : ` · ${gradeLabel(b.grade)}`;
  const valueText = (r: BreakdownRow): string =>
    r.marker || r.change || (r.kind === 'total' ? `${r.running}${gradeText}` : r.running);
  const room = Math.ceil(
    Math.min(width * 0.3, Math.max(...rows.map((r) => textWidth(r.marker ? '' : valueText(r)))) + 10),
  );
  const left = labelWidth;
  const right = width - room;
  const top = TOP;
  const bottom = TOP + rows.length * ROW;
  const x = linearScale([lo, hi], [left, right]);
  const number0 = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const ticks = tickValues(lo, hi, Math.max(2, Math.floor((right - left) / 70))).map((v) => ({
    x: r2(x(v)),
    label: number0.format(v),
  }));

  const bars: BreakdownBar[] = b.steps.map((step, k) => {
    const row = rows[k]!;
    const y = TOP + k * ROW + (ROW - BAR) / 2;
    const cy = r2(y + BAR / 2);
    const label = { x: r2(left - 8), y: cy, text: fit(row.label, labelWidth - 14), full: null as string | null };
    if (label.text !== row.label) label.full = row.label;
    const isMarker = step.kind === 'veto' || step.kind === 'cap';
    let d = '';
    let end = left;
    if (!isMarker && step.from !== null && step.to !== null) {
      const x0 = x(step.from);
      const x1 = x(step.to);
      end = Math.max(x0, x1);
      if (step.kind === 'subtotal' || step.kind === 'total') {
        d = `M${r2(x0)},${r2(y)}H${r2(x1)}V${r2(y + BAR)}H${r2(x0)}Z`;
      } else {
        const dir = x1 >= x0 ? 1 : -1;
        const tip = Math.min(6, Math.abs(x1 - x0) / 2);
        d = `M${r2(x0)},${r2(y)}H${r2(x1 - dir * tip)}L${r2(x1)},${cy}L${r2(x1 - dir * tip)},${r2(y + BAR)}H${r2(x0)}Z`;
      }
    }
    let marker: BreakdownBar['marker'] = null;
    if (isMarker) {
      const mx = r2(step.from === null ? left : x(step.from));
      const r = 6;
      const symbol =
        step.kind === 'veto'
          ? `M${r2(mx - r)},${cy}A${r},${r} 0 1 0 ${r2(mx + r)},${cy}A${r},${r} 0 1 0 ${r2(mx - r)},${cy}M${r2(mx - r * 0.7)},${r2(cy + r * 0.7)}L${r2(mx + r * 0.7)},${r2(cy - r * 0.7)}`
          : `M${r2(mx - r)},${r2(cy - r)}H${r2(mx + r)}M${mx},${r2(cy - r)}V${r2(cy + r)}`;
      marker = {
        x: mx,
        y1: r2(TOP + k * ROW + 1),
        y2: r2(TOP + (k + 1) * ROW - 1),
        symbol,
        effective: step.effect !== 'none',
      };
      end = mx + r;
    }
    const text = valueText(row);
    // A marker's text goes on the side with more room (the row has no bar), cut to fit if need be.
    const after = width - (end + 6);
    const before = marker ? marker.x - 12 - left : 0;
    const value =
      textWidth(text) <= after || !marker || after >= before
        ? { x: r2(end + 6), y: cy, text: marker ? fit(text, after) : text, anchor: 'start' as const }
        : { x: r2(marker.x - 12), y: cy, text: fit(text, before), anchor: 'end' as const };
    return { kind: step.kind, sign: row.sign, d, label, value, marker };
  });

  const connectors: BreakdownChart['connectors'] = [];
  for (let k = 0; k + 1 < b.steps.length; k++) {
    const here = b.steps[k]!.to;
    if (here === null || b.steps[k + 1]!.to === null) continue;
    connectors.push({
      x: r2(x(here)),
      y1: r2(TOP + k * ROW + (ROW + BAR) / 2),
      y2: r2(TOP + (k + 1) * ROW + (ROW - BAR) / 2),
    });
  }

  const ranked = assessment.results.filter((r) => r.rank !== null).length;
  const result = assessment.results.find((r) => r.unit === unit.id)!;
  return {
    units: assessment.units.map((u) => ({ id: u.id, name: t(u.name) || u.id })),
    unit: unit.id,
    name: t(unit.name) || unit.id,
    period: assessment.period,
    total: b.total === null ? s.noTotal : num(b.total, true),
    grade: b.grade === null ? s.noGrade : gradeLabel(b.grade),
    rank: s.rankOf(result.rank, ranked),
    rows,
    chart: {
      width,
      height: bottom + AXIS,
      plot: { left, right: r2(right), top, bottom },
      zero: r2(x(0)),
      ticks,
      bars,
      connectors,
    },
    summary: breakdownSummary(b, assessment, t(unit.name) || unit.id, lang),
  };
}

/**
 * What a step of the breakdown is: an area's points, the areas' subtotal, a rule that moves the
 * total (`deduction`, `bonus`, `adjustment` for a `minOf` replacement), a grade marker (`veto`:
 * the grade is forced; `cap`: the grade may be at most some band), or the published total.
 *
 * @category Layout
 * @example
 * const kind: BreakdownStepKind = 'veto'; // 一票否决
 */
export type BreakdownStepKind = 'area' | 'subtotal' | 'deduction' | 'bonus' | 'adjustment' | 'veto' | 'cap' | 'total';

/**
 * What a grade marker did to the grade: `forced` it (a veto), `capped` it (a cap below the grade
 * the total reaches), or `none` (a cap the grade already respects, or one a veto overrides).
 *
 * @category Layout
 * @example
 * const effect: BreakdownGradeEffect = 'forced'; // Meixi 2025, Nanshan: the red-line veto makes it Fail
 */
export type BreakdownGradeEffect = 'forced' | 'capped' | 'none';

/**
 * One step of how a unit's total is built, with the numbers the assessment recorded.
 *
 * @category Layout
 * @example
 * breakdownSteps(assessment, 'nanshan')!.steps[0]
 * //=> { kind: 'area', id: 'space', change: 29.700143…, from: 0, to: 29.700143…, score: 84.857…, rule: null, grade: null, effect: null, … }
 */
export interface BreakdownStep {
  kind: BreakdownStepKind;
  /** The area id, the rule id, `subtotal` or `total`. */
  id: string;
  /** The area's title or the rule's reason; `null` for the subtotal and the total. */
  label: LocalizedLabel | null;
  /** Points the step adds (negative: removes); `null` for markers, the subtotal, the total and areas whose points cannot be attributed. */
  change: number | null;
  /** The running total before the step (0 for the subtotal and the total bars); `null` when unknown. */
  from: number | null;
  /** The running total after the step; for the total, the published (rounded) total. */
  to: number | null;
  /** Areas: the 0–100 score. */
  score: number | null;
  /** Rules: what the assessment recorded. */
  rule: RuleFired | null;
  /** Markers: the grade forced or the cap. */
  grade: string | null;
  /** Markers: what the rule did to the grade. */
  effect: BreakdownGradeEffect | null;
}

/**
 * A unit's breakdown: its steps in order, and the numbers they end at.
 *
 * @category Layout
 * @example
 * const b: BreakdownSteps = breakdownSteps(assessment, 'gangkou')!;
 * b.total //=> 54.1 (Meixi 2025)
 */
export interface BreakdownSteps {
  unit: string;
  steps: BreakdownStep[];
  /** The areas' subtotal: the total before any rule, as the engine had it. */
  subtotal: number | null;
  /** The total before rounding, as recorded. */
  totalUnrounded: number | null;
  /** The published total (rounded as the scheme says). */
  total: number | null;
  /** The published grade. */
  grade: string | null;
  /** The grade the total alone reaches, before vetoes and caps. */
  gradeByTotal: string | null;
  /** Whether the top-level areas' points add up to the subtotal (additive aggregation). */
  additive: boolean;
}

const MOVES = new Set<RuleFired['kind']>(['deduction', 'bonus', 'minOf']);

function ruleKind(rule: RuleFired): BreakdownStepKind {
  switch (rule.kind) {
    case 'deduction':
      return 'deduction';
    case 'bonus':
      return 'bonus';
    case 'minOf':
      return 'adjustment';
    case 'veto':
      return 'veto';
    case 'gradeCap':
      return 'cap';
    case 'bindingUnmet':
      return rule.grade === undefined ? 'veto' : 'cap';
    case 'gradeQuota':
      return 'cap';
    // Skipped by breakdownSteps (they call for an action and move neither total nor grade).
    case 'rankBottom':
    case 'consecutiveGrade':
      return 'cap';
  }
}

/**
 * The steps from 0 to a unit's published total, read from the assessment's trace (nothing is
 * re-scored, no grade rule re-decided): each top-level area's points in framework order, the
 * subtotal (the unit's recorded `subtotalUnrounded`), every rule that fired in the order it was
 * applied (deductions, bonuses and `minOf` replacements move the running total from the recorded
 * `totalBefore` to `totalAfter`; vetoes and grade caps are markers that leave it where it is, with
 * the effect the assessment recorded), then the published total.
 * When the top-level aggregation is not additive (a geometric mean, say) the areas keep their
 * scores but carry no points, and only the subtotal is drawn.
 *
 * @category Layout
 * @param assessment - The result of `assess`.
 * @param unit - A unit id of the assessment.
 * @returns The steps, or `null` for a unit the assessment does not have.
 * @example
 * breakdownSteps(assessment, 'nanshan')!.steps.map((s) => s.kind)
 * //=> ['area', 'area', 'area', 'subtotal', 'veto', 'cap', 'total'] (Meixi 2025)
 */
export function breakdownSteps(assessment: Assessment, unit: string): BreakdownSteps | null {
  const result = assessment.results.find((r) => r.unit === unit);
  if (!result) return null;
  const roots = assessment.areas.flatMap((a, k) => (a.parent === null ? [{ area: a, r: result.areas[k] }] : []));
  const subtotal = result.subtotalUnrounded;
  const pointsSum = roots.reduce<number | null>(
    (sum, x) => (sum === null || x.r?.points == null ? null : sum + x.r.points),
    0,
  );
  const tolerance = 1e-9 * Math.max(1, assessment.scheme.totalPoints);
  const additive = pointsSum !== null && subtotal !== null && Math.abs(pointsSum - subtotal) <= tolerance;

  const steps: BreakdownStep[] = [];
  const blank = { rule: null, grade: null, effect: null, score: null } as const;
  let run: number | null = 0;
  for (const { area, r } of roots) {
    const points = additive ? r!.points! : null;
    steps.push({
      ...blank,
      kind: 'area',
      id: area.id,
      label: area.title,
      change: points,
      from: points === null ? null : run,
      to: points === null ? null : run! + points,
      score: r?.score ?? null,
    });
    if (points !== null) run = run! + points;
  }
  steps.push({
    ...blank,
    kind: 'subtotal',
    id: 'subtotal',
    label: null,
    change: null,
    from: subtotal === null ? null : 0,
    to: subtotal,
  });

  // Only to name the band an unmet binding indicator fails a unit to when a veto decided instead.
  const lowest = [...assessment.scheme.grades].sort((a, b) => a.min - b.min)[0]?.id ?? null;
  for (const rule of result.rules) {
    // A rule calling for an accountability action (约谈 for the last ranked) is no step of the total.
    if (rule.effect === 'action') continue;
    const kind = ruleKind(rule);
    if (MOVES.has(rule.kind)) {
      steps.push({
        ...blank,
        kind,
        id: rule.rule,
        label: rule.reason,
        change: rule.points,
        from: rule.totalBefore,
        to: rule.totalAfter,
        rule,
      });
      continue;
    }
    const grade = rule.grade ?? rule.gradeAfter ?? lowest;
    const effect: BreakdownGradeEffect = rule.effect === 'moved' ? 'none' : rule.effect;
    steps.push({
      ...blank,
      kind,
      id: rule.rule,
      label: rule.reason,
      change: null,
      from: rule.totalBefore,
      to: rule.totalAfter,
      rule,
      grade,
      effect,
    });
  }
  steps.push({
    ...blank,
    kind: 'total',
    id: 'total',
    label: null,
    change: null,
    from: result.total === null ? null : 0,
    to: result.total,
  });
  return {
    unit,
    steps,
    subtotal,
    totalUnrounded: result.totalUnrounded,
    total: result.total,
    grade: result.grade,
    gradeByTotal: result.gradeByPoints,
    additive,
  };
}
