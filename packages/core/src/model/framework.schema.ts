import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { AreaSchema } from './area.schema.js';
import { GoalSchema } from './goal.schema.js';
import { IndicatorSchema } from './indicator.schema.js';
import { MeasureSchema } from './measure.schema.js';
import { UnitSchema } from './unit.schema.js';
import { RedLineZoneSchema } from './redLineZone.schema.js';
import { RedLineToleranceSchema } from './redLineTolerance.schema.js';
import { AssessmentSchemeSchema } from './assessmentScheme.schema.js';
import { OfficeHolderSchema } from './officeHolder.schema.js';
import { ChiefAreaSchema } from './chiefArea.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';

/**
 * A reform framework (改革实施方案): identity, plan period, areas, goals, indicators, measures,
 * units, red-line zones, the people holding the posts answerable (with tenures), the areas under a
 * river, lake or forest chief and the assessment scheme. This is the shape; `parseFramework` also
 * checks cross-references and the reform's rules.
 *
 * @category Model
 * @example
 * FrameworkSchema.safeParse(JSON.parse(text)).success
 */
export const FrameworkSchema = z.strictObject({
  id: IdSchema,
  version: z.string().check(z.minLength(1)),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  jurisdiction: LocalizedTextSchema,
  period: z.strictObject({ start: PeriodSchema, end: PeriodSchema }),
  areas: z.array(AreaSchema),
  goals: z.array(GoalSchema),
  indicators: z.array(IndicatorSchema),
  measures: z.array(MeasureSchema),
  units: z.array(UnitSchema),
  redLines: z.array(RedLineZoneSchema),
  /** The survey tolerance of every red-line zone without its own. */
  redLineTolerance: z.optional(RedLineToleranceSchema),
  /** The people who hold the posts that measures and zones name, with their tenures. */
  people: z.optional(z.array(OfficeHolderSchema)),
  /** The rivers, lakes, reservoirs, forests and wetlands under a chief (河长, 湖长, 林长), where a city uses the chief systems. */
  chiefAreas: z.optional(z.array(ChiefAreaSchema)),
  scheme: AssessmentSchemeSchema,
});

/**
 * A reform framework.
 *
 * @category Model
 * @example
 * const r = parseFramework(JSON.parse(readFileSync('examples/meixi/framework.json', 'utf8')));
 * const framework: Framework | undefined = r.ok ? r.value : undefined; // id 'meixi-2024', period { start: '2024', end: '2026' }, 20 indicators, 16 units
 */
export interface Framework extends z.infer<typeof FrameworkSchema> {}
