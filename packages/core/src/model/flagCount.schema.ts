import * as z from 'zod/mini';

/**
 * One entry of a unit's flags as `assess` receives them (`options.flags`): a flag's name, which
 * counts once, or the name with how many times it happened in the period (`{ flag, count }`).
 * `flagsByUnit` writes a plain name for a count of 1, so flag lists written before counts existed
 * mean what they meant. Repeating a name adds up its counts.
 *
 * @category Model
 * @example
 * FlagCountSchema.parse('majorIncident') //=> 'majorIncident'
 * FlagCountSchema.parse({ flag: 'verifiedComplaint', count: 3 }) //=> { flag: 'verifiedComplaint', count: 3 }
 */
export const FlagCountSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ flag: z.string().check(z.minLength(1)), count: z.int().check(z.positive()) }),
]);

/**
 * A flag with how many times it happened ({@link FlagCountSchema}).
 *
 * @category Model
 * @example
 * const flags: Record<string, FlagCount[]> = { gangkou: [{ flag: 'verifiedComplaint', count: 3 }], qingxi: ['majorIncident'] };
 */
export type FlagCount = z.infer<typeof FlagCountSchema>;
