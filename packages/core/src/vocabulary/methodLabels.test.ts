import { describe, expect, it } from 'vitest';
import { methodLabels } from './methodLabels.js';
import { ScoringMethodSchema } from '../model/method.schema.js';

describe('methodLabels', () => {
  it('names every scoring method the schema accepts, and nothing else, in both languages', () => {
    const methods = ScoringMethodSchema.def.options.map(
      (o) => (o.def.shape.method as { def: { values: string[] } }).def.values[0],
    );
    expect(Object.keys(methodLabels).sort()).toEqual([...methods].sort());
    for (const label of Object.values(methodLabels)) {
      expect(label.zh.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });
});
