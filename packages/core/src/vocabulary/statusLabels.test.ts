import { describe, expect, it } from 'vitest';
import { IndicatorProgressStatusSchema } from './indicatorProgressStatus.schema.js';
import { MeasureStatusSchema } from './measureStatus.schema.js';
import { isStatus, statusLabels } from './statusLabels.js';

describe('statusLabels', () => {
  it('labels every status of both vocabularies in Chinese and English', () => {
    const all = [...IndicatorProgressStatusSchema.options, ...MeasureStatusSchema.options];
    for (const status of all) {
      expect(statusLabels[status].zh).toMatch(/\p{Script=Han}/u);
      expect(statusLabels[status].en).toMatch(/^[A-Z]/);
    }
    expect(new Set(Object.keys(statusLabels))).toEqual(new Set(all));
  });

  it('isStatus() accepts the vocabularies and nothing else', () => {
    expect(isStatus('lagging')).toBe(true);
    expect(isStatus('noData')).toBe(true);
    expect(isStatus('toString')).toBe(false);
    expect(isStatus('late')).toBe(false);
  });
});
