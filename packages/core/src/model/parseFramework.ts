import type { ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import { FrameworkSchema, type Framework } from './framework.schema.js';
import { validateFramework } from './validateFramework.js';

/**
 * Parses and validates a reform framework: its shape (zod) and its rules (see
 * {@link validateFramework}), reporting every problem of both kinds in one run, each with a path
 * and a message in English and Chinese. Never throws for bad data.
 *
 * @category Model
 * @param input - Parsed JSON (or any value).
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * const r = parseFramework(JSON.parse(text));
 * if (!r.ok) console.log(formatIssues(r.issues, { lang: 'zh-CN' }));
 */
export function parseFramework(input: unknown): ParseResult<Framework> {
  const shape = FrameworkSchema.safeParse(input, { reportInput: true });
  const issues = [...(shape.success ? [] : toIssues(shape.error.issues)), ...validateFramework(input)];
  return issues.length === 0 && shape.success ? { ok: true, value: shape.data } : { ok: false, issues };
}
