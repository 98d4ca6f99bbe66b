import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { skewKurtosis } from './skewKurtosis.js';
import { treatWinsorise } from './treatWinsorise.js';
import { treatLogCT } from './treatLogCT.js';
import { saltelliIndices } from './saltelliIndices.js';

const v = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../test/fixtures/research-vectors.json', import.meta.url)), 'utf8'),
);

describe('outlier treatment (COINr R/treat.R)', () => {
  it('T20: skew and kurtosis of 1..10, 100; winsorising replaces 100 by 10 and then passes', () => {
    const w = v.coinr_winsorise;
    const before = skewKurtosis(w.x);
    expect(before.skew).toBeCloseTo(w.skew_before, 12);
    expect(before.kurt).toBeCloseTo(w.kurt_before, 12);
    const r = treatWinsorise(w.x);
    expect(r.values).toEqual(w.x_after);
    expect(r.treated).toBe(w.nwin);
    expect(r.passes).toBe(true);
    const after = skewKurtosis(r.values);
    expect(after.skew).toBeCloseTo(w.skew_after, 9);
    expect(after.kurt).toBeCloseTo(w.kurt_after, 9);
  });

  it('T21: one winsorisation is not enough, so the two-stage rule logs the ORIGINAL values', () => {
    const t = v.coinr_twostage;
    const first = treatWinsorise(t.x, { winmax: t.winmax });
    expect(first.values).toEqual(t.after_win);
    expect(first.passes).toBe(t.pass_after_win);
    const s = skewKurtosis(first.values);
    expect(s.skew).toBeCloseTo(t.skew, 9);
    expect(s.kurt).toBeCloseTo(t.kurt, 9);
    const logged = treatLogCT(t.x);
    expect(logged[0]).toBeCloseTo(Math.log(0.01 * (200 - 1)), 12);
  });

  it('T25: log_CT(1, 2, 3, 100)', () => {
    treatLogCT(v.coinr_log_CT.x).forEach((y, k) => expect(y).toBeCloseTo(v.coinr_log_CT.y[k], 9));
  });

  it('keeps missing values missing and leaves passing values alone', () => {
    expect(treatWinsorise([1, null, 2, 3]).values).toEqual([1, null, 2, 3]);
    expect(treatLogCT([5, 5, null])).toEqual([null, null, null]);
  });
});

describe('saltelliIndices', () => {
  it('T26: the estimator on the toy design', () => {
    const s = v.coinr_SA_estimate;
    const r = saltelliIndices(s.yA, s.yB, s.yAB1);
    expect(r.variance).toBeCloseTo(s.varY, 12);
    expect(r.first).toBeCloseTo(s.Si, 12);
    expect(r.total).toBeCloseTo(s.STi, 12);
  });
});
