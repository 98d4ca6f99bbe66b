import type { Lang } from '@eco-reform/core';
import { redlineText } from './redline.text.js';

/**
 * The red-line widget's number and label formatters for one language, built once per layout
 * (an `Intl.NumberFormat` costs far more to build than to use).
 *
 * @category Layout
 * @example
 * const f: RedlineFormats = redlineFormats('en');
 * f.signed(-0.35000000000000053) //=> '-0.35'
 */
export interface RedlineFormats {
  /** Up to 3 decimals: `12.05`, `0.86`. */
  number: (x: number) => string;
  /** Signed, zero unsigned: `+0.01`, `-0.35`, `0`. */
  signed: (x: number) => string;
  /** Up to 1 decimal: `2.8%`. */
  percent: (x: number) => string;
  /** An area with its unit of measure: `12.4 km²`, `12.4 平方公里`. */
  area: (x: number) => string;
  /** A land-use nature code in words where known (`forest` → `林地` in Chinese), else the code. */
  nature: (code: string) => string;
}

/**
 * Builds the formatters of {@link RedlineFormats} for a language.
 *
 * @category Layout
 * @param lang - `zh-CN` or `en`.
 * @returns The formatters.
 * @example
 * redlineFormats('zh-CN').area(12.05) //=> '12.05 平方公里'
 */
export function redlineFormats(lang: Lang): RedlineFormats {
  const s = redlineText[lang];
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  const signed = new Intl.NumberFormat(lang, { maximumFractionDigits: 3, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    number: (x) => number.format(x),
    signed: (x) => signed.format(x),
    percent: (x) => percent.format(x),
    area: (x) => `${number.format(x)} ${s.km2}`,
    nature: (code) => s.natures[code] ?? code,
  };
}
