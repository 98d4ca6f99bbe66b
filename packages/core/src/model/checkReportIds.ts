import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Framework } from './framework.schema.js';
import type { ProgressReport } from './progressReport.schema.js';
import { nearestId } from './nearestId.js';
import { idCandidates } from './idCandidates.js';

/**
 * The progress reports' references the framework cannot honour: a measure it does not declare
 * (with the measure most likely meant), or a time node the measure does not have (with its
 * nodes). Such a report would otherwise be ignored without a word, and the measure judged
 * overdue as if nothing had been reported. Paths are `[k].measure` / `[k].node`, under `prefix`.
 *
 * @category Model
 * @param framework - A parsed framework.
 * @param reports - The reports (already of the right shape).
 * @param prefix - The path of the list, e.g. `['reports']` in a bundle.
 * @returns Every problem, in list order.
 * @example
 * checkReportIds(framework, [{ measure: 'backward-capacty', date: '2025-06-30', percent: 50 }], ['reports']).map((i) => i.message.en)
 * //=> ['unknown measure "backward-capacty"; did you mean "backward-capacity"?']
 */
export function checkReportIds(
  framework: Framework,
  reports: ReadonlyArray<ProgressReport>,
  prefix: ReadonlyArray<string | number> = [],
): Issue[] {
  const measures = new Map(framework.measures.map((m) => [m.id, m]));
  const candidates = idCandidates(framework, 'measure');
  const issues: Issue[] = [];
  reports.forEach((r, k) => {
    const measure = measures.get(r.measure);
    if (measure === undefined) {
      const guess = nearestId(r.measure, candidates);
      issues.push(
        makeIssue(
          [...prefix, k, 'measure'],
          'unknown_reference',
          `unknown measure "${r.measure}"; ${guess === null ? 'the framework declares no such measure' : `did you mean "${guess}"?`}`,
          `未知任务“${r.measure}”；${guess === null ? '方案中没有这项任务' : `是否应为“${guess}”？`}`,
        ),
      );
      return;
    }
    if (r.node !== undefined && !measure.nodes.some((n) => n.id === r.node)) {
      const nodes = measure.nodes.map((n) => n.id).join(', ') || '—';
      issues.push(
        makeIssue(
          [...prefix, k, 'node'],
          'unknown_reference',
          `measure "${measure.id}" has no time node "${r.node}" (its nodes: ${nodes})`,
          `任务“${measure.id}”没有时间节点“${r.node}”（其节点：${nodes}）`,
        ),
      );
    }
  });
  return issues;
}
