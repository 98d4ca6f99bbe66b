import { csvFormatRows } from 'd3-dsv';
import type { Lang } from '../vocabulary/lang.js';
import type { Assessment } from '../scoring/assess/assessment.js';
import { roundDecimal } from '../scoring/assess/roundDecimal.js';
import { textTable } from '../_lib/textTable.js';

/**
 * The text formats {@link formatAssessment} writes.
 *
 * @category I/O
 * @example
 * const format: AssessmentFormat = 'md';
 * formatAssessment(assessment, { format }); // a Markdown table, one row per unit in rank order
 */
export type AssessmentFormat = 'table' | 'csv' | 'md' | 'json';

/**
 * Options of {@link formatAssessment}.
 *
 * @category I/O
 * @example
 * formatAssessment(assess(framework, observations, { period: '2025' }), { format: 'csv', lang: 'en' }).split('\n')[1]
 * //=> '1,xihu,Xihu District,98.2,Excellent,97.58,97.50,100.00'
 */
export interface FormatAssessmentOptions {
  format: AssessmentFormat;
  /** Language of headers and labels; default *zh-CN*. */
  lang?: Lang;
}

/**
 * Writes an assessment's ranking for people or machines: `table` (aligned text for a terminal),
 * `md` (a Markdown table for a published report), `csv` (RFC 4180, via d3-dsv) or `json` (the
 * whole assessment, pretty-printed). Rows are in rank order; unranked units come last.
 *
 * @category I/O
 * @param assessment - The result of `assess`.
 * @param options - **format**, **lang**.
 * @returns The text, ending with a newline.
 * @example
 * formatAssessment(assessment, { format: 'csv', lang: 'en' }).split('\n')[0] //=> 'rank,unit,name,total,grade,…'
 */
export function formatAssessment(assessment: Assessment, { format, lang = 'zh-CN' }: FormatAssessmentOptions): string {
  if (format === 'json') return `${JSON.stringify(assessment, null, 2)}\n`;
  const zh = lang === 'zh-CN';
  const digits = assessment.scheme.rounding.digits;
  const roots = assessment.areas.map((a, k) => [a, k] as const).filter(([a]) => a.parent === null);
  const header = [
    zh ? '排名' : 'rank',
    zh ? '单位代码' : 'unit',
    zh ? '单位' : 'name',
    zh ? '总分' : 'total',
    zh ? '等次' : 'grade',
    ...roots.map(([a]) => (zh ? a.title.zh : a.title.en)),
  ];
  const order = assessment.results
    .map((r, u) => [r, u] as const)
    .sort(([a], [b]) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const num = (x: number | null, d: number): string => (x === null ? '' : roundDecimal(x, d).toFixed(d));
  const rows = order.map(([r, u]) => {
    const grade = assessment.scheme.grades.find((g) => g.id === r.grade);
    const name = assessment.units[u]!.name;
    return [
      r.rank === null ? '' : String(r.rank),
      r.unit,
      zh ? name.zh : name.en,
      num(r.total, digits),
      grade ? (zh ? grade.label.zh : grade.label.en) : '',
      ...roots.map(([, k]) => num(r.areas[k]!.score, 2)),
    ];
  });
  switch (format) {
    case 'csv':
      return `${csvFormatRows([header, ...rows])}\n`;
    case 'md':
    case 'table':
      return textTable([header, ...rows], format);
  }
}
