import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import { parsePeriod } from '../observation/parsePeriod.js';
import type { Ledgers } from './ledgers.schema.js';

/**
 * The reporting duties' own rules: `from`, `until` and every submission's period of the kind the
 * duty runs by (`every`), `until` not before `from`, submissions only for the duty's units and
 * periods, at most one per unit and period.
 *
 * @category Ledgers
 * @param ledgers - Ledgers of the right shape.
 * @param prefix - The ledgers' path in a larger document.
 * @returns Every problem found.
 * @example
 * checkDuties({ ...ledgers, duties: [{ ...duty, every: 'month', from: '2025-Q3' }] }).map((i) => i.at) //=> ['duties[0].from']
 */
export function checkDuties(ledgers: Ledgers, prefix: ReadonlyArray<string | number> = []): Issue[] {
  const issues: Issue[] = [];
  ledgers.duties.forEach((d, k) => {
    const at = [...prefix, 'duties', k];
    const kindOk = (period: string, path: Array<string | number>): boolean => {
      if (parsePeriod(period)?.kind === d.every) return true;
      issues.push(
        makeIssue(
          [...at, ...path],
          'invalid_period',
          `"${period}" is not a ${d.every}, the kind of period this duty runs by`,
          `“${period}”不是本报送事项的期间类型（${{ month: '月', quarter: '季度', year: '年' }[d.every]}）`,
        ),
      );
      return false;
    };
    const fromOk = kindOk(d.from, ['from']);
    const untilOk = d.until === undefined || kindOk(d.until, ['until']);
    if (fromOk && untilOk && d.until !== undefined && d.until < d.from)
      issues.push(
        makeIssue(
          [...at, 'until'],
          'date_order',
          `"until" ${d.until} is before "from" ${d.from}`,
          `截止期间 ${d.until} 早于起始期间 ${d.from}`,
        ),
      );
    const units = new Set(d.units);
    const seen = new Set<string>();
    d.submissions.forEach((s, j) => {
      const path = ['submissions', j];
      if (!units.has(s.unit))
        issues.push(
          makeIssue(
            [...at, ...path, 'unit'],
            'unknown_reference',
            `"${s.unit}" is not one of the units this duty names (${d.units.join(', ')})`,
            `“${s.unit}”不在本报送事项的单位之列（${d.units.join('、')}）`,
          ),
        );
      if (!kindOk(s.period, [...path, 'period'])) return;
      if (s.period < d.from || (d.until !== undefined && s.period > d.until))
        issues.push(
          makeIssue(
            [...at, ...path, 'period'],
            'date_outside_period',
            `${s.period} is outside the duty (${d.from} to ${d.until ?? 'open-ended'})`,
            `${s.period} 不在报送期间内（${d.from} 至 ${d.until ?? '长期'}）`,
          ),
        );
      const key = `${s.unit}\u0000${s.period}`;
      if (seen.has(key))
        issues.push(
          makeIssue(
            [...at, ...path],
            'duplicate_id',
            `"${s.unit}" submitted ${s.period} twice; keep the submission that counts`,
            `“${s.unit}”的 ${s.period} 报送重复；请只保留计数的那一次`,
          ),
        );
      seen.add(key);
    });
  });
  return issues;
}
