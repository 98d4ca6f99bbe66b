import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { ChiefAreaKindSchema } from '../vocabulary/chiefAreaKind.schema.js';

/**
 * An area under a chief system (河湖长制, 林长制): a river, lake, reservoir, forest or wetland, the
 * `post` of its chief (河长, 湖长 or 林长; the person answerable on a date is whoever holds the post
 * then, see `holderOf`), the `units` it runs through, and the `indicators` that measure it there
 * (a cross-section's water quality, forest coverage). The chief's level (市级, 区级, 乡级) is the
 * level of the post's unit.
 *
 * @category Model
 * @example
 * ChiefAreaSchema.parse({ id: 'meixi-river', kind: 'river', name: { zh: '梅溪干流' }, post: 'river-chief-meixi',
 *   units: ['nanshan', 'xihu'], indicators: ['water-class3'] })
 */
export const ChiefAreaSchema = z.strictObject({
  id: IdSchema,
  kind: ChiefAreaKindSchema,
  name: LocalizedTextSchema,
  /** The chief's post; someone in `people` holds it. */
  post: IdSchema,
  /** The units the area runs through (at least one). */
  units: z.array(IdSchema).check(z.minLength(1)),
  /** The indicators observed for it in those units; may be empty when none fits. */
  indicators: z.array(IdSchema),
});

/**
 * An area under a chief system.
 *
 * @category Model
 * @example
 * const river: ChiefArea = framework.chiefAreas![0]!; // Meixi: 梅溪干流, the city-level river chief's, through four districts
 */
export interface ChiefArea extends z.infer<typeof ChiefAreaSchema> {}
