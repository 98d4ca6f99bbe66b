import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';

/**
 * An ecological red-line zone (生态红线区) with its control grade (分级管控, e.g. I or II), its
 * baseline area (km²), function index and land-use nature, and what was observed since. The rule:
 * area not reduced, function not degraded, nature not changed.
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
export type RedLineZone = z.infer<typeof RedLineZoneSchema>;
