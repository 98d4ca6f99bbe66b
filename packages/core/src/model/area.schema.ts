import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { MissingPolicySchema } from './missingPolicy.schema.js';
import { AggregationMethodSchema } from './aggregation.schema.js';

/**
 * A field of work (领域), e.g. ecological space; a tree of any depth through `parent`. Each area
 * may choose its aggregation, missing-data policy and the minimum number of indicators with data
 * for it to count as present (the SDG Index needs 2 for SDG 14).
 *
 * @category Model
 * @example
 * AreaSchema.parse({ id: 'space', title: { zh: '生态空间' }, weight: 0.4 })
 */
export const AreaSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  parent: z.optional(IdSchema),
  weight: z.optional(z.number().check(z.nonnegative())),
  points: z.optional(z.number().check(z.nonnegative())),
  aggregation: z.optional(AggregationMethodSchema),
  missing: z.optional(MissingPolicySchema),
  minIndicators: z.optional(z.int().check(z.positive())),
});

/**
 * An area.
 *
 * @category Model
 * @example
 * const env: Area = { id: 'env', title: { zh: '生态环境优化', en: 'Ecological environment' }, weight: 0.4 }; // Meixi
 */
export interface Area extends z.infer<typeof AreaSchema> {}
