// Test fixture: a two-area framework small enough to check rules by hand, and its observations.
import { parseFramework } from '../../model/parseFramework.js';
import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';

// A two-area framework small enough to check by hand (districts u1 and u2 unless told): each area averages two indicators scored
// with `value` (already 0–100), areas weigh equally, total points 100, rounding one decimal.
export function rulesToy(
  over: {
    rules?: unknown[];
    missing?: unknown;
    tags?: Record<string, string[]>;
    scheme?: Record<string, unknown>;
    districts?: string[];
  } = {},
): Framework {
  const ind = (id: string, area: string) => ({
    id,
    title: { en: id },
    area,
    unitOfMeasure: { en: 'pt' },
    polarity: 'higher',
    attribute: id === 'a1' ? 'binding' : 'expected',
    baseline: { value: 0, period: '2020' },
    target: { value: 80, period: '2025', comparator: '>=' },
    scoring: { method: 'value' },
    responsible: 'dept',
  });
  const doc = {
    id: 'toy',
    version: '1',
    title: { en: 'Toy' },
    jurisdiction: { en: 'Toy' },
    period: { start: '2024', end: '2026' },
    areas: [
      { id: 'A', title: { en: 'A' }, weight: 1 },
      { id: 'B', title: { en: 'B' }, weight: 1 },
    ],
    goals: [],
    indicators: [ind('a1', 'A'), ind('a2', 'A'), ind('b1', 'B'), ind('b2', 'B')],
    measures: [],
    units: [
      { id: 'dept', name: { en: 'Dept' }, kind: 'department', tags: [] },
      ...(over.districts ?? ['u1', 'u2']).map((id) => ({
        id,
        name: { en: id.toUpperCase() },
        kind: 'district',
        parent: 'dept',
        tags: over.tags?.[id] ?? [],
      })),
    ],
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      rounding: { digits: 1, mode: 'halfUp' },
      missing: over.missing ?? { policy: 'exclude' },
      grades: [
        { id: 'excellent', label: { zh: '优秀' }, min: 90, inclusive: true },
        { id: 'good', label: { zh: '良好' }, min: 70, inclusive: true },
        { id: 'pass', label: { zh: '合格' }, min: 60, inclusive: true },
        { id: 'fail', label: { zh: '不合格' }, min: 0, inclusive: true },
      ],
      rules: over.rules ?? [],
      ...over.scheme,
    },
  };
  const r = parseFramework(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
export const obs = (unit: string, values: Record<string, number | null>, period = '2025'): Observation[] =>
  Object.entries(values).map(([indicator, value]) => ({ indicator, unit, period, value }));
export const data = [
  ...obs('u1', { a1: 92, a2: 92, b1: 85, b2: 85 }),
  ...obs('u2', { a1: 100, a2: 96, b1: 90, b2: 94 }),
];
