import * as z from 'zod/mini';
import type { ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import { ProgressReportSchema, type ProgressReport } from './progressReport.schema.js';
import type { Framework } from './framework.schema.js';
import { checkReportIds } from './checkReportIds.js';

const ReportsSchema = z.array(ProgressReportSchema);

/**
 * Parses a JSON array of progress reports, reporting every problem with its path (`[3].percent`).
 * Given the framework, a report naming a measure or time node it does not declare is refused
 * too (see {@link checkReportIds}). Never throws for bad data.
 *
 * @category Model
 * @param input - Parsed JSON.
 * @param framework - The framework the reports are about; without it only their shapes are checked.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * parseReports([{ measure: 'm1', date: '2025-06-30', percent: 80 }]).ok //=> true
 */
export function parseReports(input: unknown, framework?: Framework): ParseResult<ProgressReport[]> {
  const r = ReportsSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, issues: toIssues(r.error.issues) };
  const issues = framework ? checkReportIds(framework, r.data) : [];
  return issues.length === 0 ? { ok: true, value: r.data } : { ok: false, issues };
}
