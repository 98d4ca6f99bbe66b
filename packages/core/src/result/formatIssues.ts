import type { Lang } from '../vocabulary/lang.js';
import type { Issue } from './issue.js';

/**
 * Options of {@link formatIssues}.
 *
 * @category I/O
 * @example
 * const options: FormatIssuesOptions = { lang: 'zh-CN' };
 * formatIssues(issues.slice(0, 1), options) // issues of Meixi's framework with indicators[1].id set to 'redline-area'
 * //=> '✖ 标识“redline-area”重复（首次出现在第 0 项）\n  → 位置 indicators[1].id'
 */
export interface FormatIssuesOptions {
  /** The language of the messages; default *en*. */
  lang?: Lang;
}

/**
 * Prints issues for people, one block each: the message, then where it is.
 *
 * @category Model
 * @param issues - The issues, e.g. from `parseFramework`.
 * @param options - **lang**: *zh-CN* or *en*.
 * @returns Lines like `✖ expected a number, got a string\n  → at indicators[3].target.value`.
 * @example
 * formatIssues([makeIssue(['id'], 'invalid_type', 'expected a string, got a number', '应为字符串，实为数字')], { lang: 'zh-CN' })
 * //=> '✖ 应为字符串，实为数字\n  → 位置 id'
 */
export function formatIssues(issues: ReadonlyArray<Issue>, { lang = 'en' }: FormatIssuesOptions = {}): string {
  const zh = lang === 'zh-CN';
  return issues
    .map(
      (i) => `✖ ${zh ? i.message.zh : i.message.en}\n  → ${zh ? '位置' : 'at'} ${i.at || (zh ? '（根）' : '(root)')}`,
    )
    .join('\n');
}
