import * as z from 'zod/mini';
import type { ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import type { Framework } from '../model/framework.schema.js';
import { checkObservationIds } from '../model/checkObservationIds.js';
import { ObservationSchema, type Observation } from './observation.schema.js';
import { checkObservationValues } from './checkObservationValues.js';

const ObservationsSchema = z.array(ObservationSchema);

/**
 * Options of {@link parseObservations}.
 *
 * @category I/O
 * @example
 * parseObservations([{ indicator: 'eco-park', unit: 'xihu', period: '2025', value: 1 }], { framework }).ok //=> false: eco-park is yes/no
 */
export interface ParseObservationsOptions {
  /**
   * The framework the observations are for: each value must then be of its indicator's kind, and
   * every unit, indicator and period one it declares (see `checkObservationIds`), as the CSV
   * readers check them.
   */
  framework?: Framework;
}

/**
 * Parses observations given as JSON (an array of objects), every problem with its path
 * (`[3].value`), with the checks of the CSV readers: two observations with different values for
 * the same indicator, unit, period and revision are refused, and, given the framework, a value
 * not of its indicator's kind. Never throws for bad data.
 *
 * @category I/O
 * @param input - Parsed JSON.
 * @param options - **framework**: check each value's kind against its indicator, then the ids against the framework.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * parseObservations([{ indicator: 'pm25', unit: 'xihu', period: '2025', value: null }]).ok //=> true
 */
export function parseObservations(
  input: unknown,
  { framework }: ParseObservationsOptions = {},
): ParseResult<Observation[]> {
  const r = ObservationsSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, issues: toIssues(r.error.issues) };
  const issues = checkObservationValues(r.data, framework);
  if (issues.length === 0 && framework) issues.push(...checkObservationIds(framework, r.data));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: r.data };
}
