import * as z from 'zod/mini';

/**
 * A user-facing text in Chinese (`zh`) and English (`en`); either may be missing, not both.
 *
 * @category Model
 * @example
 * LocalizedTextSchema.parse({ zh: '生态空间', en: 'Ecological space' })
 */
export const LocalizedTextSchema = z.strictObject({ zh: z.optional(z.string()), en: z.optional(z.string()) }).check(
  z.refine((t) => t.zh !== undefined || t.en !== undefined, {
    message: 'give the text in Chinese (zh), English (en) or both',
    params: { zh: '请至少提供中文（zh）或英文（en）文本' },
  }),
);

/**
 * A bilingual text.
 *
 * @category Model
 * @example
 * const jurisdiction: LocalizedText = { zh: '美溪市', en: 'Meixi City' };
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
