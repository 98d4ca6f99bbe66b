import type { Framework } from '../model/framework.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import { localized } from '../scoring/_engine/localized.js';
import { holderOf } from './holderOf.js';

/**
 * The person answerable for a post on a date (有人问): the post, the person who held it then (by
 * {@link holderOf}), their name and the post's title in their tenure; `null` for the last three
 * when nobody held it that day.
 *
 * @category Accountability
 * @example
 * const who: Answerable = { post: 'deputy-mayor-env', person: 'wang-fang', name: { zh: '王芳', en: 'Wang Fang' },
 *   title: { zh: '分管生态环境的副市长', en: 'Deputy mayor for the environment' } };
 */
export interface Answerable {
  post: string;
  person: string | null;
  name: LocalizedLabel | null;
  title: LocalizedLabel | null;
}

/**
 * Who answered for a post on a date, with their name: what a proposal, a task's owner and the
 * tenure view each need, read in one place.
 *
 * @category Accountability
 * @param framework - A valid framework (its `people`).
 * @param post - The post's id.
 * @param date - `YYYY-MM-DD`.
 * @returns The post, the holder's id, name and title (`null` when the post was vacant that day).
 * @example
 * answerableFor(framework, 'deputy-mayor-env', '2025-06-30')
 * //=> { post: 'deputy-mayor-env', person: 'li-ming', name: { zh: '李明', en: 'Li Ming' }, title: { zh: '分管生态环境的副市长', … } } (Meixi)
 * answerableFor(framework, 'deputy-mayor-env', '2025-07-01').person //=> 'wang-fang'
 */
export function answerableFor(framework: Framework, post: string, date: string): Answerable {
  const person = holderOf(framework, post, date);
  const held = person === null ? undefined : framework.people?.find((p) => p.id === person);
  const position = held?.positions.find(
    (p) => p.post === post && p.start <= date && (p.end === undefined || date <= p.end),
  );
  return {
    post,
    person,
    name: held ? localized(held.name) : null,
    title: position ? localized(position.title) : null,
  };
}
