import * as z from 'zod/mini';
import type { ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import { ProgressReportSchema, type ProgressReport } from './progressReport.schema.js';

const ReportsSchema = z.array(ProgressReportSchema);

/**
 * Parses a JSON array of progress reports, reporting every problem with its path (`[3].percent`).
 * Never throws for bad data.
 *
 * @category Model
 * @param input - Parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * parseReports([{ measure: 'm1', date: '2025-06-30', percent: 80 }]).ok //=> true
 */
export function parseReports(input: unknown): ParseResult<ProgressReport[]> {
  const r = ReportsSchema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toIssues(r.error.issues) };
}
