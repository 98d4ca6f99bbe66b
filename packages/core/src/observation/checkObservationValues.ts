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
export function checkObservationValues(
  observations: ReadonlyArray<Observation>,
  framework?: Pick<Framework, 'indicators'>,
  path: ReadonlyArray<string | number> = [],
): Issue[] {
  const issues: Issue[] = [];
  // As in the readers, a value of the wrong kind is reported once, and not compared with others.
  let checked: number[] = observations.map((_, k) => k);
  if (framework) {
    const indicators = new Map<string, Pick<Indicator, 'id' | 'polarity'>>(framework.indicators.map((i) => [i.id, i]));
    checked = checked.filter((k) => {
      const o = observations[k]!;
      const declared = indicators.get(o.indicator);
      const kind = declared ? checkValueKind(declared, o.value) : null;
      if (kind) issues.push(makeIssue([...path, k, 'value'], 'value_kind', kind.en, kind.zh));
      return !kind;
    });
  }
  issues.push(
    ...checkConflictingObservations(
      checked.length,
      (j) => {
        const o = observations[checked[j]!]!;
        return `${o.indicator}\u0000${o.unit}\u0000${o.period}\u0000${o.revision ?? ''}`;
      },
      (j) => observations[checked[j]!]!.value,
      (j) => {
        const at = formatPath([...path, checked[j]!]);
        return { path: [...path, checked[j]!, 'value'], en: at, zh: at };
      },
    ),
  );
  return issues;
}
