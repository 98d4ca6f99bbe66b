import * as z from 'zod/mini';

/**
 * What kind of body a unit is. The levels of China's administrative hierarchy, for schemes that
 * assess down the tiers (national → `province` 省级, province → `prefecture` 地级市, city → `county`
 * 县（市、区）, county → `township` 乡镇 or `street` 街道, township → `village` 村（社区）), beside
 * the kinds of a city's own scheme: `government` (the assessing government), `department`
 * (a functional department), `district` (a city's district), `town`, `enterprise` and `group` (a
 * grouping of units, e.g. a category of departments); and, for published indexes, `country` (the
 * SDG Index) and `city` (the EIU Water Optimisation Index). Their names in both languages are
 * `unitKindLabels`.
 *
 * @category Model
 * @example
 * UnitKindSchema.parse('prefecture') //=> 'prefecture'
 */
export const UnitKindSchema = z.enum([
  'country',
  'city',
  'government',
  'department',
  'province',
  'prefecture',
  'district',
  'county',
  'town',
  'township',
  'street',
  'village',
  'enterprise',
  'group',
]);

/**
 * A unit kind ({@link UnitKindSchema}).
 *
 * @category Model
 * @example
 * const kind: UnitKind = 'province'; // the units of a national assessment of provinces
 */
export type UnitKind = z.infer<typeof UnitKindSchema>;
