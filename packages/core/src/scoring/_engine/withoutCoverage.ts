import type { AssessmentScheme } from '../../model/assessmentScheme.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic } from '../assess/assessment.js';
import type { Cells } from './scoreIndicators.js';
import { FLAG } from './cellFlags.js';

/**
 * The minimum-coverage rule for a total: a unit needs at least the share `scheme.minCoverage` of
 * the framework's indicators observed in the period (without it: at least one observed value;
 * *0* turns the rule off). Values carried forward or imputed do not count: they are not data for
 * the period. A unit below it is added to `cells.failed` (no total, grade or rank, so it cannot
 * push published units down the ranking) with a warning `insufficient_coverage` naming its count.
 * Like the SDG Index, which ranks only countries with data for enough of its indicators.
 */
export function withoutCoverage(
  scheme: AssessmentScheme,
  units: ReadonlyArray<Unit>,
  cells: Cells,
  diagnostics: Diagnostic[],
): void {
  const { n, m, raw, flags } = cells;
  const share = scheme.minCoverage;
  if (share === 0) return;
  for (let u = 0; u < n; u++) {
    let observed = 0;
    // The indicators that apply to the unit: the share is of these.
    let applicable = m;
    // The default rule is met by the first observed value: the rest of the row need not be read.
    for (let k = u * m, end = k + m; k < end; k++) {
      if (raw[k] !== raw[k]) {
        if ((flags[k]! & FLAG.notApplicable) !== 0) applicable--;
        continue;
      }
      observed++;
      if (share === undefined) break;
    }
    // observed / applicable is the correctly rounded share, so 7 of 10 meets a declared 0.7 exactly.
    const enough = share === undefined ? observed >= 1 : applicable > 0 && observed / applicable >= share;
    if (enough) continue;
    cells.failed.add(u);
    const id = units[u]!.id;
    const needed =
      share === undefined
        ? ['at least one', '至少 1 项']
        : [`${share * 100} % (minCoverage)`, `${share * 100}%（minCoverage）`];
    diagnostics.push({
      severity: 'warning',
      code: 'insufficient_coverage',
      unit: id,
      message: {
        en: `${id} has ${observed} of ${applicable} indicators observed in the period, and a total needs ${needed[0]}: no total, grade or rank`,
        zh: `${id} 本期仅报送 ${observed}/${applicable} 项指标数据，计算总分需${needed[1]}：不计总分、等级和排名`,
      },
    });
  }
}
