import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ObservationTable } from '../../observation/observationTable.js';
import { selectFromTable } from './selectFromTable.js';

describe('selectFromTable()', () => {
  it('finds every row of the period however long the runs of other periods between them (property)', () => {
    // Runs of rows of one period each; the units and indicators are the framework's.
    const run = fc.record({ period: fc.integer({ min: 0, max: 3 }), length: fc.integer({ min: 1, max: 80 }) });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (runs, assessed) => {
        const units = ['u0', 'u1', 'u2'];
        const indicators = ['i0', 'i1', 'i2', 'i3'];
        const periods = ['2021', '2022', '2023', '2024'];
        const rows = runs.flatMap((r) => Array.from({ length: r.length }, () => r.period));
        const n = rows.length;
        const table: ObservationTable = {
          indicators,
          units,
          periods,
          indicator: Uint32Array.from(rows, (_, k) => k % 4),
          unit: Uint32Array.from(rows, (_, k) => Math.floor(k / 4) % 3),
          period: Uint32Array.from(rows),
          value: Float64Array.from(rows, (_, k) => k),
          isBoolean: new Uint8Array(n),
        };
        const { unitIds, grid } = selectFromTable(table, periods[assessed]!, units, false, indicators, [
          false,
          false,
          false,
          false,
        ]);
        expect(unitIds).toEqual(units);
        // Each cell keeps the value that sorts last as text among its rows in the period (row numbers here).
        const want = new Array<number | null>(12).fill(null);
        rows.forEach((p, k) => {
          if (p !== assessed) return;
          const cell = (Math.floor(k / 4) % 3) * 4 + (k % 4);
          const kept = want[cell];
          if (kept === null || kept === undefined || String(k) > String(kept)) want[cell] = k;
        });
        expect(Array.from(grid.value, (x) => (x !== x ? null : x))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a period stored as one block in framework order as the same grid as the same rows in any order', () => {
    const units = ['u0', 'u1', 'u2'];
    const indicators = ['i0', 'i1'];
    const periods = ['2024', '2025'];
    // 2024's rows, then 2025's as one block (unit by unit, indicator by indicator): a missing value and a boolean.
    const rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const values = [1, 2, 3, 4, 5, 6, 7, Number.NaN, 9, 1, -0, 12];
    const table = (order: number[]): ObservationTable => ({
      indicators,
      units,
      periods,
      indicator: Uint32Array.from(order, (r) => r % 2),
      unit: Uint32Array.from(order, (r) => Math.floor(r / 2) % 3),
      period: Uint32Array.from(order, (r) => Math.floor(r / 6)),
      value: Float64Array.from(order, (r) => values[r]!),
      isBoolean: Uint8Array.from(order, (r) => (r === 9 ? 1 : 0)),
    });
    const grids = [rows, [...rows].reverse()].map((order) =>
      selectFromTable(table(order), '2025', units, true, indicators, [false, false]),
    );
    expect(grids[0]!.unitIds).toEqual(grids[1]!.unitIds);
    expect(Array.from(grids[0]!.grid.value)).toEqual(Array.from(grids[1]!.grid.value));
    expect(Array.from(grids[0]!.grid.isBoolean)).toEqual(Array.from(grids[1]!.grid.isBoolean));
    expect(Object.is(grids[0]!.grid.value[4], -0)).toBe(true);
  });
});
