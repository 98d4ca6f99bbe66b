import type { Assessment, Bundle } from '@eco-reform/core';
import { observedPeriods } from './bundle-data.js';
import type { Lookup } from './not-found.js';

/**
 * The checks for a widget showing one period's assessment, from a bundle or precomputed: the period
 * asked for among the bundle's observed periods (or the assessment's own), then the unit among the
 * units assessed. The period comes first: in a period without data no unit exists.
 *
 * @param assessment - The assessment shown.
 * @param bundle - The bundle it was scored from, or `null` for a precomputed assessment.
 * @param given - The **period** and **unit** attributes.
 * @returns The lookups for {@link NotFoundController.check}.
 * @example
 * assessmentLookups(assessment, null, { period: '2030', unit: null })[0]
 * //=> { kind: 'period', given: '2030', existing: ['2025'] }
 */
export function assessmentLookups(
  assessment: Assessment,
  bundle: Bundle | null,
  given: { period: string | null; unit: string | null },
): Lookup[] {
  return [
    { kind: 'period', given: given.period, existing: bundle ? observedPeriods(bundle) : [assessment.period] },
    { kind: 'unit', given: given.unit, existing: assessment.units.map((u) => u.id) },
  ];
}
