import { describe, expect, it } from 'vitest';
import { METHOD_READS } from '../../model/methodReads.js';
import type { ScoringMethod } from '../../model/method.schema.js';
import { NORMALIZE_KERNELS, normalizeWith, type KernelColumn } from './normalizeKernels.js';

// One method of each kind, with its settings.
const methods: { [K in ScoringMethod['method']]: Extract<ScoringMethod, { method: K }> } = {
  goalposts: { method: 'goalposts', lower: 0, upper: 50 },
  minMax: { method: 'minMax' },
  distanceToTarget: { method: 'distanceToTarget' },
  efficacy: { method: 'efficacy' },
  zScore: { method: 'zScore' },
  rank: { method: 'rank' },
  percentRank: { method: 'percentRank' },
  borda: { method: 'borda' },
  bands: {
    method: 'bands',
    bands: [
      { min: 0, points: 2 },
      { min: 20, points: 4 },
    ],
  },
  boolean: { method: 'boolean', points: 1 },
  deduction: { method: 'deduction', full: 3, ratePerUnit: 0.5 },
  allOrNothing: { method: 'allOrNothing' },
  completionRatio: { method: 'completionRatio', max: 1 },
  value: { method: 'value' },
};

/** A column of 10, 20, 40 with no baseline and no target: reading either throws. */
function bare(): KernelColumn & { read: string[] } {
  const read: string[] = [];
  return {
    xs: new Float64Array([10, 20, 40]),
    direction: 1,
    get baseline() {
      read.push('baseline');
      return null;
    },
    targetOf: () => {
      read.push('target');
      return null;
    },
    get comparator() {
      read.push('comparator');
      return null;
    },
    scores: new Float64Array(3),
    capped: new Uint8Array(3),
    read,
  };
}

describe('NORMALIZE_KERNELS and METHOD_READS', () => {
  it('has a kernel for every method the table lists, and the table lists every kernel', () => {
    expect(Object.keys(METHOD_READS).sort()).toEqual(Object.keys(NORMALIZE_KERNELS).sort());
  });

  it('scores a column without baseline or target, reading neither, for every method that does not read them', () => {
    for (const [name, method] of Object.entries(methods)) {
      const reads = METHOD_READS[method.method];
      if (reads.baseline || reads.target) continue;
      const column = bare();
      (NORMALIZE_KERNELS[method.method] as (m: ScoringMethod, c: KernelColumn) => void)(method, column);
      expect(column.read, name).toEqual([]);
      expect(
        [...column.scores].every((s) => Number.isFinite(s)),
        name,
      ).toBe(true);
    }
  });

  it('refuses, with a sentence, to score a method that reads a target or baseline the column does not have', () => {
    expect(() => normalizeWith(methods.deduction, { ...bare(), baseline: null, comparator: null })).toThrow(
      new TypeError('invalid column: the deduction method reads a target, and the indicator has none'),
    );
    expect(() =>
      normalizeWith(methods.distanceToTarget, { ...bare(), baseline: null, comparator: '>=', targetOf: () => 50 }),
    ).toThrow(
      new TypeError('invalid column: the distanceToTarget method reads a baseline, and the indicator has none'),
    );
  });

  it('scores min–max without a target as worked by hand: (x − 10) / 30 · 100', () => {
    const column = bare();
    normalizeWith(methods.minMax, column);
    expect([...column.scores]).toEqual([0, (10 / 30) * 100, 100]);
  });
});
