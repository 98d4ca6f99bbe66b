import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { UnitKindSchema } from './unitKind.schema.js';

/**
 * A responsible unit (责任单位) of any {@link UnitKindSchema} kind, from a province down to a
 * village, a department, an enterprise or a group, in a hierarchy through `parent`, with class tags (`mountainous`, `keyRegion`,
 * `region:OECD`) that targets, rules and peer groups refer to.
 *
 * @category Model
 * @example
 * UnitSchema.parse({ id: 'd-east', name: { zh: '东区' }, kind: 'district', parent: 'gov', tags: ['plain'], head: 'head-east' })
 */
export const UnitSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  kind: UnitKindSchema,
  parent: z.optional(IdSchema),
  tags: z.array(z.string().check(z.minLength(1))),
  /**
   * The post of the unit's principal (主要负责人, e.g. the district head), held by someone in
   * `people`: proposals addressed to the unit (约谈主要负责人) name the person holding it.
   */
  head: z.optional(IdSchema),
});

/**
 * A unit.
 *
 * @category Model
 * @example
 * const unit: Unit = { id: 'gangkou', name: { zh: '港口区', en: 'Gangkou District' }, kind: 'district', parent: 'meixi', tags: ['hilly', 'keyRegion', 'industrial'] };
 */
export interface Unit extends z.infer<typeof UnitSchema> {}
