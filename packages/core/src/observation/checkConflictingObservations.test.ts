import { describe, expect, it } from 'vitest';
import { checkConflictingObservations } from './checkConflictingObservations.js';

const run = (rows: Array<[string, number | boolean | null]>) =>
  checkConflictingObservations(
    rows.length,
    (k) => rows[k]![0],
    (k) => rows[k]![1],
    (k) => ({ path: ['line', k + 2, 'value'], en: `line ${k + 2}`, zh: `第 ${k + 2} 行` }),
  );

describe('checkConflictingObservations', () => {
  it('reports each later value that differs from the first of its cell, naming both places in both languages', () => {
    const issues = run([
      ['a', 31],
      ['b', 1],
      ['a', 35],
      ['a', 31],
      ['a', null],
    ]);
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['line[4].value', 'conflicting_observation'],
      ['line[6].value', 'conflicting_observation'],
    ]);
    expect(issues[0]!.message.zh).toBe(
      '第 4 行的值 35 与第 2 行的值 31 冲突（指标、单位、期间和修订号均相同）：请只保留一行，或给更正值更高的修订号',
    );
    expect(issues[1]!.message.en).toBe(
      'line 6 gives missing for a cell line 2 gives 31 (same indicator, unit, period and revision): keep one, or give the correction a higher revision',
    );
  });

  it('accepts repeats of one value (0 and -0 are one value) and tells true from 1', () => {
    expect(
      run([
        ['a', 0],
        ['a', -0],
        ['a', 0],
        ['b', null],
        ['b', null],
      ]),
    ).toEqual([]);
    expect(
      run([
        ['a', true],
        ['a', 1],
      ]).map((i) => i.at),
    ).toEqual(['line[3].value']);
  });
});
