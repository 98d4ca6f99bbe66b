import { describe, expect, it } from 'vitest';
import { targetFor } from './targetFor.js';
import { planFor } from './planFor.js';
import type { Indicator } from '../model/indicator.schema.js';

const pm25: Indicator = {
  id: 'pm25',
  title: { zh: 'PM2.5' },
  area: 'env',
  unitOfMeasure: { en: 'µg/m³' },
  polarity: 'lower',
  attribute: 'binding',
  baseline: { value: 42, period: '2020' },
  target: { value: 30, period: '2026', comparator: '<=' },
  scoring: { method: 'distanceToTarget' },
  milestones: [
    { period: '2024', value: 34 },
    { period: '2025', value: 32 },
  ],
  classTargets: [
    { tag: 'industrial', value: 35 },
    { tag: 'mountainous', value: 28 },
  ],
  unitTargets: [
    { unit: 'gangkou', period: '2025', value: 31 },
    { unit: 'gangkou', period: '2026', value: 29 },
    { unit: 'nanshan', period: '2024', value: 33 },
  ],
};

describe('planFor', () => {
  it('is the indicator itself for a unit with no class target', () => {
    expect(planFor(pm25, { id: 'xihu', tags: ['plain'] })).toBe(pm25);
  });

  it('replaces the target by the first class target of the unit’s tags and drops the milestones, leaving the indicator as it was', () => {
    const before = structuredClone(pm25);
    const plan = planFor(pm25, { id: 'xihu', tags: ['mountainous', 'industrial'] });
    expect(plan.target).toEqual({ value: 35, period: '2026', comparator: '<=' });
    expect(plan.milestones).toEqual([]);
    expect(plan.baseline).toEqual(pm25.baseline);
    expect(pm25).toEqual(before);
  });
});

describe('targetFor', () => {
  it('holds a unit to the milestone of exactly the period, else to the target', () => {
    expect(targetFor(pm25, { id: 'xihu', tags: [] }, '2024')).toBe(34);
    expect(targetFor(pm25, { id: 'xihu', tags: [] }, '2025')).toBe(32);
    expect(targetFor(pm25, { id: 'xihu', tags: [] }, '2023')).toBe(30);
    expect(targetFor(pm25, { id: 'xihu', tags: [] }, '2025-Q4')).toBe(30);
  });

  it('holds a unit with a class target to it in every period, milestones or not', () => {
    expect(targetFor(pm25, { id: 'xihu', tags: ['industrial'] }, '2025')).toBe(35);
    expect(targetFor(pm25, { id: 'xihu', tags: ['industrial'] }, '2023')).toBe(35);
  });

  it('keeps yes/no targets as booleans', () => {
    const plan: Indicator = {
      ...pm25,
      polarity: 'boolean',
      baseline: { value: false, period: '2020' },
      target: { value: true, period: '2026', comparator: '=' },
      milestones: [],
      classTargets: [],
    };
    expect(targetFor(plan, { id: 'xihu', tags: [] }, '2025')).toBe(true);
  });
});

describe('targetFor() with targets assigned to units (目标分解)', () => {
  it('holds a unit to its own target of exactly the period, before its class target and the milestones', () => {
    expect(targetFor(pm25, { id: 'gangkou', tags: [] }, '2025')).toBe(31);
    expect(targetFor(pm25, { id: 'gangkou', tags: ['industrial'] }, '2025')).toBe(31);
    expect(targetFor(pm25, { id: 'nanshan', tags: [] }, '2024')).toBe(33);
  });

  it('falls back to the class target, then the milestone, then the target in periods the unit has none', () => {
    expect(targetFor(pm25, { id: 'nanshan', tags: ['industrial'] }, '2025')).toBe(35);
    expect(targetFor(pm25, { id: 'nanshan', tags: [] }, '2025')).toBe(32);
    expect(targetFor(pm25, { id: 'nanshan', tags: [] }, '2023')).toBe(30);
  });

  it('plans the unit through its own targets: one for the target period replaces the target, the others are milestones', () => {
    const plan = planFor(pm25, { id: 'gangkou', tags: [] });
    expect(plan.target).toEqual({ value: 29, period: '2026', comparator: '<=' });
    expect(plan.milestones).toEqual([
      { period: '2024', value: 34 },
      { period: '2025', value: 31 },
    ]);
    expect(planFor(pm25, { id: 'gangkou', tags: ['industrial'] }).milestones).toEqual([{ period: '2025', value: 31 }]);
    expect(planFor(pm25, { id: 'xihu', tags: [] })).toBe(pm25);
  });
});
