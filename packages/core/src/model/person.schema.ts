import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';

/**
 * Someone answerable for a measure: the unit they belong to, their position (e.g. 分管副市长)
 * and, optionally, their name and the `post` they hold: with a post, the person answerable on a
 * date is whoever held it then (the framework's `people`), not a name that a transfer makes wrong.
 *
 * @category Model
 * @example
 * PersonSchema.parse({ unit: 'gov', position: { zh: '分管副市长', en: 'Deputy mayor in charge' } })
 */
export const PersonSchema = z.strictObject({
  unit: IdSchema,
  position: LocalizedTextSchema,
  name: z.optional(LocalizedTextSchema),
  post: z.optional(IdSchema),
});

/**
 * A person or body with a role in a measure.
 *
 * @category Model
 * @example
 * const owner: Person = { unit: 'meixi', position: { zh: '分管经济的副市长', en: 'Deputy mayor for the economy' } }; // owner of Meixi's backward-capacity
 */
export type Person = z.infer<typeof PersonSchema>;
