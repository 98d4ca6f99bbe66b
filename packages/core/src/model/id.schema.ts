import * as z from 'zod/mini';
import { lookalikeId } from './lookalikeId.js';

/**
 * An identifier: letters (any script), digits, `-`, `_`, `.` or `:`, 1–100 characters, that cannot
 * pass for another id (see {@link lookalikeId}): no invisible characters, Unicode NFC, and no Latin
 * letters mixed with Cyrillic or Greek ones. The message names the offending character.
 *
 * @category Model
 * @example
 * IdSchema.parse('d-east') //=> 'd-east'
 * IdSchema.safeParse('\u0445ihu').success //=> false (U+0445 CYRILLIC SMALL LETTER HA among Latin letters)
 */
export const IdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.superRefine((s, ctx) => {
    // A lookalike is named precisely; other characters get the general rule.
    const lookalike = lookalikeId(s);
    if (lookalike !== null)
      ctx.addIssue({
        code: 'custom',
        message: `the id ${lookalike.en}`,
        params: { zh: `标识${lookalike.zh}` },
        input: s,
      });
    else if (!/^[\p{L}\p{N}_.:-]+$/u.test(s)) {
      ctx.addIssue({
        code: 'custom',
        message: 'use letters, digits, "-", "_", "." or ":" only',
        params: { zh: '标识只能包含字母、数字及 - _ . :' },
        input: s,
      });
    }
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
