import type { Indicator } from '../model/indicator.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';

/**
 * Whether a value is of the indicator's kind: a yes/no indicator (`polarity: 'boolean'`) takes
 * `true`/`false` only, every other indicator a number only; a missing value fits both. Without
 * this, `true` or `是` in a numeric indicator would score as 1, and `0.01` or `-1` in a yes/no
 * indicator would count as yes. Every reader and parser that knows the framework asks this one
 * function.
 *
 * @category I/O
 * @param indicator - The indicator's id and polarity.
 * @param value - The value read.
 * @returns `null` when the value fits, else what is wrong in English and Chinese.
 * @example
 * checkValueKind({ id: 'eco-park', polarity: 'boolean' }, 1)?.en
 * //=> 'indicator "eco-park" is yes/no: write true or false (是/否), not 1'
 */
export function checkValueKind(
  indicator: Pick<Indicator, 'id' | 'polarity'>,
  value: number | boolean | null,
): LocalizedLabel | null {
  if (value === null) return null;
  const yesNo = indicator.polarity === 'boolean';
  if (yesNo === (typeof value === 'boolean')) return null;
  return yesNo
    ? {
        en: `indicator "${indicator.id}" is yes/no: write true or false (是/否), not ${value}`,
        zh: `指标“${indicator.id}”为是/否指标：应填 true/false（是/否），而非 ${value}`,
      }
    : {
        en: `indicator "${indicator.id}" is numeric: write a number, not ${value}`,
        zh: `指标“${indicator.id}”为数值指标：应填数字，而非 ${value ? '是' : '否'}（${value}）`,
      };
}
