/**
 * How many runs each fuzz property makes (fast-check `numRuns`), in one place.
 *
 * `FUZZ_RUNS` sets the budget: unset it is **10,000**, the bounded run inside `npm test`;
 * `npm run fuzz` sets **100,000** (or whatever `FUZZ_RUNS` says). Properties come in two tiers:
 *
 * - {@link runs}.cheap = `FUZZ_RUNS`: one pure function on a small input (a normaliser, an
 *   aggregator, a CSV cell, a small random document). Well under a millisecond a run.
 * - {@link runs}.heavy = `FUZZ_RUNS / 10` (at least 1): a whole document parsed (a Meixi mutant,
 *   or a random framework-shaped document with dozens of issues), or a framework parsed and then
 *   run through `assess`, `explain` and `annualAssessment`: 1–10 ms of CPU a run, so 10,000 of
 *   them would take minutes on this 2-core machine, not seconds.
 *
 * So at the default every cheap property runs 10,000 times and every heavy one 1,000 times, and
 * `npm run fuzz` runs them 100,000 and 10,000 times. {@link timeout} grows with the budget so
 * that a long `npm run fuzz` is not cut off by vitest's 60 s default.
 *
 * `FUZZ_SEED` (an integer) replays a run: fast-check prints the seed and path of any failure.
 * Unset, the seed is {@link DEFAULT_SEED}, so `npm test` explores the same cases on every run and a
 * red CI run is a regression, never the luck of the draw; `npm run fuzz` sets `FUZZ_SEED=random`
 * to explore new cases each time (a failure found there becomes a named test beside the code).
 */
const parsed = Number.parseInt(process.env['FUZZ_RUNS'] ?? '', 10);
const budget = Number.isFinite(parsed) && parsed > 0 ? parsed : 10_000;
/** The seed of the bounded run inside `npm test`. */
export const DEFAULT_SEED = 20_261_207;
const seedText = process.env['FUZZ_SEED'] ?? String(DEFAULT_SEED);
const seed = seedText === 'random' ? Number.NaN : Number.parseInt(seedText, 10);
if (seedText !== 'random' && !Number.isFinite(seed)) {
  throw new Error(`FUZZ_SEED must be an integer or "random", not ${JSON.stringify(seedText)}`);
}

/** Run counts of the two tiers. */
export const runs = {
  cheap: budget,
  heavy: Math.max(1, Math.floor(budget / 10)),
} as const;

/** fast-check parameters for a property of a tier: the run count, and the seed when one is given. */
export function params(tier: keyof typeof runs): { numRuns: number; seed?: number } {
  return Number.isFinite(seed) ? { numRuns: runs[tier], seed } : { numRuns: runs[tier] };
}

/** A per-test timeout (ms) that scales with the budget: 60 s at the default, more for `npm run fuzz`. */
export const timeout = Math.max(60_000, budget * 20);
