import * as z from 'zod/mini';

/**
 * An identifier: letters (any script), digits, `-`, `_`, `.` or `:`, 1–100 characters.
 *
 * @category Model
 * @example
 * IdSchema.parse('d-east') //=> 'd-east'
 */
export const IdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.refine((s) => /^[\p{L}\p{N}_.:-]+$/u.test(s), {
    message: 'use letters, digits, "-", "_", "." or ":" only',
    params: { zh: '标识只能包含字母、数字及 - _ . :' },
  }),
);

/**
 * An identifier.
 *
 * @category Model
 * @example
 * const zone: Id = 'nanshan-forest';
 * IdSchema.safeParse('nanshan forest').success //=> false (no spaces)
 */
export type Id = z.infer<typeof IdSchema>;
