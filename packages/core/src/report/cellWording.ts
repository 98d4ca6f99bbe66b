import type { Indicator } from '../model/indicator.schema.js';
import { meetsTarget, type Comparator } from '../scoring/assess/meetsTarget.js';
import { roundDecimal } from '../scoring/assess/roundDecimal.js';
import type { Lang } from '../vocabulary/lang.js';

/**
 * One indicator cell as {@link cellWording} words it: the indicator as declared (its comparator,
 * unit of measure and `decimals`; a yes/no indicator has a boolean target), and the cell's value
 * and target as the assessment stored them (`cells.raw`, `cells.target`, or `indicatorResults`).
 *
 * @category Reporting
 * @example
 * const cell: WordedCell = { indicator: pm25, value: 42.8, target: 32 }; // Meixi, Gangkou in 2025
 */
export interface WordedCell {
  indicator: Pick<Indicator, 'unitOfMeasure' | 'target' | 'decimals'>;
  value: number | boolean | null;
  target: number | boolean | null;
}

/**
 * The words a reader sees for one cell, in one language; `'—'` where there is nothing to say
 * (no value, no target), `''` for a phrase that does not apply (completion of a yes/no target).
 *
 * @category Reporting
 * @example
 * cellWording(cell, 'en') //=> { value: '42.8 µg/m³', target: 'at most 32 µg/m³', gap: '10.8 µg/m³ above the ceiling', completion: '133.8% of the ceiling', met: false }
 */
export interface CellWording {
  /** The value with its unit, e.g. "42.8 µg/m³", "31 家", "否". */
  value: string;
  /** The target as a phrase, e.g. "at most 32 µg/m³", "不少于 34 家", "须达到：是". */
  target: string;
  /** How far the value is from the target, phrased by which side it is on, e.g. "超出上限 10.8 微克/立方米". */
  gap: string;
  /** The value as a share of the target ("75.6% of the target") or of a ceiling ("133.8% of the ceiling"). */
  completion: string;
  /** Whether the value meets the target as worded (`meetsTarget`); `null` without a value or a target. */
  met: boolean | null;
}

// A number stays on the line of its unit and of the word before it ("不高于 32 微克/立方米" never
// breaks after 不高于): those joins are no-break spaces.
const NBSP = '\u00a0';

const WORDS = {
  en: {
    yes: 'yes',
    no: 'no',
    required: (v: string) => `${v} required`,
    comparator: { '>=': 'at least', '<=': 'at most', '=': 'exactly', '~': 'about' },
    wholeComparator: { '>=': 'at least', '<=': 'at most', '=': 'exactly', '~': 'about' },
    met: 'met',
    notMet: 'not met',
    metExactly: { '>=': 'met: exactly the target', '<=': 'met: exactly the ceiling' },
    metBy: {
      '>=': (d: string) => `met: ${d} above the target`,
      '<=': (d: string) => `met: ${d} below the ceiling`,
      near: (d: string) => `met: ${d} off the target, within 1%`,
    },
    miss: {
      '>=': (d: string) => `${d} short of the target`,
      '<=': (d: string) => `${d} above the ceiling`,
      above: (d: string) => `${d} above the target`,
      below: (d: string) => `${d} below the target`,
    },
    ofTarget: (p: string) => `${p} of the target`,
    ofCeiling: (p: string) => `${p} of the ceiling`,
    points: 'percentage points',
  },
  zh: {
    yes: '是',
    no: '否',
    required: (v: string) => (v === '是' ? '须达到：是' : `须为：${v}`),
    comparator: { '>=': '不低于', '<=': '不高于', '=': '等于', '~': '约为' },
    wholeComparator: { '>=': '不少于', '<=': '不多于', '=': '等于', '~': '约为' },
    met: '达标',
    notMet: '未达标',
    metExactly: { '>=': '达标，恰为目标值', '<=': '达标，恰为上限' },
    metBy: {
      '>=': (d: string) => `达标，超出目标\u00a0${d}`,
      '<=': (d: string) => `达标，低于上限\u00a0${d}`,
      near: (d: string) => `达标，与目标相差\u00a0${d}，在\u00a01% 以内`,
    },
    miss: {
      '>=': (d: string) => `距目标还差\u00a0${d}`,
      '<=': (d: string) => `超出上限\u00a0${d}`,
      above: (d: string) => `高于目标\u00a0${d}`,
      below: (d: string) => `低于目标\u00a0${d}`,
    },
    ofTarget: (p: string) => `达到目标的\u00a0${p}`,
    ofCeiling: (p: string) => `为上限的\u00a0${p}`,
    points: '个百分点',
  },
} as const;

/**
 * Words one indicator cell for a reader, the one place the scorecard, its table, the progress
 * chart and the reports phrase a target or a gap, in Chinese or English:
 *
 * - the **target** by its comparator ("at most 35 µg/m³" / "不高于 35 微克/立方米"; a yes/no target
 *   "yes required" / "须达到：是");
 * - the **gap** by the side the value is on ("10.8 µg/m³ above the ceiling" / "超出上限 10.8
 *   微克/立方米"; "met: 2 below the ceiling"), percentage points for a % unit;
 * - **completion** as a share of the target for "at least" targets, and of the ceiling for "at most"
 *   ones, so a miss below a ceiling never reads as more than 100 % achieved.
 *
 * An indicator declaring `decimals` has its values and the gap shown with that many; a target with
 * more is read as the value the comparator implies at that precision (`decimals: 0`, "≥ 33.33"
 * firms is "at least 34", "≤ 2.5" is "at most 2"), which meets exactly the same published values.
 * Without `decimals`, numbers show at most two decimals.
 *
 * @category Reporting
 * @param cell - The indicator, value and target.
 * @param lang - *zh-CN* or *en*.
 * @returns The phrases.
 * @example
 * cellWording({ indicator: pm25, value: 42.8, target: 32 }, 'zh-CN').gap //=> '超出上限 10.8 微克/立方米'
 * cellWording({ indicator: firms, value: 31, target: 33.33 }, 'en').target //=> 'at least 34 firms'
 */
export function cellWording(cell: WordedCell, lang: Lang): CellWording {
  const w = lang === 'zh-CN' ? WORDS.zh : WORDS.en;
  const { indicator, value } = cell;
  const unit = (lang === 'zh-CN' ? indicator.unitOfMeasure.zh : indicator.unitOfMeasure.en) ?? '';
  const otherUnit = (lang === 'zh-CN' ? indicator.unitOfMeasure.en : indicator.unitOfMeasure.zh) ?? '';
  const uom = unit || otherUnit;
  const decimals = indicator.decimals ?? null;
  const num = (x: number, d: number | null = decimals): string =>
    d === null ? String(roundDecimal(x, 2)) : roundDecimal(x, d).toFixed(d);
  // "%" and "‰" follow the number ("45%", "90% of towns"); other units after a space.
  const withUnit = (text: string, u = uom): string =>
    u === '' ? text : /^[%‰]/.test(u) ? `${text}${u}` : `${text}${NBSP}${u}`;
  const show = (x: number | boolean | null, d: number | null = decimals): string =>
    x === null ? '—' : typeof x === 'boolean' ? (x ? w.yes : w.no) : withUnit(num(x, d));
  // An indicator scored relative to the other units declares no target: nothing to word against.
  if (indicator.target === undefined) return { value: show(value), target: '—', gap: '—', completion: '', met: null };
  const comparator = indicator.target.comparator;
  const target = typeof cell.target === 'number' ? wholeTarget(cell.target, comparator, decimals) : cell.target;
  const met = value === null || target === null ? null : meetsTarget(value, target, comparator);
  if (typeof target === 'boolean' || typeof value === 'boolean') {
    return {
      value: show(value),
      target: target === null ? '—' : w.required(show(target)),
      gap: met === null ? '—' : met ? w.met : w.notMet,
      completion: '',
      met,
    };
  }
  const phrase = decimals === 0 ? w.wholeComparator : w.comparator;
  const targetText = target === null ? '—' : `${phrase[comparator]}${NBSP}${show(target)}`;
  if (typeof value !== 'number' || target === null) {
    return { value: show(value), target: targetText, gap: '—', completion: '', met };
  }
  const diff = value - target;
  // A difference of percentages is in percentage points, whatever the percentage is of.
  const amount = withUnit(num(Math.abs(diff)), uom.startsWith('%') ? w.points : uom);
  const zero = num(Math.abs(diff)) === num(0);
  const oneSided = comparator === '>=' || comparator === '<=';
  const gap = met
    ? zero
      ? oneSided
        ? w.metExactly[comparator]
        : w.met
      : oneSided
        ? w.metBy[comparator](amount)
        : w.metBy.near(amount)
    : oneSided
      ? w.miss[comparator](amount)
      : diff > 0
        ? w.miss.above(amount)
        : w.miss.below(amount);
  const share = target > 0 && value >= 0 ? `${roundDecimal((100 * value) / target, 1).toFixed(1)}%` : null;
  const completion =
    share === null ? '' : comparator === '>=' ? w.ofTarget(share) : comparator === '<=' ? w.ofCeiling(share) : '';
  return { value: show(value), target: targetText, gap, completion, met };
}

/**
 * The target as published values meet it: with `decimals` declared, "at least 33.33" becomes the
 * smallest value at that precision meeting it (34), "at most" the largest; `=` and `~` stay as declared.
 */
function wholeTarget(target: number, comparator: Comparator, decimals: number | null): number {
  if (decimals === null || (comparator !== '>=' && comparator !== '<=')) return target;
  const scale = 10 ** decimals;
  // Rounded first to a micro-step so float noise (33.000000001) does not push the target up a step.
  const scaled = roundDecimal(target * scale, 6);
  return (comparator === '>=' ? Math.ceil(scaled) : Math.floor(scaled)) / scale;
}
