import type { ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import { BundleSchema, type Bundle } from './bundle.schema.js';
import { validateFramework } from './validateFramework.js';
import { checkUnitFlags } from './checkUnitFlags.js';
import { checkObservationIds } from './checkObservationIds.js';
import { checkReportIds } from './checkReportIds.js';
import { isObject } from './rules/loose.js';
import { checkObservationValues } from '../observation/checkObservationValues.js';
import { parseLedgers } from '../ledger/parseLedgers.js';

/**
 * Parses the single document a portal publishes, `{ framework, observations, reports, flags?, ledgers? }`:
 * shapes, the framework's rules (paths prefixed with `framework`), and the data against the
 * framework: observations' units, indicators and periods (`observations[7].unit`, see
 * `checkObservationIds`), their values (each of its indicator's kind, no two different values for
 * one cell: `observations[5].value`), reports' measures and time nodes (`reports[3].node`) and the
 * flags' units and flag names (`flags[2].flag`) and the ledgers (see `parseLedgers`:
 * `ledgers.problems[0].history[2].evidence`), every problem at once. Never throws.
 *
 * @category Model
 * @param input - Parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * parseBundle({ framework, observations: [], reports: [] }).ok //=> true
 */
export function parseBundle(input: unknown): ParseResult<Bundle> {
  const shape = BundleSchema.safeParse(input, { reportInput: true });
  const rules = validateFramework(isObject(input) ? input['framework'] : undefined).map((i) => ({
    ...i,
    path: ['framework', ...i.path],
    at: i.at.startsWith('[') ? `framework${i.at}` : `framework.${i.at}`,
  }));
  // The references of the data can be checked once the framework and the data have their shapes.
  const references =
    shape.success && rules.length === 0
      ? [
          ...checkObservationIds(shape.data.framework, shape.data.observations, { pathOf: (k) => ['observations', k] }),
          ...checkReportIds(shape.data.framework, shape.data.reports, ['reports']),
          ...checkUnitFlags(shape.data.framework, shape.data.flags ?? [], ['flags']),
        ]
      : [];
  // The ledgers' own rules (lifecycle, dates, evidence) and, once the framework is valid, their units and zones.
  const ledgerCheck =
    shape.success && shape.data.ledgers
      ? parseLedgers(shape.data.ledgers, rules.length === 0 ? shape.data.framework : undefined, ['ledgers'])
      : null;
  const ledgers = ledgerCheck && !ledgerCheck.ok ? ledgerCheck.issues : [];
  // The observations' values: conflicts once they have their shapes, kinds once the framework is valid too.
  const values = shape.success
    ? checkObservationValues(shape.data.observations, rules.length === 0 ? shape.data.framework : undefined, [
        'observations',
      ])
    : [];
  const issues = [
    ...(shape.success ? [] : toIssues(shape.error.issues)),
    ...rules,
    ...references,
    ...ledgers,
    ...values,
  ];
  return issues.length === 0 && shape.success ? { ok: true, value: shape.data } : { ok: false, issues };
}
