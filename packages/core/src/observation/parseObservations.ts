import * as z from 'zod/mini';
import type { ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import { ObservationSchema, type Observation } from './observation.schema.js';

const ObservationsSchema = z.array(ObservationSchema);

/**
 * Parses observations given as JSON (an array of objects), every problem with its path
 * (`[3].value`). Never throws for bad data.
 *
 * @category I/O
 * @param input - Parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * parseObservations([{ indicator: 'pm25', unit: 'xihu', period: '2025', value: null }]).ok //=> true
 */
export function parseObservations(input: unknown): ParseResult<Observation[]> {
  const r = ObservationsSchema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toIssues(r.error.issues) };
}
