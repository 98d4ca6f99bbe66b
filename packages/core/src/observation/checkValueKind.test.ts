import { describe, expect, it } from 'vitest';
import { checkValueKind } from './checkValueKind.js';

describe('checkValueKind', () => {
  const yesNo = { id: 'eco-park', polarity: 'boolean' } as const;
  const numeric = { id: 'pm25', polarity: 'lower' } as const;

  it('lets a yes/no indicator take true, false or missing only', () => {
    expect([true, false, null].map((v) => checkValueKind(yesNo, v))).toEqual([null, null, null]);
    expect([1, 0, 0.01, -1].map((v) => checkValueKind(yesNo, v)?.en)).toEqual(
      [1, 0, 0.01, -1].map((v) => `indicator "eco-park" is yes/no: write true or false (是/否), not ${v}`),
    );
  });

  it('lets every other indicator take a number or missing only', () => {
    expect([31.2, 0, -1, null].map((v) => checkValueKind(numeric, v))).toEqual([null, null, null, null]);
    expect(checkValueKind(numeric, true)).toEqual({
      en: 'indicator "pm25" is numeric: write a number, not true',
      zh: '指标“pm25”为数值指标：应填数字，而非 是（true）',
    });
    expect(checkValueKind({ id: 'x', polarity: 'band' }, false)?.zh).toBe(
      '指标“x”为数值指标：应填数字，而非 否（false）',
    );
  });
});
