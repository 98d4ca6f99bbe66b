import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic } from '../assess/assessment.js';
import type { Plan } from './compilePlan.js';
import type { ObservationGrid } from './observationGrid.js';
import { FLAG } from './cellFlags.js';
import { NOT_APPLICABLE } from '../../observation/notApplicableCode.js';

/** The cells where an indicator does not apply, and the values the scoring reads. */
export interface NotApplicable {
  /** A fresh flags column (unit `u`, indicator `i` at `u * m + i`) with `notApplicable` raised where it applies to no tag of the unit. */
  flags: Uint8Array;
  /** The grid's values, or a copy without the values observed in cells where the indicator does not apply. */
  raw: Float64Array;
}

/**
 * Marks the cells whose indicator does not apply to the unit: its `appliesTo` lists none of the
 * unit's tags, or the observation of the period says so (`notApplicable`, {@link NOT_APPLICABLE} in the grid). Such a cell has no score and takes no missing-data policy. A value observed there
 * anyway is not scored (nor does it move a min–max column's range): it is taken out of a copy of the
 * grid's values, never out of the grid (which may be the caller's cube), with an info diagnostic
 * `not_applicable_value` saying so. A framework without `appliesTo` costs one pass over the indicators.
 */
export function notApplicableCells(
  plan: Plan,
  units: ReadonlyArray<Unit>,
  grid: ObservationGrid,
  diagnostics: Diagnostic[],
): NotApplicable {
  const m = plan.indicators.length;
  const n = units.length;
  const flags = new Uint8Array(n * m);
  let raw = grid.value;
  // Cells the observations mark not applicable (one pass over a byte per cell).
  const kind = grid.isBoolean;
  for (let k = 0; k < kind.length; k++) if (kind[k] === NOT_APPLICABLE) flags[k] = FLAG.notApplicable;
  for (let i = 0; i < m; i++) {
    const indicator = plan.indicators[i]!;
    const appliesTo = indicator.appliesTo;
    if (appliesTo === undefined) continue;
    for (let u = 0; u < n; u++) {
      if (units[u]!.tags.some((t) => appliesTo.includes(t))) continue;
      const cell = u * m + i;
      flags[cell] = FLAG.notApplicable;
      if (raw[cell] !== raw[cell]) continue;
      if (raw === grid.value) raw = grid.value.slice();
      raw[cell] = Number.NaN;
      const unit = units[u]!.id;
      diagnostics.push({
        severity: 'info',
        code: 'not_applicable_value',
        unit,
        indicator: indicator.id,
        message: {
          en: `${unit} has a value for ${indicator.id}, which applies only to units tagged ${appliesTo.join(', ')} (appliesTo): the value is not scored`,
          zh: `${unit} 报送了指标 ${indicator.id} 的数据，但该指标仅适用于标签为 ${appliesTo.join('、')} 的单位（appliesTo）：该数据不计分`,
        },
      });
    }
  }
  return { flags, raw };
}
