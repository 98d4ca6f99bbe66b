import { describe, expect, it } from 'vitest';
import { cellPlans } from './cellPlans.js';
import { expectedAt } from '../../progress/expectedAt.js';
import type { Indicator } from '../../model/indicator.schema.js';
import type { Unit } from '../../model/unit.schema.js';

const forest: Indicator = {
  id: 'forest',
  title: { en: 'Forest coverage' },
  area: 'env',
  unitOfMeasure: { en: '%' },
  polarity: 'higher',
  attribute: 'binding',
  baseline: { value: 40, period: '2020' },
  target: { value: 45, period: '2026', comparator: '>=' },
  scoring: { method: 'distanceToTarget' },
  milestones: [{ period: '2025', value: 44 }],
  classTargets: [{ tag: 'a', value: 68 }],
};
const unit = (id: string, tags: string[]): Unit => ({ id, name: { en: id }, kind: 'district', tags }) as Unit;

describe('cellPlans', () => {
  it('gives each unit the target and plan of its own tags, however the units’ tags are spelt', () => {
    // ['a', 'b'] carries the class tag a; ['a\u0000b'] and ['a,b'] are single tags that do not.
    const units = [
      unit('u1', ['a', 'b']),
      unit('u2', ['a\u0000b']),
      unit('u3', ['a,b']),
      unit('u4', ['b', 'a']),
      unit('u5', []),
    ];
    const plans = cellPlans([forest], units, '2025');
    expect(units.map((_, u) => plans.target(u, 0))).toEqual([68, 44, 44, 68, 44]);
    const general = expectedAt(forest, '2025-12-31');
    const special = expectedAt({ ...forest, target: { ...forest.target!, value: 68 }, milestones: [] }, '2025-12-31');
    expect(general).toBe(44);
    expect(units.map((_, u) => plans.planned(u, 0))).toEqual([special, general, general, special, general]);
    // Asked again (now from the memo), the same answers.
    expect(units.map((_, u) => plans.target(u, 0))).toEqual([68, 44, 44, 68, 44]);
  });

  it('plans nothing for a period that is not a calendar period, and still gives the target', () => {
    const plans = cellPlans([forest], [unit('u1', [])], 'FY2025');
    expect(plans.planned(0, 0)).toBeNull();
    expect(plans.target(0, 0)).toBe(45);
  });
});
