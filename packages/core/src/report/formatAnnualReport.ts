import { csvFormatRows } from 'd3-dsv';
import type { Lang } from '../vocabulary/lang.js';
import { statusLabels } from '../vocabulary/statusLabels.js';
import { consequenceLabels } from '../vocabulary/consequenceLabels.js';
import type { AnnualAssessment } from '../accountability/annualAssessment.js';
import { ownValue } from '../_lib/ownValue.js';
import { formatAssessment } from './formatAssessment.js';

/**
 * Options of {@link formatAnnualReport}.
 *
 * @category I/O
 * @example
 * formatAnnualReport(annualAssessment(framework, observations, reports, { year: 2025 }), { format: 'csv', lang: 'en' }).split('\n')[1]
 * //=> 'ranking,xihu,1,excellent,98.2'
 */
export interface FormatAnnualReportOptions {
  format: 'md' | 'json' | 'csv';
  /** Default *zh-CN*. */
  lang?: Lang;
}


/**
 * Writes the report a city publishes after its annual target-responsibility assessment:
 * the ranking with grades, tasks by status with reasons, red-line findings and the actions
 * that follow, with reasons. `md` is a readable document, `csv` one table of
 * `section,unit,item,status,detail` rows, `json` the whole {@link AnnualAssessment}.
 *
 * @category I/O
 * @param annual - From `annualAssessment`.
 * @param options - **format**, **lang**.
 * @returns The text, ending with a newline.
 * @example
 * formatAnnualReport(annualAssessment(f, o, r, { year: 2025 }), { format: 'md' }).split('\n')[0]
 * //=> '# 美溪市生态文明建设综合改革实施方案（2024—2026年） 2025 年度考核结果'
 */
export function formatAnnualReport(
  annual: AnnualAssessment,
  { format, lang = 'zh-CN' }: FormatAnnualReportOptions,
): string {
  if (format === 'json') return `${JSON.stringify(annual, null, 2)}\n`;
  const zh = lang === 'zh-CN';
  const t = (l: { zh: string; en: string }): string => (zh ? l.zh : l.en);
  const unitName = (id: string): string => {
    const name = ownValue(annual.unitNames, id);
    return name ? t(name) : id;
  };
  const severity = ['overdue', 'lagging', 'atRisk', 'notStarted', 'onTrack', 'done'];
  const tasks = [...annual.measures]
    .sort((a, b) => severity.indexOf(a.status) - severity.indexOf(b.status))
    .map((m) => [m.measure, t(statusLabels[m.status]), t(m.reason), m.owner ? t(m.owner) : ''] as const);
  const breaches = annual.redLines.filter((f) => f.breaches.length > 0);
  const actions = annual.proposals.map((a) => [a.unit, t(consequenceLabels[a.action]), t(a.evidence.finding)] as const);
  if (format === 'csv') {
    const rows: string[][] = [['section', 'unit', 'item', 'status', 'detail']];
    for (const r of annual.assessment.results)
      rows.push(['ranking', r.unit, String(r.rank ?? ''), r.grade ?? '', String(r.total ?? '')]);
    for (const [id, status, reason] of tasks)
      rows.push(['task', annual.measures.find((m) => m.measure === id)!.lead, id, status, reason]);
    for (const f of breaches) rows.push(['redLine', f.unit, f.zone, f.breaches.join(' '), t(f.message)]);
    for (const [unit, action, reason] of actions) rows.push(['action', unit, '', action, reason]);
    return `${csvFormatRows(rows)}\n`;
  }
  const title = t(annual.assessment.framework.title);
  const lines = [
    zh ? `# ${title} ${annual.year} 年度考核结果` : `# ${title}: ${annual.year} assessment`,
    '',
    zh
      ? `考核办法版本 ${annual.assessment.scheme.version}；数据指纹 \`${annual.assessment.fingerprint}\`。`
      : `Scheme ${annual.assessment.scheme.version}; data fingerprint \`${annual.assessment.fingerprint}\`.`,
    '',
    zh ? '## 排名与等次' : '## Ranking and grades',
    '',
    formatAssessment(annual.assessment, { format: 'md', lang }).trimEnd(),
    '',
    zh ? '## 重点任务进展' : '## Tasks by status',
    '',
    zh ? '| 任务 | 状态 | 情况 | 责任领导 |' : '| task | status | why | accountable leader |',
    '| --- | --- | --- | --- |',
    ...tasks.map((row) => `| ${row.join(' | ')} |`),
    '',
    zh ? '## 生态保护红线' : '## Ecological red lines',
    '',
    ...(breaches.length
      ? breaches.map((f) => `- ${t(f.message)}`)
      : [zh ? '- 未发现红线面积减少、功能降低或性质改变。' : '- No zone lost area, function or nature.']),
    '',
    zh ? '## 奖惩措施' : '## Actions',
    '',
    ...actions.map(([unit, action, reason]) =>
      zh
        ? `- ${unitName(unit)}（${unit}）：${action}——${reason}`
        : `- ${unitName(unit)} (${unit}): ${action} — ${reason}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
