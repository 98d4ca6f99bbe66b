import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';

/**
 * A person who holds, or held, posts answerable for the reform, with the dates of each tenure
 * (任职): a post (`post`, e.g. `deputy-mayor-env`) in a unit, its title, `start` and, once they
 * leave it, `end` (both inclusive). Measures' roles and red-line zones name a post; the person
 * answerable on a date is the one whose tenure in that post covers it, so the record survives a
 * transfer (终身追责) and a tenure can be reviewed (领导干部自然资源资产离任审计).
 *
 * @category Model
 * @example
 * OfficeHolderSchema.parse({ id: 'li-ming', name: { zh: '李明' }, positions: [{ post: 'deputy-mayor-env', unit: 'meixi',
 *   title: { zh: '分管生态环境的副市长' }, start: '2021-03-01', end: '2025-06-30' }] })
 */
export const OfficeHolderSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  positions: z.array(
    z.strictObject({
      post: IdSchema,
      unit: IdSchema,
      title: LocalizedTextSchema,
      start: z.iso.date(),
      end: z.optional(z.iso.date()),
    }),
  ),
});

/**
 * A person with their tenures.
 *
 * @category Model
 * @example
 * const holder: OfficeHolder = framework.people![1]!; // Meixi: 李明, deputy mayor for ecology and environment 2021-03-01 → 2025-06-30
 */
export type OfficeHolder = z.infer<typeof OfficeHolderSchema>;
