import { csvFormatRows } from 'd3-dsv';
import type { Lang } from '../vocabulary/lang.js';
import type { AnnualAssessment } from '../accountability/annualAssessment.js';
import { annualReportBlocks } from './annualReportBlocks.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderHtml } from './renderHtml.js';

/**
 * Options of {@link formatAnnualReport}.
 *
 * @category I/O
 * @example
 * formatAnnualReport(annualAssessment(framework, observations, reports, { year: 2025 }), { format: 'csv', lang: 'en' }).split('\n')[1]
 * //=> 'result,districts,xihu,1,excellent,98.5'
 */
export interface FormatAnnualReportOptions {
  format: 'md' | 'html' | 'json' | 'csv';
  /** Default *zh-CN*. */
  lang?: Lang;
}

/**
 * Writes the report a city publishes after its annual target-responsibility assessment (通报):
 * {@link annualReportBlocks} as Markdown (`md`) or one print-ready HTML page (`html`); `csv`
 * one table of `section,group,unit,item,status,detail` rows (ids, for machines); `json` the
 * whole {@link AnnualAssessment}.
 *
 * @category I/O
 * @param annual - From `annualAssessment`.
 * @param options - **format**, **lang**.
 * @returns The text, ending with a newline.
 * @example
 * formatAnnualReport(annualAssessment(f, o, r, { year: 2025 }), { format: 'md' }).split('\n')[0]
 * //=> '# 美溪市生态文明建设综合改革实施方案（2024—2026年）2025年度考核结果通报'
 */
export function formatAnnualReport(
  annual: AnnualAssessment,
  { format, lang = 'zh-CN' }: FormatAnnualReportOptions,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(annual, null, 2)}\n`;
    case 'md':
      return renderMarkdown(annualReportBlocks(annual, lang));
    case 'html':
      return renderHtml(annualReportBlocks(annual, lang), lang);
    case 'csv': {
      const t = (l: { zh: string; en: string }): string => (lang === 'zh-CN' ? l.zh : l.en);
      const rows: string[][] = [['section', 'group', 'unit', 'item', 'status', 'detail']];
      if (annual.groups.length > 0) {
        for (const u of annual.units)
          rows.push(['result', u.group, u.unit, String(u.rank ?? ''), u.grade ?? '', String(u.total ?? '')]);
      } else {
        for (const r of annual.assessment.results)
          rows.push(['result', '', r.unit, String(r.rank ?? ''), r.grade ?? '', String(r.total ?? '')]);
      }
      for (const m of annual.measures) rows.push(['task', '', m.lead, m.measure, m.status, t(m.reason)]);
      for (const f of annual.redLines.filter((x) => x.breaches.length > 0))
        rows.push(['redLine', '', f.unit, f.zone, f.breaches.join(' '), t(f.message)]);
      for (const p of annual.proposals)
        rows.push(['proposal', '', p.unit, p.basis.ref, p.action, t(p.evidence.finding)]);
      return `${csvFormatRows(rows)}\n`;
    }
    default:
      throw new TypeError(`invalid report format: ${String(format)}`);
  }
}
