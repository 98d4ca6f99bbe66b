import type { DataError } from './data-source.js';

/** What a widget was asked to show by id: a unit, a period, a view or an indicator. */
export type LookupKind = 'unit' | 'period' | 'view' | 'indicator';

/** One id a widget was given (an attribute, a permalink) and the ids it can show. */
export interface Lookup {
  kind: LookupKind;
  /** The id asked for; `null`, `undefined` or empty means none was asked for, so the default applies. */
  given: string | null | undefined;
  /** Every id of that kind the data has (for views: the views the data allows). */
  existing: readonly string[];
}

/** At most this many ids are named in a message; a province's thousands of units are counted instead. */
const NAMED = 12;

const WORDS: Record<LookupKind, { en: string; ens: string; zh: string }> = {
  unit: { en: 'unit', ens: 'units', zh: '单位' },
  period: { en: 'period', ens: 'periods', zh: '期间' },
  view: { en: 'view', ens: 'views', zh: '视图' },
  indicator: { en: 'indicator', ens: 'indicators', zh: '指标' },
};

function list(ids: readonly string[], en: boolean): string {
  if (ids.length === 0) return en ? 'none' : '无';
  const named = ids.slice(0, NAMED).join(en ? ', ' : '、');
  const more = ids.length - NAMED;
  return more > 0 ? (en ? `${named} and ${more} more` : `${named} 等 ${ids.length} 个`) : named;
}

/**
 * The error a widget shows, and sends as `eco-data-error` (kind `notFound`), when it was asked for
 * an id its data does not have, naming the ids there are; `null` when every id given exists. The
 * first lookup that fails is reported, so list a period before the units scored in it.
 *
 * @param lookups - The ids given and the ids there are, in the order to check them.
 * @returns The error, or `null`.
 * @example
 * notFound([{ kind: 'unit', given: 'gangkuo', existing: ['xihu', 'gangkou'] }])?.reason.en
 * //=> 'the data has no unit “gangkuo”; its units: xihu, gangkou'
 */
export function notFound(lookups: readonly Lookup[]): DataError | null {
  for (const { kind, given, existing } of lookups) {
    if (!given || existing.includes(given)) continue;
    const w = WORDS[kind];
    return kind === 'view'
      ? {
          kind: 'notFound',
          reason: {
            en: `there is no view “${given}”; the views: ${list(existing, true)}`,
            zh: `没有视图“${given}”；可用的视图：${list(existing, false)}`,
          },
        }
      : {
          kind: 'notFound',
          reason: {
            en: `the data has no ${w.en} “${given}”; its ${w.ens}: ${list(existing, true)}`,
            zh: `数据中没有${w.zh}“${given}”；数据中的${w.zh}：${list(existing, false)}`,
          },
        };
  }
  return null;
}
