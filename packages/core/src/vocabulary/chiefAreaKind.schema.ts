import * as z from 'zod/mini';

/**
 * What a chief system's area is (河湖长制, 林长制): a `river` (河流), `lake` (湖泊) or `reservoir`
 * (水库) under a 河长 or 湖长, a `forest` (林区) or `wetland` (湿地) under a 林长. Their names and
 * their chiefs' titles in both languages are `chiefAreaKindLabels`.
 *
 * @category Model
 * @example
 * ChiefAreaKindSchema.parse('river') //=> 'river'
 */
export const ChiefAreaKindSchema = z.enum(['river', 'lake', 'reservoir', 'forest', 'wetland']);

/**
 * One of `river | lake | reservoir | forest | wetland`.
 *
 * @category Model
 * @example
 * const kind: ChiefAreaKind = 'forest'; // under a 林长
 */
export type ChiefAreaKind = z.infer<typeof ChiefAreaKindSchema>;
