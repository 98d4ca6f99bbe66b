import { describe, expect, it } from 'vitest';
import { unitKindLabels } from './unitKindLabels.js';
import { UnitKindSchema } from '../model/unitKind.schema.js';
import { UnitSchema } from '../model/unit.schema.js';

describe('unitKindLabels', () => {
  it('names every unit kind the schema accepts, and nothing else, in both languages', () => {
    expect(Object.keys(unitKindLabels).sort()).toEqual([...UnitKindSchema.options].sort());
    for (const label of Object.values(unitKindLabels)) {
      expect(label.zh.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });

  it('covers the tiers of a national → province → city → county → township → village scheme', () => {
    for (const kind of ['province', 'prefecture', 'county', 'township', 'street', 'village'] as const) {
      expect(UnitSchema.safeParse({ id: 'u', name: { zh: '单位' }, kind, tags: [] }).success).toBe(true);
    }
    expect(unitKindLabels.prefecture).toEqual({ zh: '地级市', en: 'prefecture-level city' });
  });

  it('refuses a kind it does not know', () => {
    expect(UnitSchema.safeParse({ id: 'u', name: { zh: '单位' }, kind: 'metropolis', tags: [] }).success).toBe(false);
  });
});
