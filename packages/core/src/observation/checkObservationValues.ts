import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import { formatPath } from '../result/formatPath.js';
import type { Framework } from '../model/framework.schema.js';
import type { Indicator } from '../model/indicator.schema.js';
import type { Observation } from './observation.schema.js';
import { checkValueKind } from './checkValueKind.js';
import { checkConflictingObservations } from './checkConflictingObservations.js';

/**
 * The value checks the CSV readers make, for observations given as objects (JSON, a bundle):
 * each value of its indicator's kind when the framework is known ({@link checkValueKind}), and no
 * two observations with different values for one cell ({@link checkConflictingObservations}).
 *
 * @category I/O
 * @param observations - Observations of a valid shape.
 * @param framework - The framework they are for, if known.
 * @param path - Where the list is in the input, e.g. `['observations']` in a bundle.
 * @returns Every issue, at paths such as `observations[3].value`.
 * @example
 * checkObservationValues([{ indicator: 'eco-park', unit: 'xihu', period: '2025', value: 1 }], meixi)[0]!.at //=> '[0].value'
 */
export function checkObservationValues(observations: ReadonlyArray<Observation>, framework?: Pick<Framework, 'indicators'>, path: ReadonlyArray<string | number> = []): Issue[] {
  const issues: Issue[] = [];
  if (framework) {
    const indicators = new Map<string, Pick<Indicator, 'id' | 'polarity'>>(framework.indicators.map((i) => [i.id, i]));
    observations.forEach((o, k) => {
      const declared = indicators.get(o.indicator);
      const kind = declared ? checkValueKind(declared, o.value) : null;
      if (kind) issues.push(makeIssue([...path, k, 'value'], 'value_kind', kind.en, kind.zh));
    });
  }
  issues.push(...checkConflictingObservations(
    observations.length,
    (k) => { const o = observations[k]!; return `${o.indicator}\u0000${o.unit}\u0000${o.period}\u0000${o.revision ?? ''}`; },
    (k) => observations[k]!.value,
    (k) => { const at = formatPath([...path, k]); return { path: [...path, k, 'value'], en: at, zh: at }; },
  ));
  return issues;
}
