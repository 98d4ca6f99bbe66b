import type { Lang } from '../vocabulary/lang.js';
import type { Diagnostic } from '../scoring/assess/assessment.js';

const MARK: Record<Diagnostic['severity'], string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const WORD: Record<Diagnostic['severity'], Record<Lang, string>> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};

/**
 * An assessment's diagnostics for people, one line each with its severity and code, for stderr:
 * the CLI prints them whatever the output format, so a table or CSV never hides a problem that the
 * JSON would have carried.
 *
 * @category I/O
 * @param diagnostics - The assessment's diagnostics.
 * @param lang - The language of the messages.
 * @returns One line per diagnostic, each ending in a line feed; empty when there are none.
 * @example
 * formatDiagnostics([{ severity: 'warning', code: 'no_total', message: { en: 'some units have no total and are not ranked', zh: '部分单位无法计算总分，未参与排名' } }], 'en')
 * //=> '⚠ warning no_total: some units have no total and are not ranked\n'
 */
export function formatDiagnostics(diagnostics: ReadonlyArray<Diagnostic>, lang: Lang): string {
  return diagnostics
    .map(
      (d) =>
        `${MARK[d.severity]} ${WORD[d.severity][lang]} ${d.code}${lang === 'zh-CN' ? '：' : ': '}${lang === 'zh-CN' ? d.message.zh : d.message.en}\n`,
    )
    .join('');
}
