import { periodInterval, type Bundle, type Lang, type Person } from '@eco-reform/core/display';
import { observedPeriods } from '../../internal/bundle-data.js';

/**
 * Picks a bilingual text's side for the board's language, falling back to the other side.
 *
 * @category Layout
 * @example
 * const t: Localize = (l) => (l === undefined ? '' : l.en || l.zh || '');
 */
export type Localize = (l: { zh?: string | undefined; en?: string | undefined } | undefined) => string;

/**
 * Whether `x` is a real calendar date written `YYYY-MM-DD` (the core's period parser decides).
 *
 * @category Layout
 * @example
 * isIsoDate('2025-02-29') //=> false
 */
export const isIsoDate = (x: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(x) && periodInterval(x)?.start === x;

/**
 * The period and as-of date the board judges statuses at: `asOf` when it is a date; else the last
 * day of `period` when it is a period; else of the latest year observed (as the scorecard
 * scores), else of any latest period observed, else of the framework's last period.
 *
 * @category Layout
 * @param bundle - A valid bundle.
 * @param period - The `period` attribute, or `null`.
 * @param asOf - The `as-of` attribute, or `null`.
 * @returns Both, `asOf` as `YYYY-MM-DD`.
 * @example
 * resolveAsOf(meixi, null, null) //=> { period: '2025', asOf: '2025-12-31' }
 */
export function resolveAsOf(
  bundle: Bundle,
  period: string | null,
  asOf: string | null,
): { period: string; asOf: string } {
  const observed = observedPeriods(bundle);
  const chosen =
    period !== null && periodInterval(period)
      ? period
      : (observed.filter((p) => /^\d{4}$/.test(p)).at(-1) ??
        observed.filter((p) => periodInterval(p)).at(-1) ??
        bundle.framework.period.end);
  const end = periodInterval(chosen)?.end ?? `${chosen.slice(0, 4)}-12-31`;
  return { period: chosen, asOf: asOf !== null && isIsoDate(asOf) ? asOf : end };
}

/**
 * Formatters for the board's dates and counts in the language: dates in the long form
 * (`2025年12月31日`, `December 31, 2025`) read in UTC so the day never shifts with the time zone.
 *
 * @category Layout
 * @param lang - `zh-CN` or `en`.
 * @returns `date(YYYY-MM-DD)` and `number(n)`.
 * @example
 * boardDates('zh-CN').date('2026-03-31') //=> '2026年3月31日'
 */
export function boardDates(lang: Lang): { date: (iso: string) => string; number: (n: number) => string } {
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(lang);
  return {
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return dates.format(Date.UTC(y!, m! - 1, d!));
    },
    number: (n) => numbers.format(n),
  };
}

/**
 * A person with a role in a measure as the board writes it: position (and name), then their unit
 * in brackets unless the position already is the unit (a checking office); `—` when not named.
 *
 * @category Layout
 * @param p - The person, or `undefined`.
 * @param lang - `zh-CN` or `en`.
 * @param t - Picks the language's text.
 * @param unitName - A unit's name from its id.
 * @returns The text.
 * @example
 * personLabel(owner, 'zh-CN', t, unitName) //=> '市长（美溪市人民政府）'
 */
export function personLabel(p: Person | undefined, lang: Lang, t: Localize, unitName: (id: string) => string): string {
  if (!p) return '—';
  const who = `${t(p.position)}${p.name ? ` ${t(p.name)}` : ''}`;
  const unit = unitName(p.unit);
  if (unit === t(p.position)) return who;
  return lang === 'zh-CN' ? `${who}（${unit}）` : `${who} (${unit})`;
}
