import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';
import { RedLineToleranceSchema } from './redLineTolerance.schema.js';

/**
 * An ecological red-line zone (生态红线区) with its control grade (分级管控, e.g. I or II), its
 * baseline area (km²), function index and land-use nature, the baseline's approved adjustments, the
 * survey tolerance, and what was observed since. The rule: area not reduced, function not degraded,
 * nature not changed (面积不减少、功能不降低、性质不改变), beyond the tolerance, against the baseline in
 * force in the period.
 *
 * @category Model
 * @example
 * RedLineZoneSchema.parse({ id: 'z1', name: { zh: '北山水源涵养区' }, unit: 'd-north', grade: 'I',
 *   baseline: { area: 12.4, functionIndex: 0.82, nature: 'forest' }, observations: [] })
 */
export const RedLineZoneSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  unit: IdSchema,
  grade: z.string().check(z.minLength(1)),
  /** The post answerable for the zone (e.g. the district head; a 河长 or 林长 post where a city uses them). */
  post: z.optional(IdSchema),
  baseline: z.strictObject({
    area: z.number().check(z.nonnegative()),
    functionIndex: z.number(),
    nature: z.string().check(z.minLength(1)),
  }),
  /** Survey tolerance: a loss of at most this much is measurement noise, not a breach (else the framework's `redLineTolerance`). */
  tolerance: z.optional(RedLineToleranceSchema),
  /**
   * Baseline revisions by an approved adjustment (调整), each applying from its `period` on: the
   * values it gives replace the baseline's, with the approval's number and date for the record.
   */
  adjustments: z.optional(
    z.array(
      z.strictObject({
        period: PeriodSchema,
        area: z.optional(z.number().check(z.nonnegative())),
        functionIndex: z.optional(z.number()),
        nature: z.optional(z.string().check(z.minLength(1))),
        approval: z.strictObject({
          number: z.string().check(z.minLength(1)),
          date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        }),
      }),
    ),
  ),
  observations: z.array(
    z.strictObject({
      period: PeriodSchema,
      area: z.number().check(z.nonnegative()),
      functionIndex: z.number(),
      nature: z.string().check(z.minLength(1)),
    }),
  ),
});

/**
 * A red-line zone.
 *
 * @category Model
 * @example
 * const zone: RedLineZone = { id: 'nanshan-forest', name: { en: 'Nanshan water-conservation forest', … }, unit: 'nanshan', grade: 'I',
 *   baseline: { area: 12.4, functionIndex: 0.86, nature: 'forest' }, observations: [ …, { period: '2025', area: 12.05, functionIndex: 0.87, nature: 'forest' }] };
 */
export interface RedLineZone extends z.infer<typeof RedLineZoneSchema> {}
