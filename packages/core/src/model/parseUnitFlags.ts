import * as z from 'zod/mini';
import type { ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import type { Framework } from './framework.schema.js';
import { checkUnitFlags } from './checkUnitFlags.js';
import { UnitFlagSchema, type UnitFlag } from './unitFlag.schema.js';

const UnitFlagsSchema = z.array(UnitFlagSchema);

/**
 * Parses a JSON array of units' flags (as the CLI's `--flags` file holds them), reporting every
 * problem with its path (`[3].period`); with a framework, also units it does not declare and
 * flags no rule of its scheme tests. Never throws for bad data.
 *
 * @category Model
 * @param input - Parsed JSON.
 * @param framework - The framework the flags are for, to check their references.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * parseUnitFlags([{ unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' }], framework).ok //=> true (Meixi)
 */
export function parseUnitFlags(input: unknown, framework?: Framework): ParseResult<UnitFlag[]> {
  const r = UnitFlagsSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, issues: toIssues(r.error.issues) };
  const issues = framework ? checkUnitFlags(framework, r.data) : [];
  return issues.length === 0 ? { ok: true, value: r.data } : { ok: false, issues };
}
