import { describe, expect, it } from 'vitest';
import { IndicatorProgressStatusSchema } from './indicatorProgressStatus.schema.js';
import { MeasureStatusSchema } from './measureStatus.schema.js';
import type { Status } from './statusLabels.js';
import { statusSeverity } from './statusSeverity.js';
import { worstStatus } from './worstStatus.js';

describe('statusSeverity', () => {
  it('gives every status of both vocabularies its own place, overdue worst and noData last', () => {
    const all: Status[] = [...new Set([...IndicatorProgressStatusSchema.options, ...MeasureStatusSchema.options])];
    const places = all.map(statusSeverity);
    expect(places.every((p) => p >= 0)).toBe(true);
    expect(new Set(places).size).toBe(all.length);
    expect(statusSeverity('overdue')).toBe(0);
    expect(statusSeverity('noData')).toBe(all.length - 1);
  });

  it('orders the indicator statuses from deteriorating to achieved, as the vocabulary lists them best first', () => {
    const indicator = IndicatorProgressStatusSchema.options.filter((s) => s !== 'noData' && s !== 'noTarget');
    const worstFirst = [...indicator].sort((a, b) => statusSeverity(a) - statusSeverity(b));
    expect(worstFirst).toEqual([...indicator].reverse());
  });
});

describe('worstStatus', () => {
  it('leaves out noTarget like noData, and says noTarget when a value was observed but nothing had a target', () => {
    expect(worstStatus(['noTarget', 'limited', 'noData'])).toBe('limited');
    expect(worstStatus(['noTarget', 'achieved'])).toBe('achieved');
    expect(worstStatus(['noData', 'noTarget', 'noData'])).toBe('noTarget');
    expect(worstStatus(['noData'])).toBe('noData');
    expect(worstStatus([])).toBe('noData');
  });

  it('takes the worst status present and leaves out noData', () => {
    expect(worstStatus(['achieved', 'limited', 'noData', 'onTrack'])).toBe('limited');
    expect(worstStatus(['noData', 'done', 'overdue'])).toBe('overdue');
  });

  it('is noData when there is nothing but noData, or nothing', () => {
    expect(worstStatus(['noData', 'noData'])).toBe('noData');
    expect(worstStatus([])).toBe('noData');
  });
});
