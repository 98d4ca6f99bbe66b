import { describe, expect, it } from 'vitest';
import { withUnitTargets } from './withUnitTargets.js';
import { parseFramework } from './parseFramework.js';
import { meixiFramework } from './_fixtures/meixi.js';
import { targetFor } from '../progress/targetFor.js';
import type { Framework } from './framework.schema.js';

const meixi = (): Framework => {
  const r = parseFramework(meixiFramework());
  if (!r.ok) throw new Error('Meixi must parse');
  return r.value;
};

describe('withUnitTargets', () => {
  it('adds the targets to their indicators, so targetFor holds the unit to them, leaving the framework given as it was', () => {
    const f = meixi();
    const before = structuredClone(f);
    const r = withUnitTargets(f, [{ indicator: 'pm25', unit: 'gangkou', period: '2025', value: 38 }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const pm25 = r.value.indicators.find((i) => i.id === 'pm25')!;
    expect(targetFor(pm25, { id: 'gangkou', tags: [] }, '2025')).toBe(38);
    expect(targetFor(pm25, { id: 'dongcheng', tags: [] }, '2025')).toBe(32);
    expect(targetFor(pm25, { id: 'xihu', tags: [] }, '2025')).toBe(31); // Meixi's own assignment, kept
    expect(f).toEqual(before);
  });

  it('refuses an unknown indicator, and a second target for a unit and period the framework already assigns', () => {
    expect(
      withUnitTargets(meixi(), [{ indicator: 'pm2.5', unit: 'gangkou', period: '2025', value: 38 }]),
    ).toMatchObject({
      ok: false,
      issues: [{ at: '[0].indicator', code: 'unknown_reference' }],
    });
    const once = withUnitTargets(meixi(), [{ indicator: 'pm25', unit: 'gangkou', period: '2025', value: 38 }]);
    if (!once.ok) throw new Error('first merge must pass');
    const twice = withUnitTargets(once.value, [{ indicator: 'pm25', unit: 'gangkou', period: '2025', value: 36 }]);
    expect(twice.ok ? [] : twice.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      `indicators[${meixi().indicators.findIndex((i) => i.id === 'pm25')}].unitTargets[2] duplicate_target`,
    ]);
  });
});
