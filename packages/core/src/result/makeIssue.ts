import type { Issue, IssueCode } from './issue.js';
import { formatPath } from './formatPath.js';

/**
 * Builds an {@link Issue}, filling in its display path.
 *
 * @category Model
 * @param path - Where the problem is.
 * @param code - What kind of problem it is.
 * @param en - The message in English.
 * @param zh - The message in Chinese.
 * @returns The issue.
 * @example
 * makeIssue(['measures', 0, 'checker'], 'missing_role', 'no checker', '缺少督办人').at //=> 'measures[0].checker'
 */
export function makeIssue(path: ReadonlyArray<string | number>, code: IssueCode, en: string, zh: string): Issue {
  return { path: [...path], at: formatPath(path), code, message: { en, zh } };
}
