import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic } from '../assess/assessment.js';
import type { Cells } from './scoreIndicators.js';
import { FLAG } from './cellFlags.js';

/** A cell whose observed value counted: not missing, not unscorable, not excluded. */
const NOT_COUNTED = FLAG.missing | FLAG.unscorable | FLAG.excluded | FLAG.notApplicable;

/**
 * A total that rests on no reported value — every score in it supplied by a missing-data policy
 * (floor, zero, peer mean, carried forward) — gets a warning `total_imputed` for its unit, so an
 * imputed total is never read as a measured one. (With the default coverage rule such a unit only
 * keeps a total when its few reported values could not be scored or counted.)
 */
export function warnImputedTotals(
  units: ReadonlyArray<Unit>,
  cells: Cells,
  total: ReadonlyArray<number | null>,
  diagnostics: Diagnostic[],
): void {
  const { n, m, flags } = cells;
  for (let u = 0; u < n; u++) {
    if (total[u] === null) continue;
    let counted = false;
    for (let k = u * m, end = k + m; k < end && !counted; k++) counted = (flags[k]! & NOT_COUNTED) === 0;
    if (counted) continue;
    const id = units[u]!.id;
    diagnostics.push({
      severity: 'warning',
      code: 'total_imputed',
      unit: id,
      message: {
        en: `${id}'s total ${total[u]} is made only of imputed values: no value reported for the period was scored`,
        zh: `${id} 的总分 ${total[u]} 全部由缺失值处理规则补足，本期没有任何报送数据计入`,
      },
    });
  }
}
