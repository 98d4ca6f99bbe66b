import * as z from 'zod/mini';
import { PeriodSchema } from './period.schema.js';
import { NoteSchema } from './note.schema.js';

/** An indicator or unit name: not empty, and without white space at either end, which CSV readers trim. */
const Name = z.string().check(
  z.minLength(1),
  z.refine((s) => s.trim() === s, {
    message: 'must not start or end with white space (CSV readers trim it, so it could never match)',
    params: { zh: '首尾不能有空白字符（CSV 读取时会去除，无法对应）' },
  }),
);

/**
 * One monitored value (监测数据): an indicator for a unit in a period. `null` is a missing value
 * and stays missing (never 0); `notApplicable: true` (with `value` `null`) says the indicator does
 * not apply to the unit in that period (不适用): no score and no missing-data policy, as for a unit
 * outside the indicator's `appliesTo`. A higher `revision` replaces a lower one for the same cell.
 * `note` is plain text or `{ zh, en }` ({@link NoteSchema}); `note` and `source` are kept as written,
 * and an empty one is the same as none, so it is left out (`''` is refused), and every valid
 * observation survives `writeObservationsCsv` → `readObservationsCsv` unchanged.
 *
 * @category Model
 * @example
 * ObservationSchema.parse({ indicator: 'pm25', unit: 'd-east', period: '2025', value: 31.2 })
 * ObservationSchema.parse({ indicator: 'coastline', unit: 'gansu', period: '2025', value: null, notApplicable: true })
 */
export const ObservationSchema = z
  .strictObject({
    indicator: Name,
    unit: Name,
    period: PeriodSchema,
    value: z.union([z.number(), z.boolean(), z.null()]),
    notApplicable: z.optional(z.literal(true)),
    note: z.optional(NoteSchema),
    source: z.optional(z.string().check(z.minLength(1))),
    revision: z.optional(z.int().check(z.nonnegative())),
  })
  .check(
    z.refine((o) => o.notApplicable !== true || o.value === null, {
      message: 'an observation marked notApplicable has no value: its value must be null',
      params: { zh: '标记为不适用（notApplicable）的监测数据不能有数值：value 须为 null' },
      path: ['value'],
    }),
  );

/**
 * One observation.
 *
 * @category Model
 * @example
 * const o: Observation = { indicator: 'pm25', unit: 'xihu', period: '2025', value: 30.5, source: '美溪市统计局、各主管部门' }; // a row of Meixi's observations.csv
 */
export interface Observation extends z.infer<typeof ObservationSchema> {}
