import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Observation } from '../../observation/observation.schema.js';
import { selectObservations } from './selectObservations.js';

const units = ['u0', 'u1', 'u2'];
const indicators = ['i0', 'i1'];
const observation = fc
  .record({
    unit: fc.constantFrom(...units, 'other'),
    indicator: fc.constantFrom(...indicators),
    period: fc.constantFrom('2024', '2025'),
    value: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.boolean(), fc.constant(null)),
    revision: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  })
  .map((o) => o as Observation);

describe('selectObservations()', () => {
  it('keeps the highest revision of each cell, then the larger value as text, whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 30 }), fc.func(fc.integer()), (list, key) => {
        const shuffled = [...list].sort((a, b) => key(a) - key(b));
        const grid = selectObservations(list, '2025', units, indicators, [false, false]);
        const again = selectObservations(shuffled, '2025', units, indicators, [false, false]);
        expect(Array.from(again.value)).toEqual(Array.from(grid.value));
        expect(Array.from(again.isBoolean)).toEqual(Array.from(grid.isBoolean));
        expect(again.diagnostics).toEqual(grid.diagnostics);
        // The rule itself, cell by cell.
        units.forEach((unit, u) =>
          indicators.forEach((indicator, i) => {
            const mine = list.filter(
              (o) => o.unit === unit && o.indicator === indicator && o.period === '2025' && o.value !== null,
            );
            const top = Math.max(...mine.map((o) => o.revision ?? 0));
            const best = mine
              .filter((o) => (o.revision ?? 0) === top)
              .map((o) => o.value!)
              .sort((a, b) => (String(a) < String(b) ? -1 : 1))
              .pop();
            const cell = u * 2 + i;
            expect(grid.value[cell]).toEqual(best === undefined ? Number.NaN : Number(best));
            expect(grid.isBoolean[cell]).toBe(typeof best === 'boolean' ? 1 : 0);
          }),
        );
      }),
      { numRuns: 500 },
    );
  });
  it("selects from a bundle's array of every period what it selects from the period's own observations (property)", () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 30 }), fc.boolean(), (list, carry) => {
        const own = list.filter((o) => o.period === '2025' || carry);
        const all = selectObservations(list, '2025', units, indicators, [carry, false]);
        const mine = selectObservations(own, '2025', units, indicators, [carry, false]);
        expect(Array.from(all.value)).toEqual(Array.from(mine.value));
        expect(Array.from(all.isBoolean)).toEqual(Array.from(mine.isBoolean));
        expect([...all.carried]).toEqual([...mine.carried]);
        expect(all.diagnostics).toEqual(mine.diagnostics);
      }),
      { numRuns: 300 },
    );
  });
  it('marks, in the same pass, the units with an observation of an indicator in the period, a null one included (property)', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 30 }), (list) => {
        const observed = new Uint8Array(units.length);
        selectObservations(list, '2025', units, indicators, [false, true], observed);
        units.forEach((unit, u) =>
          expect(observed[u]).toBe(list.some((o) => o.unit === unit && o.period === '2025') ? 1 : 0),
        );
      }),
      { numRuns: 300 },
    );
  });
});
