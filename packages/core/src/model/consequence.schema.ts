import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { ConsequenceActionSchema } from '../vocabulary/consequenceAction.schema.js';

/**
 * A consequence the scheme attaches to a finding (奖惩措施), proposed — never decided — with the
 * scheme's clause as its `basis`: for a unit whose published grade is `grade` (e.g. 不合格 →
 * 通报批评, 约谈, 限期整改), for a unit for which an assessment rule fired (`rule`: e.g. the
 * red-line veto → 问责), for a red-line breach in the unit, or for a task whose lead unit the
 * escalation ladder reached `action` with (e.g. 约谈 → also 限期整改).
 *
 * @category Model
 * @example
 * ConsequenceSchema.parse({ id: 'fail-criticism', action: 'criticism', basis: { zh: '考核办法第十二条：考核不合格的，予以通报批评' },
 *   when: { on: 'grade', grade: 'fail' } })
 */
export const ConsequenceSchema = z.strictObject({
  id: IdSchema,
  action: ConsequenceActionSchema,
  basis: LocalizedTextSchema,
  when: z.discriminatedUnion('on', [
    z.strictObject({ on: z.literal('grade'), grade: IdSchema }),
    z.strictObject({ on: z.literal('rule'), rule: IdSchema }),
    z.strictObject({ on: z.literal('redLineBreach') }),
    z.strictObject({ on: z.literal('escalation'), action: ConsequenceActionSchema }),
  ]),
});

/**
 * A consequence of the scheme.
 *
 * @category Model
 * @example
 * const c: Consequence = { id: 'redline-accountability', action: 'accountability', basis: { zh: '第十三条…', en: 'Art. 13 …' }, when: { on: 'redLineBreach' } };
 */
export type Consequence = z.infer<typeof ConsequenceSchema>;
