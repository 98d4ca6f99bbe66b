import type { Framework } from '../model/framework.schema.js';

/**
 * Who held a post on a date: the person whose tenure in it (start and end inclusive, no end:
 * still in post) covers the date, or `null` when nobody did.
 *
 * @category Accountability
 * @param framework - A valid framework (its `people`; validation keeps a post's tenures apart).
 * @param post - The post's id.
 * @param date - `YYYY-MM-DD`.
 * @returns The person's id, or `null`.
 * @example
 * holderOf(framework, 'deputy-mayor-env', '2025-06-30') //=> 'li-ming' (Meixi)
 * holderOf(framework, 'deputy-mayor-env', '2025-07-01') //=> 'wang-fang'
 */
export function holderOf(framework: Framework, post: string, date: string): string | null {
  for (const person of framework.people ?? []) {
    for (const p of person.positions) {
      if (p.post === post && p.start <= date && (p.end === undefined || date <= p.end)) return person.id;
    }
  }
  return null;
}
