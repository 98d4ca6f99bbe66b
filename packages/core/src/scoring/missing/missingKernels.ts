import type { MissingPolicy } from '../../model/missingPolicy.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import { groupMeans, peerGroups } from './peerGroups.js';

/**
 * What one missing-data policy does with a value that is missing (or that its method cannot
 * score), for an indicator's cells and for an area's scores alike.
 *
 * @example
 * const zero: MissingKernel<{ policy: 'zero' }> = { carries: false, fails: false, propagates: false, fill: () => 0, imputer: () => () => 0 };
 */
export interface MissingKernel<P extends MissingPolicy> {
  /** Whether the last earlier observation stands in for a missing one (selected with the period's). */
  readonly carries: boolean;
  /** Whether a missing value leaves the unit without a total, with an error diagnostic. */
  readonly fails: boolean;
  /**
   * Whether an area under this policy has no score as soon as any child (indicator or sub-area) has
   * none, and the total none as soon as a top-level area has none when it is the scheme's policy.
   */
  readonly propagates: boolean;
  /**
   * The score every missing entry gets, whatever the other units' (`NaN`: none, the entry is
   * excluded); `null` when it depends on them or on an earlier value, or fails the unit. The
   * assessment's row pass takes only the policies with a fill.
   */
  readonly fill: (policy: P) => number | null;
  /** For one column of scores (`NaN` for none), in unit order: the score missing entry `u` gets, `NaN` for none. */
  readonly imputer: (policy: P, units: ReadonlyArray<Unit>, scores: ArrayLike<number>) => (u: number) => number;
}

/** One kernel per missing-data policy: a policy without one is a compile error. */
type Kernels = { [K in MissingPolicy['policy']]: MissingKernel<Extract<MissingPolicy, { policy: K }>> };

const none = (): number => Number.NaN;

/**
 * The missing-data policies as kernels: `exclude` drops the entry (its weight renormalised away),
 * `floor` and `zero` give it a score, `peerMean` the mean score of the units sharing its tag group
 * (over the units that have one), `carryForward` takes the last earlier observation (excluded when
 * there is none), `error` fails the unit, and `propagate` leaves the entry without a score and
 * makes the area above (and, as the scheme's policy, the total) missing. The one place each policy is decided: the
 * observation selection, the indicator columns, the row pass and the areas all read this table.
 *
 * @example
 * MISSING_KERNELS.floor.fill({ policy: 'floor', value: 60 }) //=> 60
 * MISSING_KERNELS.carryForward.carries //=> true
 * MISSING_KERNELS.propagate.propagates //=> true
 */
export const MISSING_KERNELS = {
  exclude: { carries: false, fails: false, propagates: false, fill: () => Number.NaN, imputer: () => none },
  floor: {
    carries: false,
    fails: false,
    propagates: false,
    fill: (policy) => policy.value,
    imputer: (policy) => () => policy.value,
  },
  zero: { carries: false, fails: false, propagates: false, fill: () => 0, imputer: () => () => 0 },
  peerMean: {
    carries: false,
    fails: false,
    propagates: false,
    fill: () => null,
    imputer: (policy, units, scores) => {
      const groups = peerGroups(units, policy.tag);
      const means = groupMeans(
        Array.from(scores, (s) => (s !== s ? null : s)),
        groups,
      );
      return (u) => {
        const g = groups[u];
        return g === null || g === undefined ? Number.NaN : (means.get(g) ?? Number.NaN);
      };
    },
  },
  carryForward: { carries: true, fails: false, propagates: false, fill: () => null, imputer: () => none },
  error: { carries: false, fails: true, propagates: false, fill: () => null, imputer: () => none },
  // A missing value has no score, as with exclude; the area above is missing as a whole (scoreAreas).
  propagate: { carries: false, fails: false, propagates: true, fill: () => Number.NaN, imputer: () => none },
} satisfies Kernels;

/**
 * The kernel of a policy from {@link MISSING_KERNELS}, taking this very policy.
 *
 * @example
 * missingKernel({ policy: 'zero' }).fill({ policy: 'zero' }) //=> 0
 */
export function missingKernel<P extends MissingPolicy>(policy: P): MissingKernel<P> {
  // The table is indexed by the policy's own tag, so the entry takes this very variant.
  return MISSING_KERNELS[policy.policy] as unknown as MissingKernel<P>;
}
