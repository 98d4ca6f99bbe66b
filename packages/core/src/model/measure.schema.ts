import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { PersonSchema } from './person.schema.js';

const DateSchema = z.iso.date();

/**
 * A reform measure (重点任务) broken into time nodes (时间节点), with a lead unit (牵头单位),
 * co-operating units (配合单位) and the three roles the reform demands for every task: `owner`
 * (有人管, the accountable leader), `doer` (有人干, who executes) and `checker` (有人问, who
 * supervises). The roles are optional in the shape so that validation can name a missing one.
 *
 * @category Model
 * @example
 * MeasureSchema.parse({ id: 'm1', title: { zh: '编制实施方案' }, goal: 'g1', lead: 'drc', cooperating: [],
 *   nodes: [{ id: 'n1', title: { zh: '印发方案' }, due: '2024-06-30' }], indicators: [] })
 */
export const MeasureSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  goal: IdSchema,
  lead: IdSchema,
  /** The city-wide task this one is a unit's share of (区县分解), e.g. a district's part of a city task. */
  partOf: z.optional(IdSchema),
  cooperating: z.array(IdSchema),
  owner: z.optional(PersonSchema),
  doer: z.optional(PersonSchema),
  checker: z.optional(PersonSchema),
  nodes: z.array(
    z.strictObject({
      id: IdSchema,
      title: LocalizedTextSchema,
      due: DateSchema,
      deliverable: z.optional(LocalizedTextSchema),
    }),
  ),
  indicators: z.array(IdSchema),
});

/**
 * A measure.
 *
 * @category Model
 * @example
 * const sewage: Measure = { id: 'sewage', title: { en: 'Expand and upgrade sewage plants', … }, goal: 'infrastructure', lead: 'hurd', cooperating: ['wrb', 'eeb'],
 *   nodes: [{ id: 'design', due: '2024-06-30', … }, { id: 'build', due: '2025-09-30', … }, { id: 'operate', due: '2026-03-31', … }], indicators: ['sewage-capacity'], … }; // Meixi
 */
export interface Measure extends z.infer<typeof MeasureSchema> {}
