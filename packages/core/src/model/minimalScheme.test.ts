import { describe, expect, it } from 'vitest';
import { parseFramework } from './parseFramework.js';
import { pointsScheme } from './_fixtures/pointsScheme.js';

// A published index's scheme: it scores and ranks, names no grade and no responsible unit.
function indexScheme(responsibleUnits?: 'required' | 'none') {
  const doc = pointsScheme() as unknown as {
    scheme: Record<string, unknown>;
    indicators: Array<Record<string, unknown>>;
  };
  doc.scheme.grades = [];
  if (responsibleUnits) doc.scheme.responsibleUnits = responsibleUnits;
  for (const ind of doc.indicators) delete ind.responsible;
  return doc;
}

describe('a scheme with no grades and no responsible units (a published index)', () => {
  it('validates when the scheme says it names no responsible unit', () => {
    expect(parseFramework(indexScheme('none')).ok).toBe(true);
  });

  it('still asks every indicator for a responsible unit when the scheme does not say so', () => {
    for (const doc of [indexScheme(), indexScheme('required')]) {
      const r = parseFramework(doc);
      expect(r.ok ? [] : [...new Set(r.issues.map((i) => i.code))]).toEqual(['missing_responsible_unit']);
    }
  });
});
