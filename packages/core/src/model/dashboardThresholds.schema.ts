import * as z from 'zod/mini';

/**
 * An indicator's dashboard thresholds, as the SDSN SDG dashboards declare them: **green** (at or
 * above it, the indicator is achieved) and **red** (below it, major challenges), on the indicator's
 * 0–100 score scale, the scale the dashboards compare scores on (`dashboardSdsnIndicator`). SDSN
 * publishes them as raw values: normalise them with the indicator's own goalposts
 * (`normalizeGoalposts`). Green must be above red; `assess` carries them in the assessment's
 * indicators, untouched.
 *
 * @category Model
 * @example
 * DashboardThresholdsSchema.parse({ green: 97.2, red: 82.1 }) // sdg1_wpc: 2 % and 13 % between 72.6 (0) and 0 (100)
 */
export const DashboardThresholdsSchema = z.strictObject({ green: z.number(), red: z.number() }).check(
  z.refine((t) => t.green > t.red, {
    message: 'the green threshold must be above the red one (both on the 0–100 score scale)',
    params: { zh: '绿色阈值（green）须高于红色阈值（red），二者均为 0–100 得分' },
    path: ['green'],
  }),
);

/**
 * Dashboard thresholds ({@link DashboardThresholdsSchema}).
 *
 * @category Model
 * @example
 * const thresholds: DashboardThresholds = { green: 97.2, red: 82.1 };
 * dashboardSdsnIndicator(90, thresholds) //=> 'yellow'
 */
export type DashboardThresholds = z.infer<typeof DashboardThresholdsSchema>;
