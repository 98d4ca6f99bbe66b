import { describe, expect, it } from 'vitest';
import { cellWording as wordCell, type CellWording, type WordedCell } from './cellWording.js';

/** The expected text with the no-break spaces cellWording puts after a number and before one. */
const nb = (s: string): string =>
  s.replace(/(\d) (?=\S)/g, '$1\u00a0').replace(/(at least|at most|exactly|about|[\u4e00-\u9fff]) (?=\d)/g, '$1\u00a0');
/** The words with every no-break space where nb puts one and nowhere else, then written as plain spaces to read. */
const cellWording = (cell: WordedCell, lang: 'zh-CN' | 'en'): CellWording => {
  const w = wordCell(cell, lang);
  const out = { ...w };
  for (const k of ['value', 'target', 'gap', 'completion'] as const) {
    expect(w[k], `${k}: a no-break space exactly after a number and before one`).toBe(nb(w[k].replace(/\u00a0/g, ' ')));
    out[k] = w[k].replace(/\u00a0/g, ' ');
  }
  return out;
};

// The declared parts of Meixi's indicators the wording reads (examples/meixi/framework.json).
const pm25: WordedCell['indicator'] = {
  unitOfMeasure: { zh: '微克/立方米', en: 'µg/m³' },
  target: { value: 30, period: '2026', comparator: '<=' },
};
const firms: WordedCell['indicator'] = {
  unitOfMeasure: { zh: '家', en: 'firms' },
  target: { value: 40, period: '2026', comparator: '>=' },
  decimals: 0,
};
const backupWater: WordedCell['indicator'] = {
  unitOfMeasure: { zh: '是/否', en: 'yes/no' },
  target: { value: true, period: '2026', comparator: '>=' },
};
const forest: WordedCell['indicator'] = {
  unitOfMeasure: { zh: '%', en: '%' },
  target: { value: 45, period: '2026', comparator: '>=' },
};
const cell = (
  indicator: WordedCell['indicator'],
  value: WordedCell['value'],
  target: WordedCell['target'],
): WordedCell => ({
  indicator,
  value,
  target,
});

describe('cellWording', () => {
  describe('the three cases of issue #21', () => {
    it('words a miss on a lower-is-better indicator as above the ceiling, never as over-achievement', () => {
      // Gangkou's PM2.5 in 2025: 42.8 against the 2025 milestone of 32 (the scorecard showed "+10.8 (133.8%)").
      const c = cell(pm25, 42.8, 32);
      expect(cellWording(c, 'zh-CN')).toEqual({
        value: '42.8 微克/立方米',
        target: '不高于 32 微克/立方米',
        gap: '超出上限 10.8 微克/立方米',
        completion: '为上限的 133.8%',
        met: false,
      });
      expect(cellWording(c, 'en')).toEqual({
        value: '42.8 µg/m³',
        target: 'at most 32 µg/m³',
        gap: '10.8 µg/m³ above the ceiling',
        completion: '133.8% of the ceiling',
        met: false,
      });
    });

    it('words a yes/no target as what is required, not as a comparison ("否 / ≥ 是")', () => {
      const c = cell(backupWater, false, true);
      expect(cellWording(c, 'zh-CN')).toEqual({
        value: '否',
        target: '须达到：是',
        gap: '未达标',
        completion: '',
        met: false,
      });
      expect(cellWording(c, 'en')).toMatchObject({ value: 'no', target: 'yes required', gap: 'not met', met: false });
      expect(cellWording(cell(backupWater, true, true), 'zh-CN')).toMatchObject({
        value: '是',
        gap: '达标',
        met: true,
      });
      expect(cellWording(cell(backupWater, true, false), 'zh-CN').target).toBe('须为：否');
      expect(cellWording(cell(backupWater, true, false), 'en').target).toBe('no required');
    });

    it('words a fractional milestone of a count as the whole count it takes ("≥ 33.3" firms is at least 34)', () => {
      // Gangkou's polluting firms closed in 2025: milestone 33.33 (0 → 40 over six years); 31 closed.
      const c = cell(firms, 31, 33.33);
      expect(cellWording(c, 'zh-CN')).toEqual({
        value: '31 家',
        target: '不少于 34 家',
        gap: '距目标还差 3 家',
        completion: '达到目标的 91.2%',
        met: false,
      });
      expect(cellWording(c, 'en')).toEqual({
        value: '31 firms',
        target: 'at least 34 firms',
        gap: '3 firms short of the target',
        completion: '91.2% of the target',
        met: false,
      });
      // 34 closed meets the milestone, and the wording agrees with the verdict.
      expect(cellWording(cell(firms, 34, 33.33), 'en')).toMatchObject({ gap: 'met: exactly the target', met: true });
    });
  });

  describe('each comparator, met and missed, in both languages', () => {
    it('at most: met below the ceiling, met at it', () => {
      expect(cellWording(cell(pm25, 29.8, 32), 'zh-CN')).toMatchObject({
        gap: '达标，低于上限 2.2 微克/立方米',
        completion: '为上限的 93.1%',
        met: true,
      });
      expect(cellWording(cell(pm25, 29.8, 32), 'en')).toMatchObject({
        gap: 'met: 2.2 µg/m³ below the ceiling',
      });
      expect(cellWording(cell(pm25, 32, 32), 'zh-CN')).toMatchObject({ gap: '达标，恰为上限' });
      expect(cellWording(cell(pm25, 32, 32), 'en')).toMatchObject({ gap: 'met: exactly the ceiling' });
    });

    it('at least on a % indicator: the gap in percentage points', () => {
      expect(cellWording(cell(forest, 43.5, 45), 'zh-CN')).toMatchObject({
        value: '43.5%',
        target: '不低于 45%',
        gap: '距目标还差 1.5 个百分点',
        completion: '达到目标的 96.7%',
        met: false,
      });
      expect(cellWording(cell(forest, 43.5, 45), 'en')).toMatchObject({
        target: 'at least 45%',
        gap: '1.5 percentage points short of the target',
      });
      expect(cellWording(cell(forest, 46.25, 45), 'en')).toMatchObject({
        gap: 'met: 1.25 percentage points above the target',
        completion: '102.8% of the target',
        met: true,
      });
      expect(cellWording(cell(forest, 46.25, 45), 'zh-CN').gap).toBe('达标，超出目标 1.25 个百分点');
    });

    it('a percentage of something: the value with its unit, the gap in percentage points', () => {
      const towns = { ...forest, unitOfMeasure: { zh: '%', en: '% of towns' } };
      expect(cellWording(cell(towns, 80, 100), 'en')).toMatchObject({
        value: '80% of towns',
        target: 'at least 100% of towns',
        gap: '20 percentage points short of the target',
      });
    });

    it('exactly and about: the side of the target, and the 1% tolerance of about', () => {
      const exactly = { ...forest, target: { ...forest.target!, comparator: '=' as const } };
      expect(cellWording(cell(exactly, 47, 45), 'en')).toMatchObject({
        target: 'exactly 45%',
        gap: '2 percentage points above the target',
        completion: '',
        met: false,
      });
      expect(cellWording(cell(exactly, 44, 45), 'zh-CN')).toMatchObject({
        target: '等于 45%',
        gap: '低于目标 1 个百分点',
      });
      expect(cellWording(cell(exactly, 45, 45), 'zh-CN')).toMatchObject({ gap: '达标', met: true });
      const about = { ...forest, target: { ...forest.target!, comparator: '~' as const } };
      expect(cellWording(cell(about, 45.3, 45), 'en')).toMatchObject({
        target: 'about 45%',
        gap: 'met: 0.3 percentage points off the target, within 1%',
        met: true,
      });
      expect(cellWording(cell(about, 45.3, 45), 'zh-CN').gap).toBe('达标，与目标相差 0.3 个百分点，在 1% 以内');
      expect(cellWording(cell(about, 46, 45), 'zh-CN')).toMatchObject({ gap: '高于目标 1 个百分点', met: false });
    });

    it('an at-most count: a fractional ceiling is the whole count below it', () => {
      const incidents = { ...firms, target: { ...firms.target!, comparator: '<=' as const } };
      expect(cellWording(cell(incidents, 3, 2.5), 'zh-CN')).toMatchObject({
        target: '不多于 2 家',
        gap: '超出上限 1 家',
        met: false,
      });
      expect(cellWording(cell(incidents, 2, 2.5), 'en')).toMatchObject({
        target: 'at most 2 firms',
        gap: 'met: exactly the ceiling',
        met: true,
      });
      // Float noise in a stored milestone does not move a whole target up a step.
      expect(cellWording(cell(firms, 33, 33.000000001), 'en').target).toBe('at least 33 firms');
    });
  });

  describe('what is not known', () => {
    it('says nothing it cannot: no value, no target', () => {
      expect(cellWording(cell(pm25, null, 32), 'zh-CN')).toEqual({
        value: '—',
        target: '不高于 32 微克/立方米',
        gap: '—',
        completion: '',
        met: null,
      });
      expect(cellWording(cell(pm25, 42.8, null), 'en')).toMatchObject({
        target: '—',
        gap: '—',
        completion: '',
        met: null,
      });
      expect(cellWording(cell(backupWater, null, true), 'en')).toMatchObject({
        value: '—',
        target: 'yes required',
        gap: '—',
        met: null,
      });
    });

    it('gives no share of a target of zero or below', () => {
      expect(cellWording(cell(forest, 3, 0), 'en')).toMatchObject({
        gap: 'met: 3 percentage points above the target',
        completion: '',
      });
    });

    it('falls back to the other language’s unit when the page language has none, and to no unit', () => {
      const enOnly = { ...pm25, unitOfMeasure: { en: 'µg/m³' } };
      expect(cellWording(cell(enOnly, 30, 32), 'zh-CN').value).toBe('30 µg/m³');
      // Without a unit the number is followed by words, joined by an ordinary space.
      const none = { ...pm25, unitOfMeasure: { zh: '', en: '' } };
      expect(wordCell(cell(none, 30, 32), 'en')).toMatchObject({ value: '30', gap: 'met: 2 below the ceiling' });
    });
  });

  it('keeps a number on the line of its unit and of the word before it (no-break spaces)', () => {
    expect(wordCell(cell(pm25, 42.8, 32), 'zh-CN')).toMatchObject({
      target: '不高于\u00a032\u00a0微克/立方米',
      gap: '超出上限\u00a010.8\u00a0微克/立方米',
      completion: '为上限的\u00a0133.8%',
    });
    expect(wordCell(cell(firms, 31, 33.33), 'en')).toMatchObject({
      value: '31\u00a0firms',
      target: 'at least\u00a034\u00a0firms',
      gap: '3\u00a0firms short of the target',
    });
  });

  it('does not mutate its input', () => {
    const c = cell(firms, 31, 33.33);
    const copy = structuredClone(c);
    wordCell(c, 'zh-CN');
    expect(c).toEqual(copy);
  });
});
