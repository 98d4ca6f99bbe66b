import * as z from 'zod/mini';

const Text = z.string().check(z.minLength(1));

/**
 * A note on an observation (备注): plain text, shown as written in whatever language it was written,
 * or `{ zh, en }` with the note in Chinese, English or both, each shown on a page in its language
 * (`noteText`). Neither may be empty; an object with neither language is refused, at the note, in
 * both languages.
 *
 * @category Model
 * @example
 * NoteSchema.parse('港区扩建影响')
 * NoteSchema.parse({ zh: '港区扩建影响', en: 'port expansion' })
 * NoteSchema.safeParse({}).success //=> false
 */
export const NoteSchema = z.union([
  Text,
  z.strictObject({ zh: z.optional(Text), en: z.optional(Text) }).check(
    z.refine((t) => t.zh !== undefined || t.en !== undefined, {
      message: 'give the note in Chinese (zh), English (en) or both, or write it as plain text',
      params: { zh: '备注须至少有中文（zh）或英文（en），或直接写为文本' },
    }),
  ),
]);

/**
 * A note on an observation ({@link NoteSchema}).
 *
 * @category Model
 * @example
 * const note: Note = { zh: '港区扩建影响', en: 'port expansion' }; // Meixi, Gangkou's PM2.5 in 2024
 */
export type Note = z.infer<typeof NoteSchema>;
