import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';

/**
 * Supporting material (佐证材料) for a report, an application or a closure: where the file is (a
 * URL or a file name) and the SHA-256 of its bytes as 64 hex digits, as `sha256sum` or
 * `Get-FileHash` prints it (either case), so a closure can be audited later against the very same
 * file (see `evidenceMatches`). A reference without its hash is refused.
 *
 * @category Ledgers
 * @example
 * EvidenceSchema.safeParse({ ref: 'nanshan-replanting.pdf', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }).success //=> true
 * EvidenceSchema.safeParse({ ref: 'nanshan-replanting.pdf', sha256: 'abc' }).success //=> false
 */
export const EvidenceSchema = z.strictObject({
  ref: z.string().check(z.minLength(1)),
  sha256: z.string().check(
    z.superRefine((s, ctx) => {
      if (!/^[0-9a-fA-F]{64}$/.test(s))
        ctx.addIssue({
          code: 'custom',
          message: `a SHA-256 is 64 hex digits (0-9, a-f), got ${s.length} character(s): "${s.slice(0, 80)}"`,
          params: { zh: `SHA-256 应为 64 位十六进制数字（0-9、a-f），实为 ${s.length} 个字符：“${s.slice(0, 80)}”` },
          input: s,
        });
    }),
  ),
  /** What the file is, for readers (e.g. 整改验收报告). */
  title: z.optional(LocalizedTextSchema),
});

/**
 * A piece of evidence.
 *
 * @category Ledgers
 * @example
 * const e: Evidence = { ref: 'https://sthjj.meixi.gov.cn/zg/2025-031.pdf', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' };
 */
export type Evidence = z.infer<typeof EvidenceSchema>;
