/**
 * The scale of the efficacy-coefficient method (功效系数法) used by the national green development
 * index: the worst unit present scores 60, the best 100. Defined once, here in the model, because
 * the normaliser applies it and the scheme checks (a missing-value floor on the method's own scale)
 * judge against it.
 *
 * @example
 * EFFICACY_RANGE //=> [60, 100]
 */
export const EFFICACY_RANGE: readonly [low: number, high: number] = [60, 100];
