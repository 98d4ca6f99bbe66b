import type { DashboardThresholds } from '../model/dashboardThresholds.schema.js';

/**
 * SDSN dashboard colours, best first.
 *
 * @category Progress
 * @example
 * dashboardSdsnIndicator(70, { green: 80, red: 40 }) //=> 'yellow'
 */
export type DashboardColour = 'green' | 'yellow' | 'orange' | 'red';

/**
 * The SDSN SDG dashboard colour of one indicator: with m = (green + red)/2, green when
 * s ≥ green, yellow when m ≤ s < green, orange when red ≤ s < m, red when s < red (a score exactly
 * on the red threshold is orange). Thresholds must be normalised like the score
 * (`normalizeGoalposts(rawThreshold, { lower, upper })`). Source: SDR 2025 methodology,
 * reproduced on the published dashboards (see the fidelity test).
 *
 * @category Progress
 * @param score - The normalised score; `null` gives `null`.
 * @param thresholds - **green** and **red**, normalised.
 * @returns The colour.
 * @example
 * dashboardSdsnIndicator(70, { green: 80, red: 40 }) //=> 'yellow'
 * dashboardSdsnIndicator(40, { green: 80, red: 40 }) //=> 'orange'
 */
export function dashboardSdsnIndicator(
  score: number | null,
  { green, red }: DashboardThresholds,
): DashboardColour | null {
  if (score === null || !Number.isFinite(score)) return null;
  const mid = (green + red) / 2;
  return score >= green ? 'green' : score >= mid ? 'yellow' : score >= red ? 'orange' : 'red';
}

/** Maps a score onto the dashboards' 0–4 scale: [0, red] → [0, 1], [red, mid] → [1, 2], [mid, green] → [2, 3], [green, 100] → [3, 4]. */
function dashboardScale(score: number, { green, red }: DashboardThresholds): number {
  const mid = (green + red) / 2;
  const seg = (x: number, a: number, b: number, base: number): number => base + (b > a ? (x - a) / (b - a) : 1);
  if (score < red) return seg(Math.max(0, score), 0, red, 0);
  if (score < mid) return seg(score, red, mid, 1);
  if (score < green) return seg(score, mid, green, 2);
  return seg(Math.min(100, score), green, 100, 3);
}

/**
 * A goal's dashboard colour by SDSN's two-worst rule: each indicator is mapped onto the 0–4 scale,
 * the two worst are averaged and the average read back as a colour (≥ 3 green, ≥ 2 yellow, ≥ 1
 * orange, else red); red stays red only if both worst indicators are red, and green stays green
 * only if both are green (otherwise red becomes orange and green becomes yellow). A goal with a
 * single indicator takes that indicator's colour; with none, `null`.
 *
 * @category Progress
 * @param indicators - Each indicator's normalised score (`null` = missing, skipped) and thresholds.
 * @returns The goal's colour.
 * @example
 * dashboardSdsn([{ score: 90, green: 80, red: 40 }, { score: 30, green: 80, red: 40 }]) //=> 'orange'
 */
export function dashboardSdsn(
  indicators: ReadonlyArray<{ score: number | null } & DashboardThresholds>,
): DashboardColour | null {
  const present = indicators
    .filter((i): i is { score: number } & DashboardThresholds => i.score !== null && Number.isFinite(i.score))
    .map((i) => ({ value: dashboardScale(i.score, i), colour: dashboardSdsnIndicator(i.score, i)! }))
    .sort((a, b) => a.value - b.value);
  if (present.length === 0) return null;
  const worst = present.slice(0, 2);
  if (worst.length === 1) return worst[0]!.colour;
  const mean = (worst[0]!.value + worst[1]!.value) / 2;
  const colour: DashboardColour = mean >= 3 ? 'green' : mean >= 2 ? 'yellow' : mean >= 1 ? 'orange' : 'red';
  if (colour === 'red' && !worst.every((w) => w.colour === 'red')) return 'orange';
  if (colour === 'green' && !worst.every((w) => w.colour === 'green')) return 'yellow';
  return colour;
}
